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
from newsprism.conflicts.explain import explain
from newsprism.conflicts.sides import Claim, build_sides
from newsprism.figures.another_event import RECALLED
from newsprism.model import Conflict, EntityMention, Sentence
from newsprism.values import Age, ages

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
    for (first, last), claims in said.items():
        two = {c.evidence.article for c in claims if any(
            o.evidence.article == c.evidence.article and o.key != c.key for o in claims)}
        kept = [c for c in claims if c.evidence.article not in two]
        sides = build_sides(kept, origin, lambda x, y: x == y)
        if len(sides) >= 2:
            about = f"the age of {first.title()} {last.title()}"
            conflicts.append(Conflict(kind="number", about=about, sides=sides,
                                      explanation=explain("number", about, sides)))
    return conflicts


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
    return re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", person.text.lower()))
