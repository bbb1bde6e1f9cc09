"""Variants that name their speaker with the same words are no disagreement about who spoke, however the entity stage
resolved the name (issue #18 round 18, the shape of ECB+ 28/ecb: a father and a son of one surname; invented
wording)."""

from __future__ import annotations

from newsprism.conflicts.speakers import _named_alike
from newsprism.model import Evidence, QuoteVariant


def _variant(article: str, source: str, entity: str) -> QuoteVariant:
    text = f"{source} said the boat was sound."
    return QuoteVariant(kind="indirect", content=Evidence(article=article, start=len(source) + 6, end=len(text),
                                                          text=text[len(source) + 6:]),
                        source=Evidence(article=article, start=0, end=len(source), text=source),
                        cue=None, speaker=entity.split(":")[1], entity=entity)


def test_one_surname_resolved_to_two_people_is_named_alike() -> None:
    assert _named_alike([_variant("a", "Lund", "person:Ole-Lund-Sr"), _variant("b", "Lund", "person:Ole-Lund-Jr")])


def test_two_names_are_not_named_alike() -> None:
    assert not _named_alike([_variant("a", "Ole Lund", "person:Ole-Lund"),
                             _variant("b", "Per Dahl", "person:Per-Dahl")])
