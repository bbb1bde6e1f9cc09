"""A cue after a quotation in the same sentence whose words are a clause after it, or the noun its relative clause
tells of, does not attribute the quotation: 'the army's “campaign against the rebels” because of detention methods
critics say amounted to abuse' credited the quoted term to the critics (issue #19; the pattern of the final honest
reading R2's 'war on terror', in texts written for these tests)."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Camp news."
TERM = ("Built to hold captured fighters after the border raids of 2009, the camp came to stand for the excesses of "
        "the army's \"campaign against the rebels\" because of harsh detention methods critics say amounted to abuse.")
CREDITED = "\"We will close the camp,\" Defence Minister Ana Ruiz said on Friday."


def test_a_term_before_a_clause_critics_say_is_no_critics(resources: NlpResources) -> None:
    assert second_article_speakers(resources, FIRST, TERM) == []


def test_a_cue_right_after_the_quotation_still_credits_it(resources: NlpResources) -> None:
    assert second_article_speakers(resources, FIRST, CREDITED) == [("Ana Ruiz", False)]
