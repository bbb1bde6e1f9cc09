"""What a number counts: measures, subjects and the numbers that are no figure (sentences written for the test)."""

from __future__ import annotations

from newsprism.figures.measures import read_claims
from newsprism.figures.numbers import read_numbers


def claims(text: str) -> list[tuple[str, str | None, float, str]]:
    return [(c.measure, c.subject, c.number.value, c.number.qualifier) for c in read_claims(text)]


def test_dead_and_injured_in_one_sentence_are_two_measures() -> None:
    assert claims("At least 40 people were killed and 75 injured in the blast.") == [
        ("killed", None, 40.0, "at least"), ("injured", None, 75.0, "exact")]


def test_verb_before_the_number() -> None:
    assert claims("The gunman opened fire, killing six people and wounding nine others.") == [
        ("killed", None, 6.0, "exact"), ("injured", None, 9.0, "exact")]
    assert claims("The death toll rose to 212 on Sunday.") == [("killed", None, 212.0, "exact")]


def test_a_venue_and_a_group_are_subjects_of_their_own() -> None:
    assert claims("Some 31 people died at the Lantern Theatre.") == [
        ("killed", "at the Lantern Theatre", 31.0, "about")]
    assert claims("Two police officers were wounded.") == [("injured", "police officers", 2.0, "exact")]


def test_a_part_of_a_count_is_no_figure() -> None:
    assert claims("Nineteen people died, including 11 at the depot.") == [("killed", None, 19.0, "exact")]
    assert claims("Seven were hurt, two of them seriously.") == [("injured", None, 7.0, "exact")]


def test_passengers_and_people_on_board_differ() -> None:
    assert claims("The ferry carried 310 passengers and crew.") == [("people on board", None, 310.0, "exact")]
    assert claims("The ferry carried 290 passengers.") == [("passengers", None, 290.0, "exact")]


def test_seats_belong_to_the_party_or_the_coalition_named() -> None:
    assert claims("The Blue Party won 88 seats, while the Green League took 41 seats.") == [
        ("seats", "The Blue Party", 88.0, "exact"), ("seats", "Green League", 41.0, "exact")]
    found = claims("The Blue Party and the Green League together have 129 seats.")
    assert found == [("seats", "The Blue Party and Green League", 129.0, "exact")]


def test_one_victim_and_none() -> None:
    assert claims("A 33-year-old woman was shot and killed on Quill Lane.") == [("killed", None, 1.0, "exact")]
    assert claims("No one was injured, police said.") == [("injured", None, 0.0, "exact")]
    assert claims("Officers said no injuries were reported.") == [("injured", None, 0.0, "exact")]


def test_the_shooter_is_not_the_victim() -> None:
    assert claims("A 15-year-old boy shot his cousin in the leg.") == [("shot", None, 1.0, "exact")]


def test_ages_times_and_magnitudes() -> None:
    assert claims("A 7.2-magnitude quake was followed by a magnitude 5.9 aftershock at 3 p.m.") == [
        ("magnitude", None, 7.2, "exact"), ("magnitude", "aftershock", 5.9, "exact")]
    assert claims("The 52-year-old lives at 40 Fenmoor Lane with his 3 dogs.") == []


def test_numbers_in_words_with_qualifiers() -> None:
    read = [(n.value, n.qualifier, n.written) for n in read_numbers("nearly three hundred, more than 1.5 million")]
    assert read == [(300.0, "about", "nearly three hundred"), (1.5e6, "at least", "more than 1.5 million")]


def test_figures_of_an_earlier_event_have_a_subject_of_their_own() -> None:
    assert claims("It was the worst crash since 2009, when 52 people were killed.") == [
        ("killed", "(earlier event, 2009)", 52.0, "exact")]
    assert claims("A similar blast last year injured 14 people.") == [("injured", "(earlier event)", 14.0, "exact")]


def test_a_day_of_the_month_and_a_threshold_are_no_counts() -> None:
    assert claims("He named 10 of the hijackers of the Sept. 11 attackers' cell.") == []
    assert claims("The country passed the mark of 300,000 deaths on Monday.") == [
        ("killed", None, 300000.0, "at least")]


def test_a_count_with_the_attacker_in_it_is_a_measure_of_its_own() -> None:
    assert claims("Five people died, including the gunman, police said.") == [
        ("killed", "including the attacker", 5.0, "exact")]


def test_group_nouns_and_a_clause_between_count_and_verb() -> None:
    assert claims("Three partygoers were hurt.") == [("injured", None, 3.0, "exact")]
    assert claims("Two patrons were hit by bullets.") == [("shot", None, 2.0, "exact")]
    assert claims("Four people, including a 9-year-old, were shot near the park.") == [("shot", None, 4.0, "exact")]
    assert claims("Someone opened fire on three men in the lot.") == []  # fired on, not all hit (residue 2 read)
    assert claims("Two more victims arrived at a clinic with gunshot wounds.") == [("injured", None, 2.0, "exact")]


def test_the_dead_among_a_count_of_wounded_make_it_a_count_of_the_shot() -> None:
    assert claims("Troopers found five people wounded, two of them dead already.") == [("shot", None, 5.0, "exact")]


def test_figures_of_other_shootings_in_a_roundup_are_not_the_story_s() -> None:
    assert claims("Nine people were wounded in four shootings across the county.") == [
        ("injured", "(other shootings)", 9.0, "exact")]
    assert claims("In a separate shooting, two men were wounded.") == [
        ("injured", "(other shootings)", 2.0, "exact")]


def test_the_shooter_s_own_death_is_a_figure_of_its_own() -> None:
    assert claims("He shot his landlord, then turned the gun on himself.")[-1] == (
        "killed", "the shooter", 1.0, "exact")
    assert ("killed", "the shooter", 1.0, "exact") not in claims(
        "The man turned the gun on himself and is in critical condition.")
    assert ("killed", "the shooter", 1.0, "exact") not in claims("The teen fatally shot himself with his rifle.")
    assert ("killed", "the shooter", 1.0, "exact") not in claims(
        "A girl of 3 had surgery on Tuesday after she shot herself in the thigh with a pistol.")
    assert ("killed", "the shooter", 1.0, "exact") in claims("He shot his wife before shooting himself in the chest.")


def test_a_house_number_after_a_measure_word_is_no_count() -> None:
    assert claims("Deputies responded to a shooting 4417 Quill Mill Rd. on Sunday.") == []


def test_a_clause_naming_some_of_the_counted_in_dashes_brackets_or_up_to_the_verb() -> None:
    assert claims("Five people -- including a toddler -- were hurt in the crossfire.") == [
        ("injured", None, 5.0, "exact")]
    assert claims("Three people (including a coach) were shot near the field.") == [("shot", None, 3.0, "exact")]
    assert claims("Deputies said 6 people including a 20-year-old woman were wounded at the lake.") == [
        ("injured", None, 6.0, "exact")]


def test_left_wounded_a_multiple_shooting_and_a_double_negative() -> None:
    assert claims("Three men were left wounded after the gunfire.") == [("injured", None, 3.0, "exact")]
    assert claims("One man died in a triple shooting on Brisk Street.")[-1] == ("shot", None, 3.0, "exact")
    assert claims('"He never hurt nobody," his aunt said.') == []


def test_a_trip_to_a_hospital_counts_the_injured() -> None:
    assert claims("At least 11 fans were taken to area hospitals once the gunfire stopped.") == [
        ("injured", "fans", 11.0, "at least")]
    assert claims("The gunfire left one teen dead and three others in hospital beds.") == [
        ("killed", None, 1.0, "exact"), ("injured", None, 3.0, "exact")]
    assert claims("A drive-by shooting on Friday sent five people to a hospital.") == [
        ("injured", None, 5.0, "exact")]
    assert claims("The storm sent two trucks to the hospital lot.") == []


def test_a_count_taken_to_a_hospital_where_one_died_is_of_the_people_shot() -> None:
    assert claims("Two men were driven to a hospital, where one of them later died.") == [("shot", None, 2.0, "exact")]


def test_hitting_a_count_of_people_is_a_count_of_the_shot() -> None:
    assert claims("The gunman fired from a van, hitting three victims on the porch.") == [
        ("shot", None, 3.0, "exact")]


def test_a_zero_of_the_badly_hurt_is_no_zero() -> None:
    assert claims("None were seriously injured.") == []
    assert claims("Officers said there were no serious injuries.") == []
    assert claims("None were injured.") == [("injured", None, 0.0, "exact")]


def test_a_station_s_number_before_a_clause_counts_nobody() -> None:
    assert claims("The aunt told WXYZ 7 that her nephew was shot and killed on Sunday.") == [
        ("killed", None, 1.0, "exact")]



def test_a_trip_to_a_hospital_is_read_after_a_count_only_and_ages_are_no_count() -> None:
    assert claims("The boy got rushed to a hospital after the shot.") == []
    assert not [c for c in claims("Two women ages 31 and 44 were taken to a hospital.") if c[2] in (31.0, 44.0)]
