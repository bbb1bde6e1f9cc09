"""Counts `figures.measures.read_claims` reads in a sentence, shaped like the dev residue pages read
(issue #18): lists of people with their ages, passive verbs, shots fired, numbered victims and suspects, conditions
at a hospital, parts of a group, wounds counted, a headline's present tense, and counts that belong to other
shootings. Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from figure_claims import claims

from newsprism.figures.another_event import OTHER_SHOOTINGS


def test_guests_are_people_counted() -> None:
    assert claims("Eleven guests were wounded when the gunfire began.") == [("injured", None, 11.0)]


def test_one_person_before_a_plural_verb_is_no_count() -> None:
    found = claims("Three brothers driving back from a visit to a neighbor were shot, one fatally, late on Sunday.")
    assert ("shot", None, 1.0) not in found
    assert ("killed", None, 1.0) in found


def test_he_and_a_friend_stay_two() -> None:
    assert claims("He and a friend were wounded on the porch.") == [("injured", None, 2.0)]


def test_a_list_before_a_singular_verb_is_no_count() -> None:
    found = claims("Her son, Ray Otero, who adored his uncle and aunt, was shot and killed on Friday.")
    assert not [c for c in found if c[2] == 2.0]


@pytest.mark.parametrize(("text", "measure", "value"), [
    ("Two men were shot 15 minutes apart on Orchard Row.", "shot", 2.0),
    ("Four people were wounded three blocks from the school.", "injured", 4.0),
    ("A man was shot 4 times in the parking lot.", "shot", 1.0),
])
def test_a_number_after_a_passive_verb_is_no_object(text: str, measure: str, value: float) -> None:
    assert (measure, None, value) in claims(text)


def test_a_boy_who_shot_his_brother_is_still_active() -> None:
    assert claims("A boy shot his brother by accident.") == [("shot", None, 1.0)]


def test_fatally_injuring_counts_the_dead() -> None:
    assert claims("The rifle went off, fatally injuring the man who was loading it.") == [("killed", None, 1.0)]


@pytest.mark.parametrize(("text", "tally"), [
    ("Two girls and a man were shot in Fenwick, among at least 9 people shot in Marlow since Sunday night.", 9.0),
    ("It came during a bloody weekend in Marlow that saw 14 residents wounded by gunfire over a period of 60 hours.",
     14.0),
])
def test_a_running_tally_is_other_shootings(text: str, tally: float) -> None:
    found = claims(text)
    assert [c for c in found if c[2] == tally and OTHER_SHOOTINGS in (c[1] or "")]
    assert not [c for c in found if c[2] == tally and c[1] is None]


@pytest.mark.parametrize("text", [
    "Two men were shot since Tuesday's quarrel, deputies said.",
    "Three men died in a deadly weekend shooting in Fenwick.",
])
def test_no_tally(text: str) -> None:
    assert all(c[1] is None for c in claims(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("A third man died from his wounds hours after the gunfire near the depot in Fenwick.", ("killed", None, 3.0)),
    ("A second woman was killed, officers said late on Monday.", ("killed", None, 2.0)),
])
def test_a_numbered_dead_person_counts_the_dead(text: str, expected: tuple[str, None, float]) -> None:
    assert claims(text) == [expected]


def test_the_second_victim_told_of_is_no_count_of_the_dead() -> None:
    assert ("killed", None, 2.0) not in claims("The second victim died at a clinic in Fenwick.")


@pytest.mark.parametrize("text", [
    "Deputies heard a bang and then saw a man fire another shot toward the lot.",
    "Somebody fired one shot at the parked van, a witness said.",
])
def test_shots_fired_count_no_one(text: str) -> None:
    assert claims(text) == []


def test_hitting_the_two_counts_two() -> None:
    assert claims("Officers believe a man in a gray van fired from the curb, hitting the two.") == [
        ("shot", None, 2.0)]


def test_no_other_injuries_is_no_zero_of_the_injured() -> None:
    assert claims("One man was hurt in the hand while no other injuries were reported.") == [("injured", None, 1.0)]
    assert claims("No injuries were reported.") == [("injured", None, 0.0)]


@pytest.mark.parametrize("text", [
    "He is charged with trying to kill 2 troopers during the pursuit.",
    "Prosecutors say he attempted to kill three officers.",
])
def test_an_attempt_to_kill_counts_no_dead(text: str) -> None:
    assert not [c for c in claims(text) if c[0] == "killed"]


def test_a_bare_gunshot_wound_count_is_of_the_people_hit() -> None:
    assert claims("Officers learned two men had suffered gunshot wounds in the torso.") == [("shot", None, 2.0)]
    assert claims("Two others suffered gunshot wounds.") == [("injured", None, 2.0)]
    assert claims("Three teens suffered non-life-threatening gunshot wounds.") == [("injured", None, 3.0)]


@pytest.mark.parametrize("text", ["One shot is fired through a closet door.", "One shot rang out in the alley.",
                                  "A single shot hit the window."])
def test_a_shot_fired_is_no_person(text: str) -> None:
    assert not claims(text)


def test_a_count_listed_with_its_ages_joins_the_next_person() -> None:
    assert claims("Two boys, ages 4 and 7, and their father were found dead in the house.")[0] == ("killed", None, 3.0)


def test_a_count_first_reported_and_corrected_is_kept_apart() -> None:
    assert claims("Police originally said that seven people were wounded.") == [("injured", "(earlier report)", 7.0)]
    assert claims("Officers said early reports showed one man was shot in the wrist.") == [("shot", None, 1.0)]


def test_a_headline_s_present_tense_shoots_counts_the_people_shot() -> None:
    assert claims("Police: Man shoots 3 neighbours, killing 1, then himself")[:2] == [("shot", None, 3.0),
                                                                                    ("killed", None, 1.0)]


def test_a_parents_children_are_no_count() -> None:
    assert claims("Father of 4 killed at barbecue shooting") == []
    assert claims("Four killed at barbecue shooting") == [("killed", None, 4.0)]


def test_shots_fired_some_or_other_times_are_no_count() -> None:
    assert claims("The gunman began shooting eight or nine times.") == []
    assert claims("The gunman began shooting eight people.") == [("shot", None, 8.0)]


def test_a_count_in_a_hospital_condition_is_of_the_injured() -> None:
    assert claims("All four victims remain in stable condition.") == [("injured", None, 4.0)]
    assert claims("Two patrons were in critical condition Sunday.") == [("injured", None, 2.0)]
    assert claims("The patron is in critical condition.") == []  # one person: the parse reads him


def test_ages_between_a_count_and_its_verb() -> None:
    assert claims("Four boys between ages 11 and 15 were hurt on Monday.") == [("injured", None, 4.0)]
    assert claims("Two men, ages 21 and 26, were hurt on Monday.") == [("injured", None, 2.0)]


def test_a_headlines_present_tense_wounds() -> None:
    assert claims("Lumoville Shooting Wounds 4 Boys") == [("injured", None, 4.0)]
    assert claims("He suffered gunshot wounds to his leg.") == []


def test_a_sentence_following_recent_attacks_counts_another_event() -> None:
    assert claims("The shooting follows recent attacks in Lumoville, where five officers died.") == [
        ("killed", "officers (earlier event)", 5.0)]
    assert claims("Five officers died in the attack.") == [("killed", "officers", 5.0)]


def test_what_ties_the_counted_people_to_the_event() -> None:
    assert claims("Two more men linked to the shooting arrived at Lumo General with gunshot wounds.") == [
        ("injured", None, 2.0)]


def test_a_number_word_is_no_adjective_of_the_counted_noun() -> None:
    assert claims("KLMO 11 News Two brothers, ages 9 and 14, were shot on Sunday.") == [("shot", None, 2.0)]


def test_a_condition_joined_to_others_is_counted_once() -> None:
    assert claims("Two patrons were in critical condition, and three other people were hurt.") == [
        ("injured", None, 5.0)]


def test_the_rest_of_a_group_in_a_condition_is_a_part() -> None:
    assert claims("The remaining four were in stable condition.") == []
    assert claims("One man died and the other two were wounded.") == [("killed", None, 1.0), ("injured", None, 2.0)]


def test_other_shootings_in_separate_attacks_are_a_roundup() -> None:
    assert claims("In other shootings on Friday, two teens got wounded in separate Lumo attacks.") == [
        ("injured", "(other shootings)", 2.0)]


def test_a_count_after_a_possessive_is_the_count() -> None:
    assert ("killed", None, 2.0) in claims("A Lumo man killed his two sons on Friday before turning the gun on "
                                           "himself.")
    assert ("killed", None, 3.0) in claims("Police said she fatally shot her 3 children.")
    assert ("killed", None, 1.0) not in claims("Police said she fatally shot her 3 children.")


def test_an_age_after_a_possessive_is_no_count() -> None:
    assert claims("A mother shot her 4-year-old boy on the landing.") == [("shot", None, 1.0)]


def test_shot_and_carried_off_is_a_count_of_the_people_shot() -> None:
    assert claims("Three others were shot as well and left in critical condition.") == [("shot", None, 3.0)]
    assert claims("Two men were shot and rushed to the clinic.") == [("shot", None, 2.0)]
    assert ("shot", None, 1.0) not in claims("A man shot and robbed a clerk on Main Street.")


def test_shootings_across_a_named_city_are_a_roundup() -> None:
    assert claims("Nine other people were hurt in shootings across Lumoville on Friday.") == [
        ("injured", "(other shootings)", 9.0)]
    assert claims("Nine people were wounded in Friday's shooting.") == [("injured", None, 9.0)]


def test_wounds_of_all_of_a_group_are_the_people_shot() -> None:
    assert claims("All three victims suffered gunshot wounds.") == [("shot", None, 3.0)]
    assert claims("Three victims suffered minor gunshot wounds.") == [("injured", None, 3.0)]


def test_a_headline_in_the_present_tense_counts_the_people_hit() -> None:
    assert claims("Farmer cleans rifle, hits his three nephews") == [("shot", None, 3.0)]
    assert claims("The storm hits three towns") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said four men between the ages of 19 and 47 were shot.", [("shot", None, 4.0)]),
    ("Ben Ode, 31 was hit in the thumb and Tim Kade, 27 was hit in the heel.", []),
    ("A girl younger than 10 was shot near the school.", []),
    ("The two men shot at them from a car before driving off.", []),
    ("Witnesses said one shot was heard before the car sped off.", []),
    ("Detectives said a 44-year-old man suffered a fatal gunshot wound.", [("killed", None, 1.0)]),
])
def test_ages_shots_fired_and_fatal_wounds(text: str, expected: list[tuple[str, str | None, float]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two women shot, a third wounded by flying glass in Lumo", [("shot", None, 3.0)]),
    ("A man and two women were driven to hospitals, and a fourth victim went to one on his own.", 4.0),
])
def test_a_numbered_victim_counts_the_people_hit(text: str, expected: object) -> None:
    found = claims(text)
    if isinstance(expected, list):
        assert found == expected
    else:
        assert ("shot", None, expected) in found


def test_a_numbered_suspect_is_no_victim() -> None:
    assert ("shot", None, 3.0) not in claims("Police said a third man was arrested on Tuesday.")


def test_a_numbered_victim_alone_is_left_to_the_victims_described() -> None:
    assert claims("The third victim drove to a clinic and should recover.") == []


def test_others_shot_beside_the_dead_are_the_injured() -> None:
    assert claims("The fight ended in gunfire, leaving one dead and 7 others shot.") == [
        ("killed", None, 1.0), ("injured", None, 7.0)]
    assert ("shot", None, 2.0) in claims("One man died and two others were shot, one fatally.")
