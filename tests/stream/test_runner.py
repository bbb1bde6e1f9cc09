"""`newsprism ingest` and the runner behind it, on a synthetic stream and short articles written here."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.store import Store, open_store
from newsprism.stream.dedup_records import DedupConfig
from newsprism.stream.options import StreamConfig
from newsprism.stream.runner import ingest_stream
from newsprism.stream.synthetic import backfill_stream, synthetic_stream

FAST = StreamConfig(batch_size=64, embeddings=False, analyse=False)


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "stream.db")
        return
    yield from request.getfixturevalue("postgres_schema")("np_stream")


def story_members(store: Store) -> dict[str, set[str]]:
    with store.session() as session:
        rows = session.all("SELECT story_id, article_id FROM articles WHERE latest = 1")
    members: dict[str, set[str]] = {}
    for story, article in rows:
        members.setdefault(story, set()).add(article)
    return members


def test_each_article_stored_once_in_one_story_with_planted_copies_grouped(location: str, tmp_path: Path) -> None:
    corpus = synthetic_stream(300, seed=3)
    source = write_jsonl(tmp_path / "news.jsonl", [a.record() for a in corpus])
    with open_store(location) as store:
        summary = ingest_stream([str(source)], store, FAST)
        assert (summary.added, summary.known, summary.problems) == (300, 0, [])
        members = story_members(store)
        stored = [a for group in members.values() for a in group]
        assert sorted(stored) == sorted(a.id for a in corpus)
        listed = {s.id for s in store.list_stories()}
        assert listed == set(members)
        with store.session() as session:
            original = dict(session.all("SELECT item_id, original FROM stream_duplicates"))
    reprints = [a for a in corpus if a.kind == "reprint"]
    assert reprints
    assert all(original.get(a.id) == original.get(a.copy_of) is not None for a in reprints)


@pytest.mark.parametrize(("second_text", "outcome"), [
    ("The ferry to Tallow Island resumed on Monday after the storm, the harbour office said today.", "revision"),
    ("The ferry to Tallow Island resumed on Monday after the storm, the harbour office said.", "known"),
])
def test_reingest_is_a_no_op_and_a_corrected_text_a_new_version(tmp_path: Path, second_text: str,
                                                                 outcome: str) -> None:
    first = {"id": "ferry", "title": "Ferry resumes", "url": "https://news.example/ferry",
             "text": "The ferry to Tallow Island resumed on Monday after the storm, the harbour office said.",
             "published": "2026-04-06T10:00:00+00:00"}
    other = {"id": "mill", "title": "Mill reopens", "url": "https://news.example/mill",
             "text": "The old water mill at Brackley reopened as a museum on Sunday with a working wheel and bakery.",
             "published": "2026-04-06T11:00:00+00:00"}
    with open_store(tmp_path / "s.db") as store:
        ingest_stream([str(write_jsonl(tmp_path / "a.jsonl", [first, other]))], store, FAST)
        again = ingest_stream([str(write_jsonl(tmp_path / "b.jsonl", [{**first, "text": second_text}, other]))],
                              store, FAST)
        story = next(s for s, m in story_members(store).items() if "ferry" in m)
        versions = [(a.id, a.version, a.latest) for a in store.stored_articles(story, all_versions=True)]
    assert (again.added, again.revisions, again.known) == (0, *((1, 1) if outcome == "revision" else (0, 2)))
    expected = [("ferry", 1, False), ("ferry", 2, True)] if outcome == "revision" else [("ferry", 1, True)]
    assert [v for v in versions if v[0] == "ferry"] == expected


def test_changed_stories_are_analysed_and_shown(tmp_path: Path, resources: object) -> None:
    from newsprism.stream.executor import LocalExecutor

    corpus = synthetic_stream(12, seed=5)
    source = write_jsonl(tmp_path / "news.jsonl", [a.record() for a in corpus])
    config = StreamConfig(batch_size=8, embeddings=True, analyse=True, analysis_cap=4)
    with open_store(tmp_path / "s.db") as store:
        summary = ingest_stream([str(source)], store, config, LocalExecutor(config, resources))  # type: ignore[arg-type]
        stories = store.list_stories()
        assert summary.analysed == len(stories) > 0 and summary.analysis_failed == 0
        for story in stories:
            report = store.report(story.id)
            assert story.status == "ready" and report is not None
            assert 0 < len(report.articles) <= min(4, story.articles)
    shown = CliRunner().invoke(cli, ["show", stories[0].id, "--store", str(tmp_path / "s.db"), "--no-analysis",
                                     "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["articles"]


@pytest.mark.parametrize(("inputs", "code", "problems"), [
    (["good.jsonl", "missing.jsonl", "broken.jsonl"], 1, ["missing.jsonl", "broken.jsonl:2"]),
    (["missing.jsonl", "empty.txt"], 2, ["missing.jsonl", "empty.txt"]),
    (["good.jsonl"], 0, []),
])
def test_cli_reports_each_bad_input_and_exits_with_its_code(tmp_path: Path, inputs: list[str], code: int,
                                                           problems: list[str]) -> None:
    corpus = synthetic_stream(20, seed=9)
    write_jsonl(tmp_path / "good.jsonl", [a.record() for a in corpus])
    (tmp_path / "broken.jsonl").write_text(json.dumps(corpus[0].record()) + "\n{not json\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    args = ["ingest", *(str(tmp_path / name) for name in inputs), "--store", str(tmp_path / "s.db"),
            "--no-embeddings", "--no-analyse", "--json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    reported = [e["input"] for e in events if e["event"] == "problem"]
    assert reported == [str(tmp_path / name) for name in problems]
    if code != 2:
        assert events[-1]["event"] == "done" and events[-1]["added"] == 20


def test_a_late_feed_is_deduplicated_as_in_published_order(tmp_path: Path) -> None:
    """A feed 18 hours late, delivered a batch at a time between the live feed's batches, with the dedup window
    and lateness shrunk to the 300-article stream's two days (a delivery of 64 spans most of a day): the same
    duplicates (and originals) are stored as when the same articles come in published order."""
    config = replace(FAST, dedup=DedupConfig(window_days=0.5, late_days=2.0))
    late = backfill_stream(300, late_days=0.75, seed=3, delivery=config.batch_size)
    found = []
    for name, corpus in (("dated", synthetic_stream(300, seed=3)), ("late", late)):
        source = write_jsonl(tmp_path / f"{name}.jsonl", [a.record() for a in corpus])
        with open_store(tmp_path / f"{name}.db") as store:
            ingest_stream([str(source)], store, config)
            with store.session() as session:
                found.append(sorted(session.all("SELECT item_id, original FROM stream_duplicates")))
    assert [a.id for a in late] != [a.id for a in synthetic_stream(300, seed=3)]
    assert found[0] and found[0] == found[1]
