"""Full person names that are one person's name written two ways, joined on the story's evidence.

Different outlets write one person's name differently: with and without a middle name ("Mark Heller" /
"Mark Jay Heller"), a given name misspelt by a letter ("Jermayne" / "Jerymayne") or shortened ("Alexis" /
"Alexandros"), or with a generation suffix ("Jr", "III") after the surname. Two full person names of the story
are variants when they end in the same surname (before a generation suffix) and

- one's words are the other's with middle names left out or written as initials (same first word, same surname:
  "John E. Lee" / "John Ernest Lee"), or
- they have the same number of words, differ only in the first word, and those first words are
  one letter apart (:data:`MIN_MISSPELT`), share their first :data:`SHARED_PREFIX` letters (not two census given
  names neither of which opens the other: "Charlie" / "Charlene"), or one is a usual
  short form of the other (``lexicon.GIVEN_NAME_SHORT_FORMS``: "Mo" / "Maurice", "Bill" / "William"), or
- one's first word is a usual short form of the other's and its other words are the other's with middle names
  and a generation suffix left out ("Joe Lee" / "Joseph R. Lee Jr."),

but never when both carry only initials between given name and surname, not the same ones ("George W. Bush" /
"George H. W. Bush": two people, :func:`_other_initials`).

A name is rewritten to its variant only when it has exactly one variant in the story, or when the names linked
to it through variants all have as many words (spellings of one name: "Gurbanguli" / "Gurbanguly" /
"Kurbanguly", which then take the longest one's key), so two namesakes ("Mark Heller" beside "Mark Jay Heller"
and "Mark Paul Heller") stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from newsprism.entities.given_names import given_name
from newsprism.lexicon import GIVEN_NAME_SHORT_FORMS

MIN_MISSPELT = 5
"""Shortest given name taken as misspelt when one letter apart from another ("Jermayne"/"Jerymayne"); shorter
names one letter apart are often two names ("Dan"/"Don", "Ana"/"Ada"). Chosen by reading the ECB+ tune topics."""

SHARED_PREFIX = 4
"""Letters two given names must share at their start to be long and short forms of one name ("Alex-is" /
"Alex-andros", "Chris" / "Christopher"); three letters join too many different names ("Dan"/"Daniel" yes but
"Mar-k"/"Mar-tin" no). Chosen by reading the ECB+ tune topics."""


def person_variants(names: set[tuple[str, ...]]) -> dict[str, str]:
    """Key → key for full person names (word tuples) that are variants of one name (see the module's docstring);
    the less full name takes the fuller one's key."""
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for tokens in names:
        if len(tokens) > 1:
            by_surname[surname(tokens)].append(tokens)
    partners: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for group in by_surname.values():
        for a, b in combinations(sorted(group), 2):
            if _variants(a, b):
                partners[a].add(b)
                partners[b].add(a)
    rewrite: dict[str, str] = {}
    for tokens, others in partners.items():
        other = next(iter(others))
        linked = _component(tokens, partners)
        if len(others) == 1 and len(partners[other]) == 1 and _fuller(other, tokens):
            rewrite["".join(tokens)] = "".join(other)
        elif len({len(name) for name in linked}) == 1 or _one_person(linked):
            fullest = max(linked, key=_fullness)  # spellings of one name
            if fullest != tokens:
                rewrite["".join(tokens)] = "".join(fullest)
    return rewrite | _suffixed_surnames(names)


def _suffixed_surnames(names: set[tuple[str, ...]]) -> dict[str, str]:
    """A surname written with its generation suffix alone ("Lee Jr", where spaCy left out a short given name: "Cy
    Vance Jr." read "Vance Jr", AllSides 6011, D18's honest reading of issue #19's twenty-ninth round) → the one
    full name of the story ending in both words."""
    rewrite: dict[str, str] = {}
    for tokens in names:
        if len(tokens) == 2 and tokens[1] in SUFFIXES:
            holders = [name for name in names if len(name) > 2 and name[-2:] == tokens]
            if len(holders) == 1:
                rewrite["".join(tokens)] = "".join(holders[0])
    return rewrite


def _one_person(linked: set[tuple[str, ...]]) -> bool:
    """Forms of one name with and without middle names and one generation suffix ("Ana Lee Berg", "Ana Berg Jr",
    "Ana Lee Berg Jr"), the given name perhaps in its short form ("Ben Berg" beside "Benjamin Lee Berg"): each,
    its suffix left out, is the fullest one's words with some left out; two suffixes ("Jr" and "Sr") are two
    people, and so are two different sets of middle initials ("George Bush" beside "George W. Bush" and "George H.
    W. Bush" joins neither)."""
    fullest = _plain(max(linked, key=lambda name: (len(_plain(name)), name)))
    suffixes = {name[-1] for name in linked if name[-1] in SUFFIXES}
    return len(suffixes) <= 1 and not any(_other_initials(a, b) for a, b in combinations(linked, 2)) and all(
        _subsequence(_given_in_full(_plain(name), fullest[0]), fullest) for name in linked)


def _given_in_full(name: tuple[str, ...], given: str) -> tuple[str, ...]:
    """``name`` with its given name written as ``given`` when it is a short form of it ("ben" of "benjamin")."""
    return (given, *name[1:]) if given in GIVEN_NAME_SHORT_FORMS.get(name[0], ()) else name


def _plain(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tokens[:-1] if tokens[-1] in SUFFIXES and len(tokens) > 2 else tokens


def _component(start: tuple[str, ...], partners: dict[tuple[str, ...], set[tuple[str, ...]]]) -> set[
        tuple[str, ...]]:
    """Every name reached from ``start`` through variants."""
    seen = {start}
    todo = [start]
    while todo:
        for other in partners[todo.pop()] - seen:
            seen.add(other)
            todo.append(other)
    return seen


SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Generation suffixes after a surname: "Arcade Comeaux Jr" is grouped with "Arcade Comeaux" by "comeaux"."""


def surname(tokens: tuple[str, ...]) -> str:
    """The last word of a name that is no generation suffix."""
    return tokens[-2] if tokens[-1] in SUFFIXES and len(tokens) > 2 else tokens[-1]


def _variants(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if _other_initials(a, b):
        return False
    if a[0] == b[0]:
        short, long = sorted((a, b), key=lambda name: (len(name), len("".join(name))))
        return short != long and _subsequence(short, long)
    if _short_form(a[0], b[0]) and len(a) != len(b):  # "Joe Lee" / "Joseph R. Lee Jr."
        short, long = sorted((a, b), key=len)
        return _subsequence((long[0], *short[1:]), long)
    if len(a) != len(b) or a[1:] != b[1:]:
        return False
    first, second = a[0], b[0]
    if min(len(first), len(second)) >= MIN_MISSPELT and _one_edit(first, second):
        return True
    if _short_form(first, second):
        return True
    if len(first) < SHARED_PREFIX or len(second) < SHARED_PREFIX or first[:SHARED_PREFIX] != second[:SHARED_PREFIX]:
        return False
    return not _two_given_names(first, second)


def _other_initials(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both names carry only initials between given name and surname, and not the same ones: two namesakes
    ("George W. Bush" / "George H. W. Bush", father and son, AllSides 5608, D20's seed-91 reading of issue #19's
    thirty-first round), not one name written with and without a middle initial ("John E. Lee" / "John Lee")."""
    middles = [_plain(name)[1:-1] for name in (a, b)]
    return all(middle and all(len(word) == 1 for word in middle) for middle in middles) and middles[0] != middles[1]


def _two_given_names(first: str, second: str) -> bool:
    """Both words are census given names and neither opens the other: two names ("Charlie" / "Charlene", a brother
    and his sister in ECB+ dev topic 18, issue #19's twelfth round), not a long and a short form of one
    ("Chris" / "Christopher") nor a foreign spelling the census lacks ("Alexis" / "Alexandros")."""
    short, long = sorted((first, second), key=len)
    return not long.startswith(short) and given_name(first) and given_name(second)


def _short_form(first: str, second: str) -> bool:
    """One given name is a usual short form of the other ("Joe" / "Joseph")."""
    return second in GIVEN_NAME_SHORT_FORMS.get(first, ()) or first in GIVEN_NAME_SHORT_FORMS.get(second, ())


def _fuller(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``a`` is the fuller form: more words, then more letters, then the later in order (one of two wins, the
    same one :func:`_fullness` picks among spellings)."""
    return _fullness(a) > _fullness(b)


def _fullness(name: tuple[str, ...]) -> tuple[int, int, tuple[str, ...]]:
    return len(name), len("".join(name)), name


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short``'s words are ``long``'s in order, some left out; a middle initial stands for the middle name it
    opens ("John E. Lee" of "John Ernest Lee")."""
    words = iter(long)
    return all(any(_same_word(word, other) for other in words) for word in short)


def _same_word(word: str, other: str) -> bool:
    return word == other or (len(word) == 1 and len(other) > 1 and other.startswith(word))


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` are one insertion, deletion or substitution apart."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:]


def initial_given_names(names: set[tuple[str, ...]], rewrite: dict[str, str]) -> dict[str, str]:
    """Key → key for person names opening with an initial ("J. Sosa") and the one full name of the story they stand
    for ("Jesus Sosa": the initial opens its given name, its other words are the full name's, in order). Full names
    are counted by the key they are already rewritten to, so "Jesus Sosa" and "Jesus A. Sosa" are one; beside
    "Juan Sosa" too, "J. Sosa" joins neither (a gun-violence page of issue #19's eighth round)."""
    found: dict[str, str] = {}
    for tokens in names:
        if len(tokens) < 2 or len(tokens[0]) != 1:
            continue
        fulls = {rewrite.get("".join(full), "".join(full)) for full in names
                 if len(full[0]) > 1 and full[-1] == tokens[-1] and _subsequence(tokens, full)}
        if len(fulls) == 1:
            found["".join(tokens)] = next(iter(fulls))
    return found


def hyphenated_surnames(written: set[tuple[str, ...]], people: set[tuple[str, ...]]) -> dict[str, str]:
    """Key → key for a surname written alone as one hyphenated word ("Lumo-Kade", keyed as two words, so no short
    name that :mod:`.surnames` resolves) and the one full person name of the story it ends ("Ana Lumo-Kade"):
    gun-violence incident 337111, issue #19's twelfth round, had its suspect's three "Lumo-Kade said" apart from his
    full name. Two people of the story with that surname ("Ana" and "Ben Lumo-Kade") leave it alone."""
    rewrite: dict[str, str] = {}
    for tokens in written:
        holders = {name for name in people if len(name) > len(tokens) and name[-len(tokens):] == tokens}
        if len(holders) == 1:
            rewrite["".join(tokens)] = "".join(holders.pop())
    return rewrite
