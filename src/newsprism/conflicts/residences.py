"""Where one named person lives, given differently by two outlets ('Dana Whitlock, 41, of Fairview,' / 'Dana
Whitlock, 41, of Lakemont,'; 'Ortega, 52, of Pine Hollow' / 'Ortega, who lived in Cedar Flats'), in sentences the
alignment need not link (issue #18: ECB+ 21/ecb and 21/ecbplus, two hit-and-run stories whose sentences about
the driver's or the victim's home were built differently).

A residence is read only in the two forms news writes it in: the person's name, an age and 'of' a capitalised place
(:data:`AGED_OF`), the name and 'who lived / lives ... in' a place (:data:`WHO_LIVED`), or a verb of living or
moving whose subject opens the sentence (:data:`MOVED`, :data:`SPELL`: 'She moved to Kade', 'a four-year spell living
in Lumo'; a 'He' or 'She' stands for the name the sentence before opens with; a lone word is a person only as the
first or last word of a name the article's entity mentions tag PERSON, :func:`_person`). A person is keyed by the
name's last word; a surname the story writes with two different first names is left out (two people of one family).
Not compared: a place that contains others (a country, a US state: :func:`.places.is_container`, 'of Ohio' restates
'of Dayton'), a place whose last word names an organisation (:data:`NOT_PLACES`), two places one of which
ends the other ('Ozone Park' / 'South Ozone Park'), and an article that gives the person two homes. A home read by
a verb meets only another so read (a move or a spell has its own time, an appositive's home is today's), is never
the event's own place (:data:`EVENT_SHARE`), and is not compared with an article that writes its place anywhere.

Scanned when made (every ECB+ topic, the NeuS train lines, the AllSides roundups): homes read in 12 stories, one
person given two homes in ECB+ 21/ecb and 21/ecbplus only; the containers rule parts 'of State College' / 'of
Pennsylvania'. No gazetteer: a borough or county against a place in it ('of Queens' / 'of College Point') is not
told from two towns (21/ecbplus's conflict carries such a third side). The verb reader, scanned on the same
corpora (3,023 stories), reads two homes, both in ECB+ 32/ecbplus (the mother's 'spell living in Cardiff' / 'moved to
Merthyr Tydfil'), and nothing in NeuS or AllSides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.ages import person_words
from newsprism.conflicts.places import is_container
from newsprism.conflicts.sides import OneValueEach, one_value_conflicts
from newsprism.lexicon import PRONOUNS, STOP, TITLES
from newsprism.model import Conflict, Evidence

_CAPITALISED = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_NAME = rf"(?P<name>{_CAPITALISED})"
_PLACE = rf"(?P<place>{_CAPITALISED})(?=\s*[,;.]|\s*$)"
AGED_OF = re.compile(rf"{_NAME},\s+(?:age[d]?\s+)?\d{{1,3}},\s+of\s+{_PLACE}")
"""'Name, 36, of Place,': the appositive of a person's age and home."""
WHO_LIVED = re.compile(rf"{_NAME},\s+who\s+(?:had\s+)?(?:lived|lives|resided|resides)\b[^,;.]{{0,40}}?\bin\s+{_PLACE}")
"""'Name, who lived half a mile away in Place,': a relative clause of the person's home (at most 40 characters
between the verb and 'in')."""
NOT_PLACES = frozenset({"university", "college", "school", "hospital", "department", "police", "company", "inc",
                        "corp", "corporation", "co", "llc", "ltd", "group", "bank", "church", "club", "office"})
"""Words of an organisation's name ('Smith, 40, of Acme Corp.', 'Jones, 52, of Mercy Hospital'): a workplace, no
home."""
_TITLE = "|".join(re.escape(t.title()) for t in sorted(TITLES, key=len, reverse=True))
_SUBJECT = rf"^(?:(?P<title>{_TITLE})\.?\s+)?(?P<subject>{_CAPITALISED})\s+"
MOVED = re.compile(rf"{_SUBJECT}(?:had\s+|has\s+)?(?:moved(?:\s+back)?\s+to|lived\s+in|"
                   rf"(?:had\s+been|has\s+been|was|is)\s+living\s+in)\s+{_PLACE}")
"""A sentence whose subject moved to or lives in a place ('She moved to Kade, ...', 'Ortega had been living in
Lumo.'): the verb follows the subject at once."""
SPELL = re.compile(rf"{_SUBJECT}[^,;A-Z]*?\b(?:spell|stint|years|months)\s+living\s+in\s+{_PLACE}")
"""'She returned ... after a four-year spell living in Lumo.': a stretch of living in a place, no other name or
comma between the subject and it."""
OPENING_NAME = re.compile(rf"{_SUBJECT}(?=[a-z])")
"""A sentence that opens with a name and then a lower-case word (its verb): whom a 'He' or 'She' after it stands
for."""
EVENT_SHARE = 0.5
"""A place more than this share of a story's articles write is the event's own place (ECB+ 32/ecbplus: Millom, the
town of the killings, in 10 of 19 articles; the two homes compared there in 1 each), never a home read by a verb:
'moved back to Millom' says where the event happened, not a rival home."""


@dataclass(frozen=True)
class Residence:
    """One article's home of one person: the person's surname, the first name when written, the place."""

    surname: str
    first: str | None
    place: str
    sentence: Evidence
    moved: bool = False
    """read by a verb of living or moving (:data:`MOVED`, :data:`SPELL`), not an appositive"""


def residence_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One 'place' conflict per person whose home two articles give as two places."""
    found = [r for i, s in enumerate(table.sentences) for r in read_residences(s.text, table.evidence(i))]
    found += moved_homes(table)
    firsts: dict[str, set[str]] = {}
    for item in found:
        if item.first is not None:
            firsts.setdefault(item.surname, set()).add(item.first)
    items = [r for r in found if len(firsts.get(r.surname, set())) <= 1]
    rule: OneValueEach[Residence] = OneValueEach(
        kind="place", about=lambda r: f"where {r.surname.title()} lives", claim=lambda r: (r.place, r.sentence),
        meet=lambda x, y: x.surname == y.surname and x.moved == y.moved and x.sentence.article != y.sentence.article,
        same=lambda x, y: x.surname == y.surname and same_place(x.place, y.place),
        writes=lambda text, r: r.moved and re.search(rf"\b{re.escape(r.place)}\b", text) is not None)
    return one_value_conflicts(table, items, rule, origin)


def read_residences(text: str, sentence: Evidence) -> list[Residence]:
    """The homes the sentence writes against a name."""
    found = []
    for match in [*AGED_OF.finditer(text), *WHO_LIVED.finditer(text)]:
        names, place = match.group("name").split(), match.group("place").rstrip(".")
        if is_container(place) or place.split()[-1].lower().strip(".") in NOT_PLACES:
            continue
        surname = names[-1].lower().strip(".")
        found.append(Residence(surname, names[0].lower() if len(names) > 1 else None, place, sentence))
    return found


def same_place(x: str, y: str) -> bool:
    """One place written alike, or one name ending the other ('Ozone Park' / 'South Ozone Park')."""
    a, b = (" ".join(p.lower().split()) for p in (x, y))
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def moved_homes(table: SentenceTable) -> list[Residence]:
    """The homes said by a verb of living or moving (:data:`MOVED`, :data:`SPELL`) of one named person, 'He' or
    'She' standing for the person the sentence before opens with; none in the event's own place."""
    texts = [a.text for a in table.articles]
    people = _people(table)
    found = []
    for i, sentence in enumerate(table.sentences):
        match = MOVED.match(sentence.text) or SPELL.match(sentence.text)
        place = match.group("place").rstrip(".") if match is not None else ""
        if match is None or is_container(place) or _event_place(place, texts):
            continue
        subject: re.Match[str] | None = match
        if match.group("subject") in ("He", "She"):
            same_article = i > 0 and table.owner[i - 1] == table.owner[i]
            subject = OPENING_NAME.match(table.sentences[i - 1].text) if same_article else None
        person = _person(subject, people.get(int(table.owner[i]), set())) if subject is not None else None
        if person is not None:
            found.append(Residence(person[0], person[1], place, table.evidence(i), moved=True))
    return found


def _people(table: SentenceTable) -> dict[int, set[tuple[str, str]]]:
    """Per article (its index): the (first, last) word of every PERSON name of two words or more it writes
    (:func:`.ages.person_words`, the key ages and records give a person)."""
    found: dict[int, set[tuple[str, str]]] = {}
    for i, sentence in enumerate(table.sentences):
        names = [words for e in sentence.entities if e.label == "PERSON" and len(words := person_words(e)) >= 2]
        found.setdefault(int(table.owner[i]), set()).update((words[0], words[-1]) for words in names)
    return found


def _person(match: re.Match[str], people: set[tuple[str, str]]) -> tuple[str, str | None] | None:
    """A subject's surname and first name: a title's name ('Mrs Ortega') has no first name; a lone word is the first
    name of the one person of that first name the article names in full (``people``: 'Alice' of 'Alice Ortega'), or
    else the surname of a person it names in full ('Ortega' of 'Nina Ortega'), or is no person."""
    names = match.group("subject").split()
    if names[0].lower() in STOP or names[0].lower() in PRONOUNS or names[0].lower() in NOT_PLACES:
        return None
    if match.group("title") or len(names) > 1:
        return names[-1].lower(), None if match.group("title") else names[0].lower()
    word = names[0].lower()
    surnames = {last for first, last in people if first == word}
    if len(surnames) == 1:
        return surnames.pop(), word
    return (word, None) if not surnames and any(last == word for _, last in people) else None


def _event_place(place: str, texts: list[str]) -> bool:
    """A place more than :data:`EVENT_SHARE` of the story's articles write."""
    return sum(re.search(rf"\b{re.escape(place)}\b", t) is not None for t in texts) > EVENT_SHARE * len(texts)
