"""Speakers as issue #19's second batch of fresh real stories showed them going wrong, in texts written for these
tests: a definite description ('the commander', 'the mayor', 'the tearful mother') after the name it titles, a
title abbreviation the parse took for a name ('Supt.'), a possessor in 's'' form, a capitalised common noun opening
the sentence ('Police said'), a 'she' after a described source who spoke to a named reporter, a quoted headline
with its credit, a passive framing verb's 'by' phrase and a partitive source with names in apposition."""

from __future__ import annotations

import pytest
from quoted_texts import quote_of, quotes_of

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.extract import find_quotes

CASES = [  # case, text, the quoted or reported words, the speaker, anonymous?
    ("an abbreviated title before the name ties a later 'the commander'",
     "Harbour police Cmdr. Ana Ruiz spoke at the briefing on Monday. \"The bullets go everywhere,\" the commander "
     "said.", "The bullets go everywhere", "Ana Ruiz", False),
    ("a title word before the name ties 'the mayor' and 'the chief'",
     "Lakeport Mayor Ben Ode and Police Chief Lia Marsh spoke on Friday. \"It is worrying,\" Ode said. The mayor "
     "said the town was grieving. \"We will find out,\" the chief said.", "We will find out", "Lia Marsh", False),
    ("a description in apposition ties a later description with the same noun",
     "\"She was never part of it,\" Rhona Miles, the victim's mother, told reporters. \"Someone pulled out a "
     "gun,\" the tearful mother added.", "Someone pulled out a gun", "Rhona Miles", False),
    ("a body is never one titled person",
     "Harbour police Cmdr. Ana Ruiz spoke at the briefing. \"We are looking into it,\" the police said.",
     "We are looking into it", "the police", True),
    ("an unnamed source with a different noun stays described",
     "Lakeport Mayor Ben Ode spoke on Friday. \"We heard three shots,\" the neighbour said.",
     "We heard three shots", "the neighbour", True),
    ("a title abbreviation the parse took for a name stands before the name",
     "\"You cannot carry guns into this park and walk free,\" said LPD Supt. Marc Dufour. \"We will arrest you.\"",
     "You cannot carry guns", "Marc Dufour", False),
    ("a possessor ending in s' is no speaker",
     "\"We had gotten a room at the motel,\" Hayes' girlfriend, Bella Ortiz, said.",
     "We had gotten a room at the motel", "Bella Ortiz", False),
    ("a common noun capitalised at the sentence's start is a described source",
     "The boy was found on Monday. Officials say the man will be charged.", "the man will be charged",
     "Officials", True),
    ("a 'she' after a described source who told a named reporter goes on with the source",
     "A desk clerk at the motel told KRTV's Mia Lund that the robber took a wallet. She added the guest did not "
     "wish to be identified.", "the guest did not wish to be identified", "A desk clerk", True),
    ("a passive framing verb credits its 'by' phrase",
     "The fire started at dawn. Used as the basis for a novel and dubbed \"the story of the age\" by famed "
     "columnist Ana Ruiz, the fire still fascinates historians.", "the story of the age", "Ana Ruiz", False),
    ("a name joined to a person's by 'and' is a person a 'she' can stand for",
     "Two of the survivors, Yoselin Arza and Kenia Toll, spoke to reporters. Toll -- who said the party was her "
     "second outing -- took two bullets in the arm. Arza, meanwhile was grazed. \"I will have holes in my arm,\" she "
     "said.", "I will have holes in my arm", "Yoselin Arza", False),
    ("a noun in apposition tells a name's sex", "Dana Blagg, the defence lawyer, said she would appeal. The woman, "
     "Lena Brisk, later told reporters she had talked to the boy. Brisk could see Tobi on the ground. He had been "
     "hit in the chest. She said the boy was smiling.", "the boy was smiling", "Lena Brisk", False),
    ("a cue the tagger took for a noun", "The boys were charged on Monday. One of the teens kept the shell, the "
     "charges state.", "One of the teens kept the shell", "the charges", True),
    ("a partitive source keeps its 'of' phrase, not the names in apposition",
     "Two of the shooting's survivors, Ona Lark and Gia Watts, told reporters that people were fighting before "
     "the shots.", "that people were fighting", "Two of the shooting's survivors", True),
]


@pytest.mark.parametrize("case, text, words, speaker, anonymous", CASES, ids=[case[0] for case in CASES])
def test_speakers(resources: NlpResources, case: str, text: str, words: str, speaker: str,
                  anonymous: bool) -> None:
    quote = quote_of(resources, text, words)
    assert (quote.speaker, quote.anonymous) == (speaker, anonymous), case


def test_a_name_opening_the_sentence_is_still_a_name(resources: NlpResources) -> None:
    quote = quote_of(resources, "The van stopped at noon. Hayes said he ran to the door.", "he ran")
    assert (quote.speaker, quote.anonymous) == ("Hayes", False)


def test_a_quoted_headline_with_its_credit_is_no_statement(resources: NlpResources) -> None:
    text = ("\"Fire Guts Old Mill; Two Hurt from the Blaze\" -Daily Ledger The fire started at dawn on Monday and "
            "burned for a day.\n\n\"We will rebuild the mill,\" the owner said.")
    assert [q.content.text for q in quotes_of(resources, text)] == ["We will rebuild the mill"]


def test_a_headline_like_statement_without_a_credit_stays(resources: NlpResources) -> None:
    text = "\"We Will Rebuild,\" the owner said on Monday."
    assert [q.speaker for q in quotes_of(resources, text)] == ["the owner"]


def test_the_entity_of_a_name_in_apposition_not_of_the_possessor(resources: NlpResources) -> None:
    text = ("Quinn Hayes, 17, died on Thursday. \"We had gotten a room at the motel,\" Hayes' girlfriend, Bella Ortiz, "
            "said.")
    parsed = parse([Article(id="a", source="a.txt", format="text", text=text)], resources, NlpConfig())
    variants = attribute_speakers(find_quotes(parsed[0]), find_entities(parsed))
    assert [(v.speaker, v.source.text if v.source else None) for v in variants] == [
        ("Bella Ortiz", "Hayes' girlfriend")]


@pytest.mark.parametrize("text, words", [
    ("Ana Ruiz fired three shots. Hale was dead when help came, and tests showed he had taken a sedative, "
     "police said.", "Hale was dead when help came, and tests showed he had taken a sedative"),
    ("A desk clerk told reporters that the robber took a wallet at about 7 a.m. Nobody else saw him.",
     "that the robber took a wallet at about 7 a.m"),
])
def test_reported_clauses_are_whole(resources: NlpResources, text: str, words: str) -> None:
    assert [q.content.text for q in quotes_of(resources, text) if q.kind == "indirect"] == [words]


def test_a_quotation_glued_to_the_full_stop_before_it_opens_a_sentence(resources: NlpResources) -> None:
    text = "The family spoke at the vigil.\"You might as well give yourself up,\" Dana Holm said.The vigil ended."
    assert [(q.kind, q.speaker) for q in quotes_of(resources, text)] == [("direct", "Dana Holm")]


def test_a_sentence_ending_before_a_name_is_no_title_of_it(resources: NlpResources) -> None:
    text = ("The pair fled, according to the report. Orrin faced charges later. \"He pushed off the door,\" the "
            "report said.")
    assert quote_of(resources, text, "He pushed off the door").speaker == "the report"


def test_a_short_quotation_alone_as_its_paragraph_without_a_full_stop_is_a_heading(resources: NlpResources) -> None:
    text = ("\"My cousin just happened to be there,\" Dana Holm said.\n\n'Not one more'\n\nIn a town still "
            "shaken, the council met on Monday.\n\n\"We will win.\"\n\nThe crowd cheered.")
    assert [q.content.text for q in quotes_of(resources, text)] == ["My cousin just happened to be there",
                                                                    "We will win."]


def test_a_surname_shared_by_relatives_goes_to_the_one_the_next_pronoun_fits(resources: NlpResources) -> None:
    text = ("\"This is our town,\" a grieving Tomas Kade told reporters. Lina Kade, 20, died with two other "
            "women. She was a student. \"That girl was my whole world,\" Kade said of his daughter Lina.")
    assert quote_of(resources, text, "That girl was my whole world").speaker == "Tomas Kade"



@pytest.mark.parametrize("tail", ["said Hayes' mother, Bella Hayes.", "said Hayes\u2019 mother, Bella Hayes."])
def test_a_possessor_in_the_source_is_not_the_speakers_entity(resources: NlpResources, tail: str) -> None:
    text = f"Quinn Hayes, 19, was shot on Friday night on Elm Street. \"He was a good kid,\" {tail}"
    parsed = parse([Article(id="a", source="a.txt", format="text", text=text)], resources, NlpConfig())
    entities = find_entities(parsed)
    variants = attribute_speakers(find_quotes(parsed[0]), entities)
    names = {entity.id: entity.name for entity in entities.entities}
    assert [(v.speaker, names.get(v.entity or "")) for v in variants] == [("Bella Hayes", "Bella Hayes")]
