"""One reader of dates: a whole date phrase in any case (the timeline's expressions) is read by the same patterns
as dates in running text (conflicts, figures), and resolved against a reference date."""

from __future__ import annotations

from datetime import date

import pytest

from newsprism.values import dates, phrase_date, read_date_phrase
from newsprism.values.moments import Point, TimeValue

SAT = date(2015, 11, 14)


@pytest.mark.parametrize(("phrase", "fields"), [
    ("sept 13, 2023", (2023, 9, 13)), ("SEPT. 13, 2023", (2023, 9, 13)), ("Sept. 13, 2023", (2023, 9, 13)),
    ("13 of september 2019", (2019, 9, 13)), ("november 2015", (2015, 11, None)), ("may", (None, 5, None)),
    ("1776", (1776, None, None)), ("tuesday, nov 8", (None, 11, 8)), ("2015-11-13", (2015, 11, 13)),
])
def test_phrase_date_reads_any_case(phrase: str, fields: tuple[int | None, ...]) -> None:
    found = phrase_date(phrase)
    assert found is not None and (found.year, found.month, found.day) == fields


@pytest.mark.parametrize("phrase", ["tuesday 2015", "sept 13 and more", "the day", "1500", "may be"])
def test_phrase_date_reads_only_a_whole_date(phrase: str) -> None:
    assert phrase_date(phrase) is None


def test_running_text_and_phrase_read_the_same_date() -> None:
    written = dates("Voting ended on Sept. 13, 2023 in the capital.")[0]
    phrase = phrase_date(written.written.lower())
    assert phrase is not None and (phrase.year, phrase.month, phrase.day) == (written.year, written.month, written.day)


def test_running_text_keeps_may_the_verb_and_old_figures() -> None:
    assert dates("May the best team win.") == [] and dates("a crowd of 1776 fans") == []


def _iso(phrase: str, reference: date | None = SAT, future: bool = False) -> str | None:
    found = read_date_phrase(phrase, reference, future)
    return None if found is None else found.value.iso()


@pytest.mark.parametrize(("phrase", "iso"), [
    ("Nov. 8", "2015-11-08"), ("Dec. 8", "2014-12-08"), ("in May", "2015-05"), ("last Friday", "2015-11-13"),
    ("last Saturday", "2015-11-07"), ("Friday", "2015-11-13"), ("two weeks ago", "2015-10-31"),
    ("earlier this week", "2015-11-09/2015-11-13"),
    ("the 1990s", "1990/1999"), ("second quarter of 2020", "2020-04/2020-06"), ("May to July", "2015-05/2015-07"),
    ("March this year", "2015-03"), ("11/13/2015", "2015-11-13"), ("Sept. 32", None),
])
def test_read_date_phrase_resolves_against_the_reference(phrase: str, iso: str | None) -> None:
    assert _iso(phrase) == iso


def test_future_text_looks_ahead_and_no_reference_reads_only_absolute_dates() -> None:
    assert _iso("Dec. 8", future=True) == "2015-12-08" and _iso("Friday", future=True) == "2015-11-20"
    assert _iso("Nov. 8", None) is None and _iso("November 8, 2015", None) == "2015-11-08"
    found = read_date_phrase("November 8, 2015", None)
    assert found is not None and found.value == TimeValue(Point(2015, 11, 8)) and not found.relative


def test_a_year_is_no_decade_and_no_address() -> None:
    text = "Crime fell from the 1990s; in 2016 it rose in the 1800 block of Elm Street."
    assert [d.year for d in dates(text)] == [2016]
