"""Speakers across a story's articles: a partial quotation framed by 'characterized … as' or 'demanded' is
its verb's subject's, as for 'called' or 'dubbed'; a title after such a verb stays a term; words a bare participle
opens its clause with ('Dubbed "Road out of the Flood," it lists …') are no one's unless a 'by' phrase names the one
who dubbed. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Flood news."
CHARACTERIZED = ("The caretaker premier Lina Varga spoke in Brask on Monday. Varga characterized the shooting as a "
                 "\"cowardly and senseless act against all of us.\"")
DEMANDED = ("Oregon Gov. Maria Delgado held a news conference on Tuesday. She tore into the water agency and demanded "
            "the minister \"give the river back to the farmers.\"")
TITLE = "Mayor Ana Ruiz spoke on Friday. Ruiz characterized the audit as \"Fake News\" and left."


def _speakers(text: str, resources: NlpResources) -> list[str | None]:
    return [speaker for speaker, _ in second_article_speakers(resources, FIRST, text)]


def test_the_subject_of_characterized_speaks_the_quoted_words(resources: NlpResources) -> None:
    assert _speakers(CHARACTERIZED, resources) == ["Lina Varga"]


def test_the_subject_of_demanded_speaks_the_quoted_words(resources: NlpResources) -> None:
    assert _speakers(DEMANDED, resources) == ["Maria Delgado"]


def test_a_title_after_characterized_stays_a_term(resources: NlpResources) -> None:
    assert _speakers(TITLE, resources) == []


NAMED = "Mayor Ana Ruiz set out a plan for the dam on Friday. Dubbed \"Road out of the Flood,\" it lists six steps."
NAMED_BY = ("Mayor Ana Ruiz set out a plan for the dam on Friday. Dubbed \"a plan to drain the valley for good\" by "
            "Senator Tom Okafor, it passed on Monday.")


def test_words_a_bare_participle_names_a_thing_with_are_not_the_main_subject_s(resources: NlpResources) -> None:
    assert _speakers(NAMED, resources) == [None]


def test_the_by_phrase_of_a_bare_participle_still_speaks(resources: NlpResources) -> None:
    assert _speakers(NAMED_BY, resources) == ["Tom Okafor"]
