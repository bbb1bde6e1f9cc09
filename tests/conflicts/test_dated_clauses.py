"""conflicts/dated.py, dated events of one clause or two: a date that starts a state ('since'), a date after a
determiner the expression holds, a noun of one clause against the other's verb, and a year someone goes 'into' (the
shapes of ECB+ 34/ecbplus, 16/ecbplus, 26/ecbplus and 25/ecbplus in the disagreement spec; invented wording)."""

from __future__ import annotations

from functools import partial

import pytest
from dated_records import dated

from newsprism.conflicts.dated import ENTERED, _dates_different_things

_dated = partial(dated, clause="")


@pytest.mark.parametrize(
    ("first", "second", "different"),
    [
        (("She will succeed the deputy, who has been acting harbour master since March 2011.", "since March 2011"),
         ("The mayor held a news conference, April 2, 2013 to name her harbour master.", "April 2, 2013"), True),
        (("The ferry office has been a fixture for islanders since 1984 and rarely closes.", "since 1984"),
         ("In 1986 she opened the ferry office on the island's north quay.", "1986"), False),
        (("The ferry office has been a fixture for islanders since 1984 and rarely closes.", "since 1984"),
         ("The ferry office has served islanders since 1986 on the north quay.", "since 1986"), False),
    ],
    ids=["state-against-an-event", "state-against-its-opening", "two-states"],
)
def test_a_since_date_meets_only_a_beginning(first, second, different) -> None:
    assert _dates_different_things(_dated("a", *first), _dated("b", *second)) is different


def test_a_date_after_its_own_determiner_is_an_adjective_of_the_next_noun() -> None:
    convicted = _dated("a", "The welder was convicted May 3, 2009 of arson for the blaze at the depot.", "May 3, 2009")
    attempted = _dated("b", "He was also convicted of the May 30, 2007 attempted robbery of a kiosk near the depot.",
                       "the May 30, 2007")
    assert _dates_different_things(convicted, attempted)


def test_a_noun_of_one_clause_is_not_the_verb_of_the_other() -> None:
    acquitted = _dated("a", "The clerk was acquitted in 1972 on charges of forging the ledger.", "1972")
    charged = _dated("b", "In 1971 the clerk was charged with forging the ledger of the mill.", "1971")
    assert _dates_different_things(acquitted, charged)


def test_one_verb_of_both_clauses_keeps_them_one_thing() -> None:
    first = _dated("a", "The clerk was charged in 1972 with forging the ledger.", "1972")
    second = _dated("b", "In 1971 the clerk was charged with forging the ledger of the mill.", "1971")
    assert not _dates_different_things(first, second)


def test_a_year_gone_into_dates_no_event() -> None:
    text = "The keeper went into 2015 as the club's first choice."
    assert ENTERED.search(text[:text.index("2015")])
    assert not ENTERED.search("The keeper was the club's first choice in ")
