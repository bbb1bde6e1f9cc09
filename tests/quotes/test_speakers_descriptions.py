"""Speakers (quotes/speakers.py, end to end) given by description or title: a name before a description, a
rank abbreviation, party words, former and vice presidents, possessed titles, relative clauses after an apposition,
a spokeswoman who is no re-mention. Texts written for these tests."""

from __future__ import annotations

import pytest
from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources


def test_a_name_before_a_description_with_a_doubled_verb(resources: NlpResources) -> None:
    text = ("Ana Kade was hit too.\"Ana phoned me and told me she was hit.\" said Nora Kade, Ana's mother said. \"I "
            "was just crying.\"")
    found = quote_of(resources, text, "Ana phoned me")
    assert found.speaker == "Nora Kade" and not found.anonymous


def test_an_object_before_a_description_is_no_speaker(resources: NlpResources) -> None:
    found = quote_of(resources, "The gunman hit Ana Ruiz, his mother said.", "The gunman hit")
    assert found.speaker != "Ana Ruiz"


def test_an_unnamed_source_named_in_the_next_sentence(resources: NlpResources) -> None:
    text = "A neighbor said she heard five shots. The neighbor, Ana Ruiz, said the family had lived there for years."
    found = quote_of(resources, text, "she heard")
    assert found.speaker == "Ana Ruiz" and not found.anonymous


def test_a_rank_abbreviation_does_not_end_the_attribution(resources: NlpResources) -> None:
    text = ("Lumo police arrested a second man they said is responsible.\n\n\"She was killed over a robbery,\" Lumo "
            "Police Department spokesman Sgt. Ana Ruiz said.")
    assert quote_of(resources, text, "She was killed").speaker == "Ana Ruiz"


def test_a_party_word_before_the_title(resources: NlpResources) -> None:
    text = ("President Ben Ode said Friday he would keep his chief of staff. Ode, in an interview, defended her. “She "
            "has the right to answer questions,” the Republican president said.")
    found = quote_of(resources, text, "She has the right")
    assert found.speaker == "Ben Ode" and not found.anonymous


def test_a_party_word_is_not_another_partys_nominee(resources: NlpResources) -> None:
    text = ("Republican nominee Ben Ode spoke first. Democratic vice presidential nominee Tim Kade spoke next. The "
            "Democratic nominee said taxes must rise.")
    assert quote_of(resources, text, "taxes must rise").speaker != "Ben Ode"


def test_a_second_title_joined_by_and_before_the_name(resources: NlpResources) -> None:
    text = ("Singer and activist Rose Kade hit back at critics of her interview, adding that she had to skip the "
            "network before a calm talk with host Mia Torr.")
    assert quote_of(resources, text, "that she had to skip").speaker == "Rose Kade"


def test_a_clause_hung_on_the_subject_is_no_part_of_the_source(resources: NlpResources) -> None:
    text = ("The mayor declared the town ready to reopen its schools, even as the rains are again rising and "
            "county engineers warn the river may crest twice.")
    found = quote_of(resources, text, "the river may crest")
    assert found.source is not None and found.source.text == "county engineers"


def test_the_attorney_is_the_person_in_apposition(resources: NlpResources) -> None:
    text = ("Orrin Staley was charged on Monday. Staley's attorney, Lenka Hollis, asked for a lower bail.\n\n"
            "\"He has worked at the mill for twenty years,\" the attorney said.")
    assert quote_of(resources, text, "He has worked").speaker == "Lenka Hollis"


def test_a_title_case_banner_is_no_quotation(resources: NlpResources) -> None:
    text = ("Classmates of Rory Quill met by the pond on Tuesday night. They strung up a bedsheet that read "
            "\"Fly High Little Bird\" and lit candles around it.")
    assert not any(q.content.text.startswith("Fly High") for q in quotes_of(resources, text))


def test_a_source_keeps_the_of_phrase_that_says_who_it_is(resources: NlpResources) -> None:
    text = ("\"The pier was never checked for rot,\" said the head of a panel of engineers that looked at the "
            "collapse for the county.\n\n\"I heard three bangs and a car drove off,\" said one of the clerks who "
            "was working that night but would not give her name.")
    assert quote_of(resources, text, "The pier").speaker == "the head of a panel of engineers"
    assert quote_of(resources, text, "I heard three").speaker == "one of the clerks"


def test_a_mayor_with_a_particle_in_his_name_is_no_anonymous_source(resources: NlpResources) -> None:
    text = "\"Every block will have a patrol car by Friday,\" said Mayor Tomas van Reede at the firehouse."
    found = quote_of(resources, text, "Every block")
    assert found.speaker is not None and found.speaker.endswith("van Reede") and not found.anonymous


def test_a_described_subject_with_its_of_phrase_is_the_name_after_it(resources: NlpResources) -> None:
    text = ("The head of the million-member strong private sector union, John Miller, said: \"The workers have "
            "been asked to pay while the rich pay nothing.\"")
    assert quote_of(resources, text, "The workers have").speaker == "John Miller"


def test_a_capitalised_title_after_the_is_the_name_after_it(resources: NlpResources) -> None:
    text = ("The French Finance Minister, Laura Benton, speaking in Paris, said today that the crisis showed the "
            "need for new rules.")
    assert quote_of(resources, text, "that the crisis").speaker == "Laura Benton"


def test_a_role_joined_to_a_second_one_is_the_name_after_them(resources: NlpResources) -> None:
    text = "\"In March alone, they lost $200,000,\" said Tacoma businessman and blogger Dale Morton, a critic."
    assert quote_of(resources, text, "In March alone").speaker == "Dale Morton"


def test_a_name_in_apposition_before_of_speaks_for_its_document(resources: NlpResources) -> None:
    text = ("Ben's school principal, Ana Ruiz of the Lumo School of Design, wrote a letter praising the boy. \"Ben "
            "made great strides this year,\" the letter read.")
    assert quote_of(resources, text, "Ben made great strides").speaker == "Ana Ruiz"


def test_initials_in_brackets_inside_a_title_leave_the_chair_the_speaker(resources: NlpResources) -> None:
    text = ("Harbour Workers National Federation (HWNF) Chairwoman Mira Ann Olsen Monday warned she may call a "
            "strike unless the port changes its shift rules.")
    assert quote_of(resources, text, "she may").speaker == "Mira Ann Olsen"


def test_a_source_glued_across_a_headline_line_break_is_the_second_line(resources: NlpResources) -> None:
    text = ("Two hikers found dead near a lake in Brandvik, Nordland\nRelative said the trail had been closed for a "
            "week\nA storm swept the valley on Friday.")
    quote = quote_of(resources, text, "the trail had")
    assert quote.speaker != "Brandvik"
    assert quote.source is not None and "\n" not in quote.source.text


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


def test_a_named_committee_mentioned_again_is_no_anonymous_source(resources: NlpResources) -> None:
    text = "The Lumo Harbour Committee met on Tuesday. The committee said it would vote on the dredging plan next week."
    assert not quote_of(resources, text, "it would vote").anonymous


def test_a_relative_clause_with_no_that_has_its_own_speaker(resources: NlpResources) -> None:
    text = ("Governor Ana Ruiz of Lumo made clear Tuesday that $2 billion was the figure she was willing to sign for "
            "the transit plan, putting her far from the lowest sum rural mayors have said they would take.")
    quote = quote_of(resources, text, "they would take")
    assert quote.speaker == "rural mayors"
    assert quote.anonymous


def test_a_possessed_title_is_the_person_titled_so_next(resources: NlpResources) -> None:
    text = ("The city of Lumo is now asking whether the builder misled its auditors in the reports it filed, "
            "the city's general counsel said in court on Monday. \"Did the builder mislead us?\" city general "
            "counsel Maria Veld asked the judge.")
    quote = quote_of(resources, text, "The city of Lumo")
    assert quote.speaker == "Maria Veld"
    assert not quote.anonymous


def test_a_possessed_title_is_no_person_titled_for_someone_else(resources: NlpResources) -> None:
    text = ("The county is asking whether the builder misled its auditors, the city's general counsel said on "
            "Monday. County general counsel Maria Veld would not comment.")
    quote = quote_of(resources, text, "The county is asking")
    assert quote.speaker == "the city's general counsel"


def test_the_former_president_is_no_sitting_one(resources: NlpResources) -> None:
    text = ("Former President Ben Ode on Friday attacked the press after a review of the vote in Lumo confirmed "
            "President Ana Ruiz's win there. In a statement issued through his campaign, the former president called "
            "the review a fraud that \"has uncovered real proof of cheating.\"")
    assert quote_of(resources, text, "has uncovered real proof").speaker == "Ben Ode"


def test_the_former_vice_president_keeps_both_qualifiers(resources: NlpResources) -> None:
    text = ("Former Vice President Ben Ode spoke on Friday, hours after President Ana Ruiz signed the bill. The "
            "former vice president said the bill would cost too much.")
    assert quote_of(resources, text, "the bill would cost").speaker == "Ben Ode"


def test_the_president_is_no_former_one(resources: NlpResources) -> None:
    text = ("Former President Ben Ode spoke on Friday, hours after the bill passed the senate. The president said "
            "the bill would cost too much.")
    assert quote_of(resources, text, "the bill would cost").speaker == "The president"


def test_a_relative_clause_after_an_apposition_is_the_named_persons(resources: NlpResources) -> None:
    text = ("Police arrested a man on Friday after the fire at the depot.\n\nBen Ode, a self-described anarchist who "
            "said in an interview that he \"kept watch over the crowd,\" was charged with arson.")
    assert {v.speaker for v in quotes_of(resources, text)} == {"Ben Ode"}


def test_a_relative_clause_after_a_description_alone_stays_the_description(resources: NlpResources) -> None:
    text = ("Police arrested a man on Friday after the fire at the depot.\n\nThe group's founder, a longtime activist "
            "who said the march was \"peaceful from start to end,\" spoke to reporters.")
    assert {v.speaker for v in quotes_of(resources, text)} == {"a longtime activist"}


def test_a_title_keeps_its_of_phrase(resources: NlpResources) -> None:
    text = ("The recall effort against the governor of Lumo has qualified for the ballot.\n\nThe Lumo Secretary of "
            "State said on Monday that the count of signatures had passed the mark.")
    assert [v.source.text for v in quotes_of(resources, text) if v.source] == ["The Lumo Secretary of State"]


SPOKESWOMAN = ("Governor Ida Marsh denied the report on Monday.\n\n"
               "The spokeswoman said the governor had never met the donor.")


def test_a_spokeswoman_is_no_re_mention_of_the_person_before(resources: NlpResources) -> None:
    assert quote_of(resources, SPOKESWOMAN, "the governor had").speaker != "Ida Marsh"


TITLED_OTHERWISE = ("Sen. Ana Ruiz voted against the bill on Monday.\n\n"
                    "The president said the bill would pass anyway.")


def test_a_title_written_before_the_name_must_agree(resources: NlpResources) -> None:
    assert quote_of(resources, TITLED_OTHERWISE, "the bill would pass").speaker != "Ana Ruiz"


UNNAMED = ("A lawsuit was filed against Dalmor Shipping on Friday by several of its former workers.\n\n"
           "The lawsuit alleges that the company cut wages without notice.")
SUED = ("Dalmor Shipping was sued by two former workers last year.\n\n"
        "The lawsuit alleges that the company cut wages without notice.")
THEY = ("They sued the county in March.\n\n"
        "The suit claims the county broke its own charter.")


def test_a_lawsuit_whose_filer_is_unnamed_stays_the_lawsuit(resources: NlpResources) -> None:
    for text in (UNNAMED, SUED, THEY):
        variant = quote_of(resources, text, "the county" if text is THEY else "that the company")
        assert variant.anonymous and variant.speaker in ("The lawsuit", "The suit"), text


TITLE_BEFORE_HONORIFIC = "The order will also cover large outdoor games, said County Health Director Dr. Ana Ruiz."


def test_a_long_title_before_an_honorific_is_no_name(resources: NlpResources) -> None:
    """The parse cut 'County Health Director' from 'Dr. Ana Ruiz': the title is not a longer name than hers."""
    assert quote_of(resources, TITLE_BEFORE_HONORIFIC, "The order").speaker == "Ana Ruiz"


def test_a_bare_surname_is_not_the_relative(resources: NlpResources) -> None:
    text = ("Senator Joe Rand told the host he is not worried about claims against his son Hunter Rand. “We have great "
            "faith in our son,” said Rand, who sat beside his wife, Jill Rand.")
    assert quote_of(resources, text, "We have great faith").speaker == "Joe Rand"


def test_according_to_a_place_and_a_titled_name(resources: NlpResources) -> None:
    text = "The man had been accused of arson, according to Kade County, Ohio, Sheriff Dan Ferrow."
    assert quote_of(resources, text, "The man had been accused").speaker == "Dan Ferrow"


def test_a_description_ending_in_a_possessive_is_the_name_in_apposition(resources: NlpResources) -> None:
    text = "“He ate dinner with us last night,” added another aunt of Kade's, Nina Ode. “Then the phone rang.”"
    quote = quote_of(resources, text, "He ate dinner with us")
    assert (quote.speaker, quote.anonymous) == ("Nina Ode", False)


@pytest.mark.parametrize("text", [
    "President Ana Lee visited the port on Monday.\n\nThe president has said the tariffs will stay.",
    "President Ana Lee visited the port on Monday.\n\nThe President has said the tariffs will stay.",
    "The president has said the tariffs will stay.\n\nPresident Ana Lee visited the port on Monday.",
])
def test_a_role_stands_for_the_one_person_the_story_titles_so(resources: NlpResources, text: str) -> None:
    assert quote_of(resources, text, "the tariffs").speaker == "Ana Lee"


def test_a_role_two_people_hold_after_it_stays_a_description(resources: NlpResources) -> None:
    text = ("The mayor says the road will reopen soon.\n\n"
            "Mayor Joe Hart opened the bridge. Mayor Ann Poe of Troy came too.")
    assert quote_of(resources, text, "the road").speaker == "The mayor"


def test_a_role_stands_for_the_nearest_holder_before_it(resources: NlpResources) -> None:
    text = ("Mayor Joe Hart opened the bridge. Mayor Ann Poe of Troy came too.\n\n"
            "The mayor says the road will reopen soon.")
    assert quote_of(resources, text, "the road").speaker == "Ann Poe"


def test_a_name_after_a_role_noun_tagged_a_place(resources: NlpResources) -> None:
    text = ("Nia ran out of the apartment.\n\n“She begged to borrow my phone to ring the police,” said building "
            "super German Vasko.")
    assert quote_of(resources, text, "She begged").speaker in ("German Vasko", "Vasko")
