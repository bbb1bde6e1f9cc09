"""The aligned check's per-pair answers (conflicts/aligned._OpenKinds, issue #20) are kept in a few bytes a pair of
sentence contents: a one-event story's links join every distinct pair of contents within a fact, and each pair's
answers are held to the end of the check. Same answers as :func:`could_dispute` itself (texts written for this
test)."""

from __future__ import annotations

import tracemalloc
from itertools import permutations

from conflict_sentences import sentence

from newsprism.conflicts.aligned import _OpenKinds
from newsprism.conflicts.possible import KINDS, could_dispute, slots

BYTES_A_PAIR = 160
"""The most a pair of contents may hold: a number key, a number value and its dict slot are 98 bytes here; a dict
of kinds under a tuple of the two contents was 273 (32049ce)."""

BOATS = ["barge", "ketch", "sloop", "trawler", "tug", "dinghy", "yawl", "skiff"]
COLOURS = ["green", "grey", "red", "white", "black", "yellow", "blue", "orange"]
SENTENCES = [sentence(f"Harbour crews painted the {colour} hull of the old {boat} before the storm.")
             for boat in BOATS for colour in COLOURS]
"""Distinct restatements: no kind is open between any two."""


def test_the_answers_are_could_dispute_s() -> None:
    held = _OpenKinds(SENTENCES[:6], list(range(6)))
    for a, b in permutations(range(6), 2):
        expected = any(could_dispute(kind, slots(SENTENCES[a]), slots(SENTENCES[b])) for kind in KINDS)
        assert held.any_open(a, b, set()) == expected
        assert held.any_open(a, b, set()) == expected  # kept
        assert not held.any_open(a, b, set(KINDS))


def test_a_pair_of_contents_is_kept_in_a_few_bytes() -> None:
    held = _OpenKinds(SENTENCES, list(range(len(SENTENCES))))
    for index in range(len(SENTENCES)):
        held.any_open(index, (index + 1) % len(SENTENCES), set())  # every content's slots read, outside the count
    pairs = list(permutations(range(len(SENTENCES)), 2))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for a, b in pairs:
            assert not held.any_open(a, b, set())
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown / len(pairs) < BYTES_A_PAIR
