"""Sentence alignment: self-alignment, identical articles, an empty article, splits, symmetry."""

from __future__ import annotations

import pytest

from newsprism.align import StoryAlignment, align_story
from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse

WIRE = (
    "A ferry carrying 212 passengers collided with a container ship in thick fog on Tuesday.\n\n"
    "Fourteen people were injured, three of them seriously, the coast guard said.\n\n"
    "The harbour will stay closed to passenger traffic until noon on Wednesday, the port authority said.\n\n"
    "Investigators from the maritime accident board arrived at the port in the afternoon."
)
SPLIT = (
    "A ferry with 212 passengers on board hit a container ship in thick fog on Tuesday.\n\n"
    "Fourteen people were hurt. Three of them were seriously injured, according to the coast guard.\n\n"
    "Passenger traffic in the harbour is suspended until noon on Wednesday, the port authority said."
)
OTHER = (
    "The city council approved next year's budget after a long debate on Monday evening.\n\n"
    "Libraries and public swimming pools will receive more money than last year."
)


def _articles(resources: NlpResources, *texts: str) -> list[Article]:
    raw = [Article(id=f"a{i}", source=f"a{i}.txt", format="text", text=t) for i, t in enumerate(texts)]
    return [p.article for p in parse(raw, resources, NlpConfig())]


def _pairs(alignment: StoryAlignment) -> set[tuple[str, str, str, str]]:
    table = alignment.table
    return {tuple(sorted([(table.evidence(link.a).article, table.evidence(link.a).text),  # type: ignore[misc]
                          (table.evidence(link.b).article, table.evidence(link.b).text)])) for link in alignment.links}


def test_two_identical_articles_align_sentence_for_sentence(resources: NlpResources) -> None:
    articles = _articles(resources, WIRE, WIRE)
    alignment = align_story(articles, resources.encoder)
    assert len(alignment.links) == len(articles[0].sentences)
    assert all(link.verbatim for link in alignment.links)


def test_an_article_aligned_with_itself_links_each_sentence_to_itself(resources: NlpResources) -> None:
    (article,) = _articles(resources, WIRE)
    copy = article.model_copy(update={"id": "self"})
    alignment = align_story([article, copy], resources.encoder)
    table = alignment.table
    assert {(table.sentences[link.a].start, table.sentences[link.b].start) for link in alignment.links} == \
        {(s.start, s.start) for s in article.sentences}


def test_an_empty_article_aligns_with_nothing(resources: NlpResources) -> None:
    articles = [*_articles(resources, WIRE), Article(id="empty", source="e.txt", format="text", text="")]
    assert align_story(articles, resources.encoder).links == []


def test_unrelated_articles_do_not_align(resources: NlpResources) -> None:
    assert align_story(_articles(resources, WIRE, OTHER), resources.encoder).links == []


def test_a_split_sentence_aligns_one_to_many(resources: NlpResources) -> None:
    alignment = align_story(_articles(resources, WIRE, SPLIT), resources.encoder)
    injured = [p for p in _pairs(alignment) if p[0][1].startswith("Fourteen people were injured")]
    assert {p[1][1] for p in injured} == {"Fourteen people were hurt.",
                                          "Three of them were seriously injured, according to the coast guard."}


@pytest.mark.parametrize("texts", [(WIRE, SPLIT), (WIRE, SPLIT, OTHER), (SPLIT, WIRE, WIRE)])
def test_alignment_does_not_depend_on_article_order(resources: NlpResources, texts: tuple[str, ...]) -> None:
    forward = _articles(resources, *texts)
    backward = list(reversed(forward))
    assert _pairs(align_story(forward, resources.encoder)) == _pairs(align_story(backward, resources.encoder))


def test_link_offsets_slice_back(resources: NlpResources) -> None:
    articles = _articles(resources, WIRE, SPLIT)
    by_id = {a.id: a for a in articles}
    alignment = align_story(articles, resources.encoder)
    for link in alignment.links:
        for end in (link.a, link.b):
            evidence = alignment.table.evidence(end)
            assert by_id[evidence.article].text[evidence.start:evidence.end] == evidence.text
