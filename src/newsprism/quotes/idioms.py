"""Speech verbs in the writer's own set phrases, which report no one's words."""

from __future__ import annotations

from typing import Any

JUDGING_ADJECTIVES = frozenset({"safe", "fair", "hard", "difficult", "impossible", "easy", "accurate", "true"})
"""Adjectives of 'it is safe to say …', 'it is hard to say whether …': the writer's judgement of a claim of their own
(ECB+ train 29/ecbplus, issue #19's fifteenth round: 'it's safe to say Luck exceeded …' credited to 'it'). Not
'quick' or 'happy' ('it was quick to say', of a company, is a statement)."""


HEARSAY_VERBS = frozenset({"be", "have"})
"""The infinitives right after 'said to' that make it hearsay ('said to be', 'said to have been'); not 'said to
expect delays' nor 'said to reporters'."""


def said_to_be(verb: Any) -> bool:
    """'said to be' / 'said to have': hearsay the writer passes on ('a man said to have been released', 'they are
    said to be safe'), no one's statement (ECB+ train 32/ecbplus, issue #19's sixteenth round: 'A man' was a source;
    the parse may take that 'said' for a past tense, so the words decide)."""
    doc, after = verb.doc, verb.i + 1
    return bool(verb.lower_ == "said" and after + 1 < len(doc) and doc[after].lower_ == "to"
                and doc[after + 1].lower_ in HEARSAY_VERBS and doc[after].head.i != verb.i)


def writer_idiom(verb: Any) -> bool:
    """A speech verb (a spaCy token) after 'it is <judging adjective> to' or in 'it goes without saying': nobody's
    statement (a PolNeAR dev article's 'It goes without saying that …' was credited to 'It'); or hearsay
    (:func:`said_to_be`)."""
    if said_to_be(verb):
        return True
    if verb.dep_ == "xcomp":
        governor = verb.head
        judged = any(child.dep_ == "acomp" and child.lower_ in JUDGING_ADJECTIVES for child in governor.children)
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        governor, judged = verb.head.head, True
    else:
        return False
    return judged and any(child.dep_ in ("nsubj", "expl") and child.lower_ == "it" for child in governor.children)
