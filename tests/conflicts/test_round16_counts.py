"""Issue #18, round 16: 'since' before a verb is an adverb, no span of time that keeps two counts apart."""

from __future__ import annotations

from newsprism.conflicts.body_counts import Counted, body_pairs, window
from newsprism.values import quantities


def _counts(*texts: tuple[str, str]) -> list[Counted]:
    return [(article, text, q) for article, text in texts for q in quantities(text) if q.dimension.startswith("count:")]


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
