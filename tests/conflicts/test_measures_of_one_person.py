"""Issue #18, round 13: measures of one person anywhere in the articles (how long, how far, how heavy), and the
precision rules the fresh ECB+ stories asked for: two people's figures, a team's record at two times of a season,
a rumour against a denial, a clock time on the quarter hour, date sides that restate each other (sentences written
for these tests)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.align import SentenceTable
from newsprism.conflicts import _dated_sides
from newsprism.conflicts.aligned import _of_two_people
from newsprism.conflicts.body_counts import root
from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.measured import measured_conflicts
from newsprism.conflicts.records import record_conflicts
from newsprism.model import Article, Conflict, ConflictSide, EntityMention, Evidence, Sentence

PEOPLE = ("Oskar Venn", "Ilse Marrow", "Venn", "Marrow")


def _sentence(text: str) -> Sentence:
    found, taken = [], set()
    for name in PEOPLE:
        at = text.find(name)
        if at >= 0 and not any(at <= t < at + len(name) for t in taken):
            found.append(EntityMention(text=name, label="PERSON", start=at, end=at + len(name)))
            taken.update(range(at, at + len(name)))
    return Sentence(start=0, end=len(text), text=text, entities=sorted(found, key=lambda e: e.start))


def _table(texts: dict[str, str]) -> SentenceTable:
    articles = [Article(id=i, source=f"{i}.txt", format="text", text=t) for i, t in texts.items()]
    return SentenceTable(articles=articles, owner=np.arange(len(articles)),
                         sentences=[_sentence(t) for t in texts.values()],
                         distinct=np.zeros((len(articles), 1), dtype=np.float32), encoded=[])


def _claims(texts: dict[str, str]) -> list[list[str]]:
    return [sorted(s.claim for s in c.sides) for c in measured_conflicts(_table(texts), lambda a: hash(a))]


def test_one_persons_term_given_differently_conflicts() -> None:
    assert _claims({"a": "Oskar Venn served three months in a county jail for the fraud.",
                    "b": "Venn served seven months in the county jail, his lawyer said."}) == [
        ["seven months", "three months"]]


def test_a_pronoun_stands_for_the_articles_main_person() -> None:
    texts = {"a": "Oskar Venn spent two weeks in hospital with a fever before the fall.",
             "b": "Oskar Venn was a quiet clerk. He spent five weeks in hospital with a fever."}
    assert _claims(texts) == [["five weeks", "two weeks"]]


@pytest.mark.parametrize("second", [
    "Ilse Marrow served seven months in the county jail.",  # another person
    "Venn waited seven months for a letter from the jail.",  # one shared word ('jail')
    "Venn served seven months in the county jail, and served two years in the state jail.",  # two values
    "Venn served more than two months in the county jail.",  # a bound three months meets
    "A 37-year-old Venn was sent to the county jail for fraud.",  # an age, no duration
])
def test_what_is_no_conflict_of_one_persons_measure(second: str) -> None:
    assert _claims({"a": "Oskar Venn served three months in a county jail for the fraud.", "b": second}) == []


def test_two_players_figures_are_never_set_against_each_other() -> None:
    assert _claims({"a": "Oskar Venn ran for 180 yards, including a 62-yard dash late in the game.",
                    "b": "Ilse Marrow ran for 140 yards, including a 62-yard dash late in the game."}) == []


def test_roots_join_word_forms() -> None:
    assert root("hospitalized") == root("hospital") and root("serving") == root("served")


def test_aligned_numbers_of_two_people_are_no_disagreement() -> None:
    first = _sentence("Venn completed 14 of 20 throws in the opening game.")
    names = {"venn", "marrow"}
    assert _of_two_people(first, "14", _sentence("Marrow completed 16 of 20 throws in the opening game."), "16", names)
    assert not _of_two_people(first, "14", _sentence("Venn completed 16 of 20 throws in the opening game."), "16",
                              names)
    assert not _of_two_people(first, "14", _sentence("The side completed 16 of 20 throws."), "16", names)


def test_a_record_games_later_is_another_time_not_a_conflict() -> None:
    later = record_conflicts(_table({"a": "Oskar Venn (10-0) won again on Sunday.",
                                            "b": "Oskar Venn (14-1) was beaten at last in a late bout."}),
                             lambda a: hash(a))
    same_time = record_conflicts(_table({"a": "Oskar Venn (10-0) won again on Sunday.",
                                                "b": "Oskar Venn (11-0) won again on Sunday."}), lambda a: hash(a))
    assert later == [] and len(same_time) == 1


def test_a_rumour_is_no_side_against_a_denial() -> None:
    rumour = disagreements(_sentence("Venn was among those rumoured to be the secret informant."),
                           _sentence("Venn insisted he was not the secret informant."))
    plain = disagreements(_sentence("Venn paid the fine on Monday."), _sentence("Venn did not pay the fine on Monday."))
    late = disagreements(_sentence("It was not until June that the Venn family named the informant."),
                         _sentence("Until June the Venn family kept the informant's name to itself."))
    assert all(d.kind != "negation" for d in rumour) and any(d.kind == "negation" for d in plain)
    assert all(d.kind != "negation" for d in late)


@pytest.mark.parametrize(("a", "b", "differ"), [
    ("The alarm was raised at 4:30 a.m. on Monday.", "The alarm was raised at 4:34 a.m. on Monday.", False),
    ("The goal came with 6:41 left in the half.", "The goal came with 6:42 left in the half.", True),
    ("The car was stopped at about 2:00 a.m. on Monday.", "The car was stopped at about 2:30 a.m. on Monday.", True),
])
def test_a_clock_time_on_the_quarter_hour_is_rounded(a: str, b: str, differ: bool) -> None:
    assert any(d.about == "the time of day" for d in disagreements(_sentence(a), _sentence(b))) is differ


def _date_conflict(*claims: str) -> Conflict:
    sides = [ConflictSide(claim=c, evidence=[Evidence(article=f"a{i}", start=0, end=1, text=c)], articles=1,
                          origins=1) for i, c in enumerate(claims)]
    return Conflict(kind="date", about="when", sides=sides, explanation="")


@pytest.mark.parametrize(("claims", "kept"), [
    (("March 9", "March 9, 2011"), 0),  # one date, written with and without the year
    (("Aug. 3", "last month"), 0),  # a relative phrase names no date to set against one
    (("2011", "March 9"), 0),  # a year and a day share no field
    (("1931 to 1935", "May 1931"), 0),  # a range restated by a date inside it
    (("1931", "1935", "last year"), 2),  # two years differ; the relative side is dropped
])
def test_date_sides_are_kept_only_where_they_differ(claims: tuple[str, ...], kept: int) -> None:
    found = _dated_sides(_date_conflict(*claims))
    assert (len(found.sides) if found else 0) == kept


def test_a_second_figure_in_other_words_makes_the_article_no_side() -> None:
    texts = {"a": "Oskar Venn was sentenced to four years in prison.",
             "b": "Venn was sentenced to nine years in prison. Much later, at a hearing, he began a 12-year term."}
    assert _claims(texts) == [["four years", "nine years"]]
    texts["b"] = "Venn was sentenced to nine years in prison. Much later, at a hearing, he began a 12-year sentence."
    assert _claims(texts) == []


def test_an_increment_is_never_set_against_a_level() -> None:
    from newsprism.conflicts.compare import INCREMENT
    assert INCREMENT.search("a million more cases") and INCREMENT.search("4,000 additional beds")
    assert not INCREMENT.search("more than 300 beds") and not INCREMENT.search("six million confirmed cases")
    level, increment = _sentence("The region has 4,000 beds for patients."), _sentence(
        "The region has 1,000 more beds for patients.")
    assert all(d.kind != "number" for d in disagreements(level, increment))
