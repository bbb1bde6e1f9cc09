"""quotes/attribution.py: a cue in a quotation's own sentence credits it before a nearer cue in the sentence before
('“…,” said a driver. “Worn thin” was how a manager … described the staff': the manager; issue #19, the pattern of
R3s's honest reading, in texts written for these tests)."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

WAS_HOW = ("Ferry crews in Maine are short of hands this winter.\n\n"
           "\u201cWe are all tired and it is hard,\u201d said another deckhand. \u201cWorn thin and cold\u201d was "
           "how a captain of a ferry line in Maine described the crews.")
SAID_BEFORE = ("Ferry crews in Maine are short of hands this winter.\n\n"
               "\u201cWe are all tired,\u201d said Tom Birch. \u201cAnd cold.\u201d")


def test_a_cue_in_the_quotations_own_sentence_credits_it(resources: NlpResources) -> None:
    assert quote_of(resources, WAS_HOW, "Worn thin").speaker == "a captain"


def test_a_quotation_with_no_cue_of_its_own_keeps_the_one_before(resources: NlpResources) -> None:
    assert quote_of(resources, SAID_BEFORE, "And cold").speaker == "Tom Birch"
