"""Names in a list before a maker's goods or shops ("the Velmora or Quintrex shots", "Harlow, Benfield and Crestway
pharmacies") are companies, whatever spaCy tags them (name_lists.listed). Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse, records

from newsprism.entities.mentions import make_mention
from newsprism.entities.name_lists import listed
from newsprism.nlp.resources import NlpResources


def _tagged(text: str, *words: str) -> list:
    return [make_mention("a", text, (text.index(w), text.index(w) + len(w)), "person", 0) for w in words]


def _cued(text: str, *words: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.cue.type if m.cue else None) for m in listed(_tagged(text, *words), text)]


def test_a_pair_before_shots_are_bodies() -> None:
    text = "Adults with two doses of the Velmora or Quintrex immunizations may get a booster."
    assert _cued(text, "Velmora", "Quintrex") == [("Velmora", "organisation"), ("Quintrex", "organisation")]


def test_an_untagged_last_partner_still_makes_a_list() -> None:
    text = "Boosters are offered at Harlow, Benfield and Crestway pharmacies this week."
    assert _cued(text, "Harlow", "Benfield") == [("Harlow", "organisation"), ("Benfield", "organisation")]


def test_people_in_a_list_before_other_nouns_are_no_bodies() -> None:
    text = "The Velmora and Quintrex families met on Sunday."
    assert "organisation" not in {cue for _, cue in _cued(text, "Velmora", "Quintrex")}


def test_the_story_reads_the_shots_makers_as_bodies(resources: NlpResources) -> None:
    index = analyse(resources, "Clinics now offer the Velmora or Quintrex shots to adults over fifty. Health officials"
                               " said supplies were steady.")
    assert ("Quintrex", "person") not in records(index, "Quintrex")
