"""The pieces of an article's text that spaCy parses, and an index to find them by offset.

A piece is a paragraph (text between blank lines), unless the paragraph is longer than
:data:`PIECE_CHARS`: then it is cut at a line break, else at a sentence end, else at a space,
else anywhere, into pieces of at most that length. Bounded pieces keep spaCy under its
``max_length`` and its parser's memory small, and keep every per-paragraph scan of the later
stages (quotes read the words before a quotation back to its paragraph's start) bounded,
so a long article costs time linear in its length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, overload

PIECE_CHARS = 5_000
"""Longest piece of text parsed as one spaCy Doc. The longest paragraph of the 924 PolNeAR articles has 2,573
characters, of the seeds and examples 789: no real paragraph is cut, and a piece holds about 1,000 tokens, far
below spaCy's ``max_length`` (1,000,000) and its parser's memory of about 1 GB per 100,000 characters. The later
stages read a quotation's paragraph token by token, so a smaller piece is cheaper per quotation: at 10,000
characters, quotes took 85 s of a 1 MB one-paragraph article."""

_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Sgt",
                  "Capt", "Rev", "No", "Inc", "Co", "Corp", "Ltd", "vs", "[A-Z]")
"""Words whose full stop ends no sentence: titles before a name ('Mr. Dahl'), and one capital letter (an initial,
'John E. Herbst', or the end of 'U.S.')."""
_SENTENCE_END = re.compile("(?:[!?]|" + "".join(rf"(?<!\b{word})" for word in _ABBREVIATIONS)
                           + r"\.)[\"”’')\]]*[ \t]+(?=[\"“‘(]?[A-Z0-9])")
"""A full stop (not after an abbreviation), ! or ?, closing marks, spaces, then a capital or a digit: where a long
paragraph is cut when it has no line break to cut at."""


def paragraph_spans(text: str, limit: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of each piece: the paragraphs (separated by a blank line), long ones cut by :func:`pieces`."""
    start = 0
    for part in text.split("\n\n"):
        end = start + len(part)
        if part.strip():
            yield from pieces(text, start, end, limit)
        start = end + 2


def pieces(text: str, start: int, end: int, limit: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` as pieces of at most ``limit`` characters, cut at the last line break, else sentence end,
    else space of each window's second half (so each piece is at least half the limit), else at the limit. The
    spaces at a cut belong to no piece."""
    while end - start > limit:
        cut, after = _cut(text, start + limit // 2, start + limit)
        yield start, cut
        start = after
        while start < end and text[start].isspace():
            start += 1
    if text[start:end].strip():
        yield start, end


def _cut(text: str, low: int, high: int) -> tuple[int, int]:
    """Where to cut in ``text[low:high]``: the piece's end and the next piece's start."""
    line = text.rfind("\n", low, high)
    if line >= 0:
        return line, line + 1
    last = None
    for found in _SENTENCE_END.finditer(text, low, high):
        last = found
    if last is not None:
        return last.start() + len(last.group().rstrip()), last.end()
    space = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
    return (space, space + 1) if space > low else (high, high)


@dataclass(frozen=True)
class Paragraph:
    """One piece of the article (a paragraph, or part of a long one) as spaCy parsed it."""

    start: int
    """offset of the paragraph in the article's text: ``doc`` character ``i`` is text character ``start + i``"""
    doc: Any
    """the ``spacy.tokens.Doc`` of ``article.text[start:end]``"""
    end: int = -1
    """offset of the paragraph's end in the article's text (``start + len(doc.text)``, filled in when left out)"""
    written: str | None = field(default=None, compare=False, repr=False)
    """the text ``doc`` was parsed from, where the parser has it: ``doc.text`` is that string (spaCy's tokens keep
    every character), built anew from the tokens on every call (issue #20: each copy of a shared Doc built it)"""

    def __post_init__(self) -> None:
        if self.end < 0:
            object.__setattr__(self, "end", self.start + len(self.text))

    @cached_property
    def text(self) -> str:
        """The paragraph's text (``doc.text``, which spaCy builds anew from the tokens on every call: kept)."""
        return self.written if self.written is not None else str(self.doc.text)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [token.idx for token in self.doc]

    def tokens_from(self, start: int, end: int | None = None) -> Any:
        """The doc's tokens (a Span) that start at text offsets in ``[start, end)`` (``end`` None: to the end)."""
        starts = self._token_starts
        first = bisect_left(starts, start - self.start)
        return self.doc[first:len(starts) if end is None else bisect_left(starts, end - self.start)]


class Paragraphs(Sequence[Paragraph]):
    """An article's parsed paragraphs in text order, with lookups by offset in O(log n)."""

    def __init__(self, items: Iterable[Paragraph] = ()) -> None:
        self._items = tuple(items)
        self._starts = [p.start for p in self._items]
        self._ends = [p.end for p in self._items]

    @overload
    def __getitem__(self, index: int) -> Paragraph: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Paragraph]: ...

    def __getitem__(self, index: int | slice) -> Paragraph | Sequence[Paragraph]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Paragraph]:
        return iter(self._items)

    def __repr__(self) -> str:
        return f"Paragraphs({list(self._items)!r})"

    def at(self, position: int) -> Paragraph | None:
        """The first paragraph whose text holds ``position`` (its end included)."""
        found = self.ending_at_or_after(position)
        return found if found is not None and found.start <= position else None

    def ending_at_or_after(self, position: int) -> Paragraph | None:
        """The first paragraph whose end is at or after ``position``."""
        index = bisect_left(self._ends, position)
        return self._items[index] if index < len(self._items) else None

    def last_start(self, position: int) -> int | None:
        """The start of the last paragraph that starts at or before ``position``."""
        index = bisect_right(self._starts, position)
        return self._starts[index - 1] if index else None

    def overlapping(self, start: int, end: int) -> Sequence[Paragraph]:
        """The paragraphs (in order) with ``paragraph.end >= start`` and ``paragraph.start <= end``."""
        return self._items[bisect_left(self._ends, start):bisect_right(self._starts, end)]

    def before(self, position: int) -> Sequence[Paragraph]:
        """The paragraphs that start before ``position``, in order."""
        return self._items[:bisect_left(self._starts, position)]
