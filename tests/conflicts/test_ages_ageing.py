"""conflicts/ages.py: one person's ages given at two times are no conflict; ages of no time or of one time
still conflict (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from newsprism.align import SentenceTable
from newsprism.conflicts.ages import age_conflicts
from newsprism.model import Article, EntityMention, Sentence


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
