"""Quotation marks the writer puts around a name or a saying, no one's words: a 'so-called' name ('the so-called
“water tower idea” — the theory that …'), a work's title after its noun ('his new book, “Onward: Notes on …”') and a
maxim after its noun ('the old newsroom adage, “Check it twice”')."""

from __future__ import annotations

import re

from newsprism.lexicon import TITLE_CASE_SMALL_WORDS

Range = tuple[int, int]

NAMING_REACH = 40
"""Characters before a quotation read for the words that make it a name (the longest, 'documentary, entitled “',
with room), set by hand as :data:`~newsprism.quotes.terms.GLOSS_REACH`."""
_SO_CALLED = re.compile(r"\bso[- ]called\s*[\"“‘'`]\s*$", re.IGNORECASE)
"""The writer's 'so-called' right before a quotation: AllSides crawled 6052, read in issue #19's thirty-seventh
round's honest reading (seed 104), credited a theory's so-called name to the one who said the theory should be
looked into."""
WORK_NOUNS = frozenset({"book", "memoir", "novel", "film", "movie", "documentary", "album", "song", "podcast"})
"""Nouns of a work whose title a quotation right after them gives ('his new book, “Onward: …”'; a book's title was
credited to no one and, after 'His book, called', to the book: AllSides crawled 5713, E22's seed-99 honest
reading)."""
_WORK = re.compile(r"\b(?:" + "|".join(sorted(WORK_NOUNS)) + r")(?:,?\s+(?:called|titled|entitled|named))?,?\s*"
                   r"[\"“‘]\s*$", re.IGNORECASE)

MAXIM_NOUNS = frozenset({"adage", "maxim", "proverb", "saying", "motto", "injunction", "dictum", "aphorism"})
"""Nouns of a saying that a quotation right after them gives ('the old newsroom adage, “Check it twice”'): no one's
words (AllSides crawled 5717, E23's seed-102 honest reading: a journalists' maxim extracted with no speaker)."""
_MAXIM = re.compile(r"\b(?:" + "|".join(sorted(MAXIM_NOUNS)) + r")(?:\s+goes)?,?\s*[\"“‘]\s*$", re.IGNORECASE)


def named_so(text: str, content: Range, attributed: bool) -> bool:
    """The quoted words at ``content`` are a name or a saying: after 'so-called' (:data:`_SO_CALLED`), after a maxim's
    noun (:data:`MAXIM_NOUNS`) with no one credited ('As the saying goes, “…,” Ode said' stays Ode's), or a title
    written in title case right after a work's noun (:data:`WORK_NOUNS`; 'In his book, “We were young,” Ode writes'
    stays the book's words)."""
    before = text[max(0, content[0] - NAMING_REACH):content[0]]
    if _SO_CALLED.search(before) is not None or (_MAXIM.search(before) is not None and not attributed):
        return True
    return _WORK.search(before) is not None and _title_cased(text[content[0]:content[1]])


def _title_cased(words: str) -> bool:
    found = re.findall(r"[^\W\d_][\w’'-]*", words)
    return bool(found) and not words.rstrip().endswith(("?", "!")) and all(
        word[0].isupper() or word.lower() in TITLE_CASE_SMALL_WORDS for word in found)
