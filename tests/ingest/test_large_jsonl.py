"""JSON Lines files larger than the per-input size limit: read line by line, the limit applying to each record."""

from __future__ import annotations

import gzip
import json
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.config import Config, IngestConfig
from newsprism.errors import InputFailure
from newsprism.ingest import iter_source, read_inputs
from newsprism.ingest.sources import Source
from newsprism.model import InputProblem
from newsprism.store import open_store
from newsprism.stream.options import StreamConfig
from newsprism.stream.reading import read_sources
from newsprism.stream.runner import ingest_stream
from newsprism.stream.synthetic import synthetic_stream

LIMIT = 2_000
SMALL = IngestConfig(max_bytes=LIMIT)
PLACES = ["Orlen", "Vessa", "Tarnby", "Brackley", "Dale", "Kestrel Bay", "Holm", "Ashcombe"]


def record(number: int) -> dict[str, str]:
    place = PLACES[number % len(PLACES)]
    return {"title": f"Ferry {number} sails", "text": f"The ferry number {number} left {place} on time on Monday "
            f"after the storm, and the harbour office in {place} said the service would run as usual."}


def line(item: dict[str, str]) -> str:
    return json.dumps(item)


def write_lines(path: Path, lines: list[str], newline: str = "\n") -> Path:
    data = "".join(text + newline for text in lines).encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def padded(target_bytes: int, number: int) -> str:
    """A record line of exactly ``target_bytes`` bytes (at least 40): its text padded with one long word."""
    item = {"title": f"Long {number}", "text": ""}
    item["text"] = "y" * (target_bytes - len(line(item)))
    out = line(item)
    assert len(out.encode("utf-8")) == target_bytes
    return out


@pytest.mark.parametrize("name", ["wire.jsonl", "wire.ndjson", "wire.jsonl.gz", "wire.ndjson.gz"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_file_of_many_short_records_over_the_limit_is_read_whole(tmp_path: Path, name: str, newline: str) -> None:
    path = write_lines(tmp_path / name, [line(record(n)) for n in range(1, 201)], newline)
    unpacked = len(gzip.decompress(path.read_bytes())) if name.endswith(".gz") else path.stat().st_size
    assert unpacked > 10 * LIMIT
    result = read_inputs([str(path)], SMALL)
    assert result.problems == []
    stem = name.split(".")[0]
    assert [a.id for a in result.articles] == [f"{stem}-{n}" for n in range(1, 201)]
    assert [a.title for a in result.articles] == [f"Ferry {n} sails" for n in range(1, 201)]


@pytest.mark.parametrize(("big_line", "blank_lines"), [(1, ()), (7, ()), (40, ()), (7, (3, 12))])
def test_one_record_over_the_limit_is_one_problem_naming_file_and_line(tmp_path: Path, big_line: int,
                                                                        blank_lines: tuple[int, ...]) -> None:
    lines = [padded(LIMIT + 500, n) if n == big_line else "" if n in blank_lines else line(record(n))
             for n in range(1, 41)]
    path = write_lines(tmp_path / "day.jsonl", lines)
    result = read_inputs([str(path)], SMALL)
    assert [(p.code, p.input) for p in result.problems] == [("E006", f"{path}:{big_line}")]
    assert str(LIMIT + 500) in result.problems[0].message
    kept = [n for n in range(1, 41) if n != big_line and n not in blank_lines]
    assert [a.id for a in result.articles] == [f"day-{n}" for n in kept]


@pytest.mark.parametrize(("size", "newline", "refused"), [
    (LIMIT, "\n", False), (LIMIT, "\r\n", False), (LIMIT + 1, "\n", True), (LIMIT + 1, "\r\n", True),
])
def test_the_limit_is_on_the_record_not_its_end_of_line(tmp_path: Path, size: int, newline: str,
                                                       refused: bool) -> None:
    lines = [line(record(1)), padded(size, 2), line(record(3))]
    path = write_lines(tmp_path / "edge.jsonl", lines, newline)
    result = read_inputs([str(path)], SMALL)
    assert [p.input for p in result.problems] == ([f"{path}:2"] if refused else [])
    assert [a.id for a in result.articles] == (["edge-1", "edge-3"] if refused else ["edge-1", "edge-2", "edge-3"])


@settings(max_examples=40, deadline=None)
@given(sizes=st.lists(st.integers(min_value=40, max_value=400), min_size=1, max_size=30),
       limit=st.integers(min_value=40, max_value=400), newline=st.sampled_from(["\n", "\r\n"]))
def test_each_record_is_read_or_refused_by_its_own_size(sizes: list[int], limit: int, newline: str) -> None:
    lines = [padded(size, n) for n, size in enumerate(sizes, start=1)]
    with tempfile.TemporaryDirectory() as folder:
        path = write_lines(Path(folder) / "prop.jsonl", lines, newline)
        result = read_inputs([str(path)], IngestConfig(max_bytes=limit))
    over = [n for n, size in enumerate(sizes, start=1) if size > limit]
    assert [p.input for p in result.problems] == [f"{path}:{n}" for n in over]
    expected_ids = ["prop"] if len(sizes) == 1 else [f"prop-{n}" for n in range(1, len(sizes) + 1)]
    assert [a.id for a in result.articles] == [i for n, i in enumerate(expected_ids, start=1) if n not in over]


def test_a_gzip_file_cut_short_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    whole = gzip.compress("".join(line(record(n)) + "\n" for n in range(1, 2001)).encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    result = read_inputs([str(path)], SMALL)
    assert [(p.code, p.input) for p in result.problems] == [("E003", str(path))]
    ids = [a.id for a in result.articles]
    assert 0 < len(ids) < 2000
    assert ids == [f"cut-{n}" for n in range(1, len(ids) + 1)]


def test_reading_a_large_file_holds_one_record_not_the_file(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "dump.jsonl", [line(record(n)) for n in range(1, 20_001)])
    assert path.stat().st_size > 3_000_000
    problems: list[InputProblem] = []
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_sources([str(path)], SMALL, problems.append))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (count, problems) == (20_000, [])
    assert peak < path.stat().st_size / 10


@pytest.mark.parametrize("oversize_at", [None, 5])
def test_stream_ingest_of_a_file_over_the_limit_stores_every_article(tmp_path: Path,
                                                                     oversize_at: int | None) -> None:
    corpus = synthetic_stream(120, seed=5)
    lines = [line(a.record()) for a in corpus]
    longest = max(len(text.encode("utf-8")) for text in lines)
    if oversize_at is not None:
        lines.insert(oversize_at - 1, padded(longest + 200, 999))
    path = write_lines(tmp_path / "news.jsonl", lines)
    limit = longest + 100
    assert path.stat().st_size > 20 * limit
    config = StreamConfig(batch_size=16, embeddings=False, analyse=False,
                          pipeline=Config(ingest=IngestConfig(max_bytes=limit)))
    with open_store(tmp_path / "stream.db") as store:
        summary = ingest_stream([str(path)], store, config)
        with store.session() as session:
            stored = {row[0] for row in session.all("SELECT article_id FROM articles")}
    assert [p.input for p in summary.problems] == ([] if oversize_at is None else [f"{path}:{oversize_at}"])
    assert (summary.added, summary.read) == (120, 120)
    assert stored == {a.id for a in corpus}


def test_iter_source_reports_an_unreadable_source_as_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "gone.jsonl"
    items = list(iter_source(Source(str(path), is_url=False), SMALL))
    assert [(i.item.code, i.item.input) for i in items if isinstance(i, InputFailure)] == [("E003", str(path))]
    assert len(items) == 1
