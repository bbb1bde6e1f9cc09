"""An uncued quotation whose credit the crawl cut off goes on with the last person named before it, but not with a
person named only as a possessor ("… President Tom Baker’s plan …"): that is no one's voice, and the quotation was
given to her (issue #19; the pattern of the final honest reading R2's excerpt after "President Joe Biden's … agenda",
in texts written for these tests)."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Bill news."
POSSESSOR = ("The Senate passed a $2 billion dam bill Tuesday, a big step for the Lumo Party as it tries to push "
             "President Tom Baker’s sweeping water plan through the chamber.\n\nThe bill, which includes $500 million "
             "for new pipes, got through in a 60-39 vote. The chamber then moved to the budget.\n\n\"Today, the "
             "Senate takes a long overdue step to...")
NAMED = ("President Tom Baker spoke at the bridge on Tuesday. The chamber then moved to the budget.\n\n\"Today, the "
         "Senate takes a long overdue step to...")


def test_a_possessor_is_no_speaker_of_a_cut_quotation(resources: NlpResources) -> None:
    assert second_article_speakers(resources, FIRST, POSSESSOR) == [(None, False)]


def test_a_person_named_before_still_speaks_it(resources: NlpResources) -> None:
    assert second_article_speakers(resources, FIRST, NAMED) == [("Tom Baker", False)]
