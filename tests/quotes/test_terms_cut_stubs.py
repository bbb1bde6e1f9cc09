"""quotes/terms.py: a direct quotation cut by the crawl after a first word 'she' or 'he' ('“She...') is no statement,
and is not carried to the person the cut words went on to speak of (issue #19, R4s's seed-98 honest reading, AllSides
6103); other one-word cuts stay with the speaker just credited; in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

STUB = "Vice President Lara Moss will visit the border on Friday, her office said.\n\n\u201cShe..."
LONGER = "Vice President Lara Moss will visit the border on Friday, her office said.\n\n\u201cShe will stay two days..."


def test_a_one_word_cut_quotation_is_none(resources: NlpResources) -> None:
    assert [q.content.text for q in quotes_of(resources, STUB) if q.kind == "direct"] == []


def test_a_longer_cut_quotation_stays(resources: NlpResources) -> None:
    assert [q.content.text for q in quotes_of(resources, LONGER) if q.kind == "direct"] == ["She will stay two days..."]


CARRIED = ("\u201cWe will keep the line open,\u201d Dana Lyle said at the depot. \u201cIt...")


def test_another_one_word_cut_quotation_stays_with_its_speaker(resources: NlpResources) -> None:
    assert [q.speaker for q in quotes_of(resources, CARRIED) if q.content.text == "It..."] == ["Dana Lyle"]
