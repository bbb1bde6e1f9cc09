"""Speakers as issue #19's eleventh fresh round showed them going wrong, in texts written for these tests: a party
word before a definite description, an officer the recogniser missed behind a title, a speaker named in her own
reported words, a 'he' after a described subject, the next sentence after a question, 'continues to rise', two
apostrophes closing a quotation, framing verbs, and the sentence that leads into a quotation."""

from __future__ import annotations

from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources


def test_a_party_word_before_the_title(resources: NlpResources) -> None:
    text = ("President Ben Ode said Friday he would keep his chief of staff. Ode, in an interview, defended her. “She "
            "has the right to answer questions,” the Republican president said.")
    found = quote_of(resources, text, "She has the right")
    assert found.speaker == "Ben Ode" and not found.anonymous


def test_a_he_after_a_titled_officer_the_recogniser_missed(resources: NlpResources) -> None:
    text = ("UPDATE (5:12 p.m.)\n\nThe Lumo Liquor Board took away the tavern's licence, its spokesman Tim Kade "
            "said.\n\nORIGINAL\n\nPortvale, WV-- One man died and three people are hurt after a tavern shooting "
            "late Friday, according to Lt. Harlan of the Portvale Police Department's Major Crimes Unit.\n\n"
            "Detective Harlan stated that Ben Ode, 32, of Kestrel Hill, died inside the tavern. The three wounded were "
            "taken to Lumo General Hospital, where they are stable. He added that their injuries are not "
            "thought to be serious.")
    assert quote_of(resources, text, "that their injuries").speaker == "Harlan"


def test_a_she_whose_words_name_her_after_she_spoke(resources: NlpResources) -> None:
    text = ("Portvale police spokeswoman Ana Lee said no one was in custody. Ben Ode died on Sunday. His sister, "
            "Rosa Kade, said he had just found work. Then in May he had big news, Kade said. When he told Kade he "
            "would soon have a baby, he cried, she said.")
    assert quote_of(resources, text, "When he told").speaker == "Rosa Kade"


def test_a_he_after_a_described_subject(resources: NlpResources) -> None:
    text = ("Tom Lumo admitted the shooting in court. Assistant prosecutor Dan Ferrow said the tavern was crowded. "
            "Lumo had been charged with murder. On Thursday the prosecutor described a packed room in the tavern, "
            "which he said was smaller than the courtroom.")
    assert quote_of(resources, text, "which he said").speaker == "Dan Ferrow"


def test_a_described_subject_of_the_other_sex_is_not_the_he(resources: NlpResources) -> None:
    text = ("Ana Ruiz, the prosecutor, spoke first. Ben Ode was charged. The prosecutor on Thursday described the "
            "scene, which he said was dark.")
    assert quote_of(resources, text, "which he said").speaker != "Ana Ruiz"


def test_a_pronoun_opening_the_next_sentence_after_a_question(resources: NlpResources) -> None:
    text = ("A picture of Ben Kade Jr. spread online, with people asking \"who is this boy?\" He lay asleep on a "
            "bench outside the motel.")
    assert quote_of(resources, text, "who is this boy").speaker != "Ben Kade Jr."


def test_continues_to_rise_is_no_speech(resources: NlpResources) -> None:
    text = ("Dr. Ana Moreau said Sunday that the region is \"heading the wrong way\" as the number of cases "
            "continues to rise. \"If you look at who is in the wards, it is the unvaccinated.")
    assert quote_of(resources, text, "If you look").speaker == "Ana Moreau"


def test_two_apostrophes_close_a_nickname(resources: NlpResources) -> None:
    text = ("Portvale police said they had a man in custody.\n\nOn Saturday police named Tomas “Big "
            "Wheel’’ Kade as a person of interest.\n\nCourt records show Kade has a long record.")
    assert all("Court records" not in q.content.text and "Kade as" not in q.content.text
               for q in quotes_of(resources, text))


def test_framing_verbs_credit_their_subject(resources: NlpResources) -> None:
    text = "Lumo accused the leader, Ben Ode, of \"fanatic recklessness.\" President Ana Park said it was bad."
    assert quote_of(resources, text, "fanatic").speaker == "Lumo"
    text = "In a speech, Ana Ruiz attacked “the hateful ideology of the gang and its oppression of women.”"
    assert quote_of(resources, text, "the hateful").speaker == "Ana Ruiz"


def test_the_sentence_before_leads_into_a_quotation(resources: NlpResources) -> None:
    text = ("\"We have to move past that,\" Ben Ode said on the radio. On the show, Sen. Ana Ruiz, who lost "
            "the primary, identified young voters' fatigue as one of the reasons. \"The younger people are sick and "
            "tired of it.\"")
    assert quote_of(resources, text, "The younger people").speaker == "Ana Ruiz"


def test_a_party_word_is_not_another_partys_nominee(resources: NlpResources) -> None:
    text = ("Republican nominee Ben Ode spoke first. Democratic vice presidential nominee Tim Kade spoke next. The "
            "Democratic nominee said taxes must rise.")
    assert quote_of(resources, text, "taxes must rise").speaker != "Ben Ode"


def test_a_dateline_is_no_speaker(resources: NlpResources) -> None:
    text = ("WASHINGTON -- President Ruiz, opening the Lumo Harbour Museum on Saturday, said it would show the city's "
            "long past.")
    assert quote_of(resources, text, "it would show").speaker == "Ruiz"


def test_a_time_is_no_speaker(resources: NlpResources) -> None:
    text = "He put out a note from his doctor Monday morning that says he is fit for a man of 58."
    assert quote_of(resources, text, "he is fit").speaker == "his doctor"


def test_a_he_after_an_unnamed_victim(resources: NlpResources) -> None:
    text = ("Police Chief Ana Ruiz said officers found Ben Ode, 30, at the scene. Ode was detained. A 25-year-old man "
            "was wounded in the foot. He said he was walking home when a car pulled up.")
    found = quote_of(resources, text, "he was walking home")
    assert found.speaker == "A 25-year-old man" and found.anonymous


def test_a_she_after_a_man_is_not_him(resources: NlpResources) -> None:
    text = "Ana Ruiz spoke at the vigil. A 25-year-old man was wounded in the foot. She said the street is unsafe."
    assert quote_of(resources, text, "the street is unsafe").speaker == "Ana Ruiz"


def test_a_second_title_joined_by_and_before_the_name(resources: NlpResources) -> None:
    text = ("Singer and activist Rose Kade hit back at critics of her interview, adding that she had to skip the "
            "network before a calm talk with host Mia Torr.")
    assert quote_of(resources, text, "that she had to skip").speaker == "Rose Kade"


def test_a_she_goes_on_with_the_speaker_not_the_one_she_spoke_of(resources: NlpResources) -> None:
    text = ("Singer and activist Rose Kade hit back at critics of her interview, adding that she had to skip the "
            "network before a calm talk with host Mia Torr. \"I gave an interview that upset a lot of people,\" she "
            "said in a video posted on Monday.")
    assert quote_of(resources, text, "I gave an interview").speaker == "Rose Kade"


def test_a_she_who_was_the_subject_of_the_reported_words_stays_her(resources: NlpResources) -> None:
    text = ("According to County Coroner Bill Kade, 19-year-old Nina Ode was shot at a street fair and died later. A "
            "day before the fair, the student wrote online about her fear. She tweeted “I so want to go to the fair, "
            "but I am scared something bad will happen.”")
    assert quote_of(resources, text, "I so want").speaker == "Nina Ode"
