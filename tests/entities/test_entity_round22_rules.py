"""Entities as issue #19's twenty-first round's honest reading (seed 77) found them wrong on a real story, on
sentences written for these tests: a name typed a person although a kind noun of an organisation right before or
after it says what it is ("the software vendor X", "the X cybercrime gang")."""

from __future__ import annotations

import pytest

from newsprism.entities.mentions import make_mention
from newsprism.model import EntityType


def cue_of(text: str, name: str, label: EntityType = "person") -> str | None:
    start = text.index(name)
    mention = make_mention("a1", text, (start, start + len(name)), label, 0)
    return None if mention.cue is None else mention.cue.type


@pytest.mark.parametrize("text", [
    "Hackers struck the software vendor Trelvo last week.",
    "The ransomware group Trelvo asked for a large payment.",
    "Officers raided a drug cartel Trelvo ran from the coast.",
    "Investors left the Dutch payments firm Trelvo on Monday.",
])
def test_a_kind_noun_before_a_name_makes_it_a_body(text: str) -> None:
    assert cue_of(text, "Trelvo") == "organisation"


@pytest.mark.parametrize("text", [
    "A note appeared on a site run by the Trelvo cybercrime gang, researchers said.",
    "A note appeared on a site run by the Kade-backed Trelvo cybercrime gang, researchers said.",
    "Police said the Trelvo gang had stolen the cars.",
    "Shares of the Trelvo firm rose.",
])
def test_a_kind_noun_after_a_name_makes_it_a_body(text: str) -> None:
    assert cue_of(text, "Trelvo") == "organisation"


@pytest.mark.parametrize("text", [
    "The game developer Ana Vane spoke first.",
    "The mail carrier Ana Vane found the parcel.",
    "Staff at the party Ana Vane leads were told to wait.",
    "The Ana Vane daily briefing was moved.",
    "A group of friends met Ana Vane at noon.",
])
def test_a_person_beside_other_nouns_keeps_no_body_cue(text: str) -> None:
    assert cue_of(text, "Ana Vane") != "organisation"
