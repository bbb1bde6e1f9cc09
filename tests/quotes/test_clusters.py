"""Quote clusters across articles, on quotes written for these tests."""

from __future__ import annotations

from typing import Literal

import pytest

from newsprism.model import Evidence, QuoteVariant
from newsprism.quotes.clusters import cluster_quotes

Kind = Literal["direct", "partial", "indirect"]


def variant(article: str, words: str, speaker: str | None, entity: str | None = None,
            kind: Kind = "direct") -> QuoteVariant:
    """A quote as the extractor gives it; the article's text is the quote itself, so offsets slice back."""
    return QuoteVariant(kind=kind, content=Evidence(article=article, start=0, end=len(words), text=words),
                        source=None, cue=None, speaker=speaker, entity=entity)


DAHL = "Visibility was less than 100 metres when the two vessels met"
DAHL_REWORDED = "Visibility was under 100 metres when the two ships came together"
VARGA = "Our first duty is to the families, and we will find out what went wrong"
PASSENGER = "There was no horn, nothing, and then people were sliding across the deck"


@pytest.mark.parametrize(("a", "b", "together"), [
    pytest.param(variant("wire", DAHL, "Henrik Dahl"), variant("copy", DAHL, "Henrik Dahl"), True, id="copied"),
    pytest.param(variant("wire", DAHL, "Henrik Dahl"), variant("copy", "less than 100 metres", "Dahl", kind="partial"),
                 True, id="trimmed"),
    pytest.param(variant("wire", DAHL, "Henrik Dahl"), variant("rewrite", DAHL_REWORDED, "Henrik Dahl"), True,
                 id="reworded"),
    pytest.param(variant("wire", DAHL, "Henrik Dahl"), variant("other", VARGA, "Elena Varga"), False,
                 id="different-quotes"),
    pytest.param(variant("wire", VARGA, "Elena Varga"), variant("radio", PASSENGER, None), False,
                 id="different-quotes-unknown-speaker"),
    pytest.param(variant("wire", DAHL, "Henrik Dahl", "person:henrik-dahl"),
                 variant("rewrite", DAHL_REWORDED, "Elena Varga", "person:elena-varga"), False,
                 id="reworded-but-another-speaker"),
    pytest.param(variant("wire", "the two vessels met in fog", "Dahl"), variant("other", "it was", "Dahl"), False,
                 id="stop-word-fragment"),
])
def test_variants_of_one_statement_form_one_cluster(encoder, a: QuoteVariant, b: QuoteVariant,
                                                    together: bool) -> None:
    clusters = cluster_quotes([a, b], encoder)
    assert len(clusters) == (1 if together else 2)
    assert sorted(v.content.article for c in clusters for v in c.variants) == sorted([a.content.article,
                                                                                      b.content.article])


def test_a_copied_quote_credited_to_two_people_is_flagged(encoder) -> None:
    (quote,) = cluster_quotes([variant("wire", VARGA, "Elena Varga", "person:elena-varga"),
                               variant("copy", VARGA, "Tomas Varga", "person:tomas-varga")], encoder)
    assert quote.speakers_differ
    assert quote.articles == 2


def test_the_cluster_takes_the_longest_direct_wording_and_the_speaker_most_variants_name(encoder) -> None:
    (quote,) = cluster_quotes([variant("a", "less than 100 metres", "Henrik Dahl", "person:henrik-dahl", "partial"),
                               variant("b", DAHL, "Henrik Dahl", "person:henrik-dahl"),
                               variant("c", DAHL, "he"),
                               variant("d", DAHL, "Henrik Dahl", "person:henrik-dahl")], encoder)
    assert quote.text == DAHL and quote.kind == "direct"
    assert (quote.speaker, quote.entity) == ("Henrik Dahl", "person:henrik-dahl")
    assert not quote.speakers_differ  # "he" names no one
    assert quote.articles == 4


def test_clusters_carried_by_more_articles_come_first(encoder) -> None:
    clusters = cluster_quotes([variant("a", PASSENGER, "Tomas Varga"), variant("a", DAHL, "Henrik Dahl"),
                               variant("b", DAHL, "Henrik Dahl"), variant("c", DAHL, "Henrik Dahl")], encoder)
    assert [c.articles for c in clusters] == [3, 1]
    assert clusters[0].text == DAHL


def test_indirect_speech_joins_the_quote_it_reports(encoder) -> None:
    clusters = cluster_quotes([variant("wire", DAHL, "Henrik Dahl"),
                               variant("radio", "visibility was less than 100 metres when the vessels met",
                                       "Henrik Dahl", kind="indirect")], encoder)
    assert len(clusters) == 1 and clusters[0].kind == "direct"


def test_no_variants_no_clusters(encoder) -> None:
    assert cluster_quotes([], encoder) == []


@pytest.mark.parametrize("other", ["a spokeswoman", "officials", "The ministry", "he", None])
def test_a_description_or_pronoun_names_no_other_speaker(encoder, other: str | None) -> None:
    (quote,) = cluster_quotes([variant("wire", VARGA, "a hospital spokeswoman"), variant("copy", VARGA, other)],
                              encoder)
    assert not quote.speakers_differ
