"""The audit of real stories (issue #18): items per story, error lines, and two runs diffed (texts written for
these tests)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli.app import cli
from newsprism.eval.audit import ALLSIDES_FILE, NEUS_FILE, Item, diff, parse_selection, read_run, read_verdicts, run
from newsprism.eval.results import EvalError

QUIET = ("Harbour town waits", "The mayor of the harbour town said the ferry had left port in calm weather. "
                               "Families gathered at the pier to wait for news.")


def _sinking(killed: int) -> tuple[str, str]:
    return ("Ferry sinks off Norland", f"A passenger ferry sank off the coast of Norland on Tuesday, and {killed} "
                                       "people were killed, the coast guard said. Divers searched the wreck.")


def _bridge(closed: int) -> tuple[str, str]:
    return ("Bridge shut after storm", f"The old river bridge in Dunmore was closed on Monday after a storm, and "
                                       f"{closed} families were evacuated, the council said. Crews checked the piers.")


def _line(*articles: tuple[str, str]) -> str:
    return " [SEP] ".join(f"TITLE=> {title} ARTICLE=> {text}" for title, text in articles)


def _data(root: Path, lines: list[str], roundups: list[dict[str, object]] | None = None) -> Path:
    (root / NEUS_FILE).parent.mkdir(parents=True, exist_ok=True)
    (root / NEUS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / ALLSIDES_FILE).write_text("".join(json.dumps(r) + "\n" for r in roundups or []), encoding="utf-8")
    return root


def _run(root: Path, resources: object, **selection: str) -> list[Item]:
    out = io.StringIO()
    run(parse_selection(selection.get("neus"), selection.get("allsides"), selection.get("ids")), root, out,
        resources, log=io.StringIO())  # type: ignore[arg-type]
    return [Item.from_json(line) for line in out.getvalue().splitlines()]


def _found(items: list[Item]) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return sorted((i.story, i.kind, i.measure, tuple(sorted(i.values))) for i in items if i.kind != "analysed")


def test_two_stories_give_their_items_and_a_second_run_diffs(tmp_path: Path, resources: object) -> None:
    base_root = _data(tmp_path / "base", [_line(_sinking(12), _sinking(40), QUIET),
                                          _line(_bridge(30), _bridge(30), QUIET)])
    base = _run(base_root, resources)
    assert _found(base) == [("neus:0", "conflict:number", "people killed",
                             ("12 people were killed", "40 people were killed")),
                            ("neus:0", "disputed", "people killed", ("12", "40"))]
    assert [i.story for i in base if i.kind == "analysed"] == ["neus:0", "neus:1"]
    disputed = next(i for i in base if i.kind == "disputed")
    assert disputed.articles == ("neus-train-0-0", "neus-train-0-1")
    assert "12 people were killed" in disputed.evidence
    offset = disputed.offsets[0]
    assert offset.article == "neus-train-0-0" and offset.end > offset.start

    new_root = _data(tmp_path / "new", [_line(_sinking(12), _sinking(12), QUIET),
                                        _line(_bridge(30), _bridge(300), QUIET)])
    (tmp_path / "base.jsonl").write_text("".join(i.to_json() + "\n" for i in base), encoding="utf-8")
    (tmp_path / "new.jsonl").write_text("".join(i.to_json() + "\n" for i in _run(new_root, resources)),
                                        encoding="utf-8")
    verdicts = {disputed.key: ("real", "two tolls for one sinking")}
    lines = diff(read_run(tmp_path / "base.jsonl"), read_run(tmp_path / "new.jsonl"), verdicts)
    tags = sorted((line.split("\t")[0], line.split("\t")[1], line.split("\t")[2], line.split("\t")[3])
                  for line in lines if line.startswith(("new\t", "gone\t")))
    assert tags == [("gone", "real", "neus:0", "disputed"), ("gone", "unread", "neus:0", "conflict:number"),
                    ("new", "unread", "neus:1", "conflict:number")]  # families evacuated: no counted figure
    assert "base: 2 stories, 1 conflicts, 1 disputed, 0 errors" in lines


def test_a_broken_story_is_an_error_line_and_the_run_goes_on(tmp_path: Path, resources: object) -> None:
    good = {"id": 7, "news": {"left": {"newsSource": "Left Daily", "newsTitle": QUIET[0], "newBody": [QUIET[1]]}}}
    broken = {"id": 6, "news": {"left": {"newsTitle": "A title", "newBody": 5}}}
    root = _data(tmp_path, [_line(QUIET)], [broken, good])
    items = _run(root, resources, allsides="all", ids="neus:9")
    assert [(i.story, i.kind, i.measure) for i in items] == [
        ("neus:9", "error", "EvalError"), ("neus:9", "analysed", "1"),
        ("allsides:6", "error", "crash:TypeError"), ("allsides:6", "analysed", "1"),
        ("allsides:7", "analysed", "0")]
    assert "no line 9" in items[0].evidence


def test_selection_reads_ranges_counts_and_ids() -> None:
    everything = parse_selection(None, None, None)
    assert everything.allsides is None and 2451 in everything.neus
    chosen = parse_selection("3:5", "2", "neus:321, allsides:6072")
    assert (list(chosen.neus), chosen.allsides, chosen.ids) == ([3, 4], 2, ("neus:321", "allsides:6072"))
    assert parse_selection("10:", None, None).neus.start == 10 and parse_selection(None, "all", None).allsides is None
    assert not parse_selection(None, None, "neus:1").neus
    for wrong in (("x", None, None), (None, "some", None), (None, None, "ecb:1")):
        with pytest.raises(EvalError):
            parse_selection(*wrong)


def test_the_key_leaves_offsets_out_and_orders_articles_and_values() -> None:
    one = Item("neus:1", "disputed", "people  killed", ("40", "12"), ("b", "a"), evidence="x")
    other = Item("neus:1", "disputed", "people killed", ("12", "40"), ("a", "b"), evidence="y")
    assert one.key == other.key == "neus:1\tdisputed\tpeople killed\ta,b\t12 | 40"
    long = Item("neus:1", "conflict:number", "how many: one two three four five six seven", ("a b c d e f g",))
    assert long.key == "neus:1\tconflict:number\thow many\t\ta b c d e f"
    assert Item.from_json(one.to_json()) == one


def test_cli_diff_reads_the_verdicts_file(tmp_path: Path) -> None:
    kept = Item("neus:1", "disputed", "people killed", ("12", "40"), ("a", "b"))
    gone = Item("neus:2", "conflict:date", "the vote", ("May 1", "May 2"), ("a", "c"))
    done = [Item(s, "analysed", "0") for s in ("neus:1", "neus:2")]
    (tmp_path / "a.jsonl").write_text("".join(i.to_json() + "\n" for i in [kept, gone, *done]), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("".join(i.to_json() + "\n" for i in [kept, done[0]]), encoding="utf-8")
    (tmp_path / "v.tsv").write_text(f"# story\tkind\tmeasure\tarticles\tvalues\tverdict\twhy\n{gone.key}\twrong\t"
                                    "another vote\n", encoding="utf-8")
    assert read_verdicts(tmp_path / "v.tsv") == {gone.key: ("wrong", "another vote")}
    result = CliRunner().invoke(cli, ["eval", "audit", "diff", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"),
                                      "--verdicts", str(tmp_path / "v.tsv")])
    assert result.exit_code == 0, result.output
    assert "missing\tneus:2" in result.output and "new run's items read: 1 unread" in result.output
    assert "gone\t" not in result.output  # neus:2 was not analysed by the second run: no change of the code
