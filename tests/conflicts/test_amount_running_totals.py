"""Issue #18, round 12: an article that states a part and a running total explains the two values only to a side
that gives the total as a total (sentences written for these tests)."""

from __future__ import annotations

from newsprism.conflicts.amounts import Amount, contradict
from newsprism.model import Evidence
from newsprism.values import quantities


def _count(article: str, text: str) -> Amount:
    q = next(q for q in quantities(text) if q.dimension == "count:drone")
    sentence = Evidence(article=article, start=0, end=len(text), text=text)
    return Amount(q, Evidence(article=article, start=q.start, end=q.end, text=q.written), sentence, text)


def _stated(*texts: str) -> dict[str, list[tuple]]:
    return {"c": [(q, t) for t in texts for q in quantities(t) if q.dimension == "count:drone"]}


PART = "In the raid, the guards downed five drones over the depot."
TOTAL = "The guards have downed a total of 12 drones in four raids this month."


def test_a_total_given_as_this_raids_count_is_not_explained_by_the_part_and_total() -> None:
    part, whole = _count("a", PART), _count("b", "The guards downed 12 drones over the depot, the army said.")
    assert contradict(part, whole)
    assert contradict(part, whole, _stated(PART, TOTAL))


def test_a_total_given_as_a_total_is_explained() -> None:
    part, whole = _count("a", PART), _count("b", "So far the guards have downed 12 drones, the army said.")
    assert not contradict(part, whole, _stated(PART, TOTAL))


def test_a_part_and_its_whole_without_a_totals_words_still_explain_each_other() -> None:
    part, whole = _count("a", PART), _count("b", "The guards downed 12 drones over the depot, the army said.")
    plain = "Of the 12 drones launched, the guards downed five drones."
    assert not contradict(part, whole, _stated(plain))
