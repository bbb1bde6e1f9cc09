"""Issue #18, round 12: counts of things past the lead meet only when their measure phrase and subject agree, read by
words alone (sentences written for these tests)."""

from __future__ import annotations

from newsprism.conflicts.body_counts import Counted, body_pairs, measure_stems, names_near, of_others
from newsprism.values import quantities


def _joined(items: list[Counted], body) -> set[frozenset[int]]:
    return {frozenset(p) for p in body_pairs(items, body)}


def _counts(*texts: tuple[str, str]) -> list[Counted]:
    return [(article, text, q) for article, text in texts for q in quantities(text) if q.dimension.startswith("count:")]


def test_one_thing_by_two_nouns_under_one_measure_phrase() -> None:
    items = _counts(("a", "Crews got there first and called in six more engines and a ladder."),
                    ("b", "The crews later called four more appliances to the blaze."))
    assert _joined(items, lambda k: True) == {frozenset({0, 1})}


def test_another_measure_phrase_or_subject_is_another_count() -> None:
    route = _counts(("a", "Most of the harm was done to the four cables laid under the sea."),
                    ("b", "Officials said three cables were cut near the coast."))
    assert _joined(route, lambda k: True) == set()  # nothing shared but the counted noun
    scope = _counts(("a", "He pitched in 61 games with the Hawks."),
                    ("b", "He pitched in 150 games with the Hawks and Owls."))
    assert _joined(scope, lambda k: True) == set()  # other names: another scope


def test_a_headline_pair_is_left_to_the_encoder() -> None:
    items = _counts(("a", "Rioters damaged 355 shops in the capital."),
                    ("b", "Rioters damaged 565 shops in the capital."))
    assert _joined(items, lambda k: False) == set()
    assert _joined(items, lambda k: k == 1) == {frozenset({0, 1})}


def test_an_article_with_two_values_under_one_measure_is_no_side() -> None:
    items = _counts(("a", "Police seized 14 rifles on the boat."),
                    ("b", "Police seized six rifles on the boat. In all, police seized 20 rifles on the boat."))
    assert _joined(items, lambda k: True) == set()


def test_the_words_of_a_count() -> None:
    text = "Police found seven rusty rifles, 14 magazines and 250 rounds."
    rifles, magazines, _ = (q for q in quantities(text) if q.dimension.startswith("count:"))
    assert measure_stems(text, magazines) == {"found"}  # the list's other items left out
    assert measure_stems(text, rifles) == {"found", "rusty"}  # its own words, not its noun
    assert names_near("In Dover, police found 12 magazines.", quantities("In Dover, police found 12 magazines.")[0]) \
        == frozenset({"Dover"})
    assert of_others("They found two other rifles.", quantities("They found two other rifles.")[0])


def test_a_count_after_in_is_a_scope() -> None:
    text = "The quake damaged 1,500 houses in about 15 villages, and five villages were badly hit."
    houses, villages, hit = (q for q in quantities(text) if q.dimension.startswith("count:"))
    assert [of_others(text, q) for q in (houses, villages, hit)] == [False, True, False]
