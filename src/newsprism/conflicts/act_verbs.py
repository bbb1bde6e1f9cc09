"""The words of a past act in a sentence: its verb forms, written or named by a phrase ('found him guilty' is the
act 'convict'), and which of them stands nearest a date (issue #18; read by :mod:`.dated`)."""

from __future__ import annotations

import re

from newsprism.conflicts.slots import NOT_VERBS
from newsprism.lexicon import ACT_PHRASES, AUXILIARIES, STOP, VERB_BASE
from newsprism.values.polarity import base_form, same_verb

ACTS = {act: re.compile(phrase, re.I) for act, phrase in ACT_PHRASES.items()}
"""Each act's phrase (:data:`~newsprism.lexicon.ACT_PHRASES`): a clause that writes it has the act's verb ('the jury
found him guilty in May' has 'convict', and meets 'was convicted in June' as one act)."""
ATTRIBUTIVE = frozenset({"the", "a", "an", "of", "for", "with", "on", "by", "its", "his", "her", "their", "this",
                         "that"})
"""Words after which a form in '-ed' is an adjective, no verb ('convicted ... of aggravated sexual assault', 'charged
with attempted murder': ECB+ 3/ecbplus, 26/ecbplus)."""


def nearest_verb(text: str, at: int, verb: str) -> bool:
    """No other past verb form of ``text`` stands nearer the date at ``at`` than a form of ``verb`` or its act's
    phrase: 'a judge on Monday ordered a retrial for a clerk convicted of theft' dates the order, not the conviction
    (the pattern of an ECB+ 16/ecbplus sentence)."""
    words = list(re.finditer(r"[A-Za-z]+", text))
    spots = {m.start(): base_form(m.group(0)) for i, m in enumerate(words) if past_form(m.group(0))
             and not (i and words[i - 1].group(0).lower() in ATTRIBUTIVE)}
    spots |= {m.start(): verb for m in ACTS[verb].finditer(text)} if verb in ACTS else {}
    return bool(spots) and same_verb(spots[min(spots, key=lambda spot: abs(spot - at))], verb)


def past_form(word: str) -> bool:
    """A past form in '-ed' or an irregular verb form, no function word (as :func:`.dated.clause_verbs` reads)."""
    w = word.lower()
    return w not in NOT_VERBS and w not in STOP and w not in AUXILIARIES and (
        (len(w) >= 4 and w.endswith("ed")) or (w in VERB_BASE and VERB_BASE[w] != w))
