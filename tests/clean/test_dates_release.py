"""A press release's date (issue #16, batch 10 round): its header run into one line, and a 'Date:' row beside the
release's 'Case:' / 'Prosecutor:' rows; an incident's fact box still states no publication date. Texts written for
these tests."""

from __future__ import annotations

import pytest

from newsprism.clean.dates import publication_date

LEAD = ("It is with sorrow that the department reports a young Portvale resident died in an accident; the name "
        "is being withheld for now, officers said on Saturday.")


def _date(text: str) -> str | None:
    stated = publication_date(text)
    return stated.iso[:10] if stated else None


@pytest.mark.parametrize(("top", "iso"), [
    ("INFORMATION RELEASE\nSubject: Fatal Quay Accident Date: 10-23-2016 03:12:08 From: Sgt Jane Roe Summary:",
     "2016-10-23"),
    ("Subject: Shooting Date: 9/17/2016 From: Portvale Police", "2016-09-17"),
    ("Man convicted of murder\nDate: September 9, 2015\nCase: John Doe\nProsecutor: Deputy District Attorney Jane Roe",
     "2015-09-09"),
    ("Shooting on Main Street\nType – Shooting\nDate – February 19th, 2016\nLocation – Main Street", None),
    ("Subject: Shooting Date: 17-09-2016 From: Portvale Police", None),  # no month 17: not a US date
])
def test_a_releases_date(top: str, iso: str | None) -> None:
    assert _date(f"{top}\n\n{LEAD}") == iso
