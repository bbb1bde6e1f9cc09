"""Who did a dated act, as a clause names it: the name written right before the clause's first past verb ('Mr Vane
killed Ortega on Sunday' → 'Mr Vane'; 'On Tuesday, the Kade Rovers re-signed Ortega' → 'Kade Rovers'), and the
longer names the story writes that hold it, so that two outlets' doers named by different parts of one name meet
('Kade' / 'the Rovers' of 'Kade Rovers'; issue #18, ECB+ 25/ecbplus's 'New Orleans picked up …' / 'the Saints
re-signed …')."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsprism.conflicts.act_verbs import past_form
from newsprism.conflicts.slots import CLAUSE_BREAK

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
"""Capitalised words in a row: one name as written."""
_NAME_BEFORE = re.compile(rf"({NAME_RUN.pattern})\s+$")
"""A name run that ends right before a point (the doer before its verb)."""
_POSSESSIVE = re.compile(r"['’]s$")


def doer(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words of the name that ends right before the first past verb form of the clause of ``text[start:end]``
    (the doer), or none: a verb with no name right before it names no doer here ('was signed on Tuesday')."""
    left = CLAUSE_BREAK.split(text[:start])[-1]
    clause = left + text[start:end] + CLAUSE_BREAK.split(text[end:])[0]
    verb = next((m for m in _WORD.finditer(clause) if past_form(m.group(0))), None)
    if verb is None:
        return ()
    run = _NAME_BEFORE.search(clause[:verb.start()])
    return tuple(_POSSESSIVE.sub("", w) for w in run.group(1).split()) if run else ()


def story_names(texts: Iterable[str]) -> dict[str, set[tuple[str, ...]]]:
    """Every name of two or more capitalised words the story writes, as its words, by each of its words."""
    names: dict[str, set[tuple[str, ...]]] = {}
    for text in texts:
        for m in NAME_RUN.finditer(text):
            words = tuple(_POSSESSIVE.sub("", w) for w in m.group(0).split())
            for word in words if len(words) > 1 else ():
                names.setdefault(word, set()).add(words)
    return names


def holding(words: tuple[str, ...], names: dict[str, set[tuple[str, ...]]]) -> frozenset[tuple[str, ...]]:
    """The names of :func:`story_names` that hold ``words`` as a run of their own words, an opening 'The' left out
    ('the Saints' is held by 'New Orleans Saints')."""
    core = words[1:] if words[:1] == ("The",) else words
    n = len(core)
    if not n:
        return frozenset()
    return frozenset(name for name in names.get(core[0], ()) if any(name[i:i + n] == core
                                                                     for i in range(len(name) - n + 1)))
