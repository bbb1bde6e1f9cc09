"""Counts of the hurt written as a trip to a hospital, and zeros that only say nobody was hurt badly.

Local news often counts the injured by where they went, not by the word 'injured': 'At least 18 members were taken
to local hospitals', 'left two men dead and five others in the hospital', 'a shooting that sent three men to the
hospital'. Those counts are of the injured (the archive the gunviolence measure is scored on counts them so), unless
the same words say one of them died there ('two men were rushed to a hospital, where one died': a count of the
people shot, the dead among them).

'None were seriously injured', 'no one was critically hurt': a zero of the badly hurt, not of the hurt (sample2
incident read: a deputy grazed and a trooper cut beside 'None were seriously injured').
"""

from __future__ import annotations

import re

HOSPITAL_AFTER = (r"(?:taken|transported|rushed|driven|airlifted|flown|sent|brought)\s+(?:\w+\s+){0,2}?to\s+"
                  r"(?:[\w'’-]+\s+){0,3}?(?:hospitals?|trauma\s+cent(?:er|re)s?|medical\s+cent(?:er|re)s?)\b|"
                  r"(?:in|at)\s+(?:the\s+|a\s+)?hospital\b|"
                  r"(?:listed\s+)?in\s+(?:\w+\s+){0,2}?(?:critical|serious|stable|fair|good|grave)\s+condition\b")
"""Words after a count of people that say they went to or are in a hospital, or give their condition there ('All
three victims are in stable condition': residue 14 read): a measure of the injured,
:data:`newsprism.figures.measures.MEASURE_AFTER`."""
SENT_BEFORE = re.compile(r"\b(?:sen(?:t|ds|ding)|put(?:ting)?|landed|landing)\s+(?:at\s+least\s+|about\s+)?$", re.I)
"""'... that sent four people to the hospital': the verb before the count."""
SENT_AFTER = re.compile(r"^[\s-]*(?:(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s+)?to\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:hospitals?|trauma\s+cent(?:er|re)s?|medical\s+cent(?:er|re)s?)\b", re.I)
"""'... four people to the hospital', '... three to area hospitals': the count's noun and the hospital after it."""
DIED_THERE = re.compile(r"^[^.;]{0,80}?\b(?:where|and)\s+(?:\w+\s+){0,4}?(?:died|(?:was|were)\s+pronounced\s+dead)\b",
                        re.I)
"""'... taken to a hospital, where one of them died': the count is of the people shot, the dead among them."""
BADLY = re.compile(r"\b(?:seriously|critically|severely|badly|gravely|life-threateningly)\b", re.I)
"""Adverbs that make a zero one of the badly hurt only ('None were seriously injured')."""


def sent_to_hospital(before: str, after: str) -> tuple[int, str] | None:
    """Where 'sent N (people) to the hospital' is written around a number (``before`` and ``after`` it): the
    length of the words after the number that belong to the count, and its noun ('' where none); None where it is
    not so written."""
    if not SENT_BEFORE.search(before):
        return None
    match = SENT_AFTER.match(after)
    return (match.end(), match.group("noun") or "") if match else None


def died_there(after: str) -> bool:
    """The words after a count of the injured say that one of them later died in hospital."""
    return bool(DIED_THERE.match(after))


def via_hospital(mention: str) -> bool:
    """A figure's words count the people taken to a hospital ('two were taken to Ben Taub Hospital'): a part more
    often than the whole when the article counts the injured otherwise too (dev 380: counts split by hospital)."""
    return re.search(HOSPITAL_AFTER, mention, re.I) is not None


def badly_only(words: str) -> bool:
    """The words between a zero and its measure say only that nobody was hurt badly."""
    return bool(BADLY.search(words))
