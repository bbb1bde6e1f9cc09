"""The JSON report written a piece at a time is byte for byte the report pydantic writes in one piece."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

from newsprism.model import Article, Evidence, Fact, Report, Reuse, Sentence
from newsprism.render import to_json
from newsprism.render.json import compact_pieces, json_pieces, write_json
from newsprism.store.store import _compressed


def _whole(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def _report() -> Report:
    """Texts with line breaks, quotes, backslashes and non-ASCII letters; empty and filled lists; an Evidence
    with and without its excluded-when-empty ``part``."""
    text = 'Zoë said "no".\nThe café\\bar closed — again.'
    first = Evidence(article="a", start=0, end=14, text=text[:14])
    titled = Evidence(article="b", start=0, end=5, text="Zoë s", part="title")
    article = Article(id="a", source="a.txt", format="text", title="Café\tnews", byline=["Ann", "Bo"], text=text,
                      sentences=[Sentence(start=0, end=14, text=text[:14]), Sentence(start=15, end=len(text),
                                                                                   text=text[15:])])
    other = article.model_copy(update={"id": "b", "byline": []})
    fact = Fact(text=text[:14], evidence=[first, titled], articles=2, origins=1)
    reuse = Reuse(a="a", b="b", relation="verbatim", source="a", coverage=1.0,
                  passages=[(0, 1, 0.5)])
    return Report(articles=[article, other], facts=[fact], reuse=[reuse])


def test_the_pieces_join_to_the_whole_report() -> None:
    for report in (_report(), Report(), Report(articles=[_report().articles[0]])):
        assert "".join(json_pieces(report)) == _whole(report)
        assert to_json(report) == _whole(report)


def test_the_compact_pieces_join_to_the_compact_report() -> None:
    for report in (_report(), Report(), Report(articles=[_report().articles[0]])):
        assert "".join(compact_pieces(report)) == report.model_dump_json()
        assert zlib.decompress(_compressed(report)) == report.model_dump_json().encode("utf-8")


def test_each_list_item_is_a_piece_of_its_own() -> None:
    report = _report()
    assert len(list(json_pieces(report))) > len(report.articles) + len(type(report).model_fields)


def test_written_as_the_whole(tmp_path: Path) -> None:
    report = _report()
    stream = io.StringIO()
    write_json(report, stream)
    assert stream.getvalue() == _whole(report)
    write_json(report, tmp_path / "report.json")
    assert (tmp_path / "report.json").read_bytes() == _whole(report).encode("utf-8")


def test_the_example_report_is_written_the_same(example_report: Report) -> None:
    assert to_json(example_report) == _whole(example_report)
    assert "".join(compact_pieces(example_report)) == example_report.model_dump_json()
