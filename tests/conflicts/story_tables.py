"""Sentence tables built from sentences written for the conflict tests, one list of sentences per article."""

from __future__ import annotations

import numpy as np

from newsprism.align import SentenceTable
from newsprism.model import Article, EntityMention, Sentence


def text_table(texts: dict[str, list[str]], people: tuple[str, ...] = ()) -> SentenceTable:
    """A table of each article's sentences (article id -> its sentences, each at offset 0), each of ``people`` a
    sentence writes tagged PERSON as the recogniser would, no other entities."""
    articles = [Article(id=i, source=f"{i}.txt", format="text", text=" ".join(t)) for i, t in texts.items()]
    sentences, owner = [], []
    for number, lines in enumerate(texts.values()):
        for text in lines:
            sentences.append(Sentence(start=0, end=len(text), text=text, entities=[
                EntityMention(text=p, label="PERSON", start=text.find(p), end=text.find(p) + len(p))
                for p in people if p in text]))
            owner.append(number)
    return SentenceTable(articles=articles, owner=np.array(owner), sentences=sentences,
                         distinct=np.zeros((len(sentences), 1), dtype=np.float32), encoded=[])
