"""A document or video brought in as the object of a verb of sending ('the ministry sent soldiers a video that
claimed …') speaks for its sender: its words were left to the anonymous 'a video' (issue #19; the pattern of the
final honest reading R2's Pentagon video, in texts written for these tests). Words of a letter someone only read out
stay the letter's."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Army news."
SENT = ("Lt. Col. Tom Okafor said on Tuesday that the Lumo Defence Ministry sent soldiers a video that claimed that "
        "the farmers were \"enemies of the state.\"")
READ = "At the hearing Mayor Ana Ruiz read a letter that said the dam was \"a danger to every town below it.\""


def test_the_words_of_a_sent_video_are_the_senders(resources: NlpResources) -> None:
    speakers = [speaker for speaker, _ in second_article_speakers(resources, FIRST, SENT)]
    assert speakers[-1] == "Lumo Defence Ministry"


def test_a_letter_read_out_is_not_the_readers(resources: NlpResources) -> None:
    speakers = [speaker for speaker, _ in second_article_speakers(resources, FIRST, READ)]
    assert "Ana Ruiz" not in speakers
