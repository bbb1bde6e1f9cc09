"""conflicts/dated.py: a decade dates no event, and two dates next to different verbs date two steps (sentences
written for these tests)."""

from __future__ import annotations

from dated_records import dated

from newsprism.conflicts.dated import DECADE, Dated, _dates_different_things


def _dated(article: str, text: str, written: str, iso: str) -> Dated:
    return dated(article, text, written, iso=iso, clause=text.replace(written, ""))


def test_dates_next_to_different_verbs_date_two_steps() -> None:
    convicted = _dated("a", "He was jailed after being sentenced in June 1998 for a theft in Varsk.", "June 1998",
                       "1998-06")
    returned = _dated("b", "He at last reported to jail in June 1999 for the rest of his theft term.",
                      "June 1999", "1999-06")
    assert _dates_different_things(convicted, returned)
    again = _dated("c", "He was jailed after being sentenced in June 1997 for a theft in Varsk.", "June 1997",
                   "1997-06")
    assert not _dates_different_things(convicted, again)


def test_a_decade_is_an_era() -> None:
    assert DECADE.search("a singer loved in the 1940s and 1950s")
    assert DECADE.search("a hit of the '70s") and not DECADE.search("in 1950 she swam")
