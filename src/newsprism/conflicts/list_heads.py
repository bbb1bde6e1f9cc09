"""The verb a count of things hangs on, across the list it stands in ('smashed a tram shelter, five kiosks and
two cafes' / 'smashed a bus stop ... as well as four cafes': both counts of cafes were 'smashed'; the shape of ECB+
19/ecb's counts of banks, issue #18). A count's measure phrase (:func:`.body_counts.measure_stems`) is the few words
next to it; in a list of objects those are the other items, and the verb that says what was done to all of them
stands before the list's first item.

The list is walked back from the count over items of at most :data:`LIST_ITEM_WORDS` words with no verb, each
after a comma; the verb is the last past form (in '-ed', or an irregular past: :data:`newsprism.lexicon.VERB_BASE`)
of the piece where the walk stops, after that piece's last clause opener (:data:`.slots.CLAUSE_BREAK`: 'when',
'who' ...), no auxiliary or verb of reporting. A form after an article, a possessive or a preposition is an
adjective ('the damaged shops')."""

from __future__ import annotations

import re

from newsprism.conflicts.slots import CLAUSE_BREAK
from newsprism.lexicon import AUXILIARIES, VERB_BASE
from newsprism.values import Quantity

LIST_ITEM_WORDS = 4
"""Words of one item of a list of objects ('four shops', 'a government building', 'several stores'); a longer piece
is a clause of its own, whose verb is not the list's. Chosen on ECB+ 19/ecb's lists of what rioters attacked."""
ADJECTIVE_BEFORE = frozenset({"the", "a", "an", "of", "for", "with", "on", "by", "its", "his", "her", "their", "this",
                              "that", "to", "in", "at", "from"})
"""Words after which a form in '-ed' is an adjective, no verb ('the damaged shops', 'with armed men')."""
REPORTED = frozenset({"said", "told", "reported", "added", "stated"})
"""Verbs of reporting: they say who told of the count, not what was done to the thing counted."""


def list_verbs(text: str, q: Quantity) -> frozenset[str]:
    """The past forms, lower case, of the verb the count ``q`` of sentence ``text`` hangs on across its list."""
    pieces = re.split(r"[,;]", text[:q.start])
    while len(pieces) > 1 and len(pieces[-1].split()) <= LIST_ITEM_WORDS and not _past_forms(pieces[-1]):
        pieces.pop()
    return frozenset(_past_forms(CLAUSE_BREAK.split(pieces[-1])[-1])[-1:])


def _past_forms(piece: str) -> tuple[str, ...]:
    words = re.findall(r"[a-z]+", piece.lower())
    return tuple(w for i, w in enumerate(words) if w not in AUXILIARIES and w not in REPORTED
                 and not (i and words[i - 1] in ADJECTIVE_BEFORE) and (
        (len(w) >= 5 and w.endswith("ed")) or VERB_BASE.get(w, w) != w))
