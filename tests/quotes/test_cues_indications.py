"""quotes/cues.py: 'indicated that' credits the reported words to a subject that is someone ('Lumo Networks Inc.
indicated that there is “no sign …”'), not to data that indicate ('Initial reports indicated …') (issue #19, E22's
seed-99 honest reading, AllSides crawled 5646: no speaker); in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

INDICATED = ("Lumo Networks Inc. indicated that there is \u201cno sign that customer files were lost in the "
             "outage.\u201d")
DATA = "Initial reports indicated that the storm was \u201cthe worst in a decade.\u201d"


def test_someone_who_indicates_is_the_speaker(resources: NlpResources) -> None:
    assert {q.speaker for q in quotes_of(resources, INDICATED)} == {"Lumo Networks Inc."}


def test_data_that_indicate_are_no_speaker(resources: NlpResources) -> None:
    assert [q.speaker for q in quotes_of(resources, DATA)] == [None]
