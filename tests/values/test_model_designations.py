"""A model designation ('AK-47', 'AK 47', 'F-16') is what a count counts, and its digits are no figure."""

from __future__ import annotations

from newsprism.values import quantities


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.written, q.value, q.dimension) for q in quantities(text)]


def test_a_model_is_what_is_counted_however_it_is_written() -> None:
    assert _read("Commandos seized seven AK-47 assault rifles and 13 magazines.") == [
        ("seven AK-47 assault rifles", 7.0, "count:ak47"), ("13 magazines", 13.0, "count:magazine")]
    assert _read("They recovered 12 AK 47 guns.") == [("12 AK 47 guns", 12.0, "count:ak47")]
    assert _read("The arms included seven AK-47s.") == [("seven AK-47s", 7.0, "count:ak47")]
    assert _read("Two F-16 jets were lost.") == [("Two F-16 jets", 2.0, "count:f16")]


def test_a_models_digits_are_no_count() -> None:
    assert _read("Police found an AK 47 rifles cache.") == []
    assert _read("The COVID-19 deaths rose.") == []


def test_a_places_abbreviation_keeps_its_figure() -> None:
    assert _read("The US 5 percent rule stays.") == [("5 percent", 5.0, "percent")]


def test_a_figure_in_a_models_name_counts_no_model() -> None:
    assert _read("Regulators grounded all Boeing 737 MAX 8 jets.") == []
    assert _read("The 737 Max 8 planes were grounded.") == [("8 planes", 8.0, "count:plane")]
