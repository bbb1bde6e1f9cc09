"""quotes/story_index.py: the joint-subject, apposition and titled-holder rules read each entity's mentions once per
story, not once per variant (issue #20: attribute_speakers grew faster than the story), with the same answers.
Texts written for these tests."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from newsprism.model import Entity, Evidence, QuoteVariant
from newsprism.quotes.apposed import apposed_holder
from newsprism.quotes.joint import joint_speaker
from newsprism.quotes.story_holders import story_holder

NAMES = ["Ana Ruiz", "Ben Ode", "Cleo Marr", "Dov Kest", "Eda Lunn", "Finn Roe", "Gia Tarr", "Hal Venn"]


class _Counted:
    """An entity whose every read of its mention list is written down (``reads``: its id, once a read)."""

    def __init__(self, entity: Entity, reads: list[str]) -> None:
        self._entity, self._reads = entity, reads

    def __getattr__(self, name: str) -> Any:
        if name == "mentions":
            self._reads.append(self._entity.id)
        return getattr(self._entity, name)


def _span(text: str, words: str, at: int = 0) -> Evidence:
    start = text.index(words, at)
    return Evidence(article="a", start=start, end=start + len(words), text=words)


def _entity(text: str, name: str, kind: str = "person") -> Entity:
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append(_span(text, name, at))
        at = text.find(name, at + 1)
    return Entity(id=f"{kind}:{name}", name=name, type=kind, mentions=spans, articles=1)  # type: ignore[arg-type]


def _said(text: str, speaker: str, content: str, anonymous: bool = False) -> QuoteVariant:
    """The variant of ``content``, its source the ``speaker`` that opens the sentence holding it."""
    source = _span(text, speaker, text.rfind(". ", 0, text.index(content)) + 1)
    return QuoteVariant(kind="indirect", content=_span(text, content), source=source,
                        cue=_span(text, "said", source.start), speaker=speaker, anonymous=anonymous)


def test_joint_subjects_read_each_entity_once_for_the_story() -> None:
    text = " ".join(f"{a} and {b} said the ferry would run on pier {i}." for i, (a, b) in
                    enumerate(pairwise(NAMES)))
    reads: list[str] = []
    entities = [_Counted(_entity(text, name), reads) for name in NAMES]
    texts = {"a": text}
    found = [joint_speaker(_said(text, a, f"the ferry would run on pier {i}"), entities[i], entities, texts)  # type: ignore[arg-type]
             for i, a in enumerate(NAMES[:-1])]
    assert found == [f"{a} and {b}" for a, b in pairwise(NAMES)]
    others = [read for read in reads if read not in {"person:" + NAMES[0]}]
    assert len(others) <= 2 * len(NAMES)  # the index's one read, and each variant's own entity


def test_a_description_is_read_across_the_story_once() -> None:
    text = (" ".join(f"{n} met the council on day {i}." for i, n in enumerate(NAMES)) +
            " House Speaker Ana Ruiz opened the session. Vexo, a drugmaker based in Lumo, sent a note." +
            " ".join(f" The House speaker said the hall would close at {h}." for h in range(6)) +
            " ".join(f" The Lumo-based drugmaker said the plant would hire {h} cooks." for h in range(6)))
    reads: list[str] = []
    entities = [_Counted(_entity(text, n), reads) for n in NAMES] + [_Counted(_entity(text, "Vexo", "organisation"),
                                                                              reads)]
    texts = {"a": text}
    speaker = [story_holder(_said(text, "The House speaker", f"the hall would close at {h}", True),
                            entities, texts) for h in range(6)]  # type: ignore[arg-type]
    body = [apposed_holder(_said(text, "The Lumo-based drugmaker", f"the plant would hire {h} cooks", True),
                           entities, texts) for h in range(6)]  # type: ignore[arg-type]
    assert [e.name if e else None for e in speaker + body] == ["Ana Ruiz"] * 6 + ["Vexo"] * 6
    assert len(reads) <= 4 * len(entities)  # the index's read, one per rule, and the holder's own-article checks
