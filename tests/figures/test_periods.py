"""A count of one day or one week is a measure of its own, never the whole toll (issue #18, round 17). Invented
texts."""

from __future__ import annotations

from newsprism.conflicts.body_counts import window
from newsprism.figures.measures import read_claims
from newsprism.values import quantities


def _read(text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.number.value) for c in read_claims(text)]


def test_a_count_of_one_day_is_its_own_measure() -> None:
    assert _read("The country reported 3,100 deaths on Monday, the most recorded in a single day since spring.") == [
        ("killed in one day", 3100.0)]
    assert _read("In the past 24 hours, 61 people died in the province.") == [("killed in one day", 61.0)]
    assert _read("The province reported 88 deaths, the highest daily toll since May 2.") == [
        ("killed in one day", 88.0)]


def test_the_whole_toll_beside_a_one_day_count_stays_the_toll() -> None:
    assert _read("Officials counted 2,900 deaths in the past 24 hours, bringing the toll to 412,000.") == [
        ("killed in one day", 2900.0), ("killed", 412000.0)]
    # the one-day count is a part after 'including' (no figure); its period words are still not the toll's
    assert _read("Officials counted 412,000 deaths in all, including 2,900 in the past 24 hours.") == [
        ("killed", 412000.0)]


def test_a_weekday_or_last_week_alone_is_no_period() -> None:
    assert _read("Five people were killed on Tuesday in the shooting at the mall.") == [("killed", 5.0)]
    assert _read("A gunman who killed three people last week was arrested.") == [("killed", 3.0)]


def test_a_one_week_count_is_its_own_measure() -> None:
    assert _read("Storms killed 14 people in the past week across the valley.") == [("killed in one week", 14.0)]


def test_body_counts_of_one_day_and_of_no_span_never_meet() -> None:
    day = "Crews towed 40 boats out of the harbour in a single day."
    whole = "Crews towed 65 boats out of the harbour."
    assert window(day, quantities(day)[0]) != window(whole, quantities(whole)[0])


def test_a_count_above_any_previous_day_is_of_one_day_not_another_event() -> None:
    assert _read("Officials logged 180,000 new cases and 2,870 deaths, both higher than on any previous day.") == [
        ("killed in one day", 2870.0)]
    assert [c.subject for c in read_claims("The previous attack killed 4 people.")] == ["(earlier event)"]


def test_a_disease_between_the_count_and_deaths() -> None:
    assert _read("The nation reported 3,100 Covid-19 deaths on Monday, the most reported in a single day.") == [
        ("killed in one day", 3100.0)]
    assert _read("There were at least 3,200 COVID-19 deaths, a tracker showed.") == [("killed", 3200.0)]


def test_a_paper_named_daily_is_no_period() -> None:
    assert _read("Four teens were injured in the park, the Lumo Daily News reported.") == [("injured", 4.0)]
