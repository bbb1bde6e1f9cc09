"""Quotes read from the sentences they are written in (the alignment's token states), on texts written for these
tests: reworded quotes of two articles still form one cluster, two quotes of one sentence never link by their
vectors, and a quote's remembered decisions are keyed by where it was read."""

from __future__ import annotations

from newsprism.align import sentence_table
from newsprism.config import NlpConfig
from newsprism.model import Article, Evidence, QuoteVariant
from newsprism.nlp import Encoder, NlpResources, parse
from newsprism.quotes.clusters import REWORDED_COSINE, cluster_quotes
from newsprism.quotes.readings import read_quotes

WIRE = ("The ferry left Port Averly at dawn. Harbour master Henrik Dahl said visibility was less than 100 metres "
        "when the two vessels met.")
REWRITE = "Henrik Dahl told reporters that visibility was under 100 metres when the two ships came together."
TWO = ("Henrik Dahl said the harbour would reopen to ferries on Wednesday and that divers would inspect the hull "
       "of the ship on Thursday.")


def _table(resources: NlpResources, encoder: Encoder, texts: dict[str, str]):  # type: ignore[no-untyped-def]
    articles = [Article(id=name, source="test", format="text", text=text) for name, text in texts.items()]
    return sentence_table([p.article for p in parse(articles, resources, NlpConfig())], encoder)


def _variant(article: str, text: str, words: str) -> QuoteVariant:
    start = text.index(words)
    return QuoteVariant(kind="indirect", content=Evidence(article=article, start=start, end=start + len(words),
                                                           text=words),
                        source=None, cue=None, speaker="Henrik Dahl")


def test_reworded_quotes_read_in_their_sentences_form_one_cluster(resources: NlpResources, encoder: Encoder) -> None:
    table = _table(resources, encoder, {"wire": WIRE, "rewrite": REWRITE})
    variants = [_variant("wire", WIRE, "visibility was less than 100 metres when the two vessels met"),
                _variant("rewrite", REWRITE, "visibility was under 100 metres when the two ships came together")]
    (quote,) = cluster_quotes(variants, encoder, None, table)
    assert quote.articles == 2
    read = read_quotes(variants, encoder, table)
    assert all(key != v.content.text for key, v in zip(read.keys, variants, strict=True))  # read from sentences
    assert len(read.together) == 0


def test_two_quotes_of_one_sentence_do_not_link_by_their_vectors(resources: NlpResources, encoder: Encoder) -> None:
    table = _table(resources, encoder, {"wire": TWO})
    variants = [_variant("wire", TWO, "the harbour would reopen to ferries on Wednesday"),
                _variant("wire", TWO, "divers would inspect the hull of the ship on Thursday")]
    read = read_quotes(variants, encoder, table)
    assert read.together.tolist() == [1]  # the pair (0, 1), read from one sentence
    vectors = read.vectors
    assert float(vectors[0] @ vectors[1]) >= REWORDED_COSINE - 0.1  # their sentence makes them read alike
    assert len(cluster_quotes(variants, encoder, None, table)) == 2


def test_one_quote_text_read_in_two_sentences_has_two_keys(resources: NlpResources, encoder: Encoder) -> None:
    words = "less than 100 metres"
    table = _table(resources, encoder, {"wire": WIRE, "rewrite": f"The fog was thick. It was {words} at the pier."})
    variants = [_variant("wire", WIRE, words), _variant("rewrite", f"The fog was thick. It was {words} at the pier.",
                                                         words)]
    keys = read_quotes(variants, encoder, table).keys
    assert keys[0] != keys[1]
    assert read_quotes(variants, encoder, None).keys == [words, words]  # read alone: the text is the key
