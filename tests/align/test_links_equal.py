"""Issue #20: the bounded candidates, the copy groups and the vectorised scorer give the links of before.

``story_links.json`` holds the links the aligner of before (LSH candidates, every pair scored by the model one
by one) found on the story of ``align_story_texts.py``: (article, start, article, start, verbatim, score rounded
to 3 places), recorded with the code of commit dd3767b."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from align_story_texts import STORY

from newsprism.align import align_story, lexical, tokens
from newsprism.align.candidates import candidate_pairs, copy_groups
from newsprism.align.similarity import default_model, score_pairs, score_pairs_grouped
from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse

RECORDED = Path(__file__).with_name("story_links.json")


@pytest.fixture(scope="module")
def story(resources: NlpResources) -> list[Article]:
    raw = [Article(id=key, source=f"{key}.txt", format="text", text=text) for key, text in STORY.items()]
    return [p.article for p in parse(raw, resources, NlpConfig())]


def test_the_links_are_those_of_before(story: list[Article], resources: NlpResources) -> None:
    alignment = align_story(story, resources.encoder)
    table = alignment.table
    found = sorted([table.evidence(link.a).article, table.sentences[link.a].start, table.evidence(link.b).article,
                    table.sentences[link.b].start, link.verbatim, round(link.score, 3)] for link in alignment.links)
    assert found == json.loads(RECORDED.read_text(encoding="utf-8"))


def test_the_grouped_scorer_decides_as_the_pairwise_one(story: list[Article], resources: NlpResources) -> None:
    alignment = align_story(story, resources.encoder)
    table = alignment.table
    everything = np.array([(i, j) for i in range(len(table.sentences)) for j in range(i + 1, len(table.sentences))
                           if table.owner[i] != table.owner[j]], dtype=np.int64)
    cosine = np.einsum("ij,ij->i", table.vectors[everything[:, 0]], table.vectors[everything[:, 1]])
    grouped = score_pairs_grouped(table.encoded, everything, cosine.astype(np.float32))
    pairwise = score_pairs(default_model(), [table.encoded[i] for i in everything[:, 0]],
                           [table.encoded[j] for j in everything[:, 1]], cosine.astype(np.float32))
    assert np.array_equal(grouped >= 0.5, pairwise >= 0.5)
    assert np.abs(grouped - pairwise).max() < 1e-5
    assert (pairwise >= 0.5).sum() > 10  # the story has same-statement pairs to decide


def test_copies_collapse_into_one_group() -> None:
    groups = copy_groups(["A said so.", "B.", "A  said so.", "A said so."])
    assert groups.group.tolist() == [0, 1, 0, 0]
    assert groups.representative.tolist() == [0, 1] and groups.size.tolist() == [3, 1]


def test_candidates_stay_linear_for_a_sentence_printed_everywhere() -> None:
    rng = np.random.default_rng(1)
    vectors = rng.standard_normal((600, 16)).astype(np.float32)
    vectors[:300] = vectors[0] + 0.01 * rng.standard_normal((300, 16)).astype(np.float32)  # 300 near-copies
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    owner = np.arange(600, dtype=np.int64)
    pairs, cosine = candidate_pairs(vectors, [f"s{i}" for i in range(600)], owner, 0.45)
    assert len(pairs) <= 600 * 48 and (cosine >= 0.45).all()
    assert len(pairs) > 300  # the near-copies still find one another


def test_a_story_printing_one_sentence_everywhere_links_it_in_bounded_fan(resources: NlpResources) -> None:
    line = "The harbour will stay closed to passenger traffic until noon on Wednesday."
    raw = [Article(id=f"a{n}", source=f"a{n}.txt", format="text", text=line) for n in range(80)]
    alignment = align_story([p.article for p in parse(raw, resources, NlpConfig())], resources.encoder)
    assert all(link.verbatim and link.score == 1.0 for link in alignment.links)
    assert len(alignment.links) == 80 - 1  # each copy with the first (a star: issue #20, align/expand.py)


def test_the_scorers_text_readings_go_with_the_alignment(story: list[Article], resources: NlpResources) -> None:
    """Issue #20 (memory): the sentences' profiles and piece weights, cached while the pairs are scored, are dropped
    when the alignment ends (27 KB a sentence's profile); aligning again gives the same links."""
    first = align_story(story, resources.encoder)
    assert lexical.profile.cache_info().currsize == 0
    assert tokens._piece_weights.cache_info().currsize == 0
    again = align_story(story, resources.encoder)
    assert again.links == first.links
