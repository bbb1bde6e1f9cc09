"""quotes/cues.py: a question that 'asked' is no speaker ('the first question at her press event asked why she chose
…'), and the answer quoted next is not the question's (issue #19, E26's seed-104 honest reading, AllSides crawled
5920: the answer went to 'the first question'); someone who asks stays a speaker; in texts written for these
tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

QUESTION = ("Critics had faulted the senator for her trip, and the first question at her press event asked why she "
            "chose Lumo over a town like Brin.\n\n"
            "\u201cWell first of all, what is going on here in Lumo is...")
ASKER = "A reporter at her press event asked why she chose Lumo over a town like Brin."


def test_a_question_is_no_speaker(resources: NlpResources) -> None:
    assert all(speaker != "the first question" for speaker, _ in second_article_speakers(resources, "", QUESTION))


def test_someone_who_asks_stays_a_speaker(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "", ASKER) == [("A reporter", True)]
