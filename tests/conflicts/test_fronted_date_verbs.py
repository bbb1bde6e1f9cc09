"""A date that opens its sentence ('In 1961, the painter was charged ...') dates the clause after the comma: its verbs
are read there, so two steps of one case ('charged' / 'acquitted') are two things (issue #18, the shape of
ECB+ 16/ecbplus and 26/ecbplus in the disagreement spec; invented wording)."""

from __future__ import annotations

from functools import partial

import pytest
from dated_records import dated

from newsprism.conflicts.act_verbs import clause_verbs
from newsprism.conflicts.dated import _dates_different_things

_dated = partial(dated, clause="")


def test_fronted_date_reads_the_verbs_after_the_comma() -> None:
    text = "In 1961, the painter was charged with forging a deed to the farm."
    start = text.index("1961")
    verbs, _ = clause_verbs(text, start, start + 4)
    assert any(v.startswith("charg") for v in verbs)


@pytest.mark.parametrize(
    ("first", "second", "different"),
    [
        (("In 1961, the painter was charged with forging a deed to the farm.", "1961"),
         ("The painter was acquitted in 1962 of forging a deed to the farm.", "1962"), True),
        (("In 1961, the painter was charged with forging a deed to the farm.", "1961"),
         ("The painter was charged in 1962 with forging a deed to the farm.", "1962"), False),
    ],
    ids=["two-steps", "one-step"],
)
def test_fronted_dates_of_other_verbs_are_two_things(first, second, different) -> None:
    assert _dates_different_things(_dated("a", *first), _dated("b", *second)) is different
