"""Issue #20: reuse records only for the pairs of articles that share an aligned passage."""

from __future__ import annotations

from newsprism.align import align_story
from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse
from newsprism.reuse import relate

WIRE = ("A ferry carrying 212 passengers collided with a container ship in thick fog on Tuesday.\n\n"
        "Fourteen people were injured, three of them seriously, the coast guard said.")
OTHER = ("The city council approved next year's budget after a long debate on Monday evening.\n\n"
         "Libraries and public swimming pools will receive more money than last year.")
GARDEN = "The botanical garden opened a new greenhouse for tropical orchids on Sunday."


def test_only_pairs_sharing_a_passage_get_a_record(resources: NlpResources) -> None:
    texts = {"wire": WIRE, "reprint": WIRE, "council": OTHER, "garden": GARDEN}
    raw = [Article(id=key, source=f"{key}.txt", format="text", text=text) for key, text in texts.items()]
    alignment = align_story([p.article for p in parse(raw, resources, NlpConfig())], resources.encoder)
    records = relate(alignment)
    assert [(r.a, r.b, r.relation) for r in records] == [("wire", "reprint", "verbatim")]
    assert all(r.passages for r in records)
