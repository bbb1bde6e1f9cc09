"""quotes/documents.py: a decree written with its issuer ("Ana Vell's proclamation states") stands for the issuer
(issue #19, E27's seed-107 reading: AllSides 6039#5 was left with the proclamation); in texts written for these
tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

OWNED = ("Governor Ana Vell on Friday lifted the curfew her predecessor had set for the harbour district.\n\n"
         "\u201cOur state will keep every street open to those who work at night,\u201d Ana Vell's proclamation "
         "states.")
UNOWNED = ("Governor Ana Vell on Friday lifted the curfew her predecessor had set for the harbour district.\n\n"
           "\u201cOur state will keep every street open to those who work at night,\u201d the proclamation states.")


def test_a_possessed_proclamation_is_its_issuers(resources: NlpResources) -> None:
    found = quote_of(resources, OWNED, "Our state")
    assert (found.speaker, found.anonymous) == ("Ana Vell", False)


def test_a_proclamation_with_no_owner_stays_a_document(resources: NlpResources) -> None:
    assert quote_of(resources, UNOWNED, "Our state").speaker != "Ana Vell"
