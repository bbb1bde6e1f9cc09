"""The words of a past act in a sentence: its verb forms, written or named by a phrase ('found him guilty' is the
act 'convict'), the verbs of a date's clause and which of them stands nearest a date (issue #18; read by
:mod:`.dated`, :mod:`.act_spans`, :mod:`.weekdays` and :mod:`.day_clocks`)."""

from __future__ import annotations

import re

from newsprism.conflicts.slots import CLAUSE_BREAK, NOT_VERBS
from newsprism.lexicon import ACT_PHRASES, AUXILIARIES, STOP, VERB_BASE
from newsprism.timeline.mentions import SAY_VERBS
from newsprism.values.polarity import base_form, same_verb

ACTS = {act: re.compile(phrase, re.I) for act, phrase in ACT_PHRASES.items()}
"""Each act's phrase (:data:`~newsprism.lexicon.ACT_PHRASES`): a clause that writes it has the act's verb ('the jury
found him guilty in May' has 'convict', and meets 'was convicted in June' as one act)."""
ATTRIBUTIVE = frozenset({"the", "a", "an", "of", "for", "with", "on", "by", "its", "his", "her", "their", "this",
                         "that"})
"""Words after which a form in '-ed' is an adjective, no verb ('convicted ... of aggravated sexual assault', 'charged
with attempted murder': ECB+ 3/ecbplus, 26/ecbplus)."""

FRONTED = re.compile(r"^\s*(?:(?:on|in|since|by|from|during|until)\s*)?$", re.I)
"""A date that opens its sentence on its own ('On November 19, Tabar sank a pirate vessel'): it dates the clause
after it, which is the clause read."""
REPORTING = frozenset({base_form(w) for w in (*SAY_VERBS, "tweeted", "posted", "revealed", "disclosed", "denied",
                                              "declined", "commented", "asked", "learned", "quoted", "cited")})
"""Verbs of reporting: a date next to them dates what was said, not what happened."""


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
    """A past form in '-ed' or an irregular verb form, no function word (as :func:`clause_verbs` reads)."""
    w = word.lower()
    return w not in NOT_VERBS and w not in STOP and w not in AUXILIARIES and (
        (len(w) >= 4 and w.endswith("ed")) or (w in VERB_BASE and VERB_BASE[w] != w))


def clause_verbs(text: str, start: int, end: int) -> tuple[set[str], set[str]]:
    """(the past forms in '-ed' and the irregular verb forms of the date's clause, every content word of it): the
    clause runs to the nearest clause break on each side (:data:`~.slots.CLAUSE_BREAK`: 'after he was convicted in
    June 1998 on aggravated ...' → convict, aggravat). No '-ing' form is a verb here: one next to a date is as often a
    noun ('his meeting with Putin in April 2019', 'visiting Russia since his 2016 trip': the seeds' one event), but
    it is among the words a verb of the other clause may be ('sank a trawler on November 19' / 'the sinking of a
    trawler on November 18', ECB+ 12/ecb). A form in '-ed' after an article or a preposition is an adjective
    (:data:`ATTRIBUTIVE`). A phrase of :data:`ACTS` adds its act's verb ('found him guilty' → convict)."""
    after = CLAUSE_BREAK.split(text[end:])
    if FRONTED.match(text[:start]) and len(after) > 1 and not re.search(r"[a-z]", after[0]):
        after = after[1:]  # 'In 1957, he was charged ...': a date opening the sentence dates the clause after it
    clause = CLAUSE_BREAK.split(text[:start])[-1] + " " + after[0]
    words = re.findall(r"\b[a-z]+\b", clause)
    verbs = {base_form(w) for i, w in enumerate(words) if past_form(w) and not (i and words[i - 1] in ATTRIBUTIVE)}
    verbs |= {act for act, phrase in ACTS.items() if phrase.search(clause)}
    return verbs, {w for w in words if len(w) >= 4 and w not in STOP}
