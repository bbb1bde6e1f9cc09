"""The conflicts benchmark: its generator, its file format, its scoring; and the ClaimDiff reader."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from newsprism.eval import DATASETS, EvalError, evaluate
from newsprism.eval.claimdiff import read_claimdiff
from newsprism.eval.conflict_pairs import (
    CONFLICT_RULES,
    CONSISTENT_RULES,
    add_negation,
    change_modality,
    convert_unit,
    drop_clause,
    main,
    make_pairs,
    read_sentences,
    round_number,
    swap_place,
)
from newsprism.eval.conflicts import LabelledPair, read_pairs, score

TEXT = """TITLE=> Storm hits coast. ARTICLE=> The storm injured 14 people in Ohio on Tuesday, officials said.
The council will meet on Friday to discuss the repairs, which could cost 2,500 dollars.
Mayor Ann Lee said the road was closed for 18 months while crews rebuilt the bridge.
However, the bridge has reopened to traffic after engineers inspected 1,523 joints in March.
The trail is 10 miles long and runs from the harbour to the old mill in Texas.
[SEP] In 2019, the town spent 120 million dollars on flood defences, according to the budget office."""


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_read_sentences_drops_markers(source: Path) -> None:
    sentences = read_sentences(source)
    assert sentences[0] == "The storm injured 14 people in Ohio on Tuesday, officials said."
    assert not any("=>" in s or "[SEP]" in s for s in sentences)


def test_generator_is_deterministic_and_labels_every_pair(source: Path, tmp_path: Path) -> None:
    sentences = read_sentences(source)
    first, second = make_pairs(sentences, 20, seed=3), make_pairs(sentences, 20, seed=3)
    assert first == second and first
    kinds = {r.kind for r in CONFLICT_RULES} | {r.kind for r in CONSISTENT_RULES}
    assert all(p.label in ("conflict", "consistent") and p.kind in kinds and p.a != p.b for p in first)
    out = tmp_path / "pairs.jsonl"
    assert main([str(source), str(out), "--pairs", "20", "--seed", "3"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert set(rows[0]) == {"a", "b", "label", "kind", "transform"}
    assert len(read_pairs(out)) == len(rows)


@pytest.mark.parametrize(("rule", "text", "expected"), [
    (add_negation, "The council will meet on Friday.", "The council will not meet on Friday."),
    (change_modality, "It is ill will to meet on Friday.", None),
    (convert_unit, "The road was closed for 18 months.", "The road was closed for a year and a half."),
    (convert_unit, "The trail is 10 miles long.", "The trail is 16 kilometers long."),
    (round_number, "Engineers inspected 1,523 joints.", "Engineers inspected about 1,500 joints."),
    (drop_clause, "The storm hit the coast, according to officials.", "The storm hit the coast."),
    (swap_place, "The ads ran in The Washington Post.", None),
])
def test_rules(rule, text: str, expected: str | None) -> None:
    made = rule(text, random.Random(1))
    assert made == expected


def test_modality_rule() -> None:
    assert change_modality("The council will meet on Friday.", random.Random(1)) in (
        "The council may meet on Friday.", "The council might meet on Friday.")


def test_score_per_kind() -> None:
    pairs = [LabelledPair("a", "b", True, "date", "weekday"), LabelledPair("a", "b", True, "number", "number"),
             LabelledPair("a", "b", False, "number", "rounded"), LabelledPair("a", "b", False, "reword", "reworded")]
    figures = {r.metric: r.value for r in score(pairs, [{"date"}, set(), {"number"}, set()], "newsprism", "x")}
    assert figures["date_precision"] == 1.0 and figures["date_recall"] == 1.0
    assert figures["number_precision"] == 0.0 and figures["number_recall"] == 0.0
    assert figures["overall_precision"] == 0.5 and figures["overall_recall"] == 0.5


def test_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": "x", "b": "y", "label": "maybe"}\n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"bad\.jsonl:1"):
        read_pairs(bad)
    with pytest.raises(EvalError):
        read_claimdiff(bad)
    with pytest.raises(EvalError, match="no such file"):
        evaluate("conflicts", tmp_path / "missing.jsonl", None)  # type: ignore[arg-type]
    assert "conflicts" in DATASETS and "claimdiff" in DATASETS


def test_evaluate_on_hand_written_pairs(tmp_path: Path, resources) -> None:
    rows = [{"a": "The storm injured 14 people on Tuesday.", "b": "The storm injured 41 people on Tuesday.",
             "label": "conflict", "kind": "number", "transform": "number"},
            {"a": "The road was closed for 18 months.", "b": "The road was closed for a year and a half.",
             "label": "consistent", "kind": "number", "transform": "unit-converted"},
            {"a": "The council will meet on Friday.", "b": "The council will meet on Monday.",
             "label": "conflict", "kind": "date", "transform": "weekday"}]  # 'will' / 'may' is no conflict of fact
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    figures = {(r.system, r.metric): r.value for r in evaluate("conflicts", path, None, resources=resources)}
    assert figures[("newsprism", "overall_precision")] == 1.0
    assert figures[("newsprism", "overall_recall")] == 1.0
    assert figures[("newsprism", "number_f1")] == 1.0


def test_claimdiff_reader(tmp_path: Path, resources) -> None:
    data = {"data": [{"claim_a": "The plant will close in 2024.", "claim_b": "The plant will close in 2026.",
                      "relation": 1},
                     {"claim_a": "The plant employs 300 people.", "claim_b": "Workers protested outside.",
                      "relation": 0}]}
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_claimdiff(path)[0][2] is True
    figures = {(r.system, r.metric): r.value for r in evaluate("claimdiff", path, None, resources=resources)}
    assert figures[("newsprism", "weaken_recall")] == 1.0 and figures[("newsprism", "weaken_precision")] == 1.0
