"""Issue #18, round 11: a title alone names no one, a decade dates no event, two dates next to different verbs date
two steps, a count of others or of two measures at once is no rival of a count (sentences written for these tests)."""

from __future__ import annotations

from conflict_sentences import sentence
from figure_records import figure_value, killed_figure

from newsprism.conflicts.dated import DECADE, Dated, _dates_different_things
from newsprism.conflicts.figured import figured_conflicts
from newsprism.conflicts.names import people, title_alone
from newsprism.model import Evidence
from newsprism.values.moments import TimeValue


def test_a_title_alone_is_no_rival_of_a_name() -> None:
    assert title_alone("Sgt.") and title_alone("Dr") and not title_alone("Earley")
    a = sentence("He tried to help her, said Sgt.", PERSON="Sgt")
    b = sentence("He tried to help her, said Earley.", PERSON="Earley")
    assert list(people(a, b, None)) == []
    c = sentence("He tried to help her, said Okafor.", PERSON="Okafor")
    assert [d.kind for d in people(c, b, None)] == ["person"]


def _dated(article: str, text: str, written: str, iso: str) -> Dated:
    at = text.index(written)
    value = TimeValue.parse(iso)
    assert value is not None
    return Dated(value, Evidence(article=article, start=at, end=at + len(written), text=written),
                 Evidence(article=article, start=0, end=len(text), text=text), text.replace(written, ""))


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


def test_a_count_of_others_is_no_rival_of_a_count() -> None:
    one = figure_value("a", 1, "a teacher", "A gunman killed a teacher outside the school.")
    others = figure_value("b", 2, "two other victims killed", "Ana Ruiz and two other victims killed in the attack.")
    assert figured_conflicts([killed_figure([one, others])]) == []
    rival = figure_value("c", 2, "two people", "A gunman killed two people outside the school.")
    assert len(figured_conflicts([killed_figure([one, rival])])) == 1


def test_a_count_of_two_measures_at_once_is_no_rival() -> None:
    one = figure_value("a", 1, "one person", "A gunman killed one person outside the school.")
    joined = figure_value("b", 3, "three people killed", "There were three people killed and injured in the attack.")
    assert figured_conflicts([killed_figure([one, joined])]) == []


def test_a_second_count_of_a_second_measure_leaves_the_first_alone() -> None:
    bound = figure_value("a", 50, "up to 50 people were killed",
                   "Early accounts said up to 50 people were killed and scores hurt.")
    beyond = figure_value("b", 63, "At least 63 people were said to have died",
                    "At least 63 people were said to have died by Wednesday.")

    assert len(figured_conflicts([killed_figure([bound, beyond])])) == 1
