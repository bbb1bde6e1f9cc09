"""Issue #20: an entity record's mentions are the evidence a validated record gives, field for field and in their
given fields, each without a set of given fields of its own (a one-event story's mentions grow with its articles)."""

from __future__ import annotations

import tracemalloc

from newsprism.entities.mentions import make_mention
from newsprism.entities.records import build_entity
from newsprism.model import Evidence

TEXT = "Mayor Ilse Varkonen opened the Tarnby ferry pier. Varkonen said the pier cost less than planned."
"""An invented article: one person named twice."""


def _mentions(count: int) -> list:
    first, second = TEXT.index("Ilse Varkonen"), TEXT.index("Varkonen said")
    return [make_mention(f"a{n}", TEXT, span, "person", 0)
            for n in range(count) for span in ((first, first + 13), (second, second + 8))]


def test_the_mentions_evidence_equals_validated_records() -> None:
    entity = build_entity(_mentions(2))
    validated = [Evidence(article=m.article, start=m.start, end=m.end, text=m.text)
                 for m in sorted(_mentions(2), key=lambda m: (m.article, m.start))]
    assert entity.mentions == validated
    assert [m.model_fields_set for m in entity.mentions] == [m.model_fields_set for m in validated]
    assert entity.model_dump_json() == entity.model_copy(update={"mentions": validated}).model_dump_json()


def test_a_mentions_evidence_takes_under_400_bytes() -> None:
    mentions = _mentions(2_000)
    tracemalloc.start()
    entity = build_entity(mentions)
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(entity.mentions) == 4_000
    assert held / len(entity.mentions) < 400  # a validated record with its own set of given fields: about 510
