"""Speakers as issue #19's seventeenth round found them going wrong on NeuS stories, in texts written for these
tests: 'the president' after a vice president named last, a description before a speech verb read as the role of
the name before it, a titled name the parse hung on a misread verb as a modifier."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources


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
