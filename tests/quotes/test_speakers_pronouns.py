"""Speakers (quotes/speakers.py, end to end) a pronoun stands for: 'he', 'she', 'they' and 'it' after titled,
described, named or plural subjects, and the one of the other sex who is not the pronoun's. Texts written for these
tests."""

from __future__ import annotations

from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources


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


def test_a_he_after_an_unnamed_victim(resources: NlpResources) -> None:
    text = ("Police Chief Ana Ruiz said officers found Ben Ode, 30, at the scene. Ode was detained. A 25-year-old man "
            "was wounded in the foot. He said he was walking home when a car pulled up.")
    found = quote_of(resources, text, "he was walking home")
    assert found.speaker == "A 25-year-old man" and found.anonymous


def test_a_she_after_a_man_is_not_him(resources: NlpResources) -> None:
    text = "Ana Ruiz spoke at the vigil. A 25-year-old man was wounded in the foot. She said the street is unsafe."
    assert quote_of(resources, text, "the street is unsafe").speaker == "Ana Ruiz"


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


def test_quotations_of_one_pronoun_have_one_speaker(resources: NlpResources) -> None:
    text = ("Ines Marlo said she had left the shop before noon, while her niece, young Dora, waited outside with a "
            "friend.\n\n“I was not gone long,” she said. “The street was empty when I came out.”")
    found = quotes_of(resources, text)
    assert {q.speaker for q in found if q.kind == "direct"} == {"Ines Marlo"}


def test_a_he_after_a_description_in_his_sentence(resources: NlpResources) -> None:
    text = ("Portvale police chief Rolan Teague said the chase ended near the mill.\n\n"
            "Nobody was hurt at the scene, according to the county.\n\n"
            "Wenna Corr said she found the trooper on the curb. She brought the trooper some water and asked him "
            "whether he could stand, she said, and he answered that he was “only a bit dizzy.”")
    assert quote_of(resources, text, "that he was").speaker == "the trooper"
    station = ("Governor Ada Pell toured the harbour on Monday. A local radio station aired a long talk with the "
               "harbour's director, where he said the cranes would be replaced by spring.")
    assert quote_of(resources, station, "the cranes").speaker == "the harbour's director"


def test_a_he_whose_sentence_has_a_named_subject_stays_with_the_subject(resources: NlpResources) -> None:
    text = ("Rolan Teague met the trooper on Monday, and he said the road would stay closed until the bridge is "
            "checked.")
    assert quote_of(resources, text, "the road would").speaker == "Rolan Teague"


def test_a_they_after_a_plural_subject_in_the_sentence_before(resources: NlpResources) -> None:
    text = ("Pell Varrow died on Tuesday. Members of the Varrow family, including his aunt and his grandfather, "
            "described him as a patient and funny boy. They said he had just learned to ride a bicycle.")
    found = quote_of(resources, text, "he had just learned")
    assert found.speaker == "Members of the Varrow family" and found.anonymous


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


def test_an_it_opening_a_sentence_is_the_body_the_sentence_before_has_as_subject(resources: NlpResources) -> None:
    text = ("The Kade campaign put up posters of Lumo firefighters last week.\n\n"
            "The Lumo Fire Department wrote to the campaign on Thursday. It says the posters were used without its "
            "consent.")
    assert "Lumo Fire Department" in str(quote_of(resources, text, "the posters were used").speaker)


def test_a_they_after_but_opens_its_sentence(resources: NlpResources) -> None:
    text = ("Senate aides described the talks on the harbour bill as friendly. But they stressed that the funding "
            "question was still open.")
    assert quote_of(resources, text, "that the funding question").speaker == "Senate aides"


def test_an_it_is_the_body_the_sentence_before_has_as_subject(resources: NlpResources) -> None:
    text = ("A draft review of the city budget confirms a large surplus, the Lumo Herald first reported Thursday. The "
            "county confirmed the finding on its website but did not release the full text of the review. Instead, it "
            "slammed the review as being \"full of mistakes and wild guesses\" about the budget.")
    assert quote_of(resources, text, "full of mistakes").speaker == "The county"


def test_she_never_stands_for_someone(resources: NlpResources) -> None:
    text = ("His aunt, Lora Mendez, said the party was next to her shop.\n\nLater, someone came in the shop and said "
            "Carl had been shot.\n\n“We live in cruel times,” she said.")
    assert quote_of(resources, text, "We live in cruel times").speaker == "Lora Mendez"


def test_a_person_called_she_is_no_later_he(resources: NlpResources) -> None:
    text = ("Rosa Kade returned on Tuesday for her van and her pal Sparky. The 41-year-old came with her "
            "son. She said people dropped their bags and ran.\n\n“This is so sad,” she said.\n\nFor Jon Barker, "
            "he lost a cousin and a best friend.\n\n“We were side by side every day,” he said of Sparky.")
    assert quote_of(resources, text, "We were side by side").speaker == "Jon Barker"
    assert quote_of(resources, text, "This is so sad").speaker == "Rosa Kade"


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


def test_they_after_a_plural_subject_in_its_sentence(resources: NlpResources) -> None:
    text = ("A man reported that he had been shot. Investigators are still piecing together the motive for the "
            "attack, but they said they doubt it was a random act.")
    found = quote_of(resources, text, "they doubt it")
    assert found.speaker == "Investigators" and found.anonymous
