"""Name slots of the conflict checks: a place or a person one sentence puts where the other has another
(:func:`places`, :func:`people`). Whether a name is written in a sentence is :func:`newsprism.reuse.changes.name_in`,
the test reuse uses too."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsprism.conflicts.places import is_container
from newsprism.conflicts.slots import Disagreement, SameEntity
from newsprism.lexicon import DEMONSTRATIVES, PRONOUNS, STOP, TITLES
from newsprism.memo.readings import per_text
from newsprism.model import Sentence
from newsprism.reuse.changes import name_in, plain_name

__all__ = ["people", "places"]

PLACE_PREPS = frozenset({"in", "at", "to", "from", "near", "into", "outside", "inside", "toward", "towards"})
"""Prepositions that open a place's slot ('in Lendon', 'near Varsk')."""


def _entities(sentence: Sentence, labels: tuple[str, ...]) -> list[tuple[int, str, str, str]]:
    """(index, text, word before, word after) of the sentence's entities with one of ``labels``."""
    wanted = [(index, entity) for index, entity in enumerate(sentence.entities) if entity.label in labels]
    if not wanted:
        return []
    edges = edge_words(sentence.text, tuple((entity.start - sentence.start, entity.end - sentence.start)
                                            for _, entity in wanted))
    return [(index, entity.text, *edge) for (index, entity), edge in zip(wanted, edges, strict=True)]


_WORD = re.compile(r"[\w']+")


@per_text
def edge_words(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[str, str], ...]:
    """The lowercased word before and the word after each (start, end) span of ``text`` ('' at its start or end):
    the last word of ``text[:start]`` and the first of ``text[end:]``, a word cut by the span cut with it. Kept per
    text and spans within a run: a sentence is asked this for every sentence it is paired with."""
    return tuple(_edges(text, start, end) for start, end in spans)


def _edges(text: str, start: int, end: int) -> tuple[str, str]:
    before = _WORD.findall(text[:start].lower())
    after = _WORD.findall(text[end:].lower())
    return before[-1] if before else "", after[0] if after else ""


def places(a: Sentence, b: Sentence) -> Iterator[Disagreement]:
    """One place put in another's slot: the same preposition before and the same word after ('in Lendon on
    Friday' / 'in Varsk on Friday'). Without a gazetteer a looser slot would flag containment ('a judge in Brooklyn
    on Friday' / 'a judge in New York has ordered') and nearby places ('near Lake Charles, Louisiana' / 'near
    Cameron, La.'), as it did on NeuS/AllSides stories; a country or state against a city is left alone
    (:mod:`newsprism.conflicts.places`)."""
    pa = [p for p in _entities(a, ("GPE", "LOC", "FAC")) if not name_in(p[1], b.text)]
    pb = [p for p in _entities(b, ("GPE", "LOC", "FAC")) if not name_in(p[1], a.text)]
    for _, x, before_x, after_x in pa:
        for _, y, before_y, after_y in pb:
            if (before_x == before_y and before_x in PLACE_PREPS and after_x == after_y and not _overlap(x, y)
                    and is_container(x) == is_container(y) and _word_before(a, x) == _word_before(b, y)):
                yield Disagreement("place", x, y, f"where ('{before_x} ...')", "place")
                return


def _word_before(sentence: Sentence, name: str) -> str:
    """The word before the preposition before ``name`` ('held in Ohio' → 'held')."""
    words = re.findall(r"[\w']+", sentence.text[:sentence.text.find(name)].lower())
    return words[-2] if len(words) >= 2 else ""


def _overlap(x: str, y: str) -> bool:
    """The two names share a word ('Kim Jong Un' / 'Kim'; 'Port Averly' / 'Averly harbour')."""
    words = {w for w in plain_name(x).split() if len(w) > 2 and w != "the"}
    return bool(words & {w for w in plain_name(y).split() if len(w) > 2 and w != "the"})


CONTEXT = 15
"""Characters on each side of a name that must be the same in both sentences for a name missed by NER to count
as put in its place: a few words, so that only a substitution in an otherwise identical stretch qualifies."""
MIN_CONTEXT = 6


def people(a: Sentence, b: Sentence, same_entity: SameEntity | None) -> Iterator[Disagreement]:
    found = next(iter(_named_people(a, b, same_entity)), None)
    if found is None:
        found = next(iter(_substituted_names(a, b)), None)
        if found is None:
            swapped = next(iter(_substituted_names(b, a)), None)
            found = None if swapped is None else Disagreement("person", swapped.b, swapped.a, "who", "person")
    if found is not None:
        yield found


def _named_people(a: Sentence, b: Sentence, same_entity: SameEntity | None) -> Iterator[Disagreement]:
    pa = [p for p in _entities(a, ("PERSON",)) if not name_in(p[1], b.text) and not title_alone(p[1])]
    pb = [p for p in _entities(b, ("PERSON",)) if not name_in(p[1], a.text) and not title_alone(p[1])]
    for i, x, before_x, after_x in pa:
        for j, y, before_y, after_y in pb:
            same_role = before_x == before_y and after_x == after_y  # '' before: both open the sentence
            if same_role and not _overlap(x, y) and not (same_entity and same_entity(a, i, b, j)):
                yield Disagreement("person", x, y, "who", "person")
                return


def title_alone(name: str) -> bool:
    """A title or its abbreviation tagged as a person ('said Sgt.' where the sentence was cut after it, ECB+
    21/ecb): it names no one, so it is no rival of a name."""
    return name.strip(" .").lower() in TITLES


def _substituted_names(a: Sentence, b: Sentence) -> Iterator[Disagreement]:
    """A person of ``a`` (by NER) whose exact surroundings in ``b`` hold another capitalised name that NER missed
    there: a minimal substitution."""
    for _, x, _, _ in _entities(a, ("PERSON",)):
        if name_in(x, b.text) or title_alone(x):
            continue
        start = a.text.index(x)
        left, right = a.text[max(0, start - CONTEXT):start], a.text[start + len(x):start + len(x) + CONTEXT]
        if (start and len(left) < MIN_CONTEXT) or len(right) < MIN_CONTEXT:
            continue
        anchor = "^" if not start else re.escape(left)
        match = re.search(anchor + r"((?:[A-Z][\w.'’-]*\s)*[A-Z][\w'’-]*)" + re.escape(right), b.text)
        if match and (match.group(1).lower() in STOP | PRONOUNS | DEMONSTRATIVES or title_alone(match.group(1))):
            continue
        tagged = match is not None and any(e.text == match.group(1) and e.label == "PERSON"
                                           for e in b.entities)  # two tagged people: _named_people judged them
        if match and not tagged and not name_in(match.group(1), a.text) and not _overlap(x, match.group(1)):
            yield Disagreement("person", x, match.group(1), "who", "person")
            return
