"""`newsprism eval clusters`: the partition metrics on hand-computed cases and the command on a tiny stream."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from newsprism.cli import cli
from newsprism.eval import EvalError
from newsprism.eval.clusters import _contingency, bcubed, partition_scores, read_clusters

CASES = [  # gold, predicted, NMI, ARI, B-cubed precision, recall (worked out by hand)
    ("aabb", "xxyy", 1.0, 1.0, 1.0, 1.0),
    ("aabb", "xxxx", 0.0, 0.0, 0.5, 1.0),
    ("aabb", "wxyz", 2 / 3, 0.0, 1.0, 0.5),  # MI = ln 2; entropies ln 2 and ln 4
    ("aaabbb", "xxyyyy", None, 1.2 / 3.7, 0.75, 7 / 9),  # pairs together 4, gold 6, predicted 7, all 15
]


@pytest.mark.parametrize(("gold", "predicted", "nmi", "ari", "precision", "recall"), CASES)
def test_partition_scores_on_hand_computed_cases(gold: str, predicted: str, nmi: float | None, ari: float,
                                                 precision: float, recall: float) -> None:
    scores = partition_scores(list(gold), list(predicted))
    p, r, f = bcubed(_contingency(list(gold), list(predicted)))
    assert (p, r) == pytest.approx((precision, recall))
    assert f == pytest.approx(2 * precision * recall / (precision + recall)) == scores["bcubed_f1"]
    assert scores["ari"] == pytest.approx(ari)
    if nmi is not None:
        assert scores["nmi"] == pytest.approx(nmi)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 5)), min_size=2, max_size=40))
def test_nmi_and_ari_agree_with_scikit_learn(pairs: list[tuple[int, int]]) -> None:
    gold, predicted = [str(g) for g, _ in pairs], [str(p) for _, p in pairs]
    scores = partition_scores(gold, predicted)
    assert scores["nmi"] == pytest.approx(normalized_mutual_info_score(gold, predicted), abs=1e-9)
    assert scores["ari"] == pytest.approx(adjusted_rand_score(gold, predicted), abs=1e-9)
    assert 0.0 <= scores["bcubed_f1"] <= 1.0


STORIES = {  # label -> texts; "mayor" falls in the calibration half (even crc32), "flood" in the held-out one
    "flood": ["flood closes elm bridge river burst banks", "elm bridge shut river flood water rises",
              "river flood keeps elm bridge closed", "elm flood bridge closure detour river"],
    "mayor": ["oakford elects mayor dana whitlow election", "whitlow wins oakford mayoral election",
              "oakford mayor whitlow sworn election win"],
    "cup": ["riverton win cup final striker ames goals", "ames double seals cup riverton final",
            "riverton beat hallam cup final ames"],
}


@pytest.fixture
def stream_file(tmp_path: Path) -> Path:
    lines = [json.dumps({"text": texts[n], "cluster": label})
             for n in range(4) for label, texts in STORIES.items() if n < len(texts)]
    path = tmp_path / "stream.jsonl"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def test_eval_clusters_end_to_end(stream_file: Path) -> None:
    run = CliRunner().invoke(cli, ["eval", "clusters", str(stream_file)])
    assert run.exit_code == 0, run.output
    printed = [json.loads(line) for line in run.stdout.splitlines()]
    reported = [line for line in printed if line["split"].startswith("reported")]
    assert [(line["metric"], line["value"]) for line in reported] == [("nmi", 0.87), ("nmi", 0.92)]
    lines = [line for line in printed if line not in reported]
    systems = {line["system"] for line in lines}
    assert {"newsprism", "newsprism-lexical"} < systems and any(s.startswith("tfidf (threshold") for s in systems)
    assert {line["metric"] for line in lines} == {"nmi", "ari", "bcubed_f1"}
    splits = {line["split"]: line["pairs"] for line in lines}
    assert splits == {"all, stream order": 10, "all, shuffled": 10, "held-out stories, stream order": 4,
                      "held-out stories, shuffled": 4}
    ours = {(line["split"], line["metric"]): line["value"] for line in lines if line["system"] == "newsprism"}
    assert ours[("all, stream order", "nmi")] == 1.0 and ours[("all, shuffled", "bcubed_f1")] == 1.0
    assert "items/s" in run.stderr and all(math.isfinite(line["value"]) for line in lines)


@pytest.mark.parametrize(("content", "message"), [
    ("", "a stream to group needs at least 2"),
    ('{"text": "one", "cluster": 1}\n{"text": "two"\n', ":2: not JSON"),
    ('{"text": "one", "cluster": 1}\n{"words": "two", "cluster": 2}\n', ':2: expected an object with a "text"'),
    ('{"text": "one", "cluster": 1}\n["two", 2]\n', ":2: expected an object"),
])
def test_bad_files_are_named_with_the_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        read_clusters(path)
    run = CliRunner().invoke(cli, ["eval", "clusters", str(path)])
    assert run.exit_code == 2 and "bad.jsonl" in run.stderr
