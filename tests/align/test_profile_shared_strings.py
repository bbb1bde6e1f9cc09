"""Issue #20: profiles share one string per word and stem (interned), so the scoring's blocks of profiles hold each
spelling once; the profile is the same as read from fresh strings. (Character trigrams are numbers:
test_profile_trigram_numbers.py.)"""

from __future__ import annotations

from newsprism.align.lexical import profile

FIRST = "The council closed the old bridge on Tuesday after inspectors found 12 cracked beams."
SECOND = "Inspectors found cracked beams, so the council closed the bridge, a spokesman said."


def test_two_profiles_share_their_words_and_stems() -> None:
    a, b = profile.__wrapped__(FIRST), profile.__wrapped__(SECOND)
    mine = {w: w for w in a.lower}
    assert all(w is mine[w] for w in b.lower if w in mine)
    assert "council" in mine and "bridge" in mine
    stems = {s: s for s in a.stems}
    assert stems["inspector"] is next(s for s in b.stems if s == "inspector")


def test_a_profile_reads_as_from_fresh_strings() -> None:
    fresh = "".join(list(FIRST))  # another string object of the same text
    assert fresh is not FIRST
    assert profile.__wrapped__(fresh) == profile.__wrapped__(FIRST)
