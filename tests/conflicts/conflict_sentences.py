"""Sentences written for the conflict tests, with their entity mentions."""

from __future__ import annotations

from newsprism.model import EntityMention, Sentence


def sentence(text: str, **entities: str) -> Sentence:
    """A sentence at offset 0 with the named entities (label=written text, '|' between several)."""
    found = []
    for label, names in entities.items():
        for name in names.split("|"):
            start = text.index(name)
            found.append(EntityMention(text=name, label=label, start=start, end=start + len(name)))
    return Sentence(start=0, end=len(text), text=text, entities=found)
