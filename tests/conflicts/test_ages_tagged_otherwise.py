"""Issue #18, round 10: an age written against a name the parse tags as a place in that sentence, where it tags the
same name a person elsewhere in the story (sentences written for these tests)."""

from __future__ import annotations

import numpy as np

from newsprism.align import SentenceTable
from newsprism.conflicts.ages import age_conflicts
from newsprism.model import Article, EntityMention, Sentence


def _sentence(text: str, name: str, label: str) -> Sentence:
    at = text.find(name)
    return Sentence(start=0, end=len(text), text=text,
                    entities=[EntityMention(text=name, label=label, start=at, end=at + len(name))])


def _table(sentences: list[Sentence]) -> SentenceTable:
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", format="text", text=s.text) for i, s in enumerate(sentences)]
    return SentenceTable(articles=articles, owner=np.arange(len(articles)), sentences=sentences,
                         distinct=np.zeros((len(articles), 1), dtype=np.float32), encoded=[])


def test_a_name_tagged_a_place_here_and_a_person_elsewhere_has_an_age() -> None:
    table = _table([_sentence("Police held Mara Lind, 51, on Friday.", "Mara Lind", "PERSON"),
                    _sentence("Officers said Mara Lind, 55, was held.", "Mara Lind", "GPE")])
    found = age_conflicts(table, lambda article: hash(article))
    assert len(found) == 1 and sorted(s.claim for s in found[0].sides) == ["51", "55"]


def test_a_place_never_tagged_a_person_has_no_age() -> None:
    table = _table([_sentence("Police held Mara Lind, 51, on Friday.", "Mara Lind", "GPE"),
                    _sentence("Officers said Mara Lind, 55, was held.", "Mara Lind", "GPE")])
    assert age_conflicts(table, lambda article: hash(article)) == []
