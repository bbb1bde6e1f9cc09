"""Publication stamps of national and international pages (issue #16, ECB+ dev round): a clock time run into 'AM'
('08:06AM'), a bar or '@' between date and time, 'hrs' and 'UK' beside the time, a day-first slashed date that
cannot be month first ('14/09/2013'), a numeric date beside a clock time, a two-digit-year stamp with a clock time,
a blog's 'posted in <category> on <date>' and a release's 'FOR IMMEDIATE RELEASE <date>'. What stays undated: a
bare numeric date in a list, a two-digit-year date without a label or a clock. Texts written for these tests."""

from __future__ import annotations

import pytest

from newsprism.clean.dates import publication_date
from newsprism.clean.metadata import parse_date

TITLE = "Portvale council names a new harbour master"
LEAD = ("The Portvale council on Friday named a new harbour master after a search that lasted most of the year, "
        "the council's chair said in a statement released that afternoon.")


def _date(top: str) -> str | None:
    stated = publication_date(f"{TITLE}\n{top}\n{LEAD}")
    return stated.iso[:10] if stated else None


@pytest.mark.parametrize(("top", "iso"), [
    ("MARCH 4, 2015 | 09:14AM PT", "2015-03-04"),
    ("Tuesday March 3, 2015 @ 7:40am PST", "2015-03-03"),
    ("6:12 PM EST 3/4/2015", "2015-03-04"),
    ("Wed Mar 4 2015, 02:41 hrs", "2015-03-04"),
    ("March 4, 2015-6:05AM", "2015-03-04"),
    ("9:20am UK, Wednesday 4 March 2015", "2015-03-04"),
    ("7:31AM GMT 04 Mar 2015", "2015-03-04"),
    ("Last updated 16:05 24/03/2015", "2015-03-24"),
    ("3/4/15 at 11:02 AM", "2015-03-04"),
    ("On behalf of Jane Roe, Esq. posted in Boating Accidents on Wednesday, March 4, 2015.", "2015-03-04"),
    ("FOR IMMEDIATE RELEASE March 4, 2015", "2015-03-04"),
])
def test_a_stamp_is_read(top: str, iso: str) -> None:
    assert _date(top) == iso


@pytest.mark.parametrize("top", [
    "Born 10/12/1952",             # a date in a list, no label and no clock
    "3/4/15",                      # a two-digit year alone: a count or a code
    "Harbour fees 3/4/15 at the council",
])
def test_no_stamp(top: str) -> None:
    assert _date(top) is None


@pytest.mark.parametrize(("text", "iso"), [
    ("24/03/2015", "2015-03-24"),  # day first: 24 cannot be a month
    ("03/04/2015", "2015-03-04"),  # either way: read month first, as US pages write it
    ("31/02/2015", None),          # no such day
])
def test_slashed_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso
