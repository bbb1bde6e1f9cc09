"""Speakers across a story's articles: a re-mention by party ('The Democrat argued') is the one person the story marks
with that party's letter in brackets, written '(D., Lumo)' as well as '(D-Lumo)'; a person marked '(R., Lumo)' is
not 'The Democrat'. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Transit news."
COMMA_LETTER = ("Sen. Ivo Marlow (D., Vermont) said Tuesday a modest price rise would not change his party's plan to "
                "pass the transit bill. The Democrat argued that voters care more about roads than prices.\n\n"
                "\"It is hard to see why anyone would stop now, with the money already found...")
OTHER_LETTER = COMMA_LETTER.replace("(D., Vermont)", "(R., Vermont)")


def _speakers(text: str, resources: NlpResources) -> list[tuple[str | None, bool]]:
    return second_article_speakers(resources, FIRST, text)


def test_a_party_re_mention_is_the_one_person_with_the_party_s_comma_letter(resources: NlpResources) -> None:
    assert ("Ivo Marlow", False) in _speakers(COMMA_LETTER, resources)[-2:]


def test_a_person_of_the_other_party_s_letter_is_not_the_re_mention(resources: NlpResources) -> None:
    assert all(speaker != "Ivo Marlow" for speaker, _ in _speakers(OTHER_LETTER, resources)[-2:])
