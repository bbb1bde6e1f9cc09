"""Speakers as issue #19's eleventh fresh round showed them going wrong, in texts written for these tests: a party
word before a definite description, an officer the recogniser missed behind a title, a speaker named in her own
reported words, a 'he' after a described subject, the next sentence after a question, 'continues to rise', two
apostrophes closing a quotation, framing verbs, and the sentence that leads into a quotation."""

from __future__ import annotations

from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources


def test_a_party_word_before_the_title(resources: NlpResources) -> None:
    text = ("President Ben Ode said Friday he would not fire his adviser. Ode, in an interview, defended her. “She has "
            "the right to answer questions,” the Republican president said.")
    found = quote_of(resources, text, "She has the right")
    assert found.speaker == "Ben Ode" and not found.anonymous


def test_a_he_after_a_titled_officer_the_recogniser_missed(resources: NlpResources) -> None:
    text = ("UPDATE (4:06 p.m.)\n\nThe Lumo Beverage Control Administration suspended the license for the bar, "
            "according to spokesman Gig Robinson.\n\nORIGINAL\n\nCharleston, WV-- A shooting overnight has left one "
            "dead and three others injured according to Lt. Cooper of Charleston Police Department's Criminal "
            "Investigations Division.\n\nDetective Cooper stated that Jamaine Sutton, 32 of Dunbar, was killed "
            "inside the bar. Three others were injured and taken to CAMC General Hospital. He added that their "
            "injuries do not appear life threatening.")
    assert quote_of(resources, text, "that their injuries").speaker == "Cooper"


def test_a_she_whose_words_name_her_after_she_spoke(resources: NlpResources) -> None:
    text = ("Tampa police spokeswoman Janelle Magee said no arrest was made. Ben Ode died on Sunday. His sister, "
            "Shanetika Anthony, said he had a job. But last month he got good news, Anthony said. But when he told "
            "Anthony he was going to be a father, he broke down in tears, she said.")
    assert quote_of(resources, text, "But when he told").speaker == "Shanetika Anthony"


def test_a_he_after_a_described_subject(resources: NlpResources) -> None:
    text = ("Jacques Slade pleaded guilty in the shooting. Assistant prosecutor Fred Giggenbach said the bar was dark. "
            "Slade had faced a murder charge. The prosecutor on Thursday described a chaotic scene inside the bar, "
            "which he said might have been half the size of the courtroom.")
    assert quote_of(resources, text, "which he said").speaker == "Fred Giggenbach"


def test_a_described_subject_of_the_other_sex_is_not_the_he(resources: NlpResources) -> None:
    text = ("Ana Ruiz, the prosecutor, spoke first. Ben Ode was charged. The prosecutor on Thursday described the "
            "scene, which he said was dark.")
    assert quote_of(resources, text, "which he said").speaker != "Ana Ruiz"


def test_a_pronoun_opening_the_next_sentence_after_a_question(resources: NlpResources) -> None:
    text = ("A photo of Kelly Stacy Jr. went viral, with people asking \"whose child is this?\" He was lying on his "
            "back outside the hotel.")
    assert quote_of(resources, text, "whose child").speaker != "Kelly Stacy Jr."


def test_continues_to_rise_is_no_speech(resources: NlpResources) -> None:
    text = ("Dr. Ana Fauci said Sunday that the country is \"going in the wrong direction\" as the number of cases "
            "continues to rise. \"If you look at the curve of new cases, it is among the unvaccinated.")
    assert quote_of(resources, text, "If you look").speaker == "Ana Fauci"


def test_two_apostrophes_close_a_nickname(resources: NlpResources) -> None:
    text = ("Charleston Police said they arrested the suspect.\n\nLast weekend police identified Donnell “Pops a "
            "lot’’ Strong as a person of interest.\n\nDocuments show Strong has a long record.")
    assert all("Documents" not in q.content.text and "Strong as" not in q.content.text
               for q in quotes_of(resources, text))


def test_framing_verbs_credit_their_subject(resources: NlpResources) -> None:
    text = "Lumo accused the leader, Ben Ode, of \"fanatic recklessness.\" President Ana Park said it was bad."
    assert quote_of(resources, text, "fanatic").speaker == "Lumo"
    text = "In a speech, Ana Ruiz attacked “the hateful ideology of the gang and its oppression of women.”"
    assert quote_of(resources, text, "the hateful").speaker == "Ana Ruiz"


def test_the_sentence_before_leads_into_a_quotation(resources: NlpResources) -> None:
    text = ("\"We need to step away from that,\" Ben Ode said on the radio. On the show, Sen. Ana Ruiz, who lost "
            "the primary, identified young voters' fatigue as one of the reasons. \"The younger people are sick and "
            "tired of it.\"")
    assert quote_of(resources, text, "The younger people").speaker == "Ana Ruiz"


def test_a_party_word_is_not_another_partys_nominee(resources: NlpResources) -> None:
    text = ("Republican nominee Ben Ode spoke first. Democratic vice presidential nominee Tim Kade spoke next. The "
            "Democratic nominee said taxes must rise.")
    assert quote_of(resources, text, "taxes must rise").speaker != "Ben Ode"


def test_a_dateline_is_no_speaker(resources: NlpResources) -> None:
    text = ("WASHINGTON -- President Ruiz, opening the National Museum of Lumo History and Culture on Saturday, said "
            "it would tell an American story.")
    assert quote_of(resources, text, "it would tell").speaker == "Ruiz"


def test_a_time_is_no_speaker(resources: NlpResources) -> None:
    text = "He released a letter from his doctor Friday afternoon that says he has good health for a 63-year-old."
    assert quote_of(resources, text, "he has good health").speaker == "his doctor"


def test_a_he_after_an_unnamed_victim(resources: NlpResources) -> None:
    text = ("Police Chief Ana Ruiz said officers found Ben Ode, 30, at the scene. Ode was arrested. A 25-year-old man "
            "was shot in the leg. He said he was walking home when a car pulled up.")
    found = quote_of(resources, text, "he was walking home")
    assert found.speaker == "A 25-year-old man" and found.anonymous


def test_a_she_after_a_man_is_not_him(resources: NlpResources) -> None:
    text = "Ana Ruiz spoke at the vigil. A 25-year-old man was shot in the leg. She said the street is unsafe."
    assert quote_of(resources, text, "the street is unsafe").speaker == "Ana Ruiz"


def test_a_second_title_joined_by_and_before_the_name(resources: NlpResources) -> None:
    text = ("Actress and activist Rose Kade pushed back on critics of her interview, adding that she had to avoid the "
            "network before a calm talk with host Tammy Bruce.")
    assert quote_of(resources, text, "that she had to avoid").speaker == "Rose Kade"


def test_a_she_goes_on_with_the_speaker_not_the_one_she_spoke_of(resources: NlpResources) -> None:
    text = ("Actress and activist Rose Kade pushed back on critics of her interview, adding that she had to avoid the "
            "network before a calm talk with host Tammy Bruce. \"I did an interview that caused so much cognitive "
            "dissonance,\" she said in a video posted on Monday.")
    assert quote_of(resources, text, "I did an interview").speaker == "Rose Kade"


def test_a_she_who_was_the_subject_of_the_reported_words_stays_her(resources: NlpResources) -> None:
    text = ("According to County Coroner Bill Kade, 19-year-old Ariel Ode was shot at a block party and died later. A "
            "day before the party, the student tweeted about her fear. She tweeted “I really want to go to the block "
            "party, but I do not want to lose my life.”")
    assert quote_of(resources, text, "I really want").speaker == "Ariel Ode"
