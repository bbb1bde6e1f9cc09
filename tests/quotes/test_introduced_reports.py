"""'The report' / 'the study' read as the issuer that the document's introduction names before it ('a first draft
from the X Commission … the report said'; quotes/introduced.py, through quotes/documents.py). Texts written for these
tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

DRAFT = ("Tenant groups scorned a first draft from Governor Ana Ruiz’s Lumo Water Commission on the question of "
         "selling the reservoir, a plan that the report warned against.\n\n"
         "“A sale is likely to raise bills for every household in the valley,” the report said, later adding, "
         "“Selling now could start a run of further sales.”")


def test_the_report_is_the_commission_whose_draft_the_paragraph_before_names(resources: NlpResources) -> None:
    for words in ("A sale is likely", "Selling now"):
        quote = quote_of(resources, DRAFT, words)
        assert (quote.speaker, quote.anonymous) == ("Lumo Water Commission", False)


def test_the_study_is_the_institute_that_published_it(resources: NlpResources) -> None:
    text = ("Renters welcomed a new study by the Kade Housing Institute on Tuesday.\n\n"
            "“Rents climbed faster than wages in every district,” the study said.")
    quote = quote_of(resources, text, "Rents climbed")
    assert quote.speaker == "Kade Housing Institute"
    assert not quote.anonymous


def test_the_report_stays_a_document_where_its_introduction_names_no_issuer(resources: NlpResources) -> None:
    text = ("Rents in Lumo will fall next spring, according to a new report.\n\n"
            "“Rents climbed faster than wages in every district,” the report said.")
    quote = quote_of(resources, text, "Rents climbed")
    assert (quote.speaker, quote.anonymous) == ("the report", True)


def test_the_report_is_no_re_mention_of_a_study(resources: NlpResources) -> None:
    text = ("Renters welcomed a new study by the Kade Housing Institute on Tuesday.\n\n"
            "“Rents climbed faster than wages in every district,” the report said.")
    quote = quote_of(resources, text, "Rents climbed")
    assert quote.speaker != "Kade Housing Institute"
