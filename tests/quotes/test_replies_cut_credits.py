"""quotes/replies.py: a direct quotation opening a paragraph with no credit (the crawl cut it) after a sentence
whose subject, a named person, disputes or denies what was said or sends a tweet, is that person's reply, not the
words of whoever spoke before (issue #19, E26's honest readings: AllSides 6052#1 'something that Fauci strongly
disputed. ¶ “With all...', 5912#1 'sent a tweet that … ¶ “A 9-0 …'); in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

DISPUTED = ("\u201cThe grants paid for the riskiest trials,\u201d Senator Ode Brann said on Tuesday.\n\n"
            "Brann alleged that the agency had funded the trials, something that Dr. Lina Sorel firmly disputed."
            "\n\n\u201cWith all due care, Senator, you do not know what you are talking about...")
TWEETED = ("The justices concluded that the rule was unlawful, the ruling said.\n\n"
           "Pat Kerrow, a former radio host, sent a tweet that summed up the mood after the ruling.\n\n"
           "\u201cA 7-2 ruling on a case like this is something nobody saw coming...")
IN_PARAGRAPH = ("\u201cThe grants paid for the riskiest trials,\u201d Senator Ode Brann said on Tuesday.\n\n"
                "Brann alleged that the agency had funded the trials, something that Dr. Lina Sorel firmly "
                "disputed. \u201cWith all due care, Senator, you do not know what you are talking about...")
PLAIN = ("\u201cThe grants paid for the riskiest trials,\u201d Senator Ode Brann said on Tuesday.\n\n"
         "Brann added that the agency had funded the trials for years, and Dr. Lina Sorel ran one of them.\n\n"
         "\u201cWe will hold hearings on every one of them...")


def _last(resources: NlpResources, text: str) -> str | None:
    return [q.speaker for q in quotes_of(resources, text) if q.kind == "direct"][-1]


def test_a_disputing_person_answers(resources: NlpResources) -> None:
    assert _last(resources, DISPUTED) == "Lina Sorel"


def test_a_disputing_person_answers_in_the_same_paragraph(resources: NlpResources) -> None:
    assert _last(resources, IN_PARAGRAPH) == "Lina Sorel"


def test_a_tweeting_person_is_quoted(resources: NlpResources) -> None:
    assert _last(resources, TWEETED) == "Pat Kerrow"


def test_without_a_reply_the_speaker_before_goes_on(resources: NlpResources) -> None:
    assert _last(resources, PLAIN) == "Ode Brann"
