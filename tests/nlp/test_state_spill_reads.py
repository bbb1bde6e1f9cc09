"""Token states written to disk for one analysis (issue #20): the same states, read back with explicit reads."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.nlp import story_encoder
from newsprism.nlp.encoder import EncodedText
from newsprism.nlp.state_spill import SpilledText, StateSpill, spilled
from newsprism.nlp.story_encoder import StoryEncoder

TEXTS = ["The ferry from Dunmoor left the quay an hour late on Tuesday.",
         "Harbour staff in Dunmoor said the delay came from a jammed ramp.",
         "A spokesman for the Velliton ferry line apologised to the travellers.",
         "The  ferry from Dunmoor left the quay an hour late on Tuesday."]


def test_spilled_states_read_back_equal_and_fresh() -> None:
    rng = np.random.default_rng(7)
    arrays = [rng.standard_normal((n, 384)).astype(np.float16) for n in (3, 0, 11, 1)]
    spill = StateSpill()
    texts = [spilled(spill, EncodedText(f"text {n}", ("x",) * len(a), a)) for n, a in enumerate(arrays)]
    assert spill.bytes_written == sum(a.nbytes for a in arrays)
    for original, text in zip(arrays, texts, strict=True):
        read = text.states
        assert isinstance(text, SpilledText) and "states" not in vars(text)  # nothing held but on disk
        assert read.dtype == np.float16 and read.shape == original.shape
        assert np.array_equal(read, original) and not read.flags.writeable
        assert not len(original) or text.states is not read  # each access reads afresh
    spill.close()
    with pytest.raises(OSError):
        _ = texts[0].states


def test_spilling_encoder_gives_the_same_readings(resources, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_encoder, "SPILL_CHUNK", 2)  # more than one encoder call for the texts
    plain = StoryEncoder(resources.encoder).readings(TEXTS)
    spilling = StoryEncoder(resources.encoder, spill=True)
    spilling.readings(TEXTS[:1])
    read = spilling.readings(TEXTS)
    assert spilling._spill is not None and spilling._spill.bytes_written > 0
    assert all(isinstance(x, SpilledText) for x in read)
    for x, y in zip(plain, read, strict=True):
        assert x.text == y.text and x.pieces == y.pieces
        assert np.array_equal(x.offsets, y.offsets)
        assert np.array_equal(x.states, y.states)
    spilling.forget_states()
    assert spilling._spill is None  # the file goes once no text keeps its states
