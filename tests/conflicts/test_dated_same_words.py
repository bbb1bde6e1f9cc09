"""Issue #18, round 15: two dated clauses below the encoder's bar pair when their words say they date one event
(one verb that is no verb of reporting, and another content word in common); sentences written for these tests."""

from __future__ import annotations

import numpy as np
from dated_records import dated

from newsprism.conflicts.dated import SAME_THING, SAME_WORDS, _pairs, same_words

_dated = dated


PLEA = _dated("a", "Mr. Lark pleaded guilty to obstruction of justice in 1971.", "in 1971")
PLEA_AGAIN = _dated("b", "In 1972, Lark pleaded guilty to a count of plotting to obstruct the courts.", "In 1972")


def test_one_verb_and_another_word_date_one_event() -> None:
    assert same_words(PLEA, PLEA_AGAIN)


def test_a_verb_with_one_word_or_a_verb_of_reporting_is_not_enough() -> None:
    convicted = _dated("a", "He was convicted of fraud in 1990.", "in 1990")
    again = _dated("b", "He was convicted again in 1991 and sent back.", "in 1991")
    said = _dated("c", "The mayor said in 1991 that the fraud was old news.", "in 1991")
    said_too = _dated("d", "The mayor said in 1992 that the fraud had ended.", "in 1992")
    named = _dated("e", "Orlin was named the top coach of the season in 1989 by the league.", "in 1989")
    named_again = _dated("f", "Orlin was named head coach of the club in 2005.", "in 2005")
    assert not same_words(convicted, again)
    assert not same_words(named, named_again)  # one verb and one word ('coach'): two events
    assert not same_words(said, said_too)


def test_a_verb_another_date_of_its_sentence_dates_is_not_shared() -> None:
    feigned = _dated("a", "In 2004, Brisk admitted in court that he feigned a mental illness in the 1990s.", "In 2004")
    feigned_then = _dated("b", "Brisk feigned a mental illness to escape a trial for fraud in 1971.", "in 1971")
    assert not same_words(feigned, feigned_then)


def test_below_the_encoders_bar_only_the_words_pair() -> None:
    between = (SAME_WORDS + SAME_THING) / 2
    similarity = np.array([[1.0, between], [between, 1.0]], dtype=np.float32)
    assert _pairs([PLEA, PLEA_AGAIN], similarity) == [(0, 1)]
    other = _dated("b", "In 1972, the firm paid a fine to the county.", "In 1972")
    assert _pairs([PLEA, other], similarity) == []
