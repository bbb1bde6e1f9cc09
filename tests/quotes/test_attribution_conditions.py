"""quotes/attribution.py, authored.py: a lead-in ending in an inverted condition ('…, should the need arise:') is
its main clause's, and a court opinion 'by Judge X' is the judge's (issue #19, E22's seed-99 honest reading, AllSides
5869: 'the need'; in a text written for this test)."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

OPINION = ("The ruling by Judge Mara Quell, joined by Judge Tom Ader, looked at old town charters that let citizens "
           "defend the town, should the need arise: \n\n\u201cSo while the right of defence was personal, the "
           "town's purpose was shared.\u201d")


def test_an_inverted_condition_is_no_speaker_and_the_ruling_is_its_judge(resources: NlpResources) -> None:
    assert quote_of(resources, OPINION, "So while").speaker == "Mara Quell"
