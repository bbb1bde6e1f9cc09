"""quotes/cue_subjects: 'X quoted <someone> saying "…"' credits the one quoted, not X who relays the words (as 'X
quoted Y as saying' does), and the official so described is the person the next sentence names in apposition ('The
official, Henrik Saal, …'); 'X issued a statement saying' stays X's. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

QUOTED = ("As the flu spread last winter, Lancet magazine quoted a senior Danish health official saying that other "
          "nations were making a \"grave error\" by closing schools.")
NAMED = QUOTED + ("\n\nThe official, Henrik Saal, worried that the remark might upset his old friend Mira Kovac. So "
                  "Saal reached out to her.")
STATEMENT = ("As the flu spread last winter, the Lumo Health Board issued a statement saying that other nations were "
             "making a \"grave error\" by closing schools.")


def test_the_one_quoted_saying_speaks_not_the_magazine(resources: NlpResources) -> None:
    assert quote_of(resources, QUOTED, "grave error").speaker == "a senior Danish health official"


def test_the_quoted_official_is_the_person_named_next(resources: NlpResources) -> None:
    found = quote_of(resources, NAMED, "grave error")
    assert (found.speaker, found.anonymous) == ("Henrik Saal", False)


def test_a_statement_saying_stays_its_issuer_s(resources: NlpResources) -> None:
    assert quote_of(resources, STATEMENT, "grave error").speaker == "the Lumo Health Board"
