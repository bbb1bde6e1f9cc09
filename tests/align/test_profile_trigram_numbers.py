"""Issue #20: a sentence profile holds its character trigrams as sorted numbers (the bytes of an int64 array), not
as a frozenset of strings (an 8 KB hash table for an ordinary sentence); what the features read of them, the count
each side has and the count two sides share, is what the sets gave."""

from __future__ import annotations

import sys

import pytest

from newsprism.align.lexical import (
    GROUPED_TRIGRAMS,
    NearWords,
    _edits,
    _shared_trigrams,
    _trigram_count,
    pair_features,
    profile,
)

PAIRS = [
    ("The council closed the old bridge on Tuesday after inspectors found 12 cracked beams.",
     "Inspectors found cracked beams, so the council closed the bridge, a spokesman said."),
    ("Café owners in Zürich said the “new rules” cost them 3,400 francs a month 🙂",
     "Cafe owners in Zurich said the new rules cost them about 3,400 francs a month."),
    ("No.", "No"),
    ("Ok", "The mayor did not attend the ceremony."),
]


def _sets(text: str) -> frozenset[str]:
    lowered = text.lower()
    return frozenset(lowered[i:i + 3] for i in range(len(lowered) - 2))


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_counts_are_the_sets_counts(a: str, b: str) -> None:
    p, q = profile.__wrapped__(a), profile.__wrapped__(b)
    assert _trigram_count(p.trigrams) == len(_sets(a))
    assert _trigram_count(q.trigrams) == len(_sets(b))
    assert _shared_trigrams(p.trigrams, q.trigrams) == len(_sets(a) & _sets(b))
    assert _shared_trigrams(p.trigrams, p.trigrams) == len(_sets(a))


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_char3_feature_is_the_sets_jaccard(a: str, b: str) -> None:
    shared, either = len(_sets(a) & _sets(b)), len(_sets(a) | _sets(b))
    assert _edits(profile.__wrapped__(a), profile.__wrapped__(b))[0] == shared / max(either, 1)


def test_two_texts_differing_in_one_letter_differ_in_their_numbers() -> None:
    p, q = profile.__wrapped__("the bridge was shut"), profile.__wrapped__("the bridge was shot")
    assert p.trigrams != q.trigrams
    assert _shared_trigrams(p.trigrams, q.trigrams) == len(_sets("the bridge was shut") & _sets("the bridge was shot"))


def test_a_profile_s_trigrams_take_a_fraction_of_a_set_s_memory() -> None:
    text = PAIRS[0][0] + " " + PAIRS[0][1]
    assert sys.getsizeof(profile.__wrapped__(text).trigrams) * 4 < sys.getsizeof(_sets(text))


def test_a_sentence_s_shared_counts_with_all_its_partners_at_once_are_each_pair_s() -> None:
    left = profile.__wrapped__(PAIRS[0][0])
    more = [f"Crews inspected {n} beams of the old bridge before the council met on Tuesday." for n in range(6)]
    partners = [profile.__wrapped__(text) for pair in PAIRS for text in pair if text != PAIRS[0][0]]
    partners += [profile.__wrapped__(text) for text in more]
    near = NearWords(left, partners)
    assert len(partners) >= GROUPED_TRIGRAMS and len(near.trigrams) == len(set(more) | {q.text for q in partners})
    assert len(NearWords(left, partners[:2]).trigrams) == 0  # few partners: each pair counted alone
    for other in partners:
        assert near.shared(left, other) == near.shared(other, left) == len(_sets(left.text) & _sets(other.text))
    row = pair_features(left, partners[0], 0.9, near)
    assert row == pair_features(left, partners[0], 0.9) == pair_features(partners[0], left, 0.9, near)
