"""Counts written as parts joined by 'and': 'he and three others were shot' (four), 'a 2-year-old girl and four
other people were wounded' (five), 'three men and three women injured' (six),
'injuring four men and two women' (six).

Precision first: a count joined to a person before it only when the words before 'and' name one person (a
pronoun, a name, 'the boy', 'a 6-year-old') and that clause gives no measure of its own ('a man was killed and two
others were wounded': the others are the wounded, two); two counts are added only when both count people.
"""

from __future__ import annotations

import re

from newsprism.figures.numbers import read_numbers
from newsprism.lexicon import CALENDAR

JOINED = re.compile(r"\band\s+(?:at least\s+|about\s+)?$", re.I)
"""'and' right before a count ('he and three others')."""
CLAUSE_START = re.compile(r"[;:.!?]|,\s+(?:and|but|while|as|when|after)\b|\b(?:when|after|before|while|as)\b", re.I)
ONE_PERSON_BEFORE = re.compile(
    r"(?:\b(?:he|she|him|her)|\b[A-Z][\w'’-]+|\b(?:\w+)-year-old(?:\s+[a-z]+){0,2}|\b(?:a|an|the|one|another)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teen|teenager|child|person|victim|toddler|officer|student|"
    r"driver|passenger|bystander|relative|juvenile|male|female))\s*,?\s*(?:\d{1,3}\s*,\s*)?$")
"""The words right before 'and' that name one person: 'he', 'Smith, 24,', 'a 2-year-old girl', 'the boy'."""
COUNT_AFTER = re.compile(r"^\s*(?:and|,)\s+(?P<number>\d{1,3}|[a-z]+)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+)\b", re.I)
"""'... four men and two women': a count of people right after a counted noun."""
MEASURE_WORDS = frozenset("killed killing kills dead died dies death shot wounded wounding injured injuring hurt "
                          "hurting fatally slain murdered hospitalized stabbed struck".split())
"""Words that give a clause a measure of its own: 'a man was killed and two others ...' ('a shooting that left
three men and ...' gives none: 'shooting' names the event)."""
PLURAL_PEOPLE = frozenset({"men", "women", "people", "others", "children", "teens", "teenagers", "boys", "girls",
                           "adults", "victims", "persons", "juveniles", "students", "officers", "kids", "males",
                           "females", "bystanders", "relatives"})
"""Plural nouns of people: 'three men and three women' are six people, 'three men and two cars' are not."""
SINGULAR_PEOPLE = frozenset({"man", "woman", "person", "child", "teen", "teenager", "boy", "girl", "adult",
                             "victim", "juvenile", "student", "officer", "kid", "male", "female", "bystander"})
"""Singular nouns of people: 'one man and two women'."""


def joined_value(text: str, start: int, end: int, value: float) -> tuple[float, int] | None:
    """The total of a count ``value`` written at ``text[start:end]`` (the number and its counted noun) with the
    person or count joined to it before or after ('he and three others' → 4), and where the total's words start;
    None when nothing is joined. A count whose measure is written after it ('a boy is dead and three others are
    hurt') takes nothing after it."""
    before = text[:start]
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


def _count_before(clause: str) -> tuple[float, int] | None:
    """'three men' / 'three young men' ending the clause: its value and its length in characters."""
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
