"""Issue #20: the alignment scores its candidate pairs a tile at a time (the pairs between two blocks of
representatives), holding the profiles of two blocks alone; the links equal those of scoring all pairs at once (their
scores up to float rounding)."""

from __future__ import annotations

import numpy as np
import pytest
from align_story_texts import STORY

import newsprism.align as align
from newsprism.align import align_story, features, lexical
from newsprism.align.features import BlockProfiles
from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse

SMALL_BLOCK = 3


@pytest.fixture(scope="module")
def story(resources: NlpResources) -> list[Article]:
    raw = [Article(id=key, source=f"{key}.txt", format="text", text=text) for key, text in STORY.items()]
    return [p.article for p in parse(raw, resources, NlpConfig())]


def test_blockwise_scoring_gives_the_links_of_one_block(story: list[Article], resources: NlpResources,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    whole = align_story(story, resources.encoder).links
    held: list[int] = []
    tiles: list[tuple[int, int]] = []
    real_tile = BlockProfiles.tile

    def watched(self: BlockProfiles, row: int, column: int) -> None:
        held.append(sum(len(block) for block in self._held.values()) + lexical.profile.cache_info().currsize)
        tiles.append((row, column))
        real_tile(self, row, column)

    monkeypatch.setattr(features, "PROFILE_BLOCK", SMALL_BLOCK)
    monkeypatch.setattr(features, "PROFILE_BLOCKS", 1_000)
    monkeypatch.setattr(BlockProfiles, "tile", watched)
    blockwise = align_story(story, resources.encoder).links
    assert len(whole) > 10 and len(set(tiles)) == len(tiles) > 8  # many tiles, each scored once
    assert all(row <= column for row, column in tiles)
    assert max(held) <= 2 * SMALL_BLOCK  # two blocks' profiles at most, none in the profile cache of every text
    for name in ("a", "b", "verbatim"):  # the same links
        assert np.array_equal(getattr(whole, name), getattr(blockwise, name))
    # the token features of a sentence's partners in other blocks come from other matrix products: the same scores
    # up to float32 rounding
    assert np.abs(whole.score - blockwise.score).max() < 1e-6


def test_tiles_cover_every_pair_once_in_order() -> None:
    rng = np.random.default_rng(3)
    pairs = np.sort(rng.integers(0, 5 * SMALL_BLOCK, (2_000, 2)), axis=1)
    pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
    tiles = align._tiles(pairs, SMALL_BLOCK)
    rows = np.concatenate([r for r, _ in tiles])
    assert np.array_equal(np.sort(rows), np.arange(len(pairs)))
    for r, (row, column) in tiles:
        assert np.all(np.diff(r) > 0)
        assert np.all(pairs[r] // SMALL_BLOCK == (row, column))
    assert align._tiles(pairs[:0], SMALL_BLOCK) == []
