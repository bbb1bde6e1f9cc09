"""Token states written to disk for one analysis (issue #20): the same states, read through the file's mapping."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.nlp import state_spill
from newsprism.nlp.state_spill import StateSpill
from newsprism.nlp.story_encoder import StoryEncoder

TEXTS = ["The ferry from Dunmoor left the quay an hour late on Tuesday.",
         "Harbour staff in Dunmoor said the delay came from a jammed ramp.",
         "A spokesman for the Velliton ferry line apologised to the travellers.",
         "The  ferry from Dunmoor left the quay an hour late on Tuesday."]


def test_spilled_arrays_are_equal_views_of_the_file() -> None:
    rng = np.random.default_rng(7)
    arrays = [rng.standard_normal((n, 384)).astype(np.float16) for n in (3, 0, 11, 1)]
    spill = StateSpill()
    first = spill.write(arrays[:2])
    second = spill.write(arrays[2:])
    spill.release()  # the pages go back; reading again comes from the file
    for original, read in zip(arrays, first + second, strict=True):
        assert read.dtype == np.float16 and read.shape == original.shape
        assert np.array_equal(read, original)
        assert not read.flags.writeable
    assert spill.bytes_written >= sum(a.nbytes for a in arrays)
    spill.close()
    assert np.array_equal(second[0], arrays[2])  # the views outlive the closed file


def test_spilling_encoder_gives_the_same_readings(resources, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state_spill, "SPILL_BYTES", 1)
    monkeypatch.setattr("newsprism.nlp.story_encoder.SPILL_BYTES", 1)  # a segment per encoder call
    plain = StoryEncoder(resources.encoder).readings(TEXTS)
    spilling = StoryEncoder(resources.encoder, spill=True)
    spilling.readings(TEXTS[:2])
    spilled = spilling.readings(TEXTS)
    assert spilling._spill is not None and spilling._spill.bytes_written > 0
    for x, y in zip(plain, spilled, strict=True):
        assert x.text == y.text and x.pieces == y.pieces
        assert np.array_equal(x.offsets, y.offsets)
        assert np.array_equal(x.states, y.states) and not y.states.flags.writeable
    spilling.release_pages()
    spilling.forget_states()
    assert spilling._spill is None
    assert np.array_equal(spilled[2].states, plain[2].states)
