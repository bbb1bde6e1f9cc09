"""Issue #20: a story's encoder reads each distinct text once and gives what the encoder itself gives."""

from __future__ import annotations

import numpy as np

from newsprism.nlp import NlpResources
from newsprism.nlp.story_encoder import VECTOR_CHUNK, StoryEncoder, story_encoder, text_vectors

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


def test_vectors_alone_are_encodes_vectors_without_states(resources: NlpResources) -> None:
    """Issue #20: a text read for its vector alone (a dated clause) keeps no token states in the story's cache; the
    vector is the one ``encode`` gives, to the bit, and a later ``encode`` of it still gives states."""
    clauses = [OTHER, "three of them seriously", "the coast guard said on", OTHER]
    encoder = StoryEncoder(resources.encoder)
    alone = encoder.vectors(clauses)
    assert not encoder._texts and alone.shape == (4, 384) and alone.dtype == np.float32
    assert np.array_equal(alone, StoryEncoder(resources.encoder).encode(clauses).vectors)
    later = encoder.encode([OTHER])
    assert len(later.texts[0].states) == len(later.texts[0].pieces) > 0
    assert np.array_equal(later.vectors[0], alone[0])
    assert np.array_equal(text_vectors(resources.encoder, clauses), alone)
    assert encoder.vectors([]).shape == (0, 384)


def test_vectors_alone_in_chunks_are_the_vectors_of_one_call(resources: NlpResources) -> None:
    texts = [f"{LINE} Item {n} of the list was read {'again ' * (n % 5)}today." for n in range(VECTOR_CHUNK + 9)]
    assert np.array_equal(StoryEncoder(resources.encoder).vectors(texts), resources.encoder.encode(texts).vectors)
