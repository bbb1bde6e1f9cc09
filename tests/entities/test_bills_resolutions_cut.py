"""A resolution's short name cut before its number ("H. Res | . 44") is no entity (bills.resolution_cut). Sentences
written for these tests."""

from __future__ import annotations

from newsprism.entities.names import name_tokens
from newsprism.entities.not_entities import not_an_entity


def _dropped(text: str, name: str) -> bool:
    start = text.index(name)
    return not_an_entity(text, start, start + len(name), name_tokens(name))


def test_a_resolutions_name_cut_before_its_number_is_no_entity() -> None:
    text = "The chamber then took up H. Res. 44 and S. Con. Res. 9, the spending plan."
    assert _dropped(text, "H. Res")
    assert _dropped(text, "S. Con")


def test_a_name_before_a_dot_and_no_number_stays() -> None:
    assert not _dropped("The motion was signed by Con. Rep. Lumo, then by Res Kade.", "Res Kade")
