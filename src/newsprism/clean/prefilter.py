"""Skip the alternatives of a regular expression that cannot match a text, from the literal strings they need.

The cleaning rules are long alternations searched on every line, and most alternatives name words a given line
lacks ('trouble viewing', 'according to', 'sister station'). :class:`Prefilter` reads, once per pattern, each
top-level alternative's *needed strings*: a set of which every match of the alternative contains one (worked out
from the pattern's parse tree; an alternative whose matches need no string, or whose strings are too short or too
many to be worth testing, is always kept). Per text it tests those strings (``in``, lower case, on the lowered
text) and runs the pattern with the alternatives that cannot match anywhere in the text turned off (a character the
text lacks put before them, :data:`OFF`: the groups, their numbers and names stay). An alternative that cannot
match at any position changes no match of the others, so :func:`search`, :func:`match` and :func:`finditer` give
exactly what the pattern gives.

Which needed strings a text holds is read once per text for all patterns (:func:`present`): one scan with a
regular expression that is a trie of every pattern's strings of :data:`TRIE_MIN_CHARS` or more (the longest
string starting at each position, and the strings it starts with), then a pattern's test is a set
intersection; shorter strings ('in', 'at') are in most lines and are tested with ``in`` where a pattern needs them.

Lower-casing is exact only for characters whose ``str.lower`` is the one character the regular expression engine
folds them to, with no other character folding to it (:data:`UNSAFE` finds the others: the Turkish dotted and
dotless i, the long s, the Kelvin sign, Greek); a text with such a character runs the whole pattern.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

from newsprism.clean.needed_strings import UNSAFE, Strings, branches, needed

OFF = "\ue000"
"""Put before an alternative to turn it off for a text without this character (a private-use one; a text with it
runs the whole pattern). The engine skips an alternative whose first character differs at once, where a ``(?!)``
is tried at every position."""

TRIE_MIN_CHARS = 3
"""Needed strings at least this long are found by the one scan (:func:`present`); two-letter ones ('in', 'ed',
'on') start at most positions of a line, and the scan would stop at each."""
REBUILD_TEXTS = 64
"""Texts scanned before the trie is made again for strings of patterns seen since it was made (making it takes
about 10 ms; until then those patterns test their strings one by one)."""

Read = tuple[str | None, Strings | None, int]
"""A text's :meth:`_Trie.read`: lowered, the trie's strings it holds, the bits of the patterns it rejects."""


class Prefilter:
    """A compiled pattern and its alternatives' needed strings (see the module's docstring)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        parts = branches(pattern.pattern) if not pattern.flags & re.VERBOSE else [pattern.pattern]
        if re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):  # global flags first: one alternative
            parts = [pattern.pattern]
        self.parts = parts
        self.needs = [needed(part, pattern.flags) for part in parts]
        needing = sum(n is not None for n in self.needs)
        self.narrowing = needing >= 2 or needing == len(parts) == 1
        """whether turning alternatives off can pay (with one alternative that needs strings among others that need
        none, the test costs more than the one alternative it may save)"""
        self.any_of: tuple[str, ...] | None = None
        """every alternative's needed strings together (None: an alternative needs none)"""
        if all(n is not None for n in self.needs):
            self.any_of = tuple(sorted(frozenset().union(*(n for n in self.needs if n is not None))))
        self.reduced: dict[int, re.Pattern[str]] = {}
        self.tests = [None if n is None else _Test(n) for n in self.needs]
        """each alternative's needed strings split for testing (None: it needs none)"""
        self.any_test = _Test(frozenset(self.any_of)) if self.any_of is not None else None
        self.bit = _TRIE.add(frozenset().union(*(n for n in self.needs if n is not None)), self)
        """this pattern's bit in a text's :meth:`_Trie.read` rejections"""

    def narrowed(self, text: str) -> re.Pattern[str] | None:
        """The pattern with the alternatives that cannot match ``text`` turned off; None when none can match."""
        if not self.narrowing:
            return self.pattern
        low, found, rejected = _TRIE.read(text)
        if rejected & self.bit:
            return None  # the common case, read once per text for every pattern: none of the pattern's words
        if low is None:
            return self.pattern
        if self.any_test is not None and not self.any_test.holds(low, found):
            return None  # the common case: a line with none of the pattern's words
        if len(self.parts) == 1:
            return self.pattern
        mask = 0
        for bit, test in enumerate(self.tests):
            if test is None or test.holds(low, found):
                mask |= 1 << bit
        if not mask:
            return None
        if mask == (1 << len(self.parts)) - 1:
            return self.pattern
        if OFF in text:
            return self.pattern
        if mask not in self.reduced:
            source = "|".join(part if mask >> bit & 1 else OFF + part for bit, part in enumerate(self.parts))
            self.reduced[mask] = re.compile(source, self.pattern.flags)
        return self.reduced[mask]


class _Test:
    """Whether a text holds one of a set of needed strings: the long ones looked up in the text's :func:`present`
    strings, the short ones (and all of them when the trie does not hold them yet) searched in the text."""

    __slots__ = ("covered", "long", "short", "strings")

    def __init__(self, strings: Strings) -> None:
        self.strings = tuple(sorted(strings))
        self.long = frozenset(s for s in strings if len(s) >= TRIE_MIN_CHARS)
        self.short = tuple(sorted(s for s in strings if len(s) < TRIE_MIN_CHARS))
        self.covered = False
        """whether the trie holds all the long strings (it only ever grows)"""

    def holds(self, low: str, found: Strings | None) -> bool:
        if not self.covered:
            self.covered = found is not None and self.long <= _TRIE.strings
            if not self.covered:
                return any(map(low.__contains__, self.strings))
        return not self.long.isdisjoint(found or ()) or (bool(self.short) and any(map(low.__contains__, self.short)))


class _Trie:
    """Every registered needed string of :data:`TRIE_MIN_CHARS` or more, as one regular expression (a trie: at each
    position it matches the longest of them that starts there) and each string's prefixes among them."""

    def __init__(self) -> None:
        self.strings: Strings = frozenset()
        self.wanted: set[str] = set()
        self.pattern: re.Pattern[str] | None = None
        self.prefixes: dict[str, Strings] = {}
        self.found: dict[str, Strings] = {}
        self.texts: dict[str, Read] = {}
        """text -> its :func:`lowered` form, what that holds and the patterns it rejects (one look-up per search)"""
        self.scanned = 0
        self.filters: list[Prefilter] = []
        """every prefilter made, in order: the n-th one's bit is 1 << n"""
        self.owners: dict[str, int] = {}
        """a string of the trie -> the bits of the :data:`rejecting` patterns that a text holding it may match"""
        self.short_owners: tuple[tuple[str, int], ...] = ()
        """the same for the short strings of those patterns, tested with ``in``"""
        self.rejecting = 0
        """the bits of the patterns whose every needed string the trie held when it was made (:meth:`rejected`)"""
        self.lock = threading.RLock()
        """held while the trie is read or grown: cleaning runs in threads (the web app's readers), and a rebuild
        replaces the pattern, its prefixes and the owners one after another"""

    def add(self, strings: Strings, owner: Prefilter | None = None) -> int:
        """Register needed strings, with the pattern that needs them: its bit (0 without one)."""
        with self.lock:
            self.wanted.update(s for s in strings if len(s) >= TRIE_MIN_CHARS)
            if owner is None:
                return 0
            self.filters.append(owner)
            return 1 << (len(self.filters) - 1)

    def read(self, text: str) -> Read:
        """``text`` lowered (:func:`lowered`), the registered strings that holds (None: not lowered) and the bits of
        the patterns none of whose needed strings it holds (:meth:`rejected`)."""
        read = self.texts.get(text)
        if read is not None:
            return read
        with self.lock:
            if len(self.texts) >= LOWERED_CACHE:
                self.texts.clear()
            low = lowered(text)
            found = self.present(low) if low is not None else None
            read = (low, found, self.rejected(low, found) if low is not None and found is not None else 0)
            if self.pattern is not None:  # before the first trie nothing is remembered
                self.texts[text] = read
            return read

    def rejected(self, low: str, found: Strings) -> int:
        """The bits of the :data:`rejecting` patterns that ``low`` (holding the trie's strings ``found``) holds none
        of the needed strings of: the test each pattern's ``any_test`` makes, made for all of them at once."""
        passing, owners = 0, self.owners
        for string in found:
            passing |= owners.get(string, 0)
        for string, bits in self.short_owners:
            if string in low:
                passing |= bits
        return self.rejecting & ~passing

    def present(self, low: str) -> Strings | None:
        """The registered strings ``low`` holds (None before the first pattern needs any)."""
        found = self.found.get(low)
        if found is not None:
            return found
        if len(self.wanted) > len(self.strings) and (self.pattern is None or self.scanned >= REBUILD_TEXTS):
            self._build()
        if self.pattern is None:
            return None
        if len(self.found) >= LOWERED_CACHE:
            self.found.clear()
        self.scanned += 1
        held: set[str] = set()
        search, prefixes, start = self.pattern.search, self.prefixes, 0
        while (match := search(low, start)) is not None:
            held |= prefixes[match.group()]
            start = match.start() + 1
        found = self.found[low] = frozenset(held)
        return found

    def _build(self) -> None:
        self.strings = frozenset(self.wanted)
        self.pattern = re.compile(_trie_source(self.strings))
        self.prefixes = {s: frozenset(s[:n] for n in range(1, len(s) + 1) if s[:n] in self.strings)
                         for s in self.strings}
        self.found.clear()
        self.texts.clear()
        self.scanned = 0
        self._own()

    def _own(self) -> None:
        """Which patterns a string lets through: those that narrow and whose needed strings the trie holds all."""
        owners: dict[str, int] = {}
        shorts: dict[str, int] = {}
        self.rejecting = 0
        for number, owner in enumerate(self.filters):
            test = owner.any_test
            if not owner.narrowing or test is None or not test.long <= self.strings:
                continue
            bit = 1 << number
            self.rejecting |= bit
            for string in test.long:
                owners[string] = owners.get(string, 0) | bit
            for string in test.short:
                shorts[string] = shorts.get(string, 0) | bit
        self.owners, self.short_owners = owners, tuple(sorted(shorts.items()))


_Node = dict[str, "_Node"]


def _trie_source(strings: Strings) -> str:
    """A regular expression matching, at a position, the longest of ``strings`` that starts there (none empty)."""
    root: _Node = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def source(node: _Node) -> str:
        children = [re.escape(char) + source(node[char]) for char in sorted(node) if char]
        if not children:
            return ""
        body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer string first

    return source(root)


_TRIE = _Trie()


LOWERED_CACHE = 4096
"""Texts whose lower-cased form is kept (a page's lines are searched by dozens of patterns each)."""
_lowered: dict[str, str | None] = {}
_prefilters: dict[int, Prefilter] = {}


def lowered(text: str) -> str | None:
    """``text`` lower-cased, or None when it holds a character lower-casing does not fold as the engine does."""
    low = _lowered.get(text, "")
    if low == "" and text:
        if len(_lowered) >= LOWERED_CACHE:
            _lowered.clear()
        low = _lowered[text] = text.lower() if text.isascii() or not UNSAFE.search(text) else None
    return low if text else text


def prefilter(pattern: re.Pattern[str]) -> Prefilter:
    """The pattern's prefilter, made once (looked up by identity: hashing a pattern costs as much as a search)."""
    found = _prefilters.get(id(pattern))
    if found is None or found.pattern is not pattern:
        found = _prefilters[id(pattern)] = Prefilter(pattern)
    return found


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, skipping what cannot match."""
    found = _prefilters.get(id(pattern))  # prefilter(pattern) written out: the cleaning calls this most
    if found is None or found.pattern is not pattern:
        found = prefilter(pattern)
    read = _TRIE.texts.get(text)
    if read is not None and read[2] & found.bit:  # Prefilter.narrowed's first test written out
        return None
    narrowed = found.narrowed(text)
    return narrowed.search(text) if narrowed is not None else None


def match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.match(text)``, skipping what cannot match."""
    narrowed = prefilter(pattern).narrowed(text)
    return narrowed.match(text) if narrowed is not None else None


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, skipping what cannot match."""
    narrowed = prefilter(pattern).narrowed(text)
    return narrowed.finditer(text) if narrowed is not None else iter(())
