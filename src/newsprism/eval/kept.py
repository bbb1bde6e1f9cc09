"""Which characters of an input survive cleaning: the input's words aligned with the cleaned text's words.

Cleaning keeps lines whole, drops lines, cuts a dateline or a credit off a line and may fold a doubled
paragraph, so the cleaned text is a subsequence of the input's words. The words (runs of letters and digits,
compared after NFC and case folding) of both are aligned by :class:`difflib.SequenceMatcher` (no junk
heuristic); an input character is *kept* when it is a letter or digit of a word matched in the alignment.
Spaces and punctuation never count, so re-spacing or re-punctuating a line does not read as a loss.

The cleaned text is its title, a blank line and its body (as both evaluations write it). The title is aligned
first, on its own (the earliest of equal copies: the pasted headline). The body's paragraphs are then matched to
the input's lines whole (a paragraph equal to a line, in order), and the words of the paragraphs between two such
anchors with the words of the input lines between them. Aligned as one run of words, the longest common run could
cross a line cleaning removed whose words repeat its neighbour's: a player's 'MORE VIDEO' + the headline right
above the first paragraph, a credit 'Photo: X County Sheriff's Office' under a lead ending '... according to the X
County Sheriff's Office.'; the removed line read as kept and its neighbour's words as lost (issue #16, session 29).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher

_WORD = re.compile(r"[^\W_]+")
REMOVED_SHARE = 0.5
"""A line counts as removed when at most this share of its letters and digits is kept: a line cut to its
first half (a dateline kept, the rest dropped) is removed; a line that lost only a credit is kept."""

Span = tuple[int, int]


def _words(text: str) -> tuple[list[Span], list[str]]:
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    return spans, [unicodedata.normalize("NFC", text[a:b]).casefold() for a, b in spans]


_TITLE_END = re.compile(r"\n\s*\n")
_BREAK = "\0"
"""A line or paragraph break, read as a word that only another break matches."""


def kept_words(source: str, cleaned: str) -> list[Span]:
    """The spans of ``source``'s words aligned with words of ``cleaned``: its title first, then its body."""
    spans, words = _words(source)
    title, body = [*_TITLE_END.split(cleaned, maxsplit=1), ""][:2]
    taken = _aligned(words, _words(title)[1])
    lines = [rest for line in _line_words(source, spans) if (rest := [i for i in line if i not in taken])]
    paragraphs = [_words(paragraph)[1] for paragraph in _TITLE_END.split(body)]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    keys = [tuple(words[i] for i in line) for line in lines]
    anchors = SequenceMatcher(None, keys, [tuple(p) for p in paragraphs], autojunk=False).get_matching_blocks()
    line_at = para_at = 0
    for anchor in anchors:  # the last one is empty and closes the final gap
        taken |= {i for line in lines[anchor.a:anchor.a + anchor.size] for i in line}
        if anchor.a > line_at and anchor.b > para_at:
            around = (max(line_at - 1, 0), anchor.a + 1), (max(para_at - 1, 0), anchor.b + 1)
            taken |= _gap_aligned(words, lines, paragraphs, around, range(line_at, anchor.a))
        line_at, para_at = anchor.a + anchor.size, anchor.b + anchor.size
    return [spans[i] for i in sorted(taken)]


def _gap_aligned(words: list[str], lines: list[list[int]], paragraphs: list[list[str]],
                 around: tuple[tuple[int, int], tuple[int, int]], gap: range) -> set[int]:
    """The words of the ``gap`` lines aligned with the paragraphs between the same anchors, read with the anchor
    line and paragraph on each side and a break mark between lines: a paragraph cut from a line (a dateline or a
    credit off) is matched where the line after it follows, not to an earlier line that prints the same words
    (a caption repeating the lead)."""
    (first, end), (first_para, end_para) = around
    indexes: list[int | None] = []
    for line in lines[first:end]:
        indexes += [None, *line]
    source = [_BREAK if i is None else words[i] for i in indexes]
    target = [word for paragraph in paragraphs[first_para:end_para] for word in (_BREAK, *paragraph)]
    inside = {i for number in gap for i in lines[number]}
    return {index for k in _aligned(source, target) if (index := indexes[k]) is not None and index in inside}


def _line_words(source: str, spans: list[Span]) -> list[list[int]]:
    """The indexes of each input line's words."""
    ends = [m.start() for m in re.finditer("\n", source)] + [len(source)]
    lines: list[list[int]] = [[] for _ in ends]
    line = 0
    for index, (start, _) in enumerate(spans):
        while ends[line] < start:
            line += 1
        lines[line].append(index)
    return lines


def _aligned(words: list[str], target: list[str]) -> set[int]:
    """Indexes of ``words`` aligned with ``target``."""
    matcher = SequenceMatcher(None, words, target, autojunk=False)
    return {i for block in matcher.get_matching_blocks() for i in range(block.a, block.a + block.size)}


class KeptText:
    """An input and the set of its letters and digits kept in the cleaned text."""

    def __init__(self, source: str, cleaned: str) -> None:
        self.source = source
        self.kept = frozenset(i for start, end in kept_words(source, cleaned) for i in range(start, end))

    def letters(self, ranges: Sequence[Span]) -> int:
        return sum(1 for start, end in ranges for i in range(start, min(end, len(self.source)))
                   if self.source[i].isalnum())

    def kept_letters(self, ranges: Sequence[Span]) -> int:
        return sum(1 for start, end in ranges for i in range(start, min(end, len(self.source)))
                   if i in self.kept and self.source[i].isalnum())

    def removed(self, span: Span) -> bool:
        """True when at most REMOVED_SHARE of the span's letters and digits are kept (or it has none)."""
        total = self.letters([span])
        return total == 0 or self.kept_letters([span]) <= REMOVED_SHARE * total
