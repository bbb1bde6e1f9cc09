"""What a rewrite changed: slots (numbers, dates, names, places, quoted words) that differ
between two aligned sentences.

A slot is reported only as a substitution: each side has a value of that kind that the
other sentence does not state in any form. A value one side merely leaves out is not a change.
Numbers and dates are read by :mod:`newsprism.values`, the reader the conflict checks use, so the two stages
agree: "travelled 10 miles" and "travelled 16 km" state one distance (no change), "$50 million" and "$80
million" two amounts (a change).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from newsprism.lexicon import RELATIVE_DAYS
from newsprism.memo import per_text
from newsprism.model import EntityMention, Sentence
from newsprism.values import Number, Values, agree, dates_agree, read, shares_field

__all__ = ["NAME_MATCH", "differences", "name_in", "plain_name", "slots"]

QUOTED = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")
RELATIVE_DAY = re.compile(r"\b(?:" + "|".join(sorted(RELATIVE_DAYS)) + r")\b", re.I)
NAME_MATCH = 90
"""partial_ratio from which a name is found in the other sentence: 'Munitions Industry Department' in
'... Munitions Industrial Department ...', 'Russia' in 'Russian Far East'."""
ENTITY_KINDS = {"PERSON": "name", "ORG": "name", "NORP": "name", "GPE": "place", "LOC": "place", "FAC": "place"}
KINDS = ("number", "date", "name", "place", "quote")
SIDES_CACHED = 1 << 13
"""Distinct sentences whose side (:class:`_Side`) is kept: a sentence is one side of many pairs. One-event 20
(``benchmarks/bench_story.py --one-event``) built 12,748 sides for 2,670 distinct sentences; one-event 40 has 4,860
distinct sentences. Beyond the size, the least recently asked side is read again (the same side)."""


def slots(sentence: Sentence) -> Iterator[tuple[str, str]]:
    """(kind, value as written) of every slot in a sentence."""
    return _slots(sentence.text, sentence.entities)


def _slots(text: str, entities: Sequence[EntityMention]) -> Iterator[tuple[str, str]]:
    values = read(text)
    yield from (("number", w) for w in _number_slots(values))
    yield from (("date", d.written) for d in values.dates)
    yield from (("date", m.group(0)) for m in RELATIVE_DAY.finditer(text))
    yield from ((ENTITY_KINDS[e.label], e.text) for e in entities if e.label in ENTITY_KINDS)
    yield from (("quote", m.group(1).strip()) for m in QUOTED.finditer(text))


def differences(a: Sentence, b: Sentence) -> Iterator[tuple[str, str, str]]:
    """(kind, value in a, value in b) for each slot kind where both sides hold a value the other does not state."""
    side_a, side_b = _side(a), _side(b)  # each side's slots and plain words read once, not once per kind or pair
    for kind in KINDS:
        only_a = _only(kind, side_a, side_b)
        only_b = _only(kind, side_b, side_a)
        if only_a and only_b:
            yield kind, "; ".join(only_a), "; ".join(only_b)


class _Side:
    """One sentence of a pair: its text, its slots and its plain words (:func:`_plain`); never changed once made."""

    def __init__(self, text: str, entities: tuple[EntityMention, ...]) -> None:
        self.text = text
        self.slots = tuple(_slots(text, entities))
        self.plain = _plain(text)


def _side(sentence: Sentence) -> _Side:
    """The sentence's side, made once per distinct text and entity mentions (all a side reads): issue #20."""
    return _side_of(sentence.text, tuple(sentence.entities))


@lru_cache(maxsize=SIDES_CACHED)
def _side_of(text: str, entities: tuple[EntityMention, ...]) -> _Side:
    return _Side(text, entities)


def _only(kind: str, one: _Side, other: _Side) -> list[str]:
    """The values of this kind in ``one`` that ``other`` does not state, without repeats."""
    if kind == "number":
        return list(dict.fromkeys(_numbers_only(read(one.text), read(other.text))))
    if kind == "date":
        return list(dict.fromkeys(_dates_only(read(one.text), read(other.text))))
    found = [w for k, w in one.slots if k == kind and not _mentioned(kind, w, other.plain)]
    return list(dict.fromkeys(found))


def _number_slots(values: Values) -> list[str]:
    return [q.written for q in values.quantities] + [n.written for n in _bare(values)]


def _bare(values: Values) -> list[Number]:
    """Figures in no quantity, date or clock time; 'one' is mostly a pronoun ('one of them')."""
    return [n for n in values.bare_numbers() if n.written.lower() not in ("one",)]


def _numbers_only(one: Values, other: Values) -> Iterator[str]:
    figures = {n.value for n in other.numbers}
    for q in one.quantities:
        if q.value not in figures and not any(q.dimension == o.dimension and agree(q, o) for o in other.quantities):
            yield q.written
    for n in _bare(one):
        if n.value not in figures:
            yield n.written


def _dates_only(one: Values, other: Values) -> Iterator[str]:
    for x in one.dates:
        if not any(dates_agree(x, y) and shares_field(x, y) for y in other.dates):
            yield x.written
    days = {m.group(0).lower() for m in RELATIVE_DAY.finditer(other.text)}
    yield from (m.group(0) for m in RELATIVE_DAY.finditer(one.text) if m.group(0).lower() not in days)


def plain_name(text: str) -> str:
    """A name's words in lower case, without a leading 'the', a possessive or full stops ('the U.N.'s' → 'un')."""
    text = re.sub(r"^the\s+|['’]s$", "", text.strip().replace(".", ""), flags=re.I)
    return " ".join(re.findall(r"\w+", text.lower()))


def _plain(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower().replace(".", ""))) + " "


@per_text  # asked of many pairs of sentences, again at each analysis of a story (issue #20)
def name_in(name: str, text: str) -> bool:
    """``name`` is written in ``text``, whether or not NER tagged it there ('Russia' in 'Russian Far East'): the
    one test of a name's presence for reuse and conflicts."""
    return _name_in_plain(plain_name(name), _plain(text))


def _name_in_plain(name: str, plain_text: str) -> bool:
    return bool(name) and fuzz.partial_ratio(name, plain_text) >= NAME_MATCH


def _mentioned(kind: str, written: str, plain_text: str) -> bool:
    """The value appears in the other sentence (its NER just did not tag it, or tagged a longer span)."""
    if kind in ("name", "place"):
        return _name_in_plain(plain_name(written), plain_text)
    return f" {' '.join(re.findall(r'[a-z0-9]+', written.lower()))} " in plain_text
