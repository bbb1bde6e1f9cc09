"""newsprism eval neus on a tiny file pair written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.eval import DATASETS, EvalError, evaluate
from newsprism.eval.neus import METRICS, SYSTEMS, pack, read_neus

STORIES = [
    ("TITLE=> Bridge reopens after repairs. ARTICLE=> The Kessel river bridge reopened to traffic on Friday after "
     "two years of repairs. The work cost 30 million euros, the city said. [SEP] TITLE=> Kessel bridge open again. "
     "ARTICLE=> Cars crossed the Kessel river bridge on Friday, two years after it closed. Some residents "
     "complained about the new tolls. [SEP] TITLE=> City celebrates bridge. ARTICLE=> The city celebrated as the "
     "Kessel bridge reopened on Friday after two years of repairs.",
     "TITLE=> Kessel Bridge Reopens. ARTICLE=> The Kessel river bridge reopened on Friday after two years of "
     "repairs costing 30 million euros."),
    ("TITLE=> Library extends hours. ARTICLE=> The central library will stay open until ten in the evening from "
     "next month. [SEP] TITLE=> Late nights at the library. ARTICLE=> [SEP] TITLE=> Library opens longer. "
     "ARTICLE=> From next month the central library will open until 10 pm, the council announced.",
     "TITLE=> Library To Open Later. ARTICLE=> The central library will stay open until 10 pm from next month."),
]


def write_files(folder: Path, stories: list[tuple[str, str]] = STORIES) -> Path:
    prefix = folder / "tiny"
    prefix.with_name("tiny.source").write_text("".join(s + "\n" for s, _ in stories), encoding="utf-8")
    prefix.with_name("tiny.target").write_text("".join(t + "\n" for _, t in stories), encoding="utf-8")
    return prefix


def test_reader_leaves_out_empty_articles_and_the_reference_title(tmp_path: Path) -> None:
    stories = read_neus(write_files(tmp_path))
    assert [len(s.documents) for s in stories] == [3, 2]
    assert stories[0].documents[1].title == "Kessel bridge open again."
    assert stories[1].reference.startswith("The central library")
    assert stories[1].words == 12


def test_pack_keeps_order_and_skips_what_does_not_fit() -> None:
    assert pack(["one two three", "four five six seven", "eight"], 5) == ["one two three", "eight"]
    assert pack(["a b c d e f"], 5) == []


def test_evaluation_on_a_tiny_file(tmp_path: Path, resources) -> None:
    assert "neus" in DATASETS
    results = evaluate("neus", write_files(tmp_path), resources.encoder, resources=resources)
    assert [(r.system, r.metric) for r in results] == [(s, m) for s in SYSTEMS for m in METRICS]
    assert {(r.dataset, r.split, r.pairs) for r in results} == {("neus", "tiny", 2)}
    assert all(0.0 <= r.value <= 1.0 for r in results)
    ours = {r.metric: r.value for r in results if r.system == "newsprism"}
    assert ours["rouge1"] > 0.3


def test_files_that_cannot_be_evaluated(tmp_path: Path, resources) -> None:
    with pytest.raises(EvalError):
        evaluate("neus", tmp_path / "missing", resources.encoder, resources=resources)
    prefix = write_files(tmp_path)
    prefix.with_name("tiny.target").write_text("TITLE=> Only one. ARTICLE=> One line.\n", encoding="utf-8")
    with pytest.raises(EvalError):
        evaluate("neus", prefix, resources.encoder, resources=resources)
    prefix.with_name("tiny.source").write_text("no fields here\n", encoding="utf-8")
    with pytest.raises(EvalError):
        evaluate("neus", prefix, resources.encoder, resources=resources)
    with pytest.raises(EvalError):
        evaluate("neus", prefix, resources.encoder, fit=True, resources=resources)
