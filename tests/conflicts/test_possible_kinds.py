"""The kinds a pair of sentences could dispute (conflicts/possible.py, issue #20): never fewer than
compare.disagreements finds, none for restatements of the same values, and the aligned check that skips the other
pairs finds the same conflicts on a fixed invented one-event story as when it reads every pair (texts written for
this test)."""

from __future__ import annotations

from itertools import permutations
from typing import Any

import pytest
from conflict_sentences import sentence
from pipeline_input import conflict_input_of

from newsprism.conflicts import ConflictInput, aligned, find_conflicts
from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.possible import KINDS, could_dispute, slots
from newsprism.ingest import RawArticle
from newsprism.model import Sentence

SENTENCES = [
    sentence("The ferry left Orrin Quay at 6:25 a.m. on Tuesday with 212 passengers.", GPE="Orrin Quay"),
    sentence("The ferry left Orrin Quay at 7:10 a.m. on Monday with 240 passengers.", GPE="Orrin Quay"),
    sentence("With 212 passengers aboard, the ferry left Orrin Quay on Tuesday.", GPE="Orrin Quay"),
    sentence("The ferry left Belmark at 6:25 a.m. on Tuesday.", GPE="Belmark"),
    sentence("Captain Ilse Varga said the crew had not seen the rocks.", PERSON="Ilse Varga"),
    sentence("Captain Tomas Reel said the crew had seen the rocks.", PERSON="Tomas Reel"),
    sentence("Varga said the crew had not seen the rocks.", PERSON="Varga"),
    sentence("The inquiry into the grounding opened in March 2021 in Belmark.", GPE="Belmark"),
    sentence("The inquiry into the grounding opened in May 2021 in Belmark.", GPE="Belmark"),
    sentence("The inquiry into the grounding opened in Orrin Quay.", GPE="Orrin Quay"),
    sentence("The ferry docked in Orrin Quay on Tuesday night.", GPE="Orrin Quay"),
    sentence("The ferry docked in Belmark on Tuesday night.", GPE="Belmark"),
    sentence("Rescuers pulled 14 people from the water, the coast guard said."),
    sentence("Fourteen people were pulled from the water by rescuers."),
    sentence("The operator was the third largest on the coast."),
    sentence("The operator was the fifth-largest on the coast."),
    sentence("The operator did not pay the fine."),
    sentence("The operator paid the fine."),
    sentence("The crew had not seen the rocks, Varga said.", PERSON="Varga"),
    sentence("Captain Tomas Reel said the crew had not seen the rocks."),
    sentence("Fares on the route rose 12 percent last year."),
    sentence("Fares on the route rose 15 percent last year."),
]
"""Invented pairs of every kind of disagreement, and restatements of the same values."""

RESTATED = [(0, 2), (2, 0), (6, 18), (18, 6), (12, 13), (13, 12)]
"""Pairs of :data:`SENTENCES` that state the same values in other words: no kind is open."""


def _open(a: Sentence, b: Sentence) -> set[str]:
    x, y = slots(a), slots(b)
    return {kind for kind in KINDS if could_dispute(kind, x, y)}


def test_every_kind_found_is_a_possible_kind() -> None:
    found_kinds = set()
    for a, b in permutations(SENTENCES, 2):
        found = {d.kind for d in disagreements(a, b)}
        found_kinds |= found
        assert found <= _open(a, b), (a.text, b.text)
    assert found_kinds == set(KINDS)  # the sentences exercise every kind


@pytest.mark.parametrize("pair", RESTATED)
def test_restated_values_leave_no_kind_open(pair: tuple[int, int]) -> None:
    a, b = (SENTENCES[i] for i in pair)
    assert not disagreements(a, b)
    assert _open(a, b) == set()


def test_a_name_missed_by_ner_in_the_same_words_is_a_possible_person() -> None:
    tagged, untagged = SENTENCES[4], SENTENCES[19]
    assert [d.kind for d in disagreements(tagged, untagged)] == ["person"]
    assert "person" in _open(tagged, untagged)
    assert "person" not in _open(tagged, sentence("The rocks were not seen by the crew, officials said."))


def test_one_name_both_write_is_no_rival_place() -> None:
    a = sentence("Crews worked in Belmark through the night.", GPE="Belmark")
    b = sentence("In Belmark crews worked through the night.", GPE="Belmark")
    assert "place" not in _open(a, b)
    assert "place" in _open(a, sentence("Crews worked in Ostra through the night.", GPE="Ostra"))


BASE = (
    "The ferry Northern Gull ran aground near Orrin Quay on Tuesday with 212 passengers aboard, the coast guard said. "
    "Captain Ilse Varga said the crew had not seen the rocks before the impact. "
    "Rescuers pulled 14 people from the water in Orrin Quay and took them to hospital. "
    "The operator, the third largest on the coast, did not pay the fine it was given in March 2021. "
    "Fares on the route rose 12 percent last year, the operator said. "
    "An inquiry will open in Belmark next week, the ministry said.")
REWRITE = (
    "The ferry Northern Gull ran aground near Orrin Quay on Monday with 240 passengers aboard, the coast guard said. "
    "Captain Tomas Reel said the crew had seen the rocks before the impact. "
    "Rescuers pulled 16 people from the water in Dunmore and took them to hospital. "
    "The operator, the fifth largest on the coast, paid the fine it was given in May 2021. "
    "Fares on the route rose 15 percent last year, the operator said. "
    "An inquiry will open in Belmark next week, the ministry said.")
RETOLD = (
    "With 212 passengers aboard, the Northern Gull struck rocks near Orrin Quay on Tuesday. "
    "Varga told reporters the crew had not seen the rocks. "
    "Fourteen people were pulled from the water and taken to hospital, rescuers said.")


def _story() -> list[RawArticle]:
    texts = [("base", BASE, "Coast Wire"), ("reprint-1", BASE, "Daily One"), ("reprint-2", BASE, "Daily Two"),
             ("rewrite", REWRITE, "The Herald"), ("rewrite-copy", REWRITE, "Herald Weekly"),
             ("retold", RETOLD, "The Observer")]
    return [RawArticle(id=i, source=i, format="json", text=text, outlet=outlet, published="2024-05-14T09:00:00")
            for i, text, outlet in texts]


@pytest.fixture(scope="module")
def story_input(resources: Any) -> ConflictInput:
    return conflict_input_of(_story(), resources)


def test_the_story_gives_the_conflicts_of_reading_every_pair(story_input: ConflictInput,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []

    def counted(kind: str, a: Any, b: Any) -> bool:
        asked.append(could_dispute(kind, a, b))
        return asked[-1]

    monkeypatch.setattr(aligned, "could_dispute", counted)
    pruned = [c.model_dump() for c in find_conflicts(story_input)]
    assert False in asked  # some pairs were left unread
    monkeypatch.setattr(aligned, "could_dispute", lambda kind, a, b: True)
    every = [c.model_dump() for c in find_conflicts(story_input)]
    assert pruned == every
    assert {"number", "date"} <= {c["kind"] for c in every}
    assert any(c["kind"] == "number" and "percent" in c["about"] for c in every)
