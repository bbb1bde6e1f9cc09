"""quotes/documents._author: 'the proclamation states' after 'a proclamation signed by X' names X as the issuer,
as the possessed form ("X's proclamation states") already did (issue #19, E28's open list after AllSides 6039); with
no issuer named the words stay with the proclamation; in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

SIGNED = ("The order revokes a proclamation signed by President Ana Vell in March that barred the visas.\n\n"
          "\u201cOur nation has no need for these workers at this time,\u201d the proclamation states.")
UNSIGNED = ("The new rules took effect on Monday after the long dispute.\n\n"
            "\u201cOur nation has no need for these workers at this time,\u201d the proclamation states.")


def _speaker(resources: NlpResources, text: str) -> str | None:
    return next(q.speaker for q in quotes_of(resources, text) if q.kind == "direct")


def test_a_signed_proclamation_is_its_signers(resources: NlpResources) -> None:
    assert _speaker(resources, SIGNED) == "Ana Vell"


def test_an_unsigned_proclamation_stays_the_proclamation(resources: NlpResources) -> None:
    assert _speaker(resources, UNSIGNED) == "the proclamation"
