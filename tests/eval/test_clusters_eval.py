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
from newsprism.eval.cluster_stream import stream_items
from newsprism.eval.clusters import (
    _contingency,
    bcubed,
    evaluate_clusters,
    partition_scores,
    read_clusters,
    read_setting,
)

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
                      "calibration stories, stream order": 6}
    ours = {(line["split"], line["metric"]): line["value"] for line in lines if line["system"] == "newsprism"}
    assert ours[("all, stream order", "nmi")] == 1.0 and ours[("all, shuffled", "bcubed_f1")] == 1.0
    assert "items/s" in run.stderr and all(math.isfinite(line["value"]) for line in lines)


@pytest.mark.parametrize(("content", "message"), [
    ("", "a stream to group needs at least 2"),
    ('{"text": "one", "cluster": 1}\n{"text": "two"\n', ":2: not JSON"),
    ('{"text": "one", "cluster": 1}\n{"words": "two", "cluster": 2}\n', ':2: expected an object with a "text"'),
    ('{"text": "one", "cluster": 1}\n["two", 2]\n', ":2: expected an object"),
    ('{"text": "one", "cluster": 1}\n{"text": "two", "cluster": 2, "published": "last week"}\n',
     ':2: "published" is not an ISO 8601 date'),
    ('{"text": "one", "cluster": 1}\n{"text": "two", "cluster": 2, "title": 7}\n', ':2: "title" must be a string'),
])
def test_bad_files_are_named_with_the_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        read_clusters(path)
    run = CliRunner().invoke(cli, ["eval", "clusters", str(path)])
    assert run.exit_code == 2 and "bad.jsonl" in run.stderr


def test_title_date_and_url_are_read_and_fed_as_an_article_has_them(tmp_path: Path) -> None:
    """Two look-alike shootings on one day in two towns: the titles and leads name the towns, the dates are
    days apart from a third, same-worded event; newsprism-lexical must keep the three stories apart."""
    def record(town: str, n: int, day: str, cluster: str) -> str:
        return json.dumps({"title": f"Two hurt in {town} shooting", "published": day, "url": f"https://n.test/{town}{n}",
                           "cluster": cluster, "text": f"Police in {town} said two men were hurt in a shooting on "
                                                       f"Sunday night. Officers found them near the {town} depot."})
    lines = [record(t, n, d, f"{t}{d}") for n in range(3)
             for t, d in (("Elmwood", "2026-05-03"), ("Stonebridge", "2026-05-03"), ("Elmwood", "2026-06-20"))]
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read_clusters(path)
    assert items[0].title == "Two hurt in Elmwood shooting" and items[0].published == "2026-05-03"
    assert items[0].url == "https://n.test/Elmwood0" and items[0].baseline_text.startswith("Two hurt in Elmwood")
    streamed = stream_items(items, 60)
    assert streamed[0].title == items[0].title and streamed[0].published is not None
    results = evaluate_clusters(path, None)
    ours = {(r.split, r.metric): r.value for r in results if r.system == "newsprism-lexical"}
    assert ours[("all, stream order", "bcubed_f1")] == 1.0


def test_config_file_sets_story_config_and_bad_ones_are_named(tmp_path: Path, stream_file: Path) -> None:
    good = tmp_path / "stories.json"
    good.write_text(json.dumps({"alpha": 0.1, "split_min": 3, "features": {"title_weight": 2.0}, "lead_words": 40}))
    setting = read_setting(good)
    assert setting.stories.alpha == 0.1 and setting.stories.split_min == 3
    assert setting.features.title_weight == 2.0 and setting.lead_words == 40
    run = CliRunner().invoke(cli, ["eval", "clusters", str(stream_file), "--config", str(good)])
    assert run.exit_code == 0, run.output
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"alpah": 0.1}))
    run = CliRunner().invoke(cli, ["eval", "clusters", str(stream_file), "--config", str(bad)])
    assert run.exit_code == 2 and "'alpah' is no field of StoryConfig" in run.stderr


def test_a_folder_gives_figures_per_corpus(tmp_path: Path, stream_file: Path) -> None:
    folder = tmp_path / "corpora"
    folder.mkdir()
    (folder / "one.jsonl").write_text(stream_file.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "two.jsonl").write_text(stream_file.read_text(encoding="utf-8"), encoding="utf-8")
    splits = {r.split for r in evaluate_clusters(folder, None) if r.pairs}
    assert "one: all, stream order" in splits and "two: held-out stories, stream order" in splits
