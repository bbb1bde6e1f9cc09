"""Where one named person lives, given differently by two outlets ('Dana Whitlock, 41, of Fairview,' / 'Dana
Whitlock, 41, of Lakemont,'; 'Ortega, 52, of Pine Hollow' / 'Ortega, who lived in Cedar Flats'), in sentences the
alignment need not link (issue #18: ECB+ 21/ecb and 21/ecbplus, two hit-and-run stories whose sentences about
the driver's or the victim's home were built differently).

A residence is read only in the two forms news writes it in: the person's name, an age and 'of' a capitalised place
(:data:`AGED_OF`), or the name and 'who lived / lives ... in' a place (:data:`WHO_LIVED`). A person is keyed by the
name's last word; a surname the story writes with two different first names is left out (two people of one family).
Not compared: a place that contains others (a country, a US state: :func:`.places.is_container`, 'of Ohio' restates
'of Dayton'), a place whose last word names an organisation (:data:`NOT_PLACES`), two places one of which
ends the other ('Ozone Park' / 'South Ozone Park'), and an article that gives the person two homes.

Scanned when made (every ECB+ topic, the NeuS train lines, the AllSides roundups): homes read in 12 stories, one
person given two homes in ECB+ 21/ecb and 21/ecbplus only; the containers rule parts 'of State College' / 'of
Pennsylvania'. No gazetteer: a borough or county against a place in it ('of Queens' / 'of College Point') is not
told from two towns (21/ecbplus's conflict carries such a third side).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.places import is_container
from newsprism.conflicts.sides import OneValueEach, one_value_conflicts
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


@dataclass(frozen=True)
class Residence:
    """One article's home of one person: the person's surname, the first name when written, the place."""

    surname: str
    first: str | None
    place: str
    sentence: Evidence


def residence_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One 'place' conflict per person whose home two articles give as two places."""
    found = [r for i, s in enumerate(table.sentences) for r in read_residences(s.text, table.evidence(i))]
    firsts: dict[str, set[str]] = {}
    for item in found:
        if item.first is not None:
            firsts.setdefault(item.surname, set()).add(item.first)
    items = [r for r in found if len(firsts.get(r.surname, set())) <= 1]
    rule: OneValueEach[Residence] = OneValueEach(
        kind="place", about=lambda r: f"where {r.surname.title()} lives", claim=lambda r: (r.place, r.sentence),
        meet=lambda x, y: x.surname == y.surname and x.sentence.article != y.sentence.article,
        same=lambda x, y: x.surname == y.surname and same_place(x.place, y.place),
        writes=lambda text, r: False)
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
