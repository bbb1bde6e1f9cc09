"""quotes/speaking_documents.py: a partial quotation in a clause whose own subject is a document that urges or says
('X says prices are "short-lived," and a private Lumo Transit presentation … encourages members to stress how the
plan "…"') is the document's issuer's, not the words of the 'says' before it (issue #19: AllSides 5832#2, R5s's
seed-109 reading); a document that is only spoken of keeps the speaker ('X says the memo "misreads" the law'), and
so do words that only qualify what a document says ('the ad "plainly and falsely" suggests'); in texts written for
these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

PRESENTATION = ("Governor Ana Vell says the rise in fares is \"short-lived,\" and a private Lumo Transit presentation "
                "obtained by the Herald encourages council members to stress how the plan \"helps riders save money "
                "every week.\"")
SPOKEN_OF = "Governor Ana Vell says the memo \"misreads\" the law and will be withdrawn."
QUALIFIED = "City Attorney Ana Holm said in the letter that the ad \"plainly and falsely\" suggests the city backs it."


def _partials(resources: NlpResources, text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(resources, text) if q.kind == "partial"]


def test_a_presentation_that_urges_speaks_its_issuers_words(resources: NlpResources) -> None:
    assert _partials(resources, PRESENTATION)[-1] == "Lumo Transit"


def test_the_first_clause_keeps_its_speaker(resources: NlpResources) -> None:
    assert _partials(resources, PRESENTATION)[0] == "Ana Vell"


def test_a_document_spoken_of_keeps_the_speaker(resources: NlpResources) -> None:
    assert _partials(resources, SPOKEN_OF) == ["Ana Vell"]


def test_words_qualifying_what_a_document_says_keep_the_speaker(resources: NlpResources) -> None:
    assert _partials(resources, QUALIFIED) == ["Ana Holm"]
