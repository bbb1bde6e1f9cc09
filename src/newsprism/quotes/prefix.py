"""The writer's words before a quotation in its sentence: where that sentence starts (full stops that end no
sentence, signed quotation lines), and whether those words are a clause of the writer's leading into it."""

from __future__ import annotations

import re
from bisect import bisect_right
from weakref import WeakKeyDictionary

from newsprism.lexicon import NAME_ABBREVIATIONS
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.marks import MarkedSpan
from newsprism.typography import DASHES, invisible

_ABBREVIATIONS = (*NAME_ABBREVIATIONS, " [A-Z]")
"""Words whose full stop does not end a sentence: titles before a name ('said of Mr. Rubio:') and a name's
initials ('John E. Herbst'; not 'N.Y.', which ends sentences). A sentence also ends right before a quotation mark
glued to its full stop in crawled text ('… his father."You might as well …," Ana said'). A full stop before a
quotation that opens in lower case ends no sentence: it is an abbreviation's ('the U.S. “war on terror”' was read
as a quotation opening its sentence, a statement, and given to the last speaker; AllSides roundup 5854, the final
honest reading R2 of issue #19)."""
SENTENCE_END = re.compile("(?:[!?]|" + "".join(rf"(?<!\b{word})" for word in _ABBREVIATIONS)
                           + r"\.)(?:[\"”’')\]]*\s+(?![“‘\"'][a-z])|(?=[“‘]|[\"'][A-Z]))")


def lead_words(text: str, span: MarkedSpan, paragraphs: Paragraphs) -> str:
    """The writer's words before the quotation in its sentence (format characters such as bidi marks dropped)."""
    words = text[lead_start(text, span, paragraphs):span.mark_start]
    return "".join(c for c in words if not invisible(c)).strip()


def lead_start(text: str, span: MarkedSpan, paragraphs: Paragraphs) -> int:
    """Where the quotation's sentence starts."""
    paragraph_start = paragraphs.last_start(span.mark_start) or 0
    ends = _sentence_ends(text, paragraphs, paragraph_start)
    if ends is None:
        found = list(SENTENCE_END.finditer(text, paragraph_start, span.mark_start))
        start = found[-1].end() if found else paragraph_start
    else:
        before = bisect_right(ends, span.mark_start)  # a sentence end never runs over a quotation mark
        start = ends[before - 1] if before else paragraph_start
    return _signed_line_end(text, start, span.mark_start)


_SIGNED_LINE = re.compile(rf"[{DASHES}]+[^\S\n]*[A-Z][^{DASHES}\n]*\n[^\S\n]*$")
"""A line ending in a dash and a signature ('“…” ― Ana Ruiz'), then the line break before a quotation."""


def _signed_line_end(text: str, start: int, mark_start: int) -> int:
    """Where the quotation's line starts when the line before it is a signed quotation ('“…” ― Ana Ruiz' and, on
    the next line, '“…” ― Ben Ode'): the signature ends no sentence with a full stop, but the next quotation opens
    one; else ``start``."""
    signed = _SIGNED_LINE.search(text, start, mark_start)
    return text.rfind("\n", start, mark_start) + 1 if signed else start


_ENDS: WeakKeyDictionary[Paragraphs, dict[int, list[int]]] = WeakKeyDictionary()
"""Per article's paragraphs, the sentence ends (:data:`SENTENCE_END`) of each paragraph, found once: a long
paragraph holds many quotations, and each asks where its sentence starts."""


def _sentence_ends(text: str, paragraphs: Paragraphs, paragraph_start: int) -> list[int] | None:
    """Where each sentence of the paragraph starting at ``paragraph_start`` ends (None: no such paragraph)."""
    known = _ENDS.setdefault(paragraphs, {})
    if paragraph_start not in known:
        paragraph = paragraphs.at(paragraph_start)
        if paragraph is None or paragraph.start != paragraph_start:
            return None
        known[paragraph_start] = [m.end() for m in SENTENCE_END.finditer(text, paragraph_start, paragraph.end)]
    return known[paragraph_start]


def led_in(text: str, span: MarkedSpan, paragraphs: Paragraphs) -> bool:
    """The writer's own clause, with no speech verb, leads into the quotation in its sentence ('A sign on the fence
    read “…”', 'A chorus repeats through the song: “…”'): the words are what that clause names, not the last
    speaker's (but see :func:`~newsprism.quotes.extract._named_in_lead`)."""
    prefix = lead_words(text, span, paragraphs)
    return len(prefix.split()) >= INTRODUCING_WORDS and not any(mark in prefix for mark in "\"“”")
    # a quotation glued to the one before it ('… was.""I …') is no clause of the writer's


INTRODUCING_WORDS = 3
"""Fewest words before a quotation in its sentence that make a clause leading into it; fewer are a conjunction or
an adverb ('And “…”', 'Then, “…”') that goes on with the last speaker. Set by hand on issue #19's fresh stories
(a sign's words, a song's chorus)."""
