"""Issue #18 review: one rule for each question the conflict checks ask (sentences written for these tests)."""

from __future__ import annotations

from newsprism.conflicts.body_counts import measure_stems, root
from newsprism.conflicts.measured import Measured, _contradict, of_two_people, surnames_in
from newsprism.model import Evidence
from newsprism.values import quantities

NAMES = {"quill", "harrow"}


def _at(text: str, figure: str) -> tuple[str, list[tuple[int, str]], int]:
    return text, surnames_in(text, NAMES), text.index(figure)


def test_two_peoples_figures_need_two_names_neither_sentence_shares() -> None:
    quill = _at("Quill ran for 112 yards in the first half.", "112")
    harrow = _at("Harrow ran for 87 yards in the first half.", "87")
    both = _at("Harrow, not Quill, ran for 87 yards in the first half.", "87")
    nobody = _at("The team ran for 87 yards in the first half.", "87")
    assert of_two_people(*quill, *harrow)
    assert not of_two_people(*quill, *both)  # the second sentence names the first's person too
    assert not of_two_people(*quill, *nobody)
    assert not of_two_people(*quill, *quill)


def test_one_measure_phrase_rule_for_counts_and_measures() -> None:
    a = "Rescuers said they had pulled 31 miners from the flooded tunnels."
    b = "Rescuers later pulled out 26 miners from flooding tunnels."
    qa, qb = (quantities(t)[0] for t in (a, b))
    shared = measure_stems(a, qa) & measure_stems(b, qb)
    assert {root("flooded"), root("tunnels"), root("pulled")} <= shared  # word forms meet by their roots
    assert root("damaged") == root("damage") and root("served") == root("serve")
    assert "later" not in measure_stems(b, qb)  # a word of time order says nothing of the measure
    months = "Quill was jailed for seven months after the trial."
    q = quantities(months)[0]
    assert measure_stems(months, q, 6, 4) == {root("jailed"), root("trial")}


def _measured(text: str) -> Measured:
    q = next(q for q in quantities(text) if q.dimension == "time")
    return Measured("quill", q, Evidence(article="a", start=0, end=len(text), text=text), frozenset())


def test_bounds_the_same_way_both_hold() -> None:
    assert not _contradict(_measured("Quill spent more than two years at sea."),
                           _measured("Quill spent more than five years at sea."))
    assert _contradict(_measured("Quill spent two years at sea."), _measured("Quill spent five years at sea."))
