"""Issue #20: a story that prints the same sentences again and again gets the links, reuse and facts it got before
links were bounded (``repeated_story.json``: recorded with the aligner of commit deb912e on the story of
``repeated_story_texts.py``), and a sentence printed in more articles than MAX_FAN links in bounded numbers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from repeated_story_texts import REPORT, REWRITE, STORY

from newsprism.align import MAX_FAN, align_story
from newsprism.align.facts import facts_with_members, origins
from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse
from newsprism.reuse import relate

RECORDED = Path(__file__).with_name("repeated_story.json")
REWRITES = 12


def _articles(texts: dict[str, str], resources: NlpResources) -> list[Article]:
    raw = [Article(id=key, source=f"{key}.txt", format="text", text=text) for key, text in texts.items()]
    return [p.article for p in parse(raw, resources, NlpConfig())]


def observed(texts: dict[str, str], resources: NlpResources) -> dict[str, Any]:
    """The story's links (article, start, article, start, verbatim, score), reuse records and facts."""
    alignment = align_story(_articles(texts, resources), resources.encoder)
    table = alignment.table
    links = sorted([table.evidence(k.a).article, table.sentences[k.a].start, table.evidence(k.b).article,
                    table.sentences[k.b].start, k.verbatim, round(k.score, 3)] for k in alignment.links)
    reuse = relate(alignment)
    facts = [fact for fact, _ in facts_with_members(alignment, origins(alignment, reuse))]
    return {"links": links,
            "reuse": [[r.a, r.b, r.relation, r.source, r.coverage, len(r.passages), len(r.changes)] for r in reuse],
            "facts": [[f.text, f.articles, f.origins, len(f.evidence)] for f in facts]}


def test_the_links_reuse_and_facts_are_those_of_before(resources: NlpResources) -> None:
    found = observed(STORY, resources)
    assert len(found["links"]) > 100 and len(found["reuse"]) > 20  # the story has copies to link
    assert found == json.loads(RECORDED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def crowded(resources: NlpResources) -> list[Article]:
    """MAX_FAN + 40 copies of the report, then 12 rewrites, each with a last sentence of its own."""
    texts = {f"copy-{n}": REPORT for n in range(MAX_FAN + 40)}
    texts.update({f"rewrite-{n}": REWRITE + f" Reported by desk {n}." for n in range(REWRITES)})
    return _articles(texts, resources)


def test_a_text_printed_everywhere_links_in_numbers_linear_in_its_copies(crowded: list[Article],
                                                                       resources: NlpResources) -> None:
    alignment = align_story(crowded, resources.encoder)
    table = alignment.table
    sentences = len(table.sentences)
    assert len(alignment.links) <= 4 * sentences  # not MAX_FAN links a copy, nor every pair
    copies = [k for k in alignment.links if table.owner[k.a] < MAX_FAN + 40 and table.owner[k.b] < MAX_FAN + 40]
    report_sentences = sum(1 for owner in table.owner.tolist() if owner == 0)
    assert len(copies) == (MAX_FAN + 40 - 1) * report_sentences  # each copy with the first copy, once


def test_a_text_printed_everywhere_is_still_one_fact(crowded: list[Article], resources: NlpResources) -> None:
    alignment = align_story(crowded, resources.encoder)
    reuse = relate(alignment)
    facts = [fact for fact, _ in facts_with_members(alignment, origins(alignment, reuse))]
    lead = next(f for f in facts if f.text.startswith("The river"))
    assert lead.articles == MAX_FAN + 40 + REWRITES  # every copy and every rewrite's retelling, one fact
    assert len(reuse) <= 4 * len(crowded)  # reuse grows with the articles, not their pairs
