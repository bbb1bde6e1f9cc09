"""Speakers as issue #19's thirteenth fresh round showed them going wrong, in texts written for these tests: a
quotation set one sentence a paragraph whose closing mark comes paragraphs later, a statement cited with 'according
to' and then quoted as 'the statement said', a 'she' after a named person's former wife, a 'he' after a described
subject with someone named only as its object, 'the attorney' after the attorney's name in apposition, and the
credit inside a quotation whose closing mark the page lost; and, found on its check half, a name after the cue
that follows a quotation, and a closing mark glued to the next word ending a quotation run over paragraphs."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources
from newsprism.quotes.marks import find_marked


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for block in text.split("\n\n"):
        spans.append((start, start + len(block)))
        start += len(block) + 2
    return spans


def test_a_quotation_runs_on_to_the_paragraph_that_closes_it() -> None:
    text = ("“Our crew owes the harbour staff a great deal.\n\nWe expect to sail again by spring,” Ivo Brannock "
            "said.\n\nThe ferry was towed to Kellsport.")
    spans = find_marked(text, _paragraphs(text))
    assert len(spans) == 1 and spans[0].closed
    assert text[spans[0].start:spans[0].end].endswith("by spring")


def test_a_quotation_left_open_with_no_closing_mark_ends_with_its_paragraph() -> None:
    text = "“Our crew owes the harbour staff a great deal.\n\nThe ferry was towed to “Kellsport” on Monday."
    spans = find_marked(text, _paragraphs(text))
    assert not spans[0].closed and text[spans[0].start:spans[0].end].endswith("great deal.")


def test_the_split_quotation_gets_the_speaker_after_it(resources: NlpResources) -> None:
    text = ("The ferry's owner, Maria Dunlow, spoke to reporters at the pier.\n\n“Our crew owes the harbour staff a "
            "great deal.\n\nWe expect to sail again by spring,” Dunlow said in a note to the town.")
    found = quote_of(resources, text, "Our crew owes")
    assert found.speaker == "Maria Dunlow" and found.kind == "direct" and found.content.text.endswith("by spring")


def test_according_to_a_statement_from_a_body(resources: NlpResources) -> None:
    text = ("Nine sailors were detained on Friday over missing fuel, according to a statement from the Coastal "
            "Patrol Command. The sailors were held at the Dunmere base.\n\n"
            "\"Records from an earlier audit led to the arrests,\" the statement said.")
    assert quote_of(resources, text, "Nine sailors").speaker.endswith("Coastal Patrol Command")
    assert quote_of(resources, text, "Records from").speaker.endswith("Coastal Patrol Command")


def test_a_she_after_a_named_mans_former_wife(resources: NlpResources) -> None:
    text = ("Corin Valdane was charged on Monday. Last spring, Valdane's ex-wife was granted a protective order "
            "against him. She said she feared him after he broke a window at their house.")
    found = quote_of(resources, text, "she feared him")
    assert found.speaker == "Valdane's ex-wife" and found.anonymous


def test_a_he_after_a_described_subject_past_its_object(resources: NlpResources) -> None:
    text = ("Two cars were damaged on Orchard Lane on Sunday. Tobin Ferrule was arrested near the bridge.\n\n"
            "A court commissioner set bail for Ferrule at $40,000 on Monday. He said the charge was grave.")
    assert quote_of(resources, text, "the charge was grave").speaker == "A court commissioner"


def test_a_he_after_a_named_subject_stays_with_the_name(resources: NlpResources) -> None:
    text = ("Two cars were damaged on Orchard Lane on Sunday.\n\n"
            "Judge Tobin Ferrule set bail for a driver at $40,000 on Monday. He said the charge was grave.")
    assert quote_of(resources, text, "the charge was grave").speaker == "Tobin Ferrule"


def test_the_attorney_is_the_person_in_apposition(resources: NlpResources) -> None:
    text = ("Orrin Staley was charged on Monday. Staley's attorney, Lenka Hollis, asked for a lower bail.\n\n"
            "\"He has worked at the mill for twenty years,\" the attorney said.")
    assert quote_of(resources, text, "He has worked").speaker == "Lenka Hollis"


def test_the_credit_inside_a_quotation_never_closed(resources: NlpResources) -> None:
    for credit in ("said Dana Pruett, who lives across the road.", "Dana Pruett said."):
        text = (f"Crews reached the barn at noon.\n\n\"We heard four loud bangs and then a dog barking, {credit}\n\n"
                "The road was shut.")
        found = quote_of(resources, text, "We heard four")
        assert found.speaker == "Dana Pruett" and found.content.text.endswith("dog barking")


def test_a_name_after_the_cue_that_follows_a_quotation_speaks(resources: NlpResources) -> None:
    text = ("Former governor Alan Pike said the dam plan would pass. He watched as host Rita Vance played a clip "
            "from a 2019 interview.\n\n“What do you make of that clip today, sir?” asked Vance after the break.")
    found = quote_of(resources, text, "What do you make")
    assert found.speaker == "Rita Vance"


def test_a_closing_mark_glued_to_the_next_word_closes_the_run_on() -> None:
    text = ("\"Dana never went back to the clinic.\n\nThe hard part is keeping her away, \"the source told us.\n\n"
            "More text follows here.")
    spans = find_marked(text, _paragraphs(text))
    assert len(spans) == 1 and text[spans[0].start:spans[0].end].endswith("keeping her away")
