"""Date conflicts between timeline events: two dates that are adjectives of different nouns date two things."""

from __future__ import annotations

from functools import partial

import pytest
from dated_records import dated

from newsprism.conflicts.act_verbs import clause_verbs
from newsprism.conflicts.dated import _dates_different_things, in_name

_dated = partial(dated, clause="")


@pytest.mark.parametrize(
    ("first", "second", "different"),
    [
        (("The inquiry looked at the 2014 ballot in the province.", "2014"),
         ("The inquiry published its 2015 findings on the province.", "2015"), True),
        (("She first came to the port on her 2011 tour of the coast.", "2011"),
         ("She first came to the port on a tour of the coast in May 2012.", "May 2012"), False),
        (("It repeats the 2014 ballot of the province.", "2014"),
         ("It repeats the 2015 ballot of the province.", "2015"), False),
    ],
    ids=["adjectives-of-two-nouns", "one-date-stands-alone", "same-noun"],
)
def test_dates_as_adjectives_of_different_nouns_are_two_things(first, second, different) -> None:
    assert _dates_different_things(_dated("a", *first), _dated("b", *second)) is different


@pytest.mark.parametrize(
    ("first", "second", "different"),
    [
        (("The singer returned to present the music prizes in 2004, a month after the floods.", "2004"),
         ("The singer was nominated for an award for her turn as the film gala's presenter in 2006.", "2006"), True),
        (("The painter stayed at the Larkspur clinic in 2009 and left early.", "2009"),
         ("The painter entered the Larkspur clinic over a plea tied to her March 2011 boating crash.", "2011"), True),
        (("The bridge was reopened to traffic in 1988 after the repairs.", "1988"),
         ("The old bridge was reopened to all traffic in 1989.", "1989"), False),
        (("Mr. Varga was indicted for bribing the whole harbour board in 1971.", "1971"),
         ("Mr. Varga was indicted on a charge of bribing the harbour board in 1972.", "1972"), False),
        (("The ferry went down in the strait after the 2012 capsizing of its sister ship.", "2012"),
         ("Rebels capsized the ferry's sister ship in the strait in 2011.", "2011"), False),
        (("She was jailed in 2003 for repeated theft in the valley.", "2003"),
         ("She at last returned to prison in 2004 to serve a term for repeated theft.", "2004"), True),
    ],
    ids=["other-verbs", "adjective-of-a-noun-the-other-lacks", "one-verb", "one-verb-indicted",
         "noun-and-verb-of-one-event", "adjective-in-ed-is-no-verb"],
)
def test_dates_of_other_verbs_or_nouns_are_two_things(first, second, different) -> None:
    assert _dates_different_things(_dated("a", *first), _dated("b", *second)) is different


def test_clause_verbs_reads_past_and_irregular_forms_not_ing() -> None:
    text = "She met the painter in 1950 while visiting the coast."
    at = text.index("1950")
    verbs, words = clause_verbs(text, at, at + 4)
    assert verbs == {"meet"}
    assert "painter" in words


def test_a_year_after_a_capitalised_name_is_part_of_the_name() -> None:
    text = "The flaw reaches Harbor Suite 2009 and Harbor Suite 2014, but in 2016 it was fixed."
    assert in_name(text, text.index("2009")) and in_name(text, text.index("2014"))
    assert not in_name(text, text.index("2016"))
    assert not in_name("In 2016 it was fixed.", 3)
    assert not in_name("It was fixed in Spring 2016.", len("It was fixed in Spring "))
