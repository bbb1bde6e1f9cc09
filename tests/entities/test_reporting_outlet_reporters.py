"""A reporter named after a table outlet's possessive is a person whatever verb follows (reporting.py). Sentences
written for these tests."""

from __future__ import annotations

from newsprism.entities.reporting import reporting_cue


def _cue(text: str, name: str) -> str | None:
    start = text.index(name)
    return reporting_cue(text, start, start + len(name), tuple(name.casefold().split()))


def test_a_reporter_after_an_outlets_possessive_is_a_person() -> None:
    assert _cue("CNN's Dalia Venrow adds that the crowd left early.", "Dalia Venrow") == "person"
    assert _cue("Speaking to reporters, Fox News' Tomas Kelby asked about the fence.", "Tomas Kelby") == "person"


def test_a_name_after_a_non_outlets_possessive_gets_no_reporters_cue() -> None:
    assert _cue("Lumaria's Dalia Venrow adds that the crowd left early.", "Dalia Venrow") is None
    assert _cue("CNN's Lumo Desk opens a new page.", "Lumo Desk") is None


def test_a_reporter_with_an_unlisted_given_name_is_a_person_when_a_speaking_verb_follows() -> None:
    assert _cue("CNN’s Tarn Velloway adds to the picture of the night.", "Tarn Velloway") == "person"
    assert _cue("CNN's New Dawn airs at six.", "New Dawn") is None
