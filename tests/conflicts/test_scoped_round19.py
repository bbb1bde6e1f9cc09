"""Issue #18 round 19: a number said under a hedge, of a generic case or counted up to a return stands on no side of
a plain count, and one person's ages given at two times are no conflict (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pytest
from conflict_sentences import sentence
from figure_records import figure_value, killed_figure

from newsprism.align import SentenceTable
from newsprism.conflicts.ages import age_conflicts
from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.figured import figured_conflicts
from newsprism.conflicts.scoped import number_scope
from newsprism.model import Article, EntityMention, Sentence


@pytest.mark.parametrize(("text", "number", "scope"), [
    ("There may have been three people hurt, the clerk said.", "three", "hedged"),
    ("When one is hurt, the whole crew suffers.", "one", "generic"),
    ("If 40 riders are late, the race starts anyway.", "40", "generic"),
    ("Okafor sat out six matches before returning in March.", "six", "until a return"),
    ("Three people were hurt, the clerk said.", "Three", ""),
    ("When two riders were hurt, the race stopped.", "two", ""),
    ("The driver hit four cars before fleeing the scene.", "four", ""),
])
def test_the_scope_of_a_number(text: str, number: str, scope: str) -> None:
    at = text.index(number)
    assert number_scope(text, at, at + len(number)) == scope


def test_a_hedged_count_is_no_side_of_a_plain_one() -> None:
    plain = sentence("Three people were hurt at the depot, the clerk said.")
    other = sentence("Four people were hurt at the depot, the clerk said.")
    hedged = sentence("There may have been four people hurt at the depot, the clerk said.")
    assert [d.kind for d in disagreements(plain, other)] == ["number"]
    assert disagreements(plain, hedged) == []


def test_a_count_up_to_a_return_is_another_window() -> None:
    season = sentence("Okafor missed seven matches this season with the knee injury.")
    window = sentence("Okafor missed six matches before returning for the last two of the season.")
    whole = sentence("Okafor missed six matches this season with the knee injury.")
    assert disagreements(season, window) == []
    assert [d.kind for d in disagreements(season, whole)] == ["number"]


def test_a_generic_case_stands_on_no_side_of_a_figure() -> None:
    hedged = "There may have been two people killed, the sheriff said."
    generic = "When one is killed, the whole town mourns."
    plain = "One person was killed in the blast."
    assert figured_conflicts([killed_figure([figure_value("a", 2, "two people killed", hedged),
                                             figure_value("b", 1, "one is killed", generic)])]) == []
    found = figured_conflicts([killed_figure([figure_value("a", 2, "two people killed", hedged),
                                              figure_value("c", 1, "One person was killed", plain)])])
    assert found == []  # the hedged side is no side either
    two = "Two people were killed in the blast."
    found = figured_conflicts([killed_figure([figure_value("d", 2, "Two people were killed", two),
                                              figure_value("c", 1, "One person was killed", plain)])])
    assert len(found) == 1


def _table(texts: Mapping[str, tuple[str, str | None]], person: str = "Dara Mends") -> SentenceTable:
    articles = [Article(id=i, source=f"{i}.txt", format="text", text=t, published=p) for i, (t, p) in texts.items()]
    sentences = []
    for text, _ in texts.values():
        at = text.find(person)
        found = [EntityMention(text=person, label="PERSON", start=at, end=at + len(person))] if at >= 0 else []
        sentences.append(Sentence(start=0, end=len(text), text=text, entities=found))
    return SentenceTable(articles=articles, owner=np.arange(len(articles)), sentences=sentences,
                         distinct=np.zeros((len(articles), 1), dtype=np.float32), encoded=[])


def test_ages_given_years_apart_are_one_person_ageing() -> None:
    charged = ("Police charged Dara Mends, 31, with the arson.", "2014-05-02")
    convicted = ("A jury convicted Dara Mends, 33, of the arson.", "2016-02-11")
    assert age_conflicts(_table({"a": charged, "b": convicted}), hash) == []


def test_ages_without_a_time_or_of_one_time_still_conflict() -> None:
    same_year = {"a": ("Police charged Dara Mends, 31, with the arson.", "2014-05-02"),
                 "b": ("Police charged Dara Mends, 33, with the arson.", "2014-05-03")}
    assert len(age_conflicts(_table(same_year), hash)) == 1
    undated = {"a": ("Police charged Dara Mends, 31, with the arson.", None),
               "b": ("A jury convicted Dara Mends, 33, of the arson.", None)}
    assert len(age_conflicts(_table(undated), hash)) == 1
    written = {"a": ("Police charged Dara Mends, 31, with the arson in May 2014.", None),
               "b": ("A jury convicted Dara Mends, 38, of the arson, set in May 2014; he fled in 2016.", None)}
    assert len(age_conflicts(_table(written), hash)) == 1  # seven years apart in age, two in the accounts
