"""Speakers as issue #19's fourth fresh round showed them going wrong, in texts written for these tests: a body named
with 'the' marked anonymous, a label and a comma before the name, 'she' after 'someone', a cue in the passive, a
cue with a clause of its own after another clause, a quotation led in by a clause with no speech verb, two quotations
joined by 'and', an age standing for the person named before, a surname shared with a relative, a place before a
titled name after 'according to'."""

from __future__ import annotations

import pytest
from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources
from newsprism.quotes.descriptions import described


@pytest.mark.parametrize(("speaker", "anonymous"), [
    ("The White House", False), ("the Southern Poverty Law Center", False), ("The Associated Press", False),
    ("the Bureau of Prisons", False), ("The Mayor", True), ("the senior official", True), ("The Police Officer", True),
])
def test_a_body_named_with_the_is_no_described_source(speaker: str, anonymous: bool) -> None:
    assert described(speaker) is anonymous


@pytest.mark.parametrize(("text", "speaker"), [
    ("“The noise has to stop,” said neighbor, Tanya Wilks.", "Tanya Wilks"),
    ("“There was a mix-up at the station,” said HPD, Thomas Sims.", "Thomas Sims"),
])
def test_a_label_and_a_comma_before_a_name_give_the_name(resources: NlpResources, text: str, speaker: str) -> None:
    words = text[1:text.index(",")]
    assert quote_of(resources, text, words).speaker == speaker


def test_she_never_stands_for_someone(resources: NlpResources) -> None:
    text = ("His aunt, Lora Mendez, said the party was next to her shop.\n\nLater, someone came in the shop and said "
            "Carl had been shot.\n\n“We live in cruel times,” she said.")
    assert quote_of(resources, text, "We live in cruel times").speaker == "Lora Mendez"


@pytest.mark.parametrize("text", [
    "Ben Hauser was described on Friday as a “drifter” from the city.",
    "The town was identified last year as “the happiest” in the state.",
])
def test_the_subject_of_a_passive_cue_is_no_speaker(resources: NlpResources, text: str) -> None:
    assert [q.speaker for q in quotes_of(resources, text) if q.speaker is not None] == []


def test_a_passive_cue_credits_its_by_phrase(resources: NlpResources) -> None:
    text = "Councilman Ed Rees said he has been told by police that the shootings stem from drug disputes."
    quote = quote_of(resources, text, "that the shootings stem")
    assert quote.speaker == "police"


def test_a_cue_reports_its_own_clause_after_another(resources: NlpResources) -> None:
    text = "Two were hit inside the flat, police say Will Mora and Meg Kerr were killed."
    reported = [q.content.text for q in quotes_of(resources, text) if q.kind == "indirect"]
    assert reported == ["Will Mora and Meg Kerr were killed"]


def test_a_quotation_led_in_by_a_clause_without_a_cue_is_no_ones(resources: NlpResources) -> None:
    text = ("Jon Barker sang on a memorial clip for his friend. A hummed refrain runs all through the track: "
            "“Wish I could see another day.”")
    assert quote_of(resources, text, "Wish I could").speaker is None


def test_a_name_in_the_lead_in_clause_speaks(resources: NlpResources) -> None:
    text = "A lesson from Ana Ruiz: ‘Be the voice the room hears.’\n\nIn her first job, Ana Ruiz gave a talk."
    assert quote_of(resources, text, "Be the voice").speaker == "Ana Ruiz"


def test_a_prayer_is_the_one_who_prays(resources: NlpResources) -> None:
    text = "Pastor Tim Rollins led the crowd. “Please protect our town,” Rollins, pastor at Grace Church, prayed."
    assert quote_of(resources, text, "Please protect our town").speaker == "Tim Rollins"


def test_two_quotations_joined_by_and_share_their_speaker(resources: NlpResources) -> None:
    text = "Dorn reportedly said, “Here comes the end” and “This is your nightmare,” after kicking the door, some said."
    quote = quote_of(resources, text, "This is your nightmare")
    assert (quote.kind, quote.speaker) == ("direct", "Dorn")


def test_an_age_stands_for_the_person_named_before(resources: NlpResources) -> None:
    text = ("His aunt, Lora Mendez, said the party was next to her shop.\n\n“Loud sounds went off and everyone ran,” "
            "the 56-year-old said on Tuesday.")
    quote = quote_of(resources, text, "Loud sounds went off")
    assert (quote.speaker, quote.anonymous) == ("Lora Mendez", False)


def test_a_bare_surname_is_not_the_relative(resources: NlpResources) -> None:
    text = ("Senator Joe Rand told the host he is not worried about claims against his son Hunter Rand. “We have great "
            "faith in our son,” said Rand, who sat beside his wife, Jill Rand.")
    assert quote_of(resources, text, "We have great faith").speaker == "Joe Rand"


def test_according_to_a_place_and_a_titled_name(resources: NlpResources) -> None:
    text = "The man had been accused of arson, according to Kade County, Ohio, Sheriff Dan Ferrow."
    assert quote_of(resources, text, "The man had been accused").speaker == "Dan Ferrow"


def test_a_person_called_she_is_no_later_he(resources: NlpResources) -> None:
    text = ("Rosa Kade returned on Tuesday for her van and her pal Sparky. The 41-year-old came with her "
            "son. She said people dropped their bags and ran.\n\n“This is so sad,” she said.\n\nFor Jon Barker, "
            "he lost a cousin and a best friend.\n\n“We were side by side every day,” he said of Sparky.")
    assert quote_of(resources, text, "We were side by side").speaker == "Jon Barker"
    assert quote_of(resources, text, "This is so sad").speaker == "Rosa Kade"


def test_a_clause_far_after_the_cue_is_an_aside(resources: NlpResources) -> None:
    text = "Ode had a history of illness, his family said in court papers in 2008, when he made threats at a wedding."
    reported = [q.content.text for q in quotes_of(resources, text) if q.kind == "indirect"]
    assert reported == ["Ode had a history of illness"]


def test_a_quotation_glued_to_the_one_before_goes_on_with_its_speaker(resources: NlpResources) -> None:
    text = ("Mia Torr said a red van stopped just after the wreck. “I glanced across and hoped she would help,” "
            "Torr said. “She drew a pistol and opened fire.”“I dragged her from the seat. I thought she was "
            "asleep.”")
    assert quote_of(resources, text, "I dragged her from").speaker == "Mia Torr"


def test_a_he_is_not_the_one_his_reported_words_name(resources: NlpResources) -> None:
    text = ("Former President Ben Rand is coming back to the stage, an aide said on Sunday. Dan Ferrow, a long-time "
            "adviser to Rand, told the host that Rand will be back in about two months. He added Rand's return will "
            "be with “a stage of his own” that will “redefine the game.”")
    assert quote_of(resources, text, "Rand's return").speaker == "Dan Ferrow"
    assert quote_of(resources, text, "a stage of his own").speaker == "Dan Ferrow"


def test_a_he_never_stands_for_a_body_taken_for_a_person(resources: NlpResources) -> None:
    text = ("Portvale Police still can't say who fired the shot, but Tomas Reyes Sr., the girl's grandfather, "
            "wants that person's guilt to find them soon.\n\n“You were bold enough to fire that "
            "gun,” he said.")
    assert quote_of(resources, text, "You were bold enough").speaker == "Tomas Reyes Sr."


def test_a_place_someone_comes_from_is_no_one_a_he_stands_for(resources: NlpResources) -> None:
    text = ("Odell, a 16-year-old from Portvale, left the clinic on Monday. He says he and a cousin "
            "stood on the street when a smoke alarm sounded.")
    assert quote_of(resources, text, "he and a cousin").speaker != "Portvale"


def test_a_description_ending_in_a_possessive_is_the_name_in_apposition(resources: NlpResources) -> None:
    text = "“He ate dinner with us last night,” added another aunt of Kade's, Nina Ode. “Then the phone rang.”"
    quote = quote_of(resources, text, "He ate dinner with us")
    assert (quote.speaker, quote.anonymous) == ("Nina Ode", False)


def test_a_name_joined_to_a_modifier_is_no_person(resources: NlpResources) -> None:
    text = ("Dozens of fans filled the square when Rosa Vell, a photographer for the Lumo Star and Ledger "
            "newspaper, got there.\n\n“I could hear people screaming,” she told a radio station.")
    assert quote_of(resources, text, "I could hear people").speaker == "Rosa Vell"
