"""Other stories' headlines standing in the article: over its lead, or between its paragraphs.

A page's links to other stories lose their markup when it is pasted as text, and a headline is left standing alone
where the site placed it: over the lead ('Ohio man paints his fence purple to "keep the birds away"', after the
other headlines of a box the header rules removed), or between two paragraphs, in Title Case or capitals ('Famous
Mug Shots: Film Star', 'DRIVER GETS 3 MONTHS AFTER CRASH'). Such a headline closes with no stop and tells another
story: it shares no word with the page's title and the paragraphs around it. A sub-heading of the article
('A PARTY GONE WRONG' over the paragraph about the party) and a deck share them.
"""

from __future__ import annotations

from itertools import pairwise

from newsprism.clean.context import update_marker
from newsprism.clean.lines import CLOSERS, Line, lower_words, title_case_ratio, words
from newsprism.lexicon import GLUE_WORDS
from newsprism.model import ClutterKind

STEM_CHARACTERS = 5
"""Words are compared by their first five letters, so that 'charged' meets 'charges' and 'shooting' 'shootings'."""
CONTENT_LETTERS = 4
"""A content word has four letters or more and is no glue word (:data:`newsprism.lexicon.GLUE_WORDS`)."""
LEAD_TEASER_WORDS = 6
"""Content words a headline over the lead needs: on the 2,781 dev pages the first body line with no stop that shares
no word with the title nor the next two paragraphs, and the lines of a run of them, have 10 to 13 (other stories'
headlines on two pages of one aggregator, and a caption closed by its credit); with fewer a shared word is too
likely missed."""
NEAR_PARAGRAPHS = 2
"""Paragraphs below a line read for its words (a sub-heading's words come in the paragraph under it or the next)."""
HEADLINE_WORDS = (4, 20)
"""Words of a headline between paragraphs (the dev pages' teasers have 5 to 10; a sub-heading may have 3)."""
HEADLINE_CONTENT_WORDS = 5
"""Content words such a headline needs: a teaser is a whole headline (the dev pages' have 7, one labelled
'Famous Mug Shots: <name>' 4), a sub-heading a label ('Victims Identified', 'Reaction From Local and State Leaders':
2 to 4; dev sub-headings with no shared word have 1 or 2: 'I DO NOT RECALL', 'INITIAL REPORT (Aug. 31)')."""
HEADLINE_CAPITALS = 0.8
"""Share of capitalised content words: Title Case or capitals (:func:`newsprism.clean.lines.title_case_ratio`)."""
SHARED_WORDS_MAX = 1
"""A teaser between paragraphs may share one word with them by chance ('driver' under a road-rage story). Read on
the 2,781 dev pages: headline-shaped lines right between two paragraphs, kept before, with at most one shared word
of their five or more: 4, all other stories' headlines (NBC and Fox sites); the sub-headings kept (17) share two or
more, or have fewer content words, or open with a quote."""
SHARED_SHARE_MAX = 0.15
"""... and at most this share of its content words."""
QUOTE_OPENERS = "\"'“‘"
"""A sub-heading quoting a speaker ('"IT WAS A GOOD DAY"') shares its words with the quote further down."""


def mark_teasers(lines: list[Line], kinds: list[ClutterKind | None], body: list[int], title: str | None) -> bool:
    """Mark other stories' headlines over the lead (a run of them, from the first body line down) and between
    paragraphs as ``related``; True when the first body line was one (the body starts further down)."""
    title_words = _stems(title or "")
    _mark_between(lines, kinds, body, title_words)
    position = 0
    while position < len(body) - NEAR_PARAGRAPHS and _lead_teaser(lines, body, position, title_words):
        kinds[body[position]] = "related"
        position += 1
    return position > 0


def _lead_teaser(lines: list[Line], body: list[int], position: int, title_words: set[str]) -> bool:
    """The body line at ``position`` has no stop and shares no word with the title nor the next two body lines."""
    text = lines[body[position]].bare
    own = _stems(text)
    below = " ".join(lines[i].text for i in body[position + 1:position + 1 + NEAR_PARAGRAPHS])
    return not _closed(text) and len(own) >= LEAD_TEASER_WORDS and not own & (title_words | _stems(below))


def _mark_between(lines: list[Line], kinds: list[ClutterKind | None], body: list[int],
                  title_words: set[str]) -> None:
    """Headlines of other stories standing alone between two of the body's paragraphs (the line right between)."""
    for position, (before, after) in enumerate(pairwise(body)):
        index = before + 1
        if after != index + 1 or kinds[index] is not None or not _teaser_headline(lines[index].bare):
            continue
        around = " ".join(lines[i].text for i in [before, *body[position + 1:position + 1 + NEAR_PARAGRAPHS]])
        own = _stems(lines[index].bare)
        shared = own & (_stems(around) | title_words)
        if len(shared) <= SHARED_WORDS_MAX and len(shared) <= SHARED_SHARE_MAX * len(own):
            kinds[index] = "related"


def _teaser_headline(text: str) -> bool:
    """Title Case or capitals, short, no closing stop, no quote or update marker opening it, its last word
    capitalised (a sentence broken over two lines, 'Deputy Coroner Jane Roe says', ends in lower case)."""
    found = words(text)
    return (HEADLINE_WORDS[0] <= len(found) <= HEADLINE_WORDS[1] and not found[-1][:1].islower()
            and not _closed(text) and text[:1] not in QUOTE_OPENERS
            and len(_stems(text)) >= HEADLINE_CONTENT_WORDS and title_case_ratio(text) >= HEADLINE_CAPITALS
            and not update_marker(text))


def _closed(text: str) -> bool:
    """Closed by a stop, a colon, a bracket or a cut-off mark: a sentence, a lead-in, a note or a credit."""
    stripped = text.rstrip()
    return stripped[-1:] in (")", "]") or stripped.rstrip(CLOSERS)[-1:] in (".", "!", "?", "…", ":")


def _stems(text: str) -> set[str]:
    """The content words of ``text``, each cut to :data:`STEM_CHARACTERS` letters."""
    return {word[:STEM_CHARACTERS] for word in lower_words(text)
            if len(word) >= CONTENT_LETTERS and word not in GLUE_WORDS}
