"""Issue #18, round 9: ages of one named person that outlets give differently, and what is no such conflict
(sentences written for these tests); the one value reader's ages."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.align import SentenceTable
from newsprism.conflicts.ages import age_conflicts
from newsprism.model import Article, EntityMention, Sentence
from newsprism.values import ages


@pytest.mark.parametrize(("text", "expected"), [
    ("Fifty-year-old Mara Lind was held.", [(50, "year-old")]),
    ("Police held 51-year-old Mara Lind on Friday.", [(51, "year-old")]),
    ("Mara Lind, age 51, was held.", [(51, "age")]),
    ("Mara Lind, 51, was held.", [(51, "apposed")]),
    ("On May 3, 2013, she was held.", []),
    ("She was held in 1999 with 300 others.", []),
])
def test_the_value_reader_reads_ages(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(a.years, a.form) for a in ages(text)] == expected


def _table(texts: dict[str, str], person: str = "Mara Lind") -> SentenceTable:
    articles = [Article(id=i, source=f"{i}.txt", format="text", text=t) for i, t in texts.items()]
    sentences = []
    for text in texts.values():
        at = text.find(person)
        found = [EntityMention(text=person, label="PERSON", start=at, end=at + len(person))] if at >= 0 else []
        sentences.append(Sentence(start=0, end=len(text), text=text, entities=found))
    return SentenceTable(articles=articles, owner=np.arange(len(articles)), sentences=sentences,
                         distinct=np.zeros((len(articles), 1), dtype=np.float32), encoded=[])


def test_two_ages_of_one_named_person_conflict() -> None:
    found = age_conflicts(_table({"a": "Fifty-year-old Mara Lind was held on Friday.",
                                  "b": "Police held Mara Lind, 51, on Friday."}), lambda article: hash(article))
    assert len(found) == 1 and sorted(s.claim for s in found[0].sides) == ["50", "51"]


@pytest.mark.parametrize("second", [
    "Police held Mara Lind, 50, on Friday.",  # the same age
    "Mara Lind was 51 when she left the town.",  # another time
    "Police held a 51-year-old woman on Friday.",  # no name
    "Police held 51-year-old Tom Lind and Mara Lind on Friday.",  # another person's age
])
def test_what_is_no_conflict_of_ages(second: str) -> None:
    table = _table({"a": "Fifty-year-old Mara Lind was held on Friday.", "b": second})
    assert age_conflicts(table, lambda article: hash(article)) == []


def test_a_year_in_the_sentence_dates_the_event_not_the_age() -> None:
    table = _table({"a": "Fifty-year-old Mara Lind is accused of a theft in 1990.",
                    "b": "Police held Mara Lind, 51, on Friday.",
                    "c": "Mara Lind, 49, was held last year for a theft."})
    found = age_conflicts(table, lambda article: hash(article))
    assert len(found) == 1 and sorted(s.claim for s in found[0].sides) == ["50", "51"]
