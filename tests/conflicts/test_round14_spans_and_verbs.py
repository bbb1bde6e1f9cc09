"""Issue #18, round 14: look-alikes of the fresh ECB+ tune stories kept apart (sentences written for these tests):
counts of other spans or complements, a clock time in a named zone against one in none, dates of other verbs or of a
noun the other clause does not name, and a score before a singular noun."""

from __future__ import annotations

import pytest

from newsprism.conflicts.body_counts import Counted, body_pairs, complement, window
from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.dated import Dated, _dates_different_things, clause_verbs, in_name
from newsprism.model import Evidence, Sentence
from newsprism.values import quantities
from newsprism.values.moments import Point, TimeValue


def _counts(*texts: tuple[str, str]) -> list[Counted]:
    return [(article, text, q) for article, text in texts for q in quantities(text) if q.dimension.startswith("count:")]


def _joined(*texts: tuple[str, str]) -> bool:
    return bool(body_pairs(_counts(*texts), lambda k: True))


def test_counts_of_other_spans_never_meet() -> None:
    assert not _joined(("a", "Since Round 4, Okafor has caught 211 receiving yards."),
                       ("b", "Okafor has caught 305 receiving yards this season."))
    assert not _joined(("a", "Brandt spent 17 seasons with the Herons."),
                       ("b", "A local fixture who spent his first nine seasons with the Herons, Lutz now coaches."))
    assert _joined(("a", "Okafor has caught 211 receiving yards this season."),
                   ("b", "Okafor has caught 305 receiving yards this season."))  # one span: still compared


def test_counts_with_other_complements_never_meet() -> None:
    assert not _joined(("a", "Okafor scored five goals on penalties for the club."),
                       ("b", "Okafor scored two goals on headers for the club."))
    assert _joined(("a", "Okafor scored five goals on penalties for the club."),
                   ("b", "Okafor scored two goals on penalty kicks for the club."))  # one object: compared


def test_the_span_and_complement_of_a_count() -> None:
    text = "Since Round 4, Okafor has 211 receiving yards and two goals on headers."
    yards, goals = quantities(text)
    assert window(text, yards) == frozenset({"since round"})
    assert complement(text, goals) == ("on", frozenset({"header"}))
    assert complement(text, yards) is None


def _sentence(text: str) -> Sentence:
    return Sentence(start=0, end=len(text), text=text)


def _clock_slots(a: str, b: str) -> list[str]:
    return [d.slot for d in disagreements(_sentence(a), _sentence(b)) if d.slot == "time"]


def test_a_time_in_a_named_zone_and_one_in_none_whole_hours_apart_may_be_one_moment() -> None:
    assert _clock_slots("The final in Lisbon kicks off Sunday at 7:15 p.m. ET versus the Rovers.",
                        "The final in Lisbon kicks off Sunday at 4:15 p.m. versus the Rovers.") == []
    assert _clock_slots("The final in Lisbon kicks off Sunday at 7:15 p.m. ET versus the Rovers.",
                        "The final in Lisbon kicks off Sunday at 7:05 p.m. versus the Rovers.") == ["time"]
    assert _clock_slots("The final in Lisbon kicks off Sunday at 7:15 p.m. versus the Rovers.",
                        "The final in Lisbon kicks off Sunday at 4:15 p.m. versus the Rovers.") == ["time"]


def _dated(article: str, sentence: str, date: str) -> Dated:
    start = sentence.index(date)
    return Dated(TimeValue(Point(int(date[-4:]), 1, precision="year")),
                 Evidence(article=article, start=start, end=start + len(date), text=date),
                 Evidence(article=article, start=0, end=len(sentence), text=sentence), clause="")


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


def test_a_score_or_label_before_a_singular_noun_counts_nothing() -> None:
    assert list(quantities("The Herons fell in a 31-17 loss to the Rovers.")) == []
    assert list(quantities("He was hurt in the team's Round 12 loss at home.")) == []
    assert [q.dimension for q in quantities("They had three losses in a row.")] == ["count:losse"]


def test_a_year_after_a_capitalised_name_is_part_of_the_name() -> None:
    text = "The flaw reaches Harbor Suite 2009 and Harbor Suite 2014, but in 2016 it was fixed."
    assert in_name(text, text.index("2009")) and in_name(text, text.index("2014"))
    assert not in_name(text, text.index("2016"))
    assert not in_name("In 2016 it was fixed.", 3)
    assert not in_name("It was fixed in Spring 2016.", len("It was fixed in Spring "))
