"""quotes/data_credits.py: a direct quotation that names no speaker, after a sentence credited 'according to' data
that no named body issued ('according to revised figures'), has no speaker: data say nothing in quotation marks,
and the crawl cut the quotation's own credit (issue #19, E25's flip set: AllSides 5629r, 5731l, 6073r); in texts
written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

DATA = ("Orders for the new tractors fell by a third in March, according to revised figures released on Monday."
        "\n\n\u201cThe farms are waiting to see what the harvest brings before they spend anything...")
PERSON = ("Orders for the new tractors fell by a third in March, according to sales director Ina Vell."
          "\n\n\u201cThe farms are waiting to see what the harvest brings before they spend anything...")
NAMED = ("Orders for the new tractors fell by a third in March, according to figures from Torvik Machines."
         "\n\n\u201cThe farms are waiting to see what the harvest brings before they spend anything...")


def _direct(resources: NlpResources, text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(resources, text) if q.kind == "direct"]


def test_words_after_unissued_data_have_no_speaker(resources: NlpResources) -> None:
    assert _direct(resources, DATA) == [None]


def test_words_after_a_person_go_on_with_that_person(resources: NlpResources) -> None:
    assert _direct(resources, PERSON) == ["Ina Vell"]


def test_words_after_a_named_bodys_data_go_on_with_that_body(resources: NlpResources) -> None:
    assert _direct(resources, NAMED) == ["Torvik Machines"]
