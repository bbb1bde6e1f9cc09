"""A capitalised common noun opening a person's name is cut off (common_openings.common_opening through
find._untitled) when the story writes the word in lower case too or writes the person's name without it; a given
name the census lists lack ("Johanny") stays. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.find import _untitled
from newsprism.entities.mentions import make_mention
from newsprism.nlp.resources import NlpResources


def test_a_role_the_story_writes_in_lower_case_is_cut_off(resources: NlpResources) -> None:
    index = analyse(resources, "Landlord Ana Vell owns the building on Kade Street. Vell said the repairs were done "
                               "in May. Tenants say the landlord ignored them.")
    people = [(e.name, sorted(m.text for m in e.mentions)) for e in index.entities if e.type == "person"]
    assert people == [("Ana Vell", ["Ana Vell", "Vell"])]


def test_a_word_before_a_full_name_the_story_writes_alone_is_cut_off() -> None:
    first = "Lumania Dario Menck quit on Tuesday."
    second = "Dario Menck said the policy was wrong."
    tagged = [[make_mention("a", first, (0, 19), "person", 0)], [make_mention("b", second, (0, 11), "person", 0)]]
    cut = _untitled(tagged, [first, second])[0][0]
    assert (cut.text, cut.label) == ("Dario Menck", "person")


def test_a_given_name_the_census_lacks_stays_in_the_name() -> None:
    text = "Johanny Rosario Pichardo was charged on Monday. The suspect was held without bail."
    kept = _untitled([[make_mention("a", text, (0, 24), "person", 0)]], [text])[0][0]
    assert kept.text == "Johanny Rosario Pichardo"


def test_a_body_the_common_word_opens_stays_whole() -> None:
    text = "Memorial Ana Vell Park opened in May. The memorial drew crowds."
    kept = _untitled([[make_mention("a", text, (0, 22), "place", 0)]], [text])[0][0]
    assert (kept.text, kept.label) == ("Memorial Ana Vell Park", "place")


def test_a_town_before_a_one_word_name_tagged_a_person_stays() -> None:
    first = "The senator wrote in the Dunmore Herald-Post on Monday."
    second = "Herald-Post readers wrote back."
    start = first.index("Dunmore")
    tagged = [[make_mention("a", first, (start, start + 19), "organisation", 0)],
              [make_mention("b", second, (0, 11), "person", 0)]]
    kept = _untitled(tagged, [first, second])[0][0]
    assert kept.text == "Dunmore Herald-Post"


def test_a_title_after_the_stays_whole() -> None:
    first = "In 2009 a film, The Notorious Dalia Venrow, opened in Lumo."
    second = "Dalia Venrow never saw it."
    start = first.index("Notorious")
    tagged = [[make_mention("a", first, (start, start + 22), "organisation", 0)],
              [make_mention("b", second, (0, 12), "person", 0)]]
    assert _untitled(tagged, [first, second])[0][0].text == "Notorious Dalia Venrow"


def test_a_body_ending_in_a_plural_body_word_stays_whole() -> None:
    text = "Ask the Regional Marine Kade Services office, a regional body, for a permit."
    start = text.index("Regional")
    kept = _untitled([[make_mention("a", text, (start, start + 29), "organisation", 0)]], [text])[0][0]
    assert kept.text == "Regional Marine Kade Services"
