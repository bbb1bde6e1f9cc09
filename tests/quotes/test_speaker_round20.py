"""Speakers as issue #19's nineteenth-round honest reading found them going wrong on NeuS stories, in texts written
for these tests: a body named by 'the' and one capitalised word ('The Atlantic reported') kept as an anonymous
description with no entity, and a quoted headline longer than a title's words, the subject of the writer's
sentence, kept as a direct quotation, and a described source in apposition to a name that a relative clause's
'who' follows ('Ana Ruiz, a self-described anarchist who said') left as the description; and a politician
re-mentioned by party ('the moderate Lumo Democrat') left anonymous though the story marks one person so."""

from __future__ import annotations

from quoted_texts import quotes_of, second_article_speakers

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.extract import find_quotes

TEXT = ("Lumo Bank's chief quit on Tuesday after months of pressure from regulators.\n\n"
        "The Atlantic reported that the board had met twice in secret before the vote. The Pentagon said it was "
        "watching the matter closely. The Witness said she saw the meeting. The Sheriff said two men fled.")


def _speakers(resources: NlpResources, text: str) -> dict[str, tuple[str | None, str | None, bool]]:
    article = Article(id="a", source="a.txt", format="text", text=text)
    parsed = parse([article], resources, NlpConfig())
    found = attribute_speakers(find_quotes(parsed[0]), find_entities(parsed))
    return {v.content.text.split()[-1]: (v.speaker, v.entity, v.anonymous) for v in found}


def test_the_and_one_capitalised_word_names_a_body(resources: NlpResources) -> None:
    speakers = _speakers(resources, TEXT)
    assert speakers["vote"] == ("Atlantic", "organisation:atlantic", False)
    assert speakers["closely"] == ("Pentagon", "organisation:pentagon", False)


def test_a_capitalised_role_stays_a_description(resources: NlpResources) -> None:
    speakers = _speakers(resources, TEXT)
    assert speakers["meeting"] == ("The Witness", None, True)
    assert speakers["fled"] == ("The Sheriff", None, True)



def test_a_long_headline_the_sentence_goes_on_with_is_no_quotation(resources: NlpResources) -> None:
    text = ("The story spread fast on Monday. \"The Quiet Deal Between Ana Ruiz and the Lumo Port Board\" has a "
            "grim ring to it, but the deal itself was small.")
    assert [q.content.text for q in quotes_of(resources, text)] == []


def test_a_long_headline_a_speaker_reads_stays_a_quotation(resources: NlpResources) -> None:
    text = ("The story spread fast on Monday. \"The Quiet Deal Between Ana Ruiz and the Lumo Port Board Is Over,\" "
            "she said, laughing.")
    assert [q.speaker for q in quotes_of(resources, text)] == ["she"]


def test_a_relative_clause_after_an_apposition_is_the_named_persons(resources: NlpResources) -> None:
    text = ("Police arrested a man on Friday after the fire at the depot.\n\nBen Ode, a self-described anarchist who "
            "said in an interview that he \"kept watch over the crowd,\" was charged with arson.")
    assert {v.speaker for v in quotes_of(resources, text)} == {"Ben Ode"}


def test_a_relative_clause_after_a_description_alone_stays_the_description(resources: NlpResources) -> None:
    text = ("Police arrested a man on Friday after the fire at the depot.\n\nThe group's founder, a longtime activist "
            "who said the march was \"peaceful from start to end,\" spoke to reporters.")
    assert {v.speaker for v in quotes_of(resources, text)} == {"a longtime activist"}


SECOND = ("Sen. Ana Ruiz said on Sunday she will vote against the port bill.\n\n\"The bill would sink the harbour "
          "towns,\" the moderate Lumo Democrat wrote in a letter to the paper.")


def test_a_party_description_is_the_one_politician_the_story_marks_so(resources: NlpResources) -> None:
    first = "Democratic Sen. Ana Ruiz on Sunday came out against the port bill that Governor Ben Ode signed last week."
    assert second_article_speakers(resources, first, SECOND) == [("Ana Ruiz", False), ("Ana Ruiz", False)]


def test_a_party_description_two_politicians_hold_stays_anonymous(resources: NlpResources) -> None:
    first = ("Democratic Sen. Ana Ruiz on Sunday came out against the port bill, as did Carl Moe (D-Lumo), a member "
             "of the house.")
    assert second_article_speakers(resources, first, SECOND) == [("Ana Ruiz", False),
                                                                ("the moderate Lumo Democrat", True)]


THIRD = ("The port bill passed the house on Friday.\n\nThe Lumo Democrat said the vote would be close in the senate "
         "next week.")


def test_a_party_description_with_a_place_takes_the_member_of_that_place(resources: NlpResources) -> None:
    first = "Rep. Ana Ruiz (D-Lu.) and Rep. Ben Ode of the other party met on Friday to talk about the port bill."
    assert second_article_speakers(resources, first, THIRD) == [("Ana Ruiz", False)]


def test_a_party_description_with_another_place_stays_anonymous(resources: NlpResources) -> None:
    first = "Rep. Ana Ruiz (D-Kade) and Rep. Ben Ode of the other party met on Friday to talk about the port bill."
    assert second_article_speakers(resources, first, THIRD) == [("The Lumo Democrat", True)]


def test_a_title_keeps_its_of_phrase(resources: NlpResources) -> None:
    text = ("The recall effort against the governor of Lumo has qualified for the ballot.\n\nThe Lumo Secretary of "
            "State said on Monday that the count of signatures had passed the mark.")
    assert [v.source.text for v in quotes_of(resources, text) if v.source] == ["The Lumo Secretary of State"]


def test_a_party_mark_of_two_words_agrees_by_its_capitals(resources: NlpResources) -> None:
    first = "Rep. Ana Ruiz (D-N.Lu.) and Rep. Ben Ode of the other party met on Friday to talk about the port bill."
    third = THIRD.replace("The Lumo Democrat", "The North Lumo Democrat")
    assert second_article_speakers(resources, first, third) == [("Ana Ruiz", False)]
