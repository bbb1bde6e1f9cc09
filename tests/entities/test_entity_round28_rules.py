"""Entities as issue #19's twenty-eighth round found them wrong on real stories, on sentences written for these
tests: a leader's "border emergency" read as a country's border, and "to show" read as a show's name, each cue
strong enough to keep the leader's surname out of the leader's record."""

from __future__ import annotations

from entity_texts import analyse, cue_of

from newsprism.entities.evidence import CUE_WEIGHT
from newsprism.nlp.resources import NlpResources


def test_a_leaders_border_policy_is_a_weak_place_cue() -> None:
    found = cue_of("Senators voted to end Varlo's border emergency on Friday.", "Varlo")
    assert found is not None and found.type == "place" and found.weight < CUE_WEIGHT


def test_a_countrys_borders_stay_a_strong_place_cue() -> None:
    for text in ("Troops massed along Lumaria's border with its neighbour.", "Lumaria's borders were shut."):
        found = cue_of(text, "Lumaria")
        assert found is not None and found.type == "place" and found.weight >= CUE_WEIGHT, text


def test_show_after_to_is_a_verb_not_a_work() -> None:
    found = cue_of("The clip claims to show Varlo is unwell.", "Varlo")
    assert found is None or found.type != "work"


def test_the_show_before_a_name_is_still_a_work() -> None:
    found = cue_of("She starred in the show Lumo Nights for a decade.", "Lumo Nights")
    assert found is not None and found.type == "work"


def test_a_leaders_surname_before_border_emergency_is_the_leader(resources: NlpResources) -> None:
    index = analyse(resources,
                     "President Orin Varlo signed the order on Monday. Varlo said the wall would be finished soon.",
                     "Democrats filed a resolution to revoke Varlo's border emergency this week.")
    found = [e for e in index.entities if any(m.text == "Orin Varlo" for m in e.mentions)]
    assert len(found) == 1 and found[0].type == "person"
    assert sum(m.text == "Varlo" for m in found[0].mentions) == 2
