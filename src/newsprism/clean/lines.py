"""Split copied web text into logical lines, and the shape tests the cleaning rules share."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from newsprism.lexicon import MONTH_ABBREVIATIONS

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
SPACES = dict.fromkeys(map(ord, "\xa0\u2007\u202f\t"), " ")
BULLET = re.compile(r"^[•·▪►‣◦*|]+\s*")
TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”’»]$")
"""How a sentence ends: a mark, then closing quotes or brackets; or a closing quote. :func:`ends_sentence` tests
the same on the line's last characters (tests/clean/test_line_shapes.py holds the two together)."""
WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)
WRAP_MIN_CHARS = 40
"""Hard-wrapped copy wraps at 60-80 columns; a shorter line ending mid-sentence is a label, not a wrap."""
SENTENCE_BREAK = re.compile(r"(\w*)([.!?])[\"'”’]?\s+[\"'“‘]?[A-Z]")
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr vs gov sen rep gen col lt sgt capt prof inc co corp ltd no mt ft calif fla mass ariz
    conn ill ind wash pa va ga ky la md mich minn mo nev okla ore tenn tex wis""".split()
) | {label.lower() for label in MONTH_ABBREVIATIONS if label != "May"} | {"sept"}


@dataclass(frozen=True)
class Line:
    """One logical line: a paragraph, or a hard-wrapped paragraph joined back."""

    text: str
    number: int
    """1-based number of its first physical line in the source."""
    alone: bool
    """True when blank lines (or the text's edges) stand on both sides of it."""

    @cached_property
    def bare(self) -> str:
        """The text without a leading bullet or separator (worked out once: the passes ask for it often)."""
        return BULLET.sub("", self.text)


def normalize(text: str) -> str:
    """NFC, no zero-width characters, ordinary spaces, Unix newlines; offsets stay simple."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    for table, by in ((INVISIBLE, ""), (SPACES, " ")):  # str.replace: far faster than str.translate's dict
        for code in table:
            text = text.replace(chr(code), by)
    return text


def split_lines(text: str) -> list[Line]:
    """Logical lines of ``text``; a wrapped line whose next line starts in lower case is joined."""
    physical = [" ".join(raw.split()) for raw in normalize(text).split("\n")]
    spans: list[tuple[int, int]] = []  # first and last physical index of each logical line
    for index, stripped in enumerate(physical):
        if not stripped:
            continue
        if spans and spans[-1][1] == index - 1 and _continues(physical[index - 1], stripped):
            spans[-1] = (spans[-1][0], index)
        else:
            spans.append((index, index))

    def blank(index: int) -> bool:
        return index < 0 or index >= len(physical) or not physical[index]

    return [
        Line(" ".join(physical[first:last + 1]), first + 1, alone=blank(first - 1) and blank(last + 1))
        for first, last in spans
    ]


def _continues(previous: str, nxt: str) -> bool:
    """A hard wrap: a long line cut mid-sentence, the next one going on in lower case."""
    return (len(previous) >= WRAP_MIN_CHARS and not ends_sentence(previous) and not previous.endswith(":")
            and nxt[0].islower())


WORDS_CACHE_LINES = 4096
"""Lines whose words :func:`words` remembers. The cleaning passes ask for the words of the same line a dozen
times; a page has at most a few thousand lines, and :func:`forget_lines` empties the cache at each article,
so no result carries over from one article to the next (benchmarks time each article from cold)."""


@lru_cache(maxsize=WORDS_CACHE_LINES)
def _word_tuple(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text))


def words(text: str) -> list[str]:
    return list(_word_tuple(text))


@lru_cache(maxsize=WORDS_CACHE_LINES)
def lower_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` (:func:`words`), each lower-cased; remembered like them."""
    return tuple(word.lower() for word in _word_tuple(text))


def forget_lines() -> None:
    """Empty the per-article caches of line computations (called when a new article starts)."""
    _word_tuple.cache_clear()
    lower_words.cache_clear()
    sentence_count.cache_clear()


CLOSERS = "\"'”’»)]"
"""What may follow a sentence's last mark (:data:`TERMINAL`'s closing quotes and brackets)."""


def line_key(text: str) -> str:
    """A line's words in lower case, one space apart: two lines with one key print the same words."""
    return " ".join(text.lower().split())


def ends_sentence(text: str) -> bool:
    """:data:`TERMINAL` at the end, tested on the last characters only (a search scans the whole line)."""
    stripped = text.rstrip()
    if stripped[-1:] in ("\"", "”", "’", "»"):
        return True
    return stripped.rstrip(CLOSERS)[-1:] in (".", "!", "?", "…")


WHOLE_PARAGRAPH_WORDS = 8
"""A whole paragraph is a sentence of at least this many words, not cut off (``CleanConfig.body_min_words``'s
default): what the layout rules read as the article's body having begun (captions above it, comments under it)."""


def whole_paragraph(text: str) -> bool:
    """A line of :data:`WHOLE_PARAGRAPH_WORDS` words or more that ends a sentence."""
    return len(words(text)) >= WHOLE_PARAGRAPH_WORDS and ends_sentence(text)


@lru_cache(maxsize=WORDS_CACHE_LINES)
def sentence_count(text: str) -> int:
    """Sentences in a line, not counting periods after initials and common abbreviations ('U.S. Ages'); remembered
    like :func:`words` (the passes ask for the same line's count several times)."""
    breaks = [word for word, mark in SENTENCE_BREAK.findall(text)
              if mark != "." or (len(word) > 1 and word.lower() not in ABBREVIATIONS and not word.isupper())]
    return 1 + len(breaks)


def title_case_ratio(text: str) -> float:
    """Share of content words that start with a capital letter."""
    content = [w for w, low in zip(_word_tuple(text), lower_words(text), strict=True) if low not in SMALL_WORDS]
    return sum(w[0].isupper() for w in content) / len(content) if content else 0.0


SMALL_WORDS = frozenset(
    "a an the of to in on for and or but at by with from as is are was vs via into over after says said".split()
)
