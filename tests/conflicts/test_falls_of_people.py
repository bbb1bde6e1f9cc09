"""Issue #18, round 11: how far one person fell, as outlets give it differently, and what is no such conflict
(sentences written for these tests)."""

from __future__ import annotations

import numpy as np

from newsprism.align import SentenceTable
from newsprism.conflicts.falls import fall_conflicts
from newsprism.model import Article, EntityMention, Sentence


def _table(texts: dict[str, list[str]], names: tuple[str, ...] = ("Ivo Marsh", "Ivo Marsch", "Tom Reed")) -> (
        SentenceTable):
    articles = [Article(id=i, source=f"{i}.txt", format="text", text=" ".join(t)) for i, t in texts.items()]
    sentences, owner = [], []
    for number, lines in enumerate(texts.values()):
        for text in lines:
            found = [EntityMention(text=n, label="PERSON", start=text.find(n), end=text.find(n) + len(n))
                     for n in names if f"{n}," in text or f"{n} " in text]
            sentences.append(Sentence(start=0, end=len(text), text=text, entities=found))
            owner.append(number)
    return SentenceTable(articles=articles, owner=np.array(owner), sentences=sentences,
                         distinct=np.zeros((len(sentences), 1), dtype=np.float32), encoded=[])


def _sides(table: SentenceTable) -> list[list[tuple[str, list[str]]]]:
    return [sorted((s.claim, sorted(e.article for e in s.evidence)) for s in c.sides)
            for c in fall_conflicts(table, lambda article: hash(article))]


def test_one_persons_fall_given_in_metres_and_feet_disagreeing() -> None:
    table = _table({"a": ["A climber aged 40 lost his life in a fall of about 150 metres."],
                    "b": ["On Friday, 40-year-old Ivo Marsh was killed in a fall of about 60 metres (200 feet)."],
                    "c": ["Ivo Marsch, 40, lost his footing and fell 200ft off a ledge."]})
    assert _sides(table) == [[("150 metres", ["a"]), ("60 metres", ["b", "c"])]]


def test_lengths_that_agree_or_of_two_people_are_no_conflict() -> None:
    assert _sides(_table({"a": ["Ivo Marsh, 40, fell about 60 metres."],
                          "b": ["The 40-year-old fell 200 feet from the ridge."]})) == []
    assert _sides(_table({"a": ["A 40-year-old climber fell about 150 metres on Friday."],
                          "b": ["Pavel Drenn, 32, fell about 600 metres on Saturday."]})) == []
    assert _sides(_table({"a": ["A 40-year-old climber fell about 150 metres on Friday."],
                          "b": ["The 40-year-old got within 80 metres of the hut."]})) == []
