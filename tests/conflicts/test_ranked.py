"""Rank conflicts across a whole story: one thing placed differently on one scale in unaligned sentences
(issue #18; the articles are written for this test)."""

from __future__ import annotations

from newsprism.conflicts import find_conflicts

WIRE = ("The undersea quake struck off the northern coast before dawn on Friday.\n\n"
        "Seismologists said it was the fourth largest earthquake recorded anywhere since 1900.\n\n"
        "Fishing boats were tossed onto the harbour roads and the ferry port was closed.")
DAILY = ("A massive undersea tremor hit the northern coast early on Friday, flooding the harbour roads.\n\n"
         "Ranked the fifth-largest quake ever measured, it was felt hundreds of miles inland.\n\n"
         "Officials closed the ferry port and told families to stay on high ground.")
CITIES = ("Port Ellery, the second largest city of the province, lost power for a day.\n\n"
          "Dunmore, the third largest city of the province, kept its lights on.")


def test_one_quake_ranked_fourth_and_fifth_is_a_conflict(conflict_input, resources, tmp_path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "daily.txt").write_text(DAILY, encoding="utf-8")
    conflicts = find_conflicts(conflict_input([str(tmp_path)], resources))
    ranks = [c for c in conflicts if c.about.startswith("the rank")]
    assert len(ranks) == 1
    assert sorted(s.claim for s in ranks[0].sides) == ["fifth-largest", "fourth largest"]


def test_two_cities_ranked_apart_are_no_conflict(conflict_input, resources, tmp_path) -> None:
    (tmp_path / "wire.txt").write_text(CITIES, encoding="utf-8")
    (tmp_path / "daily.txt").write_text(CITIES.split("\n\n")[1] + "\n\nPort Ellery, the second largest city of "
                                        "the province, had no water.", encoding="utf-8")
    conflicts = find_conflicts(conflict_input([str(tmp_path)], resources))
    assert [(c.about, [(s.claim, [e.article for e in s.evidence]) for s in c.sides]) for c in conflicts] == []
