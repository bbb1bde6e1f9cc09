"""Ages of one named person that outlets give differently ('Sixty-year-old Sharron Smith' / '61-year-old Sharron
Smith', ECB+ 22/ecb, labelled before this check was written), in sentences the alignment need not link.

A person is one the parse tags PERSON with at least two words (or a name it tags otherwise where it tags the same
words PERSON elsewhere in the story) (a first name and a surname: 'Smith' alone may be
her son), keyed by the first and last word, so that family members who share a surname stay apart. An age belongs to
the name it is written against: '61-year-old Sharron Smith', 'Sharron Smith, 61,', 'Sharron Smith, age 61'. Ages
are read by the one value reader (:func:`newsprism.values.ages`). Not compared: a sentence of another time ('was 16
when', 'at the time': :data:`THEN`; 'last year', 'years ago': :data:`newsprism.figures.another_event.RECALLED`; a
year alone dates the event, not the age: 'Sixty-year-old X is accused of murders in 1967'), an article that gives the
person two ages, and ages in articles published apart (``find_conflicts`` drops what reads as an update)."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsprism.align import SentenceTable
from newsprism.conflicts.sides import Claim, build_sides, number_conflict, two_valued
from newsprism.figures.another_event import RECALLED
from newsprism.memo import per_text
from newsprism.model import Conflict, ConflictSide, EntityMention, Sentence
from newsprism.values import Age, ages, dates

THEN = re.compile(r"\b(?:when|at the time|then|back in|would have|would be|turns?|turned|birthday)\b", re.I)
"""Words that date an age to another time than the report's ('was 16 when he left', 'would have turned 30')."""
BETWEEN_NAME_AND_AGE = re.compile(r"\s*,\s*(?:age[d]?\s+)?")
"""What stands between a name and the age after it (', ', ', age ')."""
BETWEEN_AGE_AND_NAME = re.compile(r"\s*")


def age_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per named person whose age differs between articles."""
    said: dict[tuple[str, str], list[Claim]] = {}
    known = story_people(table)
    for index, sentence in enumerate(table.sentences):
        if THEN.search(sentence.text) or RECALLED.search(sentence.text):
            continue
        for person, age in _aged_people(sentence, known):
            said.setdefault(person, []).append(Claim(str(age.years), str(age.years), table.evidence(index)))
    conflicts = []
    latest = _latest_years(table) if said else {}
    for (first, last), claims in said.items():
        two = two_valued((c.evidence.article, c.key) for c in claims)
        kept = [c for c in claims if c.evidence.article not in two]
        sides = build_sides(kept, origin, lambda x, y: x == y)
        if len(sides) >= 2 and not _years_apart(sides, latest):
            conflicts.append(number_conflict(f"the age of {first.title()} {last.title()}", sides))
    return conflicts


AGE_SLACK = 1
"""Years an age may differ from the years between two articles' accounts and still be one person ageing: a man 27 in
June 2005 is 29 in March 2007, 28 or 30 on other days (ECB+ 16/ecbplus, the charge and the verdict)."""


def _latest_years(table: SentenceTable) -> dict[str, int]:
    """Each article's year: of its publication time when known (cleaning reads an ECB+ date line into it), else the
    latest year it writes in a date (its account is of that year or later)."""
    found: dict[str, int] = {}
    for article in table.articles:
        stamp = re.match(r"\d{4}", article.published or "")
        years = [int(stamp.group(0))] if stamp else [d.year for d in dates(article.text or "") if d.year is not None]
        if years:
            found[article.id] = max(years)
    return found


def _years_apart(sides: list[ConflictSide], latest: dict[str, int]) -> bool:
    """Every two sides' ages differ by the years between their accounts (each side's latest year written, within
    :data:`AGE_SLACK`), the older age in the later account: one person at two times, no disagreement. Sides
    whose articles write no year are never told apart."""
    years = [max((latest[e.article] for e in side.evidence if e.article in latest), default=None) for side in sides]
    ages = [int(side.claim) for side in sides]
    for i, j in ((i, j) for i in range(len(sides)) for j in range(len(sides)) if ages[i] < ages[j]):
        low, high = years[i], years[j]
        if low is None or high is None or high <= low or abs((high - low) - (ages[j] - ages[i])) > AGE_SLACK:
            return False
    return True


def story_people(table: SentenceTable) -> set[tuple[str, str]]:
    """(first and last word) of every PERSON name of two words or more the story's sentences give."""
    return {(words[0], words[-1]) for sentence in table.sentences for e in sentence.entities
            if e.label == "PERSON" and len(words := person_words(e)) >= 2}


def named_people(sentence: Sentence, known: set[tuple[str, str]]) -> list[EntityMention]:
    """The sentence's names of two words or more that are a person: tagged PERSON, or tagged otherwise here but
    PERSON elsewhere in the story (``known``: 'Wladimir Klitschko, 53-3' read as a place, ECB+ 7/ecb)."""
    return [e for e in sentence.entities if len(words := person_words(e)) >= 2 and (
        e.label == "PERSON" or (words[0], words[-1]) in known)]


def _aged_people(sentence: Sentence, known: set[tuple[str, str]]) -> list[tuple[tuple[str, str], Age]]:
    """(first and last word of a person's name, age) for each age written against a name."""
    people = named_people(sentence, known)
    found = []
    for age in ages(sentence.text):
        start, end = sentence.start + age.start, sentence.start + age.end
        for person in people:
            if _against(sentence, person, age, start, end):
                words = person_words(person)
                found.append(((words[0], words[-1]), age))
                break
    return found


def _against(sentence: Sentence, person: EntityMention, age: Age, start: int, end: int) -> bool:
    """The age is written right before the name ('61-year-old Sharron Smith') or right after it ('Sharron Smith,
    61,' / ', age 61')."""
    text, offset = sentence.text, sentence.start
    if age.form == "year-old" and person.start >= end:
        return BETWEEN_AGE_AND_NAME.fullmatch(text[end - offset:person.start - offset]) is not None
    if age.form != "year-old" and person.end <= start:
        return BETWEEN_NAME_AND_AGE.fullmatch(text[person.end - offset:start - offset]) is not None
    return False


def person_words(person: EntityMention) -> list[str]:
    """A name's words, lower case, possessive endings dropped (the key of a person: its first and last word)."""
    return name_words(person.text)


@per_text  # asked of every name of every sentence by several readers, at each analysis of a story (issue #20)
def name_words(name: str) -> list[str]:
    """:func:`person_words` of a name's text."""
    return re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", name.lower()))
