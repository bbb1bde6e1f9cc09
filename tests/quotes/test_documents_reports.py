"""A report's words ('The 90-page report said that … “…”') are its issuer's when a sentence before says who issued
it, also by 'according to a report from <title>, <Name>': they were left to 'The 90-page report' (issue #19; the
pattern of E18's final honest reading, AllSides roundup 5812, in texts written for these tests). A report no
sentence before issues stays the report."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Audit news."
CITED = ("Mayor Tom Baker broke state law in awarding the bridge contract, according to a long awaited report from "
         "the state auditor, Ana Ruiz, released on Tuesday.\n\nThe 90-page report said that Baker and his aides "
         "ignored the rules and \"treated the city budget as their own.\"")
UNISSUED = ("Mayor Tom Baker gave a speech on Tuesday about the bridge contract.\n\nThe report said that Baker "
            "\"treated the city budget as his own.\"")


def test_a_reports_words_are_its_cited_issuers(resources: NlpResources) -> None:
    assert {speaker for speaker, _ in second_article_speakers(resources, FIRST, CITED)} == {"Ana Ruiz"}


def test_a_report_no_one_issued_stays_the_report(resources: NlpResources) -> None:
    assert {anonymous for _, anonymous in second_article_speakers(resources, FIRST, UNISSUED)} == {True}
