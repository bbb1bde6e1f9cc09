"""clean/dates.py: publication stamps in international pages' datelines and bylines, spaced clock times,
and a reader's comment stamp that is no publication date (publication_date).

Every text here was written for these tests: made-up call letters, outlets, places and people."""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE

from newsprism.clean.dates import publication_date

PROSE = ("The harbour board met on Friday to name a new pilot for the winter months, its chair said in a short "
         "statement handed to the crews waiting outside.")


@pytest.mark.parametrize("top, iso", [
    ("Portvale, Aug 21, 2010 / 04:35 pm (PNA).- " + PROSE, "2010-08-21"),
    ("Lake Portvale, Mar 3, 2015 (KZZQ) - " + PROSE, "2015-03-03"),
    ("PNN | Oct 3, 2012, 07.12AM IST\n" + PROSE, "2012-10-03"),
    ("PNN Oct 3, 2012 07:12 PM GMT\n" + PROSE, "2012-10-03"),
    # a reader's comment under a user name is not the page's stamp
    ("jane_roe77 Mar 9, 2014 8:41 PM\n2 1\n" + PROSE, None),
    ("portvalereader1985 Mar 9, 2014 8:41 PM\n" + PROSE, None),
    ("Harbour Board News Mar 9, 2014 8:41 PM\n" + PROSE, "2014-03-09"),
])
def test_international_stamps_and_comment_stamps(top: str, iso: str | None) -> None:
    stated = publication_date(f"Harbour board names a pilot\n{top}")
    assert (stated.iso[:10] if stated else None) == iso


@pytest.mark.parametrize("top, iso", [
    ("Jane Roe | KZZQ News | Monday 4 March 2019", "2019-03-04"),
    ("By Jane Roe | Portvale Chronicle | 04 Mar 2019", "2019-03-04"),
    ("By Jane Roe | Mar 4, 2019", "2019-03-04"),
    ("ZNN Mar 4, 2019, 05. 51AM IST PORTVALE:", "2019-03-04"),
    ("10:55 P. M. MAR. 4, 2019", "2019-03-04"),
    ("Jane Roe | Portvale Chronicle", None),  # no date after the bars
])
def test_bylines_and_spaced_clocks_date_the_page(top: str, iso: str | None) -> None:
    stated = publication_date(f"Harbour pilot named\n{top}\n{LEAD}\n{MORE}")
    assert (stated.iso[:10] if stated else None) == iso
