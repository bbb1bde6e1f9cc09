"""Speakers as issue #19's fourteenth round found them going wrong, in texts written for these tests: a body's
definite description flagged as an anonymous source, a title-case phrase on a banner run on into the writer's
clause as someone's words, a quotation after 'her rep confirms' given to the person the rep speaks for, and a
source cut to 'the head' or 'one' before its 'of' phrase."""

from __future__ import annotations

from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources
from newsprism.quotes.descriptions import definite_body, described


def test_a_definite_body_is_no_anonymous_source(resources: NlpResources) -> None:
    text = ("The Orrin County Sheriff's Office has opened an inquiry into the feed store break-in. \"We want to hear "
            "from anyone who drove past after midnight,\" the sheriff's office wrote on its page.\n\nNobody has "
            "been charged yet, and the department did not say why. \"No one is in custody at the moment,\" the "
            "department said.")
    first = quote_of(resources, text, "We want to hear")
    second = quote_of(resources, text, "No one is in custody")
    assert (first.speaker, first.anonymous) == ("the sheriff's office", False)
    assert (second.speaker, second.anonymous) == ("the department", False)


def test_a_person_described_by_a_body_stays_anonymous() -> None:
    assert described("a department spokesman") and described("the company's lawyer")
    assert not definite_body("the department spokesman") and definite_body("the federal agency")


def test_a_title_case_banner_is_no_quotation(resources: NlpResources) -> None:
    text = ("Classmates of Rory Quill met by the pond on Tuesday night. They strung up a bedsheet that read "
            "\"Fly High Little Bird\" and lit candles around it.")
    assert not any(q.content.text.startswith("Fly High") for q in quotes_of(resources, text))


def test_a_lowercase_clause_after_a_cue_still_runs_on(resources: NlpResources) -> None:
    text = "Mayor Edda Prill said \"regional crews\" must clear the canal before the thaw."
    found = quote_of(resources, text, "regional crews")
    assert found.speaker == "Edda Prill" and "canal" in found.content.text


def test_the_rep_who_confirms_speaks_not_the_possessor(resources: NlpResources) -> None:
    text = ("Juno Varga checked into the Cedar Shoals clinic in Marlport on Sunday night, for what should be a "
            "six-week stay, her rep confirms to Starlit Weekly.\n\n\"Then she arrived before noon and could not "
            "stand it. She would rather return to the lakeside place where the nurses know her.\"")
    found = quote_of(resources, text, "Then she arrived")
    assert (found.speaker, found.anonymous) == ("her rep", True)


def test_a_source_keeps_the_of_phrase_that_says_who_it_is(resources: NlpResources) -> None:
    text = ("\"The pier was never checked for rot,\" said the head of a panel of engineers that looked at the "
            "collapse for the county.\n\n\"I heard three bangs and a car drove off,\" said one of the clerks who "
            "was working that night but would not give her name.")
    assert quote_of(resources, text, "The pier").speaker == "the head of a panel of engineers"
    assert quote_of(resources, text, "I heard three").speaker == "one of the clerks"


def test_a_name_with_a_particle_or_a_body_joined_by_small_words_is_named() -> None:
    assert not described("Lina de Marsac") and not described("Orrin Bureau of Water and Soil Programs")
    assert described("the bureau's lawyer") and described("Lina's cousin")


def test_a_mayor_with_a_particle_in_his_name_is_no_anonymous_source(resources: NlpResources) -> None:
    text = "\"Every block will have a patrol car by Friday,\" said Mayor Tomas van Reede at the firehouse."
    found = quote_of(resources, text, "Every block")
    assert found.speaker is not None and found.speaker.endswith("van Reede") and not found.anonymous
