"""Issue #18: a phrase that names the act of a past verb ('the jury found her guilty' / 'was convicted',
lexicon.ACT_PHRASES) dates one act with it; a negated phrase does not. Sentences written for these tests."""

from __future__ import annotations

import numpy as np
from dated_records import dated

from newsprism.conflicts.act_verbs import clause_verbs
from newsprism.conflicts.dated import SAME_THING, SAME_WORDS, _dates_different_things, _pairs

_dated = dated


CONVICTED = _dated("a", "Marta Quell was convicted in 2011 of arson and insurance fraud at the depot.", "in 2011")
FOUND_GUILTY = _dated("b", "In 2012 a jury found Quell guilty of arson and insurance fraud at the depot.", "In 2012")


def test_found_guilty_is_the_act_convicted_names() -> None:
    assert "convict" in clause_verbs("a jury found her guilty in May of theft", 23, 29)[0]
    assert "convict" in clause_verbs("she was found guilty in May of theft", 21, 27)[0]
    assert "convict" not in clause_verbs("a jury found her not guilty in May of theft", 27, 33)[0]


def test_a_conviction_told_with_the_phrase_meets_the_verb() -> None:
    assert not _dates_different_things(CONVICTED, FOUND_GUILTY)
    between = (SAME_WORDS + SAME_THING) / 2
    similarity = np.array([[1.0, between], [between, 1.0]], dtype=np.float32)
    assert _pairs([CONVICTED, FOUND_GUILTY], similarity) == [(0, 1)]


def test_an_acquittal_is_another_act() -> None:
    acquitted = _dated("b", "In 2012 a jury found Quell not guilty of arson and fraud at the depot.", "In 2012")
    assert _dates_different_things(CONVICTED, acquitted)
