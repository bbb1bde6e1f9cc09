"""`eval figures gunviolence`: incident folders written for the test, analysed with the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.errors import NewsprismError
from newsprism.eval.figures import DEV, baseline_counts, evaluate_figures, part_of, read_incidents

PAGES = {
    "1001": ((1, 2), [("a.txt", "2019-06-02", "Police said a man, 30, was shot and killed on Birch Road late "
                                              "Saturday. Two other men were wounded and taken to a hospital."),
                      ("b.txt", "2019-06-03", "A man was killed and two more were wounded in gunfire on Birch Road, "
                                              "officers said. Nobody is in custody.")]),
    "1002": ((0, 3), [("c.txt", "2019-07-10", "Three people were shot outside a bowling alley on Friday night. "
                                              "None of the injuries were life-threatening, a sergeant said.")]),
    "1003": ((2, 0), [("d.txt", "2019-08-01", "A woman was shot and killed in her kitchen on Elm Street. Deputies "
                                              "said her husband shot her, then turned the weapon on himself.")]),
    "1004": ((0, 5), [("e.txt", "2019-09-14", "Two women were in serious condition and three others were hurt when "
                                              "shots rang out at a car wash on Dune Road, deputies said.")]),
    "1005": ((0, 1), [("f.txt", "2019-10-05", "A boy of 15 shot himself in the hand by mistake on Sunday "
                                              "while handling a rifle, deputies said. He should recover fully.")]),
}


def write_corpus(root: Path) -> Path:
    for incident, ((killed, injured), pages) in PAGES.items():
        folder = root / incident
        folder.mkdir(parents=True)
        documents = []
        for name, day, text in pages:
            (folder / name).write_text(text, encoding="utf-8")
            documents.append({"doc_id": name[0], "file": name, "title": "Shooting", "dct": day,
                              "outlet": f"{name[0]}.example"})
        gold = {"incident_id": incident, "num_killed": killed, "num_injured": injured, "documents": documents}
        (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def test_the_story_counts_match_gold(tmp_path: Path, resources) -> None:
    results = evaluate_figures(write_corpus(tmp_path / "corpus"), resources, limit=10)
    scores = {(r.system, r.metric): r.value for r in results}
    assert scores[("newsprism", "killed_accuracy")] == 1.0
    assert scores[("newsprism", "injured_accuracy")] == 1.0
    assert scores[("newsprism", "coverage")] == 1.0
    assert {r.split for r in results} == {"all"} and {r.pairs for r in results} == {5}


def test_the_baseline_reads_the_first_article_only(tmp_path: Path) -> None:
    incidents = read_incidents(write_corpus(tmp_path / "corpus"), None)
    first = baseline_counts(incidents[0])
    assert (first.killed, first.injured) == (0, 0)  # 'shot and killed' names no number next to 'killed'
    assert baseline_counts(incidents[1]).covered is False


def test_a_folder_without_incidents_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NewsprismError, match="not a gunviolence corpus folder"):
        read_incidents(tmp_path, None)


def test_the_dev_part_is_every_incident_outside_the_held_out_part(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    held_out = next(str(n) for n in range(2000, 9000) if part_of(str(n)) == "held-out")
    (root / held_out).mkdir()
    gold = {"incident_id": held_out, "num_killed": 0, "num_injured": 0, "documents": []}
    (root / held_out / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert {i.id for i in read_incidents(root, None)} == {"1001", "1002", "1003", "1004", "1005", held_out}
    assert {i.id for i in read_incidents(root, DEV)} == {"1001", "1002", "1003", "1004", "1005"}
    assert [i.id for i in read_incidents(root, DEV, limit=1)] == ["1001"]


def test_the_later_samples_are_parts_of_their_own(tmp_path: Path) -> None:
    ids = [str(n) for n in range(1000, 9000)]
    for name in ("sample2", "sample3", "sample4"):
        drawn = [i for i in ids if part_of(i) == name]
        assert drawn and {part_of(i) for i in drawn} == {name}
        assert 0.015 < len(drawn) / len(ids) < 0.035  # about 1 in 40
