"""Counts written as parts joined by 'and': 'he and three others were shot' (four), 'a 3-year-old boy and four
more people were hurt' (five), 'three men and three women injured' (six),
'injuring four men and two women' (six), 'two women were in serious condition and two others hurt' (four).

Precision first: a count joined to a person before it only when the words before 'and' name one person (a
pronoun, a name, 'the boy', 'a 6-year-old') and that clause gives no measure of its own ('a woman died and two
others were hurt': the others are the hurt, two); two counts are added only when both count people.
"""

from __future__ import annotations

import re

from newsprism.figures.family import family_total
from newsprism.figures.numbers import read_numbers
from newsprism.lexicon import CALENDAR, KIN, ONE_PERSON_NOUNS, PEOPLE, PERSON_NOUNS, ROLES, alternation

JOINED = re.compile(r"\band\s+(?:at least\s+|about\s+)?$", re.I)
"""'and' right before a count ('he and three others')."""
CLAUSE_START = re.compile(r"[;:.!?]|,\s+(?:and|but|while|as|when|after)\b|\b(?:when|after|before|while|as)\b", re.I)
ONE_PERSON_BEFORE = re.compile(
    r"(?:\b(?:he|she|him|her)|\b[A-Z][\w'’-]+|\b(?:\w+)-year-old(?:\s+[a-z]+){0,2}|\b(?:a|an|the|one|another|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + alternation(sorted(ONE_PERSON_NOUNS, key=len, reverse=True)) + r"))\s*,?\s*"
    r"(?:\d{1,3}\s*,\s*)?$")
"""The words right before 'and' that name one person: 'he', 'Smith, 24,', 'a 2-year-old girl', 'the boy'."""
COUNT_AFTER = re.compile(r"^\s*(?:and|,)\s+(?P<number>\d{1,3}|[a-z]+)\s+(?:[\w-]+\s+)?(?P<noun>"
                         + alternation(sorted(PERSON_NOUNS, key=len, reverse=True)) + r")\b", re.I)
"""'... four men and two women': a count of people right after a counted noun."""
MEASURE_WORDS = frozenset("killed killing kills dead died dies death shot wounded wounding injured injuring hurt "
                          "hurting fatally slain murdered hospitalized stabbed struck".split())
"""Words that give a clause a measure of its own: 'a woman died and two others ...' ('a shooting that left
three men and ...' gives none: 'shooting' names the event)."""
PLURAL_PEOPLE = frozenset({*PEOPLE.values(), *KIN.values(), *ROLES.values(), "persons", "others"})
"""Plural nouns of people (the lexicon's): 'three men and three women' are six people, 'three men and two cars'
are not."""
SINGULAR_PEOPLE = ONE_PERSON_NOUNS
"""Singular nouns of people: 'one man and two women'."""


CONDITION_BEFORE = re.compile(
    r"\b(?P<number>\w+)\s+(?:[\w-]+\s+)??(?P<noun>[a-z]+)\s+(?:(?:are|were|is|was|remain|remained|listed|now)\s+)"
    r"{0,2}in\s+(?:critical|serious|stable|fair|good|grave)(?:\s+(?:but|and)\s+(?:stable|critical))?\s+conditions?"
    r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+|;\s*)$", re.I)
"""'three people are in serious condition, two others ...': a count of people in a condition right before a count of
the others (the others are more of the hurt: five)."""
OTHERS = re.compile(r"\S+\s+(?:more\s+|other\s+|others\b)", re.I)
"""A count of the others ('four others', 'two other people', 'three more')."""


ALONG_WITH = re.compile(r"\balong\s+with\s+$", re.I)
"""'X was shot along with two others': the count and the one before it (three)."""
ITEM = (r"(?:(?:an?|one|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:"
        + alternation(sorted(ONE_PERSON_NOUNS, key=len, reverse=True)) + r")\b(?:\s*,\s*(?:age\s+)?\d{1,3}\b)?")
LISTED = re.compile(r"(?<![\w-])(?:an?|one|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
                    + alternation(sorted(ONE_PERSON_NOUNS, key=len, reverse=True))
                    + rf")\b(?:\s*,\s*(?:age\s+)?\d{{1,3}}\b)?(?:\s*,\s*{ITEM}){{0,4}}\s*,?\s+and\s+{ITEM}"
                    rf"(?=\s*,?\s+(?:were|are|have\s+been|had\s+been)\b)", re.I)
"""People listed one by one as the subject of a plural verb ('a man, a teen and a 9-year-old niece were shot')."""


MORE_LISTED = re.compile(r"^(?:\s*\b[a-z-]+)??(?:\s*,\s*(?:and\s+)?|\s*\band\s+)" + ITEM, re.I)
"""One more person listed after a count ('... along with a 19-year-old cousin and a 33-year-old man')."""


def _more_listed(rest: str) -> int:
    """How many single people are listed right after a count ('and a 21-year-old man': one)."""
    count = 0
    while (match := MORE_LISTED.match(rest)) is not None:
        count, rest = count + 1, rest[match.end():]
    return count


LIST_SEPARATOR = re.compile(r"\s*,(?!\s*(?:age\s+)?\d)\s*(?:and\s+)?|\s+and\s+", re.I)
"""A comma or 'and' between two people listed; not the comma before an age ('a woman, 30, a man, 19, and his cousin':
three people, not five: the lookahead spans the space, so no backtracking reads ', 30' as a separator)."""


def listed_people(text: str) -> list[tuple[int, int, int]]:
    """Each list of single people ('a man, teen and 9-year-old niece were ...') in ``text``: how many, and where the
    list starts and ends."""
    found = []
    for match in LISTED.finditer(text):
        items = len(re.findall(LIST_SEPARATOR, match.group(0))) + 1
        found.append((items, match.start(), match.end()))
    return found


def joined_value(text: str, start: int, end: int, value: float) -> tuple[float, int] | None:
    """The total of a count ``value`` written at ``text[start:end]`` (the number and its counted noun) with the
    person or count joined to it before or after ('he and three others' → 4) or listed with it ('his wife, son and
    daughter' → 3: :mod:`.family`), and where the total's words start;
    None when nothing is joined. A count whose measure is written after it ('a girl is dead and two others are
    hurt') takes nothing after it."""
    before = text[:start]
    condition = CONDITION_BEFORE.search(before) if OTHERS.match(text[start:end]) else None
    if condition and _people(condition.group("noun")) and _number(condition.group("number")) is not None:
        return value + float(_number(condition.group("number")) or 0), condition.start()
    if ALONG_WITH.search(before):
        return value + 1 + _more_listed(text[end:]), start
    family = family_total(text, start)
    if family is not None:
        return family
    joined = JOINED.search(before)
    if joined:
        clause = CLAUSE_START.split(before[:joined.start()])[-1]
        if not _has_measure(clause):
            count = _count_before(clause)
            if count is not None:
                return value + count[0], joined.start() - count[1]
            person = ONE_PERSON_BEFORE.search(clause)
            if person and not _calendar(clause):
                return value + 1, len(before[:joined.start()]) - len(clause) + person.start()
    after = COUNT_AFTER.match(text[end:]) if not _has_measure(text[start:end]) else None
    if after and _people(after.group("noun")) and _number(after.group("number")) is not None:
        return value + float(_number(after.group("number")) or 0), start
    return None


AGES_AFTER = re.compile(r",?\s*(?:ages?|aged)\s+\d{1,2}(?:\s*(?:,|and|to|-|&)\s*\d{1,2})*\s*,?\s*$", re.I)
"""Their ages after a count of people ('Two children, ages 4 and 7, and their father': residue 2 read)."""


def _count_before(clause: str) -> tuple[float, int] | None:
    """'three men' / 'three young men' ending the clause (perhaps before their ages): its value and its length in
    characters."""
    ages = AGES_AFTER.search(clause)
    if ages:
        counted = _count_before(clause[:ages.start()])
        return (counted[0], counted[1] + len(clause) - ages.start()) if counted else None
    words = list(re.finditer(r"[\w-]+", clause))
    if not words or not _people(words[-1].group(0)):
        return None
    for first in words[-3:-1]:
        number = _number(first.group(0))
        if number is not None:
            return float(number), len(clause) - first.start()
    return None


def _number(word: str) -> int | None:
    """The value of one word or figure ('three', '12', 'a'), read by the figures' number reader."""
    found = read_numbers(word)
    return int(found[0].value) if len(found) == 1 and found[0].written == word else None


def _people(noun: str) -> bool:
    return noun.lower() in PLURAL_PEOPLE | SINGULAR_PEOPLE


def _has_measure(clause: str) -> bool:
    return any(w in MEASURE_WORDS for w in re.findall(r"[a-z]+", clause.lower()))


def _calendar(clause: str) -> bool:
    """'... on Monday and two others': the capitalised word before 'and' is a day, not a person."""
    last = re.findall(r"[A-Za-z]+", clause)[-1:]
    return bool(last) and last[0].lower() in CALENDAR
