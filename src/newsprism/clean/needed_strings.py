"""The literal strings a regular expression's matches need (:mod:`newsprism.clean.prefilter`): read from the pattern's
parse tree, a set of which every match contains one (None: a match needs none, or too many or too short to test)."""

from __future__ import annotations

import math
import re
from itertools import product
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

UNSAFE = re.compile(r"[^\x00-\xb4\xb6-\xff\u2010-\u2027\u2030-\u205e\u20ac\u2122]")
"""A character outside ASCII, Latin-1 (less the micro sign, which folds to Greek mu) and general punctuation:
lower-casing may not be what the engine's case folding does (tests/clean/test_prefilter.py checks the others)."""
MAX_EXACT = 32
"""Largest set of whole strings followed through a concatenation or alternation before it is cut into needed
strings (a class of letters, 'tells?' and '(?:told|to)' multiply)."""
MAX_NEEDED = 24
"""Most needed strings tested for one alternative: beyond it the test costs more than it saves."""
MIN_NEEDED_CHARS = 2
"""Needed strings shorter than this (one character) are in nearly every line: not tested."""
CLASS_CHARS = 8
"""A character class of at most this many characters is followed as its characters; a larger one as any."""


Strings = frozenset[str]


class Info:
    """What an expression's matches contain: ``exact`` every string it can match (None: too many), ``needed``
    strings one of which every match contains (None: nothing is needed)."""

    __slots__ = ("exact", "needed")

    def __init__(self, exact: Strings | None = None, needed: Strings | None = None) -> None:
        self.exact, self.needed = exact, needed

    def needs(self) -> Strings | None:
        if self.exact is not None:
            return self.exact if self.exact and "" not in self.exact else None
        return self.needed


EMPTY = Info(frozenset({""}))
ANYTHING = Info()


def _better(one: Strings | None, other: Strings | None) -> Strings | None:
    """The more selective of two needed sets (:func:`_rarity`); a set of more than :data:`MAX_NEEDED` strings is
    not worth testing."""
    if one is not None and len(one) > MAX_NEEDED:
        one = None
    if other is not None and len(other) > MAX_NEEDED:
        other = None
    if one is None or other is None:
        return one if other is None else other
    return max(one, other, key=_rarity)


def _rarity(strings: Strings) -> float:
    """How seldom a line holds one of ``strings``, roughly: the shortest string's length, a symbol counting as three
    letters ('(@' is rarer than 'may'), less a little for each string."""
    weight = min(len(s) + 2 * sum(not (c.isalnum() or c == " ") for c in s) for s in strings)
    return weight - 0.5 * math.log2(len(strings))


def _char(code: int) -> Info:
    char = chr(code)
    low = char.lower()
    return Info(frozenset({low})) if len(low) == 1 and not UNSAFE.match(char) else ANYTHING


def _class(items: list[tuple[object, object]]) -> Info:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL and isinstance(av, int):
            chars |= _char(av).exact or {"\0any"}
        elif op is sre.RANGE and isinstance(av, tuple) and av[1] - av[0] < CLASS_CHARS:
            for code in range(av[0], av[1] + 1):
                chars |= _char(code).exact or {"\0any"}
        else:
            return ANYTHING
    return ANYTHING if len(chars) > CLASS_CHARS or "\0any" in chars else Info(frozenset(chars))


def _sequence(items: sre_parse.SubPattern | list[tuple[object, object]]) -> Info:
    """A concatenation: runs of whole strings multiplied out; the best needed set of the pieces."""
    pending: Strings | None = frozenset({""})
    best: Strings | None = None
    cut = False
    for op, av in items:
        info = _node(op, av)
        if pending is not None and info.exact is not None and len(pending) * len(info.exact) <= MAX_EXACT:
            pending = frozenset(a + b for a, b in product(pending, info.exact))
            continue
        cut = True
        best = _better(best, Info(pending).needs() if pending is not None else None)
        best = _better(best, info.needs())
        pending = info.exact
    if not cut:
        return Info(pending)
    return Info(None, _better(best, Info(pending).needs() if pending is not None else None))


def _alternation(branches: list[sre_parse.SubPattern]) -> Info:
    infos = [_sequence(branch) for branch in branches]
    exact = [info.exact for info in infos]
    if all(e is not None for e in exact):
        union = frozenset().union(*(e for e in exact if e is not None))
        if len(union) <= MAX_EXACT:
            return Info(union)
    needs = [info.needs() for info in infos]
    if any(n is None for n in needs):
        return ANYTHING
    return Info(None, frozenset().union(*(n for n in needs if n is not None)))


def _repeat(low: int, high: int, item: sre_parse.SubPattern) -> Info:
    inner = _sequence(item)
    if low == 0:
        return Info(inner.exact | {""}) if high == 1 and inner.exact is not None else ANYTHING
    if low == high and inner.exact is not None and len(inner.exact) ** low <= MAX_EXACT:
        return Info(frozenset("".join(p) for p in product(inner.exact, repeat=low)))
    return Info(None, inner.needs())


def _node(op: object, av: object) -> Info:
    if op is sre.LITERAL and isinstance(av, int):
        return _char(av)
    if op is sre.IN and isinstance(av, list):
        return _class(av)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # anchors and look-arounds match the empty string
        return EMPTY
    if op is sre.SUBPATTERN and isinstance(av, tuple):
        return _sequence(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH and isinstance(av, tuple):
        return _alternation(av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and isinstance(av, tuple):
        return _repeat(av[0], av[1], av[2])
    return ANYTHING  # any character, categories, back-references, conditionals


def needed(source: str, flags: int) -> Strings | None:
    """Strings of which every match of the expression contains one (lower case); None when none is worth testing."""
    try:
        needs = _sequence(sre_parse.parse(source, flags)).needs()
    except (re.error, RecursionError):
        return None
    if needs is None or len(needs) > MAX_NEEDED or min(map(len, needs)) < MIN_NEEDED_CHARS:
        return None
    return _shortest(needs)


def _shortest(strings: Strings) -> Strings:
    """The strings without those that hold another of them ('comments' holds 'comment'): the same test, cheaper."""
    kept: list[str] = []
    for string in sorted(strings, key=len):
        if not any(other in string for other in kept):
            kept.append(string)
    return frozenset(kept)


def branches(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source, as written."""
    parts, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 2 if source[index + 1:index + 2] == "^" else 1
            index += 1 if source[index:index + 1] == "]" else 0  # a ']' first in a class is a member
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    return [*parts, source[start:]]
