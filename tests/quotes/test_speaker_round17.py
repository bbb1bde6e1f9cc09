"""Speakers as issue #19's seventeenth round found them going wrong on NeuS stories, in texts written for these
tests: 'the president' after a vice president named last, a description before a speech verb read as the role of
the name before it, a titled name the parse hung on a misread verb as a modifier, 'they' and 'it' read by the
parse, a name that only modifies its source ('The Lopez campaign said') taken for the speaker."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.extract import find_quotes


def test_the_president_is_no_vice_president(resources: NlpResources) -> None:
    text = ("President Ana Lopez, whose government faces a budget gap, named Vice President Mark Dunn on Monday to "
            "lead the talks. “Nobody is better suited to this work,” the president said at the palace.")
    assert quote_of(resources, text, "Nobody is better").speaker == "Ana Lopez"


def test_the_vice_president_is_the_one_titled_so(resources: NlpResources) -> None:
    text = ("Vice President Mark Dunn met President Ana Lopez on Monday. “We agreed on the budget,” the vice "
            "president said after the meeting.")
    assert quote_of(resources, text, "We agreed").speaker == "Mark Dunn"


def test_a_description_before_a_speech_verb_is_no_role_of_the_name_before(resources: NlpResources) -> None:
    text = ("President Ana Lopez named Vice President Mark Dunn on Monday to lead the talks. “I can think of no one "
            "better suited to this work” than Dunn, the president said at the palace.")
    assert quote_of(resources, text, "I can think").speaker == "Ana Lopez"


def test_a_titled_name_hung_on_a_misread_verb_is_a_person_a_he_stands_for(resources: NlpResources) -> None:
    text = ("The Town Hall said late on Friday that President Trump misunderstood the request when he criticised "
            "the housing plan, and insisted he really does back the deal that hours earlier he said he “would never "
            "accept.”")
    assert quote_of(resources, text, "would never accept").speaker == "Trump"


def test_a_they_inside_its_sentence_is_the_plural_subject_before_it(resources: NlpResources) -> None:
    text = ("A calm evening turned into a crime scene on Maple Court as detectives examined what they called a "
            "“deliberate fire” at a garage.")
    assert quote_of(resources, text, "deliberate fire").speaker == "detectives"


def test_a_they_opening_a_paragraph_is_the_subject_of_the_paragraph_before(resources: NlpResources) -> None:
    text = ("Lumo County deputies believe the driver fell asleep at the wheel.\n\n"
            "They say the truck left the road near the bridge and rolled twice.")
    assert quote_of(resources, text, "the truck left").speaker == "Lumo County deputies"


def test_a_they_after_a_quotation_is_no_subject_inside_it(resources: NlpResources) -> None:
    text = ("The board met on Monday. “The members of the board will meet again next week,” they said, without "
            "naming a date.")
    assert quote_of(resources, text, "The members of the board").speaker != "The members of the board"


def test_a_named_committee_mentioned_again_is_no_anonymous_source(resources: NlpResources) -> None:
    text = "The Lumo Harbour Committee met on Tuesday. The committee said it would vote on the dredging plan next week."
    assert not quote_of(resources, text, "it would vote").anonymous


def test_an_it_opening_a_sentence_is_the_body_the_sentence_before_has_as_subject(resources: NlpResources) -> None:
    text = ("The Kade campaign put up posters of Lumo firefighters last week.\n\n"
            "The Lumo Fire Department wrote to the campaign on Thursday. It says the posters were used without its "
            "consent.")
    assert "Lumo Fire Department" in str(quote_of(resources, text, "the posters were used").speaker)


def test_a_they_after_but_opens_its_sentence(resources: NlpResources) -> None:
    text = ("Senate aides described the talks on the harbour bill as friendly. But they stressed that the funding "
            "question was still open.")
    assert quote_of(resources, text, "that the funding question").speaker == "Senate aides"


def _speakers(resources: NlpResources, text: str) -> list[str | None]:
    parsed = parse([Article(id="a", source="a.txt", format="text", text=text)], resources, NlpConfig())
    return [v.speaker for v in attribute_speakers(find_quotes(parsed[0]), find_entities(parsed))]


def test_a_name_that_modifies_its_source_is_not_the_speaker(resources: NlpResources) -> None:
    text = ("President Ana Lopez said on Monday that she would run again.\n\n"
            "The Lopez campaign said its spring total was its best so far, topping its prior high.")
    assert _speakers(resources, text) == ["Ana Lopez", "The Lopez campaign"]



def test_a_statement_written_with_its_owner_is_the_owners(resources: NlpResources) -> None:
    text = ("Lumo Chat said its servers would go dark on Sunday, according to its chief executive Ana Ruiz. “This was "
            "a coordinated attack on a small rival,” Ruiz’s statement read.")
    quote = quote_of(resources, text, "This was a coordinated")
    assert (quote.speaker, quote.anonymous) == ("Ana Ruiz", False)
