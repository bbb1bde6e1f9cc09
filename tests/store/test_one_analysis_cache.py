"""Issue #20: an analysis without a story cache (the CLI's) keeps nothing for a next analysis (no pair decisions,
the token states let go after the quotes), and its report is the one an analysis with a kept cache gives."""

from __future__ import annotations

from pathlib import Path

from newsprism.config import Config
from newsprism.ingest import read_inputs
from newsprism.nlp import NlpResources
from newsprism.pipeline import analyze_raw
from newsprism.story_cache import StoryCache

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_a_one_analysis_cache_gives_the_same_report_and_keeps_no_states(resources: NlpResources) -> None:
    raws = read_inputs([str(EXAMPLES)], Config().ingest).articles
    kept, once = StoryCache(), StoryCache(keep=False)
    with_kept = analyze_raw(raws, Config(), resources, cache=kept)
    assert analyze_raw(raws, Config(), resources, cache=once).model_dump_json() == with_kept.model_dump_json()
    assert analyze_raw(raws, Config(), resources).model_dump_json() == with_kept.model_dump_json()
    assert once.links is None and once.quotes is None
    assert kept.links is not None and len(kept.links) > 0
    held = kept.encoder(resources.encoder).readings(["A sentence read for this test."])
    assert held[0].states.shape[0] > 0  # a kept cache still reads token states
    assert once._encoder is not None and not once._encoder._texts and once._encoder._vectors
    assert kept._encoder is not None and len(kept._encoder._texts) > 1
    assert once._encoder.spill and once._encoder._spill is None  # states on disk, the file gone with them
    assert not kept._encoder.spill
    assert not once._parsed and not once._pieces[1]  # the Docs let go after the timeline
    assert kept._parsed and kept._pieces[1]
    assert not _block_words_held(once) and _block_words_held(kept)  # only the candidates read them
    assert not once.readings._articles and kept.readings._articles  # no next analysis asks them
    assert not _held(once, "reuse.differences") and _held(kept, "reuse.differences")  # relate alone asks them
    negations = "newsprism.conflicts.compare.negation_disagreements"  # the conflicts' per-pair reading
    assert not _held(once, negations) and _held(kept, negations)


def _held(cache: StoryCache, step: str) -> int:
    """How many text readings of ``step`` the cache's readings hold."""
    return sum(1 for held in (cache.readings._texts, cache.readings._earlier) for key in held if key[0] == step)


def _block_words_held(cache: StoryCache) -> int:
    """How many of the alignment's block-word readings (align.candidates) the cache's readings hold."""
    return sum(1 for step in cache.readings._texts if str(step[0]).endswith("candidates._block_words"))
