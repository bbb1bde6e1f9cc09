"""People listed as kin or groups, each with its own count: 'killed his wife, son and daughter' (three), 'a couple
and their two small children' (four), 'Parents, 2 children dead' (four), '2 adults, 2 children killed' (four),
'the deaths of a father, mother and their two sons' (four). Family shootings are written so, and the measures'
reading of the first word alone ('his' wife: one; '2' children: two) undercounted them (sample4 read: two
murder-suicides of four).

Precision first: every item of the list must name people (a kin or person noun), a plural noun counts only with
its number ('two children'; 'parents' and 'a couple' are two), and a list joined by commas alone (a headline's) only
when each item has its own count or is 'parents' / 'a couple'.
"""

from __future__ import annotations

import re

from newsprism.figures.numbers import read_numbers
from newsprism.lexicon import KIN, NUMBER_WORDS, ONE_PERSON_NOUNS, PERSON_NOUNS, alternation

PAIRS = frozenset({"couple", "parents", "pair"})
"""Nouns that name two people."""
SINGULAR = frozenset(ONE_PERSON_NOUNS) | frozenset(KIN)
PLURAL = (frozenset(PERSON_NOUNS) | frozenset(KIN.values())) - SINGULAR
NOUN = alternation(sorted(SINGULAR | PLURAL | PAIRS, key=len, reverse=True))
SMALL_COUNTS = range(2, 11)
"""The counts a family list writes in words ('two children'): two to ten."""
COUNT_WORD = r"(?:\d{1,2}|" + alternation(w for w, n in NUMBER_WORDS.items() if n in SMALL_COUNTS) + ")"
NOT_AN_ADJECTIVE = r"(?:and|or|a|an|one|the|his|her|their|of|shot|killed|wounded|injured)\b"
ITEM = (rf"(?:(?:a|an|one|the|his|her|their)\s+)?(?:{COUNT_WORD}\s+)?(?:(?!{NOT_AN_ADJECTIVE})"
        rf"(?:\d{{1,3}}-year-old|[a-z-]+)\s+)?(?:{NOUN})\b")
FAMILY = re.compile(rf"(?<![\w-]){ITEM}(?:\s*,\s*{ITEM})*(?:\s*,?\s+(?:and|&)\s+{ITEM})?", re.I)
"""A list of people: items joined by commas, the last perhaps by 'and'."""
ITEM_PARTS = re.compile(rf"^(?:(?P<det>a|an|one|the|his|her|their)\s+)?(?:(?P<count>{COUNT_WORD})\s+)?"
                        rf"(?:(?:\d{{1,3}}-year-old|[a-z-]+)\s+)?(?P<noun>{NOUN})$", re.I)
"""One item's parts: its determiner, its count, its noun."""


def family_total(text: str, start: int) -> tuple[float, int] | None:
    """The total of the list of people that holds the count written at ``text[start]``, and where the list starts;
    None when the count is in no list of two items or more, or an item's number is unknown."""
    for match in FAMILY.finditer(text):
        if match.start() <= start < match.end():
            return _total(match.group(0), match.start(), text[:match.start()])
        if match.start() > start:
            break
    return None


def family_lists(text: str) -> list[tuple[int, int, int]]:
    """Each list of people with a known total in ``text`` ('a 4-year-old girl and mother'): its total, and where it
    starts and ends."""
    found = []
    for match in FAMILY.finditer(text):
        total = _total(match.group(0), match.start(), text[:match.start()])
        if total is not None:
            found.append((int(total[0]), match.start(), match.end()))
    return found


PART = re.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+$", re.I)
"""A list after 'including' names part of those counted before it, no count of its own."""


def _total(words: str, at: int, before: str = "") -> tuple[float, int] | None:
    items = [i.strip() for i in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", words) if i.strip()]
    if len(items) < 2 or PART.search(before[-30:]) or (len(items) == 2 and re.search(r",\s*(?:and|&)\s", words)):
        return None  # 'including a boy, and the shooter then killed himself': a clause, no list of two
    values = [_value(item) for item in items]
    if any(v is None for v in values):
        return None
    joined_by_and = bool(re.search(r"\s(?:and|&)\s", words, re.I))
    if not joined_by_and and not all(_counted(item) for item in items):
        return None
    counts = [v for v in values if v is not None]
    appositive = words.strip()[len(items[0]):].lstrip().startswith(",")
    if appositive and counts[0] > 1 and counts[0] == sum(counts[1:]):
        return float(counts[0]), at  # 'three more people, a woman and two men': the count, then who they are
    return float(sum(counts)), at


def _value(item: str) -> int | None:
    parts = ITEM_PARTS.match(item)
    if parts is None:
        return None
    noun = parts.group("noun").lower()
    if parts.group("count"):
        found = read_numbers(parts.group("count"))
        return int(found[0].value) if found else None
    if noun in PAIRS:
        return 2
    return 1 if noun in SINGULAR else None


def _counted(item: str) -> bool:
    parts = ITEM_PARTS.match(item)
    return bool(parts and (parts.group("count") or parts.group("noun").lower() in PAIRS))
