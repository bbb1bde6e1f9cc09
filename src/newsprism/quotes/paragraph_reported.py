"""Reported speech read once per parsed paragraph of a story (issue #20).

A reprint's copy of the wire's paragraph shares the wire's parsed Doc (:func:`newsprism.nlp.sentences.parse`), and
:func:`~newsprism.quotes.indirect.find_reported` read it again in every article that prints it: in a one-event
story, the same few paragraphs a dozen times over. What it finds in one paragraph is a function of the paragraph's
Doc and of the direct quotations that overlap the paragraph (every position it asks about lies in the paragraph:
its tokens, the reported clause, the source and cue spans), so it is kept under those, the quotations' offsets
taken from the paragraph's start, and a copy's reading is the kept one moved to where the copy starts.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any

from newsprism.nlp.sentences import Paragraph
from newsprism.quotes.attribution import Attribution, Range, Ranges
from newsprism.quotes.indirect import Reported, find_reported

PARAGRAPHS_KEPT = 4_096
"""Most paragraph readings kept (the least recently asked go first). A reading is a few ranges (under 1 KB with its
key: one to three reported statements), so at most a few MB. One-event 20 has 3,528 paragraphs in 1,534 distinct
Docs: this holds the distinct paragraphs of a story of about 50 articles, and in a bigger one the wire's paragraphs,
asked by every reprint, stay while rewrites' one-off paragraphs go."""

_Key = tuple[int, tuple[Range, ...]]
_KEPT: OrderedDict[_Key, tuple[weakref.ref[Any], tuple[Reported, ...]]] = OrderedDict()
"""Each reading under its paragraph's Doc (by identity, checked against a weak reference: a Doc gone and another
made at its address is not the same paragraph) and the quotations' offsets in it; the Doc is not kept alive."""


def reported_once(paragraphs: Sequence[Paragraph], quoted: Ranges) -> Iterator[Reported]:
    """:func:`~newsprism.quotes.indirect.find_reported` of ``paragraphs``, each paragraph read once per Doc and
    quotations in it (the same statements, in the same order)."""
    for paragraph in paragraphs:
        inside = tuple((start - paragraph.start, end - paragraph.start) for start, end in quoted
                       if start < paragraph.end and end > paragraph.start)
        for found in _paragraph_reported(paragraph, inside):
            yield _moved(found, paragraph.start)


def _paragraph_reported(paragraph: Paragraph, inside: tuple[Range, ...]) -> tuple[Reported, ...]:
    """The paragraph's reported statements at offsets from its start, kept under its Doc and ``inside``."""
    key = (id(paragraph.doc), inside)
    held = _KEPT.get(key)
    if held is not None and held[0]() is paragraph.doc:
        _KEPT.move_to_end(key)
        return held[1]
    alone = Paragraph(0, paragraph.doc, paragraph.end - paragraph.start, paragraph.text)
    found = tuple(find_reported([alone], Ranges(inside)))
    _KEPT[key] = (weakref.ref(paragraph.doc), found)
    if len(_KEPT) > PARAGRAPHS_KEPT:
        _KEPT.popitem(last=False)
    return found


def _moved(found: Reported, offset: int) -> Reported:
    source, cue = found.attribution.source, found.attribution.cue
    return Reported(_shift(found.content, offset), Attribution(None if source is None else _shift(source, offset),
                                                               None if cue is None else _shift(cue, offset)))


def _shift(span: Range, offset: int) -> Range:
    return span[0] + offset, span[1] + offset
