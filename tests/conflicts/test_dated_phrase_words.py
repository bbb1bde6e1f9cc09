"""Issue #18: a clause that writes a conviction only as 'found ... guilty' meets a clause that writes 'convicted' with
one other content word in common (dated.PHRASE_SHARED_WORDS), not two; a side's claim is a date it writes, not a
relative one. Sentences written for these tests."""

from __future__ import annotations

from dated_records import dated

from newsprism.conflicts.dated import _conflict, same_words

_dated = dated

CONVICTED = _dated("a", "Tomas Rell was convicted May 4 of second-degree arson at the grain depot.", "May 4",
                   iso="2015-05-04")
FOUND_GUILTY = _dated("b", "In June 2015 the defendant was found guilty of aggravated arson and jailed.", "June 2015",
                      iso="2015-06")


def test_the_phrase_needs_one_shared_word_with_the_verb() -> None:
    assert same_words(CONVICTED, FOUND_GUILTY)


def test_two_verbs_still_need_two_shared_words() -> None:
    verb = _dated("b", "In June 2015 the defendant was convicted of aggravated arson and jailed.", "June 2015",
                  iso="2015-06")
    assert not same_words(CONVICTED, verb)


def test_a_date_of_the_crime_needs_two_shared_words() -> None:
    crime = _dated("b", "Rell was found guilty of the 2014 arson and jailed for years.", "2014")
    assert not same_words(CONVICTED, crime)


def test_a_side_claims_its_written_date_before_a_relative_one() -> None:
    relative = _dated("a", "The defendant was found guilty last month of arson at the depot.", "last month",
                      iso="2015-05")
    written = _dated("c", "Rell was convicted May 4 of arson at the grain depot, the court said.", "May 4",
                     iso="2015-05-04")
    conflict = _conflict([relative, written, FOUND_GUILTY], lambda article: 0, [], None)  # type: ignore[arg-type]
    assert conflict is not None
    assert {side.claim for side in conflict.sides} == {"May 4", "June 2015"}
