"""quotes/documents.FINDINGS_NOUNS: a report's words are the issuer of the data cited before it ('…, according to
data released Tuesday from the Brava County Health Department. ¶ … ¶ “…,” the report stresses': the department;
issue #19, the pattern of E30's seed-114 reading, AllSides 5820, in texts written for these tests). A report with
no issuer before it stays the report."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Flu news."
CITED = ("About 60% of 300 flu cases tied to indoor concerts in Brava County were among older residents, according "
         "to data released Tuesday from the Brava County Health Department.\n\nWhy it matters: The figures add to "
         "signs that the new strain spreads quickly among the elderly.\n\nStill, \u201ca yearly shot remains the "
         "best defense against hospital stays,\u201d the report stresses.")
UNCITED = ("About 60% of 300 flu cases tied to indoor concerts in Brava County were among older residents.\n\n"
           "Still, \u201ca yearly shot remains the best defense against hospital stays,\u201d the report stresses.")


def test_a_reports_words_are_the_cited_datas_issuers(resources: NlpResources) -> None:
    assert {speaker for speaker, _ in second_article_speakers(resources, FIRST, CITED)} == {
        "Brava County Health Department"}


def test_a_report_with_no_issuer_before_stays_the_report(resources: NlpResources) -> None:
    assert {anonymous for _, anonymous in second_article_speakers(resources, FIRST, UNCITED)} == {True}
