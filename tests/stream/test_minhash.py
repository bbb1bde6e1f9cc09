"""MinHash signatures: Jaccard estimates, determinism across processes, shingling and fingerprints."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.stream.fingerprint import normalise, text_fingerprint
from newsprism.stream.minhash import (
    EMPTY,
    MinHasher,
    estimate_containment,
    estimate_jaccard,
    shingle_sets,
    words,
)

TEXT = ("The harbour board approved a new ferry timetable on Monday. Boats will leave the north pier every "
        "forty minutes from May, and the late crossing moves to eleven o'clock.")


@settings(max_examples=60, deadline=None)
@given(shared=st.integers(0, 150), only_a=st.integers(0, 150), only_b=st.integers(0, 150),
       offset=st.integers(0, 2**31))
def test_signature_agreement_estimates_jaccard(shared: int, only_a: int, only_b: int, offset: int) -> None:
    """With 256 hash functions the standard error is at most 0.031: 0.15 is five of them."""
    if shared + only_a == 0 or shared + only_b == 0:
        return
    values = (np.arange(shared + only_a + only_b, dtype=np.uint64) * 2654435761 + offset) % 2**32
    values = values.astype(np.uint32)
    a, b = values[:shared + only_a], np.concatenate((values[:shared], values[shared + only_a:]))
    signatures = MinHasher(256, seed=11).signatures([a, b])
    true = shared / (shared + only_a + only_b)
    assert abs(float(estimate_jaccard(signatures[0], signatures[1])) - true) <= 0.15


def test_signatures_are_the_same_twice_and_in_another_process() -> None:
    sets = shingle_sets(TEXT, 5)
    first = MinHasher(64, seed=3).signature(sets.shingles)
    assert np.array_equal(first, MinHasher(64, seed=3).signature(sets.shingles))
    code = ("import sys; from newsprism.stream.minhash import MinHasher, shingle_sets; "
            f"print(' '.join(map(str, MinHasher(64, seed=3).signature(shingle_sets({TEXT!r}, 5).shingles))))")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "12345", "PATH": ""})
    assert other.stdout.split() == [str(v) for v in first]


def test_another_seed_gives_other_signatures() -> None:
    sets = shingle_sets(TEXT, 5)
    assert not np.array_equal(MinHasher(64, seed=3).signature(sets.shingles),
                              MinHasher(64, seed=4).signature(sets.shingles))


def test_batches_of_any_split_give_the_same_rows() -> None:
    texts = [TEXT, "", "Short one.", TEXT.upper() + " And a new last line here."] * 3
    sets = [shingle_sets(t, 5).shingles for t in texts]
    hasher = MinHasher(32, seed=1)
    together = hasher.signatures(sets)
    assert np.array_equal(together, np.stack([hasher.signature(s) for s in sets]))
    assert (together[1] == EMPTY).all()


@pytest.mark.parametrize(("text", "k", "count"), [
    ("one two three", 5, 1),
    ("one two three four five", 5, 1),
    ("one two three four five six", 5, 2),
    ("a b a b a b a b", 2, 2),
    ("", 5, 0),
])
def test_shingles_are_distinct_runs_of_k_words(text: str, k: int, count: int) -> None:
    assert len(shingle_sets(text, k).shingles) == count


def test_content_words_leave_out_stop_words_and_short_words() -> None:
    assert len(shingle_sets("The ferry and the pier, as of June", 5).content) == len({"ferry", "pier", "june"})


@pytest.mark.parametrize(("a", "b"), [
    ("He said “yes” — twice.", 'he said "yes" - twice.'),
    ("Two  spaces\nand\tTabs", "two spaces and tabs"),
    ("ﬁne print", "fine print"),
])
def test_normalising_drops_what_copying_changes(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)
    assert text_fingerprint(a) == text_fingerprint(b)
    assert words(a) == words(b)


def test_a_changed_word_changes_the_fingerprint() -> None:
    assert text_fingerprint(TEXT) != text_fingerprint(TEXT.replace("forty", "fifty"))
    assert len(text_fingerprint(TEXT)) == 64


@pytest.mark.parametrize(("jaccard", "sizes", "expected"), [
    (1.0, (10, 10), 1.0),
    (0.5, (100, 50), 1.0),
    (0.0, (10, 10), 0.0),
    (1 / 3, (20, 20), 0.5),
    (0.5, (0, 10), 0.0),
])
def test_containment_from_jaccard_and_sizes(jaccard: float, sizes: tuple[int, int], expected: float) -> None:
    value = estimate_containment(np.array([jaccard]), np.array([sizes[0]]), np.array([sizes[1]]))
    assert value[0] == pytest.approx(expected)


def test_signatures_are_the_definition_across_chunks() -> None:
    """Each row is min_i(((a_i x + b_i) mod 2^64) >> 32) over its set, whatever chunk of the batch's matrix the set
    falls in: sets larger than a chunk, sets that straddle two, empty sets between them."""
    from newsprism.stream import minhash

    rng = np.random.default_rng(5)
    sizes = [3, minhash.CHUNK_ROWS + 7, 0, minhash.CHUNK_ROWS // 2, minhash.CHUNK_ROWS - 1, 1, 0, 40]
    sets = [rng.integers(0, 2**32, size=n, dtype=np.uint64).astype(np.uint32) for n in sizes]
    hasher = MinHasher(16, seed=9)
    rows = hasher.signatures(sets)
    for values, row in zip(sets, rows, strict=True):
        if not len(values):
            assert (row == EMPTY).all()
            continue
        hashed = (np.multiply.outer(values.astype(np.uint64), hasher.a) + hasher.b) >> np.uint64(32)
        assert np.array_equal(row, hashed.min(axis=0).astype(np.uint32))
