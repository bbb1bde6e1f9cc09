"""Issue #20: a story's encoder reads each distinct text once and gives what the encoder itself gives."""

from __future__ import annotations

import numpy as np

from newsprism.nlp import NlpResources
from newsprism.nlp.encoder import StoryEncoder, story_encoder

LINE = "Fourteen people were injured, three of them seriously, the coast guard said."
OTHER = "The harbour will stay closed until noon on Wednesday."


def test_a_repeated_text_is_read_once_and_comes_back_as_written(resources: NlpResources) -> None:
    encoder = story_encoder(resources.encoder)
    first = encoder.encode([LINE, OTHER])
    again = encoder.encode([OTHER, "Fourteen people  were injured, three of them seriously, the coast guard said."])
    assert again.texts[0] is first.texts[1]  # the cached reading itself, not a second one
    assert again.texts[1].states is first.texts[0].states and again.texts[1].text.count("  ") == 1
    assert np.array_equal(again.vectors[1], first.vectors[0])
    own = resources.encoder.encode([LINE, OTHER])
    assert np.allclose(first.vectors, own.vectors, atol=1e-6)
    assert first.texts[0].pieces == own.texts[0].pieces


def test_wrapping_twice_keeps_one_cache(resources: NlpResources) -> None:
    encoder = story_encoder(resources.encoder)
    assert isinstance(encoder, StoryEncoder) and story_encoder(encoder) is encoder
    assert encoder.encode([]).vectors.shape == (0, 384)
