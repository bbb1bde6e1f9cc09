"""The draws of the honest readings (issues #18, #19) on an invented roundup file and exclusion file."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from newsprism.eval.audit import ALLSIDES_FILE, NEUS_FILE
from newsprism.eval.readings import READINGS, REPO, draw, dump, read_ids
from newsprism.eval.results import EvalError

QUOTED = {101, 104, 105, 107, 110, 111, 113, 116, 118, 120}
UNQUOTED = {102, 106, 109, 114, 117}
ONE_SIDE_EMPTY = {103, 108, 112, 115, 119}
HEADER = "area\tstory\tcorpus\tround\tseed\n"


def _roundup(sid: int) -> dict[str, object]:
    said = f'"We will reopen the ferry dock {sid}," the harbour board said.'
    plain = f"The harbour board reopened ferry dock {sid} on a windy morning."
    sides = {side: {"newsTitle": f"Dock {sid} reopens", "newsSource": f"Gazette {side}",
                    "newBody": [said if sid in QUOTED and side == "center" else plain]}
             for side in ("left", "center", "right")}
    if sid in ONE_SIDE_EMPTY:
        sides["right"]["newBody"] = []
    return {"id": sid, "issue": "Harbours", "news": sides}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    path = tmp_path / ALLSIDES_FILE
    path.parent.mkdir(parents=True)
    rows = [_roundup(sid) for sid in sorted(QUOTED | UNQUOTED | ONE_SIDE_EMPTY)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def _readings(path: Path, rows: list[tuple[str, int, str, str, str]]) -> Path:
    path.write_text(HEADER + "".join("\t".join(map(str, r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_draw_is_redrawn_when_its_own_ids_are_left_out_of_the_exclusion_file(root: Path, tmp_path: Path) -> None:
    earlier = [("speakers", 104, "allsides", "cited", "-"), ("entities", 113, "allsides", "cited", "-"),
               ("disagreements", 110, "neus-train", "spec", "-")]  # another corpus: no exclusion here
    first = draw("speakers", 90, 4, root, _readings(tmp_path / "a.tsv", earlier))
    reference = sorted(QUOTED - {104, 113})  # the round-27 script: sorted eligible ids, Random(seed).shuffle
    random.Random(90).shuffle(reference)
    assert first == reference[:4]
    read = earlier + [("speakers", sid, "allsides", "27/X", "90") for sid in first]
    second = draw("speakers", 91, 4, root, _readings(tmp_path / "b.tsv", read))
    assert not set(second) & (set(first) | {104, 113})
    assert draw("speakers", 90, 4, root, _readings(tmp_path / "c.tsv", earlier)) == first


def test_speakers_need_a_quotation_mark_and_both_need_three_bodies(root: Path, tmp_path: Path) -> None:
    none = _readings(tmp_path / "none.tsv", [])
    assert set(draw("speakers", 5, 99, root, none)) == QUOTED
    assert set(draw("entities", 5, 99, root, none)) == QUOTED | UNQUOTED


def test_disagreements_draw_three_dated_articles_away_from_a_read_line(tmp_path: Path) -> None:
    dated = "Crews cleared 14 trees and 3 roads on Tuesday."
    lines = [" [SEP] ".join([dated] * 3)] * 9
    lines[4] = " [SEP] ".join([dated, dated, "Crews cleared the trees."])  # one article states nothing
    lines[7] = " [SEP] ".join([dated] * 2)  # two articles
    (tmp_path / NEUS_FILE).parent.mkdir(parents=True)
    (tmp_path / NEUS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    read = _readings(tmp_path / "r.tsv", [("disagreements", 1, "neus-train", "spec", "-")])
    assert set(draw("disagreements", 56, 99, tmp_path, read)) == {3, 5, 6, 8}


def test_the_packaged_readings_hold_the_rounds_draws() -> None:
    allsides = read_ids(READINGS, "allsides")
    assert {6020, 5793, 5663, 6038, 5855, 6021, 5831, 6011} <= allsides
    assert {2216, 1845} <= read_ids(READINGS, "neus-train")


def test_a_dump_is_never_written_inside_the_repository(root: Path) -> None:
    with pytest.raises(EvalError, match="inside the repository"):
        dump("speakers", [101], root, REPO / "dump.txt")
