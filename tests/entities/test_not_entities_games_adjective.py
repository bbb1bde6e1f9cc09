"""The Games' adjective alone ("her Olympic career") is no entity; a committee so named stays one (not_entities).
Sentences written for these tests."""

from __future__ import annotations

from newsprism.entities.names import name_tokens
from newsprism.entities.not_entities import not_an_entity


def _dropped(text: str, name: str) -> bool:
    start = text.index(name)
    return not_an_entity(text, start, start + len(name), name_tokens(name))


def test_the_games_adjective_alone_is_no_entity() -> None:
    assert _dropped("It was the end of her Olympic rowing days, Venrow said.", "Olympic")
    assert _dropped("He trained for a Paralympic sprint final in Lumo.", "Paralympic")


def test_a_committee_named_for_the_games_stays() -> None:
    assert not _dropped("The Lumo Olympic Committee met on Friday.", "Lumo Olympic Committee")
