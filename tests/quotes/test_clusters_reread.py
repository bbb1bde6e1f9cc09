"""The quote clusters keep the quotes' vectors, not their readings (issue #20: the readings' token states of a big
story's distinct quotes were most of the stage's peak): the vectors and the readings read again when a pair is
scored are read_parts' own, for quotes read from their sentences and for quotes encoded on their own alike."""

from __future__ import annotations

import numpy as np

from newsprism.align import sentence_table
from newsprism.config import NlpConfig
from newsprism.model import Article, Evidence, QuoteVariant
from newsprism.nlp import Encoder, NlpResources, parse
from newsprism.nlp.pooling import SentenceStates, read_parts
from newsprism.quotes import readings
from newsprism.quotes.readings import part_requests, read_quotes

WIRE = ("The ferry left Port Averly at dawn. Harbour master Henrik Dahl said visibility was less than 100 metres "
        "when the two vessels met. He added that the divers would inspect the hull on Thursday.")
REWRITE = "Henrik Dahl told reporters that visibility was under 100 metres when the two ships came together."


def _variant(article: str, text: str, words: str) -> QuoteVariant:
    start = text.index(words)
    return QuoteVariant(kind="indirect", content=Evidence(article=article, start=start, end=start + len(words),
                                                           text=words), source=None, cue=None, speaker="Henrik Dahl")


def test_vectors_and_readings_are_read_parts_own(resources: NlpResources, encoder: Encoder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(readings, "READ_CHUNK", 2)  # several chunks, one of them holding a quote read alone
    articles = [Article(id="wire", source="test", format="text", text=WIRE),
                Article(id="rewrite", source="test", format="text", text=REWRITE)]
    table = sentence_table([p.article for p in parse(articles, resources, NlpConfig())], encoder)
    variants = [_variant("wire", WIRE, "visibility was less than 100 metres when the two vessels met"),
                _variant("rewrite", REWRITE, "visibility was under 100 metres when the two ships came together"),
                _variant("wire", WIRE, "the divers would inspect the hull on Thursday"),
                # offsets into no sentence of the table: encoded on its own
                QuoteVariant(kind="direct", content=Evidence(article="elsewhere", start=0, end=20,
                                                             text="a quote read nowhere"), source=None, cue=None,
                             speaker="Henrik Dahl"),
                _variant("rewrite", REWRITE, "Henrik Dahl told reporters")]
    read = read_quotes(variants, encoder, table)
    expected = read_parts(SentenceStates.of(table), part_requests(variants), encoder)
    assert read.vectors.dtype == expected.vectors.dtype
    assert np.array_equal(read.vectors, expected.vectors)
    assert list(read.alone) == [3]
    again = read.texts([4, 0, 3, 2, 1])
    for got, want in zip(again, [expected.texts[k] for k in (4, 0, 3, 2, 1)], strict=True):
        assert (got.text, got.pieces) == (want.text, want.pieces)
        assert np.array_equal(got.states, want.states)
