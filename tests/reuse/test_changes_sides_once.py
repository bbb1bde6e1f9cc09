"""A sentence's side of a pair (its slots and plain words) is read once per distinct sentence, not once per pair
(issue #20): in a one-event story each sentence is one side of many linked pairs."""

from __future__ import annotations

from itertools import combinations

import pytest

from newsprism.model import EntityMention, Sentence
from newsprism.reuse import changes
from newsprism.reuse.changes import differences


def _sentence(text: str, *entities: tuple[str, str]) -> Sentence:
    mentions = [EntityMention(text=t, label=label, start=text.index(t), end=text.index(t) + len(t))
                for t, label in entities]
    return Sentence(start=0, end=len(text), text=text, entities=mentions)


SENTENCES = [
    _sentence("Ferrin said 23 barges sank off Kalder on Sunday.", ("Ferrin", "PERSON"), ("Kalder", "GPE")),
    _sentence("Ferrin said 32 barges sank off Kalder on Sunday.", ("Ferrin", "PERSON"), ("Kalder", "GPE")),
    _sentence("Osk said 23 barges sank off Kalder on Monday.", ("Osk", "PERSON"), ("Kalder", "GPE")),
    _sentence("Ferrin said 23 barges sank off Brume on Sunday.", ("Ferrin", "PERSON"), ("Brume", "GPE")),
]


def test_each_distinct_sentence_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    plain = changes._plain
    monkeypatch.setattr(changes, "_plain", lambda text: reads.append(text) or plain(text))
    pairs = list(combinations(SENTENCES, 2)) * 3  # each pair asked again, as reprints' links ask it
    for a, b in pairs:
        list(differences(a, b))
    assert len(reads) <= len(SENTENCES)  # was 2 per pair: 36


def test_same_text_other_entities_is_another_side() -> None:
    text = "Hale met Brisk in Corran."
    tagged = _sentence(text, ("Hale", "PERSON"), ("Corran", "GPE"))
    untagged = _sentence(text)
    other = _sentence("Hale met Brisk in Dunmere.", ("Hale", "PERSON"), ("Dunmere", "GPE"))
    assert list(differences(tagged, other)) == [("place", "Corran", "Dunmere")]
    assert list(differences(untagged, other)) == []
    assert list(differences(tagged, other)) == [("place", "Corran", "Dunmere")]
