"""Speakers (quotes/speakers.py, end to end) in the layouts around a quotation: closing marks glued to the next
sentence, apostrophes, datelines, headlines, questions, credits inside a quotation never closed, straight single
quotation marks. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources


def test_the_next_sentence_glued_to_a_closing_mark_is_no_attribution(resources: NlpResources) -> None:
    text = ("Four survived.\"These kids are out of control,\" Tiggett said. \"And all to look tough, for "
            "what?\"Police expect more arrests soon.")
    assert quote_of(resources, text, "And all to look").speaker == "Tiggett"


def test_a_verb_with_the_quotation_as_its_clause_still_attributes(resources: NlpResources) -> None:
    text = "The song has a reference. \"Tried to trap me, but you failed!\" he raps. Tarvo Kade was shot."
    assert quote_of(resources, text, "Tried to trap").source.text == "he"


def test_two_apostrophes_close_a_nickname(resources: NlpResources) -> None:
    text = ("Portvale police said they had a man in custody.\n\nOn Saturday police named Tomas “Big "
            "Wheel’’ Kade as a person of interest.\n\nCourt records show Kade has a long record.")
    assert all("Court records" not in q.content.text and "Kade as" not in q.content.text
               for q in quotes_of(resources, text))


def test_the_sentence_before_leads_into_a_quotation(resources: NlpResources) -> None:
    text = ("\"We have to move past that,\" Ben Ode said on the radio. On the show, Sen. Ana Ruiz, who lost "
            "the primary, identified young voters' fatigue as one of the reasons. \"The younger people are sick and "
            "tired of it.\"")
    assert quote_of(resources, text, "The younger people").speaker == "Ana Ruiz"


def test_a_dateline_is_no_speaker(resources: NlpResources) -> None:
    text = ("WASHINGTON -- President Ruiz, opening the Lumo Harbour Museum on Saturday, said it would show the city's "
            "long past.")
    assert quote_of(resources, text, "it would show").speaker == "Ruiz"


def test_a_parenthesis_alone_in_quotation_marks_is_no_statement(resources: NlpResources) -> None:
    text = ("Kestrel police said the shop stayed closed on Monday, the paper wrote. “(Lumo Daily article)\n\n"
            "Officers searched the block until dusk.")
    assert not [q for q in quotes_of(resources, text) if q.content.text.startswith("(Lumo")]


def test_the_split_quotation_gets_the_speaker_after_it(resources: NlpResources) -> None:
    text = ("The ferry's owner, Maria Dunlow, spoke to reporters at the pier.\n\n“Our crew owes the harbour staff a "
            "great deal.\n\nWe expect to sail again by spring,” Dunlow said in a note to the town.")
    found = quote_of(resources, text, "Our crew owes")
    assert found.speaker == "Maria Dunlow" and found.kind == "direct" and found.content.text.endswith("by spring")


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


def test_a_quoted_line_goes_on_with_the_speaker_before_it(resources: NlpResources) -> None:
    text = ("\"These workers are losing their rights, \"said Tomas Berg, head of the dockers' union.\n\"The country "
            "cannot give in without a fight. \"\nCentral bank chief Ana Ruiz warned that the crisis could spread.")
    assert quote_of(resources, text, "The country cannot").speaker == "Tomas Berg"
    assert quote_of(resources, text, "that the crisis").speaker == "Ana Ruiz"


def test_a_quoted_line_before_a_lower_case_credit_keeps_it(resources: NlpResources) -> None:
    text = ("\"Nothing works here, \"said Tomas Berg, a cook.\n\"He is the boss of the kitchen! \"\n"
            "his mother told a columnist.")
    assert quote_of(resources, text, "He is the boss").speaker == "his mother"


def test_words_quoted_after_citing_are_the_subject_s(resources: NlpResources) -> None:
    text = ("Lumo Books on Monday pulled a novel by the author Ben Ode, citing \"the risk of public harm.\" Lumo "
            "editor Ana Ruiz called the dispute an \"ugly episode.\"")
    assert quote_of(resources, text, "the risk of public harm").speaker == "Lumo Books"


def test_straight_single_quotations_around_the_credit_are_direct(resources: NlpResources) -> None:
    text = ("'We saw them at the market on Sunday,' Ana Ruiz told the Lumo Gazette. 'They looked well and happy.'\n\n"
            "'Nobody expected this,' the mayor said.")
    first = quote_of(resources, text, "We saw them")
    assert (first.kind, first.speaker) == ("direct", "Ana Ruiz")
    assert quote_of(resources, text, "They looked well").speaker == "Ana Ruiz"
    last = quote_of(resources, text, "Nobody expected")
    assert (last.kind, last.speaker) == ("direct", "the mayor")


def test_apostrophes_in_a_single_quoted_paragraph_stay_in_it(resources: NlpResources) -> None:
    text = "'The players' union won't sign,' Ana Ruiz said. 'It's the '90s all over again.'"
    assert quote_of(resources, text, "The players' union won't sign").speaker == "Ana Ruiz"
    assert quote_of(resources, text, "It's the '90s all over again").speaker == "Ana Ruiz"


def test_quoted_words_under_someones_suggestion_are_theirs(resources: NlpResources) -> None:
    text = ("Candidate Ana Ruiz struck back on Monday at the former mayor Ben Ode's suggestion that she is the "
            "\"darling of the developers\" this year, calling him \"the king of delays.\"")
    assert quote_of(resources, text, "darling of the developers").speaker == "Ben Ode"
    assert quote_of(resources, text, "the king of delays").speaker == "Candidate Ana Ruiz"


def test_quoted_words_under_a_claim_are_its_owners(resources: NlpResources) -> None:
    text = "Ana Ruiz rejected Ben Ode's claim that her budget was \"a gift to landlords\" at the forum on Friday."
    assert quote_of(resources, text, "a gift to landlords").speaker == "Ben Ode"


def test_a_question_put_when_asked_is_no_statement_of_the_one_asked(resources: NlpResources) -> None:
    text = "\"Of course I will. You know that,\" Ruiz said Thursday when asked whether she would leave the building."
    assert [q.content.text for q in quotes_of(resources, text)] == ["Of course I will. You know that"]


def test_a_question_put_by_a_bare_participle_is_no_statement(resources: NlpResources) -> None:
    text = ("Ana Ruiz is the best guard in the league. Asked in an email whether the club would appeal, Ruiz said the "
            "club would wait.")
    assert [q.content.text for q in quotes_of(resources, text)] == ["the club would wait"]


def test_a_question_someone_asks_is_still_theirs(resources: NlpResources) -> None:
    text = "Ana Ruiz asked whether the club would appeal the ruling."
    assert quote_of(resources, text, "whether the club").speaker == "Ana Ruiz"


def test_a_long_headline_the_sentence_goes_on_with_is_no_quotation(resources: NlpResources) -> None:
    text = ("The story spread fast on Monday. \"The Quiet Deal Between Ana Ruiz and the Lumo Port Board\" has a "
            "grim ring to it, but the deal itself was small.")
    assert [q.content.text for q in quotes_of(resources, text)] == []


def test_a_long_headline_a_speaker_reads_stays_a_quotation(resources: NlpResources) -> None:
    text = ("The story spread fast on Monday. \"The Quiet Deal Between Ana Ruiz and the Lumo Port Board Is Over,\" "
            "she said, laughing.")
    assert [q.speaker for q in quotes_of(resources, text)] == ["she"]


AS_CLAUSE = ("As Daniel Hoffman, of Lumo University, pointed out recently, the mayor\u2019s budget consists of "
             "\u201cslogans and wishful thinking\u2014an afterthought.\u201d")


def test_a_quotation_after_as_x_pointed_out_is_xs(resources: NlpResources) -> None:
    variant = quote_of(resources, AS_CLAUSE, "slogans")
    assert (variant.speaker, variant.anonymous) == ("Daniel Hoffman", False)


def test_a_quotation_led_in_by_a_clause_without_a_cue_is_no_ones(resources: NlpResources) -> None:
    text = ("Jon Barker sang on a memorial clip for his friend. A hummed refrain runs all through the track: "
            "“Wish I could see another day.”")
    assert quote_of(resources, text, "Wish I could").speaker is None


def test_two_quotations_joined_by_and_share_their_speaker(resources: NlpResources) -> None:
    text = "Dorn reportedly said, “Here comes the end” and “This is your nightmare,” after kicking the door, some said."
    quote = quote_of(resources, text, "This is your nightmare")
    assert (quote.kind, quote.speaker) == ("direct", "Dorn")


def test_a_quotation_glued_to_the_one_before_goes_on_with_its_speaker(resources: NlpResources) -> None:
    text = ("Mia Torr said a red van stopped just after the wreck. “I glanced across and hoped she would help,” "
            "Torr said. “She drew a pistol and opened fire.”“I dragged her from the seat. I thought she was "
            "asleep.”")
    assert quote_of(resources, text, "I dragged her from").speaker == "Mia Torr"


def test_a_subject_ending_inside_a_quotation_is_no_speaker(resources: NlpResources) -> None:
    text = ("A man who lives next door described the couple as kind, generous, “great people” who "
            "would often offer to mow his lawn.\n\n“I still can't take it in,” he said.")
    found = quotes_of(resources, text)
    assert all("“" not in (q.speaker or "") and "great people" not in (q.speaker or "") for q in found)


def test_a_contribution_line_is_no_speaker(resources: NlpResources) -> None:
    text = ("“Break-ins are climbing,” said Tarvo. “We are keeping a close eye on that here. Cases come "
            "in, and we usually close them with an arrest.”\n\n— With Dara Quill")
    assert quote_of(resources, text, "We are keeping").speaker == "Tarvo"


def test_a_negation_with_a_curly_apostrophe_stays_in_the_reported_words(resources: NlpResources) -> None:
    text = "He begged his boy to stay in that night, and the youth said he wouldn’t, but he must have slipped out."
    assert quote_of(resources, text, "he would").content.text == "he wouldn’t"
