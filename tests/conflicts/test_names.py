"""conflicts/names.py: a title alone names no one (sentences written for these tests)."""

from __future__ import annotations

from conflict_sentences import sentence

from newsprism.conflicts.names import people, title_alone


def test_a_title_alone_is_no_rival_of_a_name() -> None:
    assert title_alone("Sgt.") and title_alone("Dr") and not title_alone("Earley")
    a = sentence("He tried to help her, said Sgt.", PERSON="Sgt")
    b = sentence("He tried to help her, said Earley.", PERSON="Earley")
    assert list(people(a, b, None)) == []
    c = sentence("He tried to help her, said Okafor.", PERSON="Okafor")
    assert [d.kind for d in people(c, b, None)] == ["person"]
