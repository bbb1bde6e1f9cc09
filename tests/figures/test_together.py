"""Counts written in parts joined by 'and', 'another', and readings that outrank others (sentences written for the
test)."""

from __future__ import annotations

from newsprism.figures.measures import read_claims


def claims(text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.number.value) for c in read_claims(text)]


def test_a_person_and_others_are_counted_together() -> None:
    assert claims("A 9-year-old remained in serious condition after she and two others were shot at a park.") == [
        ("shot", 3.0)]
    assert claims("Marla Voss, 31, and four other people were wounded near the depot.") == [("injured", 5.0)]
    assert claims("A 4-year-old boy and three adults were hurt in the crossfire.") == [("injured", 4.0)]


def test_others_after_a_clause_with_its_own_measure_are_only_the_others() -> None:
    assert claims("A guard was killed and four others were wounded.") == [("killed", 1.0), ("injured", 4.0)]
    assert claims("Police said two people died and two others were hurt.") == [("killed", 2.0), ("injured", 2.0)]


def test_counts_of_people_joined_by_and_are_added() -> None:
    assert claims("The gunfire left two men and four women injured on Pell Street.") == [("injured", 6.0)]
    assert claims("He opened fire, wounding three boys and a girl.") == [("injured", 4.0)]
    assert claims("He opened fire, wounding three boys and two cars.") == [("injured", 3.0)]


def test_a_day_before_and_is_no_person() -> None:
    assert claims("The bar reopened on Monday and two people were shot outside it.") == [("shot", 2.0)]


def test_left_alone_is_no_death() -> None:
    assert claims("The argument left two men and a woman wounded.") == [("injured", 3.0)]


def test_another_counts_one() -> None:
    assert claims("He is accused of killing two men and wounding another outside a diner.") == [
        ("killed", 2.0), ("injured", 1.0)]


def test_deaths_before_the_number_outrank_shot_after_it() -> None:
    assert claims("Detectives are looking into the deaths of three people who were found shot in a flat.") == [
        ("killed", 3.0)]


def test_a_month_and_year_date_another_event() -> None:
    found = read_claims("March 1994: Six people killed at a Dunmore warehouse.")
    assert [(c.measure, (c.subject or "").endswith("(earlier event, 1994)")) for c in found] == [("killed", True)]


def test_a_count_after_the_measure_is_not_added() -> None:
    assert claims("One teen boy is dead and four more people are hurt.") == [("killed", 1.0), ("injured", 4.0)]
    assert claims("Two cousins were killed and four more people wounded.") == [("killed", 2.0), ("injured", 4.0)]


def test_people_in_a_condition_and_the_others_are_added() -> None:
    assert claims("Three women were in serious condition and two others were hurt, police said.") == [
        ("injured", 5.0)]
    assert claims("One man is in stable condition, four others injured after the fight.") == [("injured", 5.0)]


def test_a_possessive_person_and_a_count_after_are_added() -> None:
    assert claims("Deputies said the man fatally shot his wife and three children at the farm.") == [("killed", 4.0)]
    assert claims("The gunman killed two men and three young women at the bar.") == [("killed", 5.0)]


def test_people_listed_one_by_one_and_along_with_others_are_counted() -> None:
    assert claims("A man, woman and 9-year-old girl were shot outside the store on Sunday.") == [("shot", 3.0)]
    assert claims("A 30-year-old mother, a 23-year-old man and his cousin were wounded at the park.") == [
        ("injured", 3.0)]
    assert claims("Terrell Vance, 19, was shot along with two others near the gym.") == [("shot", 3.0)]
    assert claims("Dorian Pike, 17, was shot along with a 14-year-old girl and a 40-year-old man on Quill Lane.") == [
        ("shot", 3.0)]
    assert claims("Nadia Roe was wounded along with her brother, deputies said.") == [("injured", 2.0)]
    assert claims("A man and a woman were arrested after the chase.") == [("arrested", 2.0)]
