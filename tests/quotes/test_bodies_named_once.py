"""'The county' (or 'the committee', 'the agency' …) as a quotation's source is the one proper name ending in that
noun the article writes before it, however far back: 'The county slammed the findings as “…”' was left anonymous
though the lede named Kade County (issue #19; the pattern of the twenty-eighth round's Maricopa County, in texts
written for these tests). Two such names leave the description."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Audit news."
ONE = ("The Senate in Lumo ordered a review of the votes cast in Kade County last year. The review was run by a small "
       "firm from Brask.\n\nThe firm's work took six months. The county slammed the findings as \"riddled with "
       "errors\" in a long statement.")
OPENING = "In Kade County the votes were counted twice. The county said the audit was \"riddled with errors.\""
TWO = "Officials in Kade County and Lumo County met on Friday. The county said the audit was \"riddled with errors.\""


def test_the_county_is_the_one_county_named_before(resources: NlpResources) -> None:
    assert second_article_speakers(resources, FIRST, ONE) == [("Kade County", False)]


def test_a_capitalised_word_opening_the_sentence_is_no_part_of_the_name(resources: NlpResources) -> None:
    assert {speaker for speaker, _ in second_article_speakers(resources, FIRST, OPENING)} == {"Kade County"}


def test_two_counties_leave_the_description(resources: NlpResources) -> None:
    assert {anonymous for _, anonymous in second_article_speakers(resources, FIRST, TWO)} == {True}
