"""A live or updated story's update entries (issue #16, session 29): a bracketed stamp with a short numeric date,
the clock time before or after it, and the story's first run, the earliest entry, even below the top. A date
glued after a sentence in the middle of a line stays unread. Texts written for these tests."""

from __future__ import annotations

import pytest

from newsprism.clean.dates import publication_date


def _date(text: str) -> str | None:
    stated = publication_date(text)
    return stated.iso[:10] if stated else None


ENTRY = ("Officers from the Portvale precinct said on Friday that the driver of the grey van was questioned for "
         "several hours and then released without any charge being filed against him.")
"""A prose line of more than 25 words: the top of the page ends after the first one."""


@pytest.mark.parametrize(("stamp", "iso"), [
    ("UPDATE (8:15 p.m. 3/12/17)", "2017-03-12"),
    ("Update (3/12/17 at 8 a.m.):", "2017-03-12"),
    ("UPDATED: (7:02 a.m. 3/12/2017)", "2017-03-12"),
    ("UPDATE (8:15 p.m. 13/3/17)", None),  # no month 13: not a US date
    ("(8:15 p.m. 3/12/17)", None),  # no 'UPDATE' label: a bare two-digit-year date may be a code
])
def test_a_bracketed_update_stamp(stamp: str, iso: str | None) -> None:
    assert _date(f"Van driver questioned\n\n{stamp}\n\n{ENTRY}") == iso


def test_the_first_run_is_the_earliest_entry_below_the_top() -> None:
    entries = [("UPDATE (6:40 p.m. 3/15/17)", ENTRY), ("UPDATE (9:05 a.m. 3/13/17)", ENTRY),
               ("UPDATE (11:30 p.m. 3/11/17)", ENTRY)]
    text = "Van driver questioned\n\n" + "\n\n".join(f"{stamp}\n\n{body}" for stamp, body in entries)
    stated = publication_date(text)
    assert stated is not None and stated.iso == "2017-03-11"
    assert stated.shape == "update"


def test_entries_below_count_only_under_an_update_at_the_top() -> None:
    text = f"Van driver questioned\n\nPosted: March 14, 2017\n\n{ENTRY}\n\nUPDATE (11:30 p.m. 3/11/17)\n\n{ENTRY}"
    assert _date(text) == "2017-03-14"


def test_a_date_glued_after_a_sentence_is_not_read() -> None:
    text = (f"Van driver questioned\n\n{ENTRY}\n\nThe inquiry continues, a spokesman said.(March 9, 2017)—On "
            "Wednesday night officers were called to a street in the east of the city.")
    assert _date(text) is None
