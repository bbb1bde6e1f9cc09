"""The colour of one named vehicle or product, given differently by two outlets ('struck by a silver Varna Kestrel'
/ 'a grey 2019 Varna Kestrel fled north'), in sentences the alignment need not link (issue #18: ECB+ 21/ecbplus, a
hit-and-run whose car outlets call silver or grey in sentences built differently).

A colour is read where news writes one against a name: an article or a possessive, a colour of
:data:`~newsprism.lexicon.COLOURS` in lower case, a model year or none, then a capitalised name of at most
:data:`NAME_WORDS` words (:data:`COLOURED`). The thing is keyed by the name's last word (the model: 'Kestrel'), the
colour by its one spelling ('gray' is 'grey'). Not compared: a colour in capitals ('the White House'), a capitalised
run longer than :data:`NAME_WORDS` (a title or a headline), and an article that gives one name two colours (two cars
of one model).

Scanned when made (every ECB+ topic, the NeuS train lines, the AllSides roundups): colours read in 6 stories, one
thing given two colours in ECB+ 21/ecbplus only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.sides import OneValueEach, one_value_conflicts
from newsprism.lexicon import COLOURS
from newsprism.model import Conflict, Evidence

NAME_WORDS = 3
"""Words of the name after a colour ('Toyota Camry', 'Ford Crown Victoria'): a longer capitalised run is a title or
a headline, no thing's name."""
COLOURED = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<colour>{'|'.join(COLOURS)})\s+"
                      rf"(?:(?:19|20)\d\d\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,{NAME_WORDS - 1}}})"
                      r"\b(?!\s+[A-Z])")
"""'a silver Toyota Camry', 'the grey 2013 Toyota Camry', 'his red Vespa'."""


@dataclass(frozen=True)
class Coloured:
    """One article's colour of one named thing (keyed by the name's last word)."""

    thing: str
    name: str
    colour: str
    written: str
    sentence: Evidence


def colour_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One 'other' conflict per named thing whose colour two articles give differently."""
    items = [c for i, s in enumerate(table.sentences) for c in read_colours(s.text, table.evidence(i))]
    rule: OneValueEach[Coloured] = OneValueEach(
        kind="other", about=lambda c: f"the colour of the {c.name}", claim=lambda c: (c.written, c.sentence),
        meet=lambda x, y: x.thing == y.thing and x.sentence.article != y.sentence.article,
        same=lambda x, y: x.thing == y.thing and x.colour == y.colour, writes=lambda text, c: False)
    return one_value_conflicts(table, items, rule, origin)


def read_colours(text: str, sentence: Evidence) -> list[Coloured]:
    """The colours the sentence writes against a name."""
    return [Coloured(m.group("name").split()[-1].lower(), m.group("name"), COLOURS[m.group("colour")],
                     f"{m.group('colour')} {m.group('name')}", sentence) for m in COLOURED.finditer(text)]
