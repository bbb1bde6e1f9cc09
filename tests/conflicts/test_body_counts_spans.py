"""conflicts/body_counts.py: counts of other spans or complements kept apart, and 'since' before a verb, an
adverb that bounds no span of time (sentences written for these tests)."""

from __future__ import annotations

from newsprism.conflicts.body_counts import Counted, body_pairs, complement, window
from newsprism.values import quantities


def _counts(*texts: tuple[str, str]) -> list[Counted]:
    return [(article, text, q) for article, text in texts for q in quantities(text) if q.dimension.startswith("count:")]


def _joined(*texts: tuple[str, str]) -> bool:
    return bool(body_pairs(_counts(*texts), lambda k: True))


def test_counts_of_other_spans_never_meet() -> None:
    assert not _joined(("a", "Since Round 4, Okafor has caught 211 receiving yards."),
                       ("b", "Okafor has caught 305 receiving yards this season."))
    assert not _joined(("a", "Brandt spent 17 seasons with the Herons."),
                       ("b", "A local fixture who spent his first nine seasons with the Herons, Lutz now coaches."))
    assert _joined(("a", "Okafor has caught 211 receiving yards this season."),
                   ("b", "Okafor has caught 305 receiving yards this season."))  # one span: still compared


def test_counts_with_other_complements_never_meet() -> None:
    assert not _joined(("a", "Okafor scored five goals on penalties for the club."),
                       ("b", "Okafor scored two goals on headers for the club."))
    assert _joined(("a", "Okafor scored five goals on penalties for the club."),
                   ("b", "Okafor scored two goals on penalty kicks for the club."))  # one object: compared


def test_the_span_and_complement_of_a_count() -> None:
    text = "Since Round 4, Okafor has 211 receiving yards and two goals on headers."
    yards, goals = quantities(text)
    assert window(text, yards) == frozenset({"since round"})
    assert complement(text, goals) == ("on", frozenset({"header"}))
    assert complement(text, yards) is None


def test_since_before_a_verb_bounds_no_span() -> None:
    text = "The ministry opened the inquiry and since has logged about 41,000 letters from readers."
    letters = quantities(text)[0]
    assert window(text, letters) == frozenset()


def test_spans_after_since_still_read() -> None:
    for text, span in (("Since Tuesday the office has logged 900 letters.", "since tuesday"),
                       ("Since then the office has logged 900 letters.", "since then"),
                       ("Since 2019 the office has logged 900 letters.", "since 2019")):
        assert window(text, quantities(text)[-1]) == frozenset({span})


def test_a_count_after_since_and_a_verb_meets_a_count_of_no_span() -> None:
    pairs = body_pairs(_counts(("a", "The ministry has logged 41,000 letters from readers about the plan."),
                               ("b", "The ministry opened the inquiry and since has logged 52,000 letters.")),
                       lambda k: True)
    assert pairs
