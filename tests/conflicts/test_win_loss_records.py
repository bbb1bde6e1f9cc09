"""Issue #18, round 10: win-loss records of one named person that outlets give differently, and what is no such
conflict (sentences written for these tests)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.align import SentenceTable
from newsprism.conflicts.records import record_conflicts
from newsprism.model import Article, EntityMention, Sentence


def _sentence(text: str, names: dict[str, str]) -> Sentence:
    found = []
    for name, label in names.items():
        at = text.find(name)
        if at >= 0:
            found.append(EntityMention(text=name, label=label, start=at, end=at + len(name)))
    return Sentence(start=0, end=len(text), text=text, entities=sorted(found, key=lambda e: e.start))


def _table(texts: dict[str, list[str]], names: dict[str, str]) -> SentenceTable:
    articles = [Article(id=i, source=f"{i}.txt", format="text", text=" ".join(t)) for i, t in texts.items()]
    sentences, owner = [], []
    for n, lines in enumerate(texts.values()):
        for line in lines:
            sentences.append(_sentence(line, names))
            owner.append(n)
    return SentenceTable(articles=articles, owner=np.array(owner), sentences=sentences,
                         distinct=np.zeros((len(articles), 1), dtype=np.float32), encoded=[])


PEOPLE = {"Tom Vale": "PERSON", "Vale": "PERSON", "Ned Ross": "PERSON"}


def test_two_records_of_one_named_person_conflict() -> None:
    table = _table({"a": ["Tom Vale (30-2, 21 KOs) beat Ned Ross on Saturday."],
                    "b": ["Champion, Tom Vale, 31-2, 22 KO's, beat Ned Ross."]}, PEOPLE)
    found = record_conflicts(table, lambda article: hash(article))
    assert len(found) == 1 and found[0].about == "the record of Tom Vale"
    assert sorted(s.claim for s in found[0].sides) == ["30-2, 21 KOs", "31-2, 22 KO's"]


def test_a_surname_alone_is_its_articles_full_name() -> None:
    table = _table({"a": ["Tom Vale won on Saturday.", "Vale (30-2) was never in trouble."],
                    "b": ["Tom Vale (31-2) won on Saturday."]}, PEOPLE)
    found = record_conflicts(table, lambda article: hash(article))
    assert len(found) == 1 and sorted(s.claim for s in found[0].sides) == ["30-2", "31-2"]


def test_a_name_the_parse_tags_otherwise_here_is_the_storys_person() -> None:
    table = _table({"a": ["Tom Vale (30-2) won on Saturday."], "b": ["Champion, Tom Vale, 31-2, won."]},
                   {"Tom Vale": "PERSON"})
    table.sentences[1] = _sentence(table.sentences[1].text, {"Tom Vale": "GPE"})
    assert len(record_conflicts(table, lambda article: hash(article))) == 1


@pytest.mark.parametrize("second", [
    ["Tom Vale (30-2) beat Ned Ross."],  # the same record, knockouts left out
    ["Ned Ross (31-2) lost to Tom Vale."],  # another person's record
    ["Tom Vale won 31-2 on points."],  # no record against the name
    ["Vale (31-2) won.", "Tom Vale and Ann Vale came.", "Ann Vale (3-0) boxed too."],  # 'Vale' alone is not one name
    ["Tom Vale (29-2) went in.", "Tom Vale (31-2) came out."],  # two records in one article: before and after
])
def test_what_is_no_conflict_of_records(second: list[str]) -> None:
    table = _table({"a": ["Tom Vale (30-2, 21 KOs) beat Ned Ross."], "b": second},
                   {**PEOPLE, "Ann Vale": "PERSON"})
    assert record_conflicts(table, lambda article: hash(article)) == []


def test_a_surname_tagged_otherwise_is_its_articles_full_name() -> None:
    table = _table({"a": ["Tom Vale won on Saturday.", "Vale (30-2) was never in trouble."],
                    "b": ["Tom Vale (31-2) won on Saturday."]}, {"Tom Vale": "PERSON", "Vale": "ORG"})
    found = record_conflicts(table, lambda article: hash(article))
    assert len(found) == 1 and sorted(s.claim for s in found[0].sides) == ["30-2", "31-2"]
