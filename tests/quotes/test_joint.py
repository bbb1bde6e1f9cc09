"""quotes/joint.py: a joint subject ('X and Y said'): the last two of a list, a name after the verb, the second
name as written where its entity goes on past it. Texts written for these tests."""

from __future__ import annotations

from newsprism.model import Entity, Evidence, QuoteVariant
from newsprism.quotes.joint import joint_speaker


def _evidence(text: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence(article="a", start=start, end=start + len(words), text=words)


def _person(text: str, name: str) -> Entity:
    return Entity(id=f"person:{name}", name=name, type="person", mentions=[_evidence(text, name)], articles=1)


def _said(text: str, speaker: str, content: str) -> QuoteVariant:
    """An indirect quotation of ``content`` in ``text``, cued by 'said', its source ``speaker``."""
    return QuoteVariant(kind="indirect", content=_evidence(text, content), source=_evidence(text, speaker),
                        cue=_evidence(text, "said"), speaker=speaker)


def test_the_last_two_of_a_list_are_no_joint_subject() -> None:
    text = "Former mayors Ada Lee, Ana Ruiz and Ben Ode said the plan would fail."
    ruiz, ode = _person(text, "Ana Ruiz"), _person(text, "Ben Ode")
    variant = _said(text, "Ana Ruiz", "the plan would fail")
    assert joint_speaker(variant, ruiz, [ruiz, ode], {"a": text}) is None
    unlisted = text.replace("Ada Lee, ", "")
    variant = _said(unlisted, "Ana Ruiz", "the plan would fail")
    ruiz, ode = _person(unlisted, "Ana Ruiz"), _person(unlisted, "Ben Ode")
    assert joint_speaker(variant, ruiz, [ruiz, ode], {"a": unlisted}) == "Ana Ruiz and Ben Ode"


def test_a_name_after_the_verb_is_no_second_speaker() -> None:
    text = "Ana Ruiz and her brother said Ben Ode had left the town."
    ruiz, ode = _person(text, "Ana Ruiz"), _person(text, "Ben Ode")
    variant = _said(text, "Ana Ruiz", "Ben Ode had left the town")
    assert joint_speaker(variant, ruiz, [ruiz, ode], {"a": text}) is None


def test_the_second_name_as_written_where_its_entity_goes_on_past_it() -> None:
    text = "Ben Ode and Ana Ode said they would part."
    ben = _person(text, "Ben Ode")
    merged = Entity(id="person:ana-ode-foundation", name="Ana Ode Foundation", type="person",
                    mentions=[_evidence(text, "Ana Ode")], articles=1)
    variant = _said(text, "Ben Ode", "they would part")
    assert joint_speaker(variant, ben, [ben, merged], {"a": text}) == "Ben Ode and Ana Ode"
