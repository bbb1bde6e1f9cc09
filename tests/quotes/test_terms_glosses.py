"""quotes/terms.py: the meaning a writer gives a phrase ('… is a Latin phrase that means, “Always ready.”') is no one's
words (issue #19, E22's seed-99 honest reading, AllSides 5741: credited to the phrase); in texts written for these
tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

GLOSS = "Semper paratus is a Latin phrase that means, \u201cAlways ready.\u201d It is the motto of the guard."
SAID = "Semper paratus is the guard's motto, its captain said, \u201cand we live by it.\u201d"


def test_a_gloss_is_no_quotation(resources: NlpResources) -> None:
    assert [q.content.text for q in quotes_of(resources, GLOSS)] == []


def test_a_credited_quotation_after_a_phrase_stays(resources: NlpResources) -> None:
    assert [q.speaker for q in quotes_of(resources, SAID) if q.kind != "indirect"] == ["its captain"]
