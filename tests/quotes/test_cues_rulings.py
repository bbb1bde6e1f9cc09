"""A court's or a board's 'ruled (on a day) that …' is its words: a partial quotation in the ruled clause had no
speaker ('rule' was no cue). 'ruled out' or 'ruled the country', with no clause, say nothing (issue #19; the pattern
of the final honest reading R2's board ruling, in texts written for these tests)."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources
from newsprism.quotes.cues import is_cue

FIRST = "Court news."
RULED = ("Judge Ana Ruiz of the district court heard the case in March. Ruiz ruled on Monday that the new voting map "
         "was \"drawn to silence the voters of the river towns.\"")


def _speakers(text: str, resources: NlpResources) -> list[str | None]:
    return [speaker for speaker, _ in second_article_speakers(resources, FIRST, text)]


def test_the_words_a_judge_ruled_are_the_judges(resources: NlpResources) -> None:
    assert _speakers(RULED, resources) == ["Ana Ruiz", "Ana Ruiz"]


def _ruled(sentence: str, resources: NlpResources) -> bool:
    return any(is_cue(token) for token in resources.spacy(sentence) if token.lower_ == "ruled")


def test_ruled_with_no_clause_is_no_cue(resources: NlpResources) -> None:
    assert not _ruled("The appeals court ruled out a new trial on Monday.", resources)
    assert not _ruled("The party that ruled the island for forty years lost the vote.", resources)
    assert _ruled("The appeals court ruled on Monday that the trial was fair.", resources)
