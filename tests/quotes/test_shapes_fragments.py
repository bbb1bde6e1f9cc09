"""quotes/shapes.py: a lower-case quotation after a comma, with a quotation before it in its sentence and no cue
between, is a fragment of the same words ('… praised “great gains” by the army, “many of which are historic.”'), not
a statement of its own carried to the paragraph before's speaker (issue #19, E26's seed-104 honest reading, AllSides
crawled 6024); in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of, second_article_speakers

from newsprism.nlp import NlpResources

FRAGMENT = ("Lumo and Tarsa agreed to a truce on Monday.\n\n"
            "Tarsa and Kade said the truce would begin at noon on Tuesday.\n\n"
            "Premier Ada Moll praised \u201cgreat gains\u201d by the army in the campaign, \u201cmany of which are "
            "historic.\u201d")
CREDITED = "\u201cWe will win,\u201d said Ada Moll, a senator, \u201cand we will stay.\u201d"


def test_a_fragment_goes_with_the_words_before_it(resources: NlpResources) -> None:
    found = second_article_speakers(resources, "", FRAGMENT)
    assert found[-2:] == [("Ada Moll", False)] * 2


def test_a_quotation_after_its_credit_stays_direct(resources: NlpResources) -> None:
    assert [q.kind for q in quotes_of(resources, CREDITED)] == ["direct", "direct"]
