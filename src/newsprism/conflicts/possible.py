"""The kinds of disagreement two sentences could have, read from what each holds alone (issue #20).

A one-event story links every statement of a fact with every other one, so the pairs of sentence contents within
a fact grow with the square of its articles; most of them state the same values in other words and dispute
nothing. :func:`could_dispute` says, from each sentence's values and names read once, whether
:func:`newsprism.conflicts.compare.disagreements` could find a kind for the pair: true whenever it does (every test
here is a condition that kind's check needs), so a pair that can dispute only kinds its fact has found already, or
none, is not read, and the conflicts are the same.

- number: a quantity of each sentence whose figure the other does not write, of one dimension
  (:func:`~newsprism.conflicts.compare._numbers` compares no other), or a rank in both;
- date: clock times or dates in both that the other does not state (:func:`~.compare.unmatched_clocks`,
  :func:`~.compare.unmatched_dates`);
- number and date, past those tests: the value check itself (kept per pair of texts, read once either way);
- place: a place of each after the same preposition and before the same word, not one name both write;
- person: two people of one role with different names, or a person of either that the other does not name but
  whose surrounding words it writes (where :func:`~newsprism.conflicts.names.people` looks for a substitution);
- negation: the two sentences do not negate the same verbs (a flip needs a negation one makes and the other not),
  and the negation check (kept per pair of texts) finds a flip.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.conflicts.compare import (
    negation_disagreements,
    unmatched_clocks,
    unmatched_dates,
    value_disagreements,
)
from newsprism.conflicts.names import CONTEXT, MIN_CONTEXT, PLACE_PREPS, edge_words, title_alone
from newsprism.model import Sentence
from newsprism.reuse.changes import name_in
from newsprism.values import ClockTime, DateValue, figures, read

Roles = dict[tuple[str, str], frozenset[str]]
"""(word before, word after) → the names of that role in a sentence."""

PLACE_LABELS = ("GPE", "LOC", "FAC")
"""The entity labels :func:`newsprism.conflicts.names.places` compares."""


@dataclass(frozen=True)
class Slots:
    """What one sentence holds that a disagreement needs: its values, negated verbs and names by role."""

    text: str
    quantities: tuple[tuple[str, float], ...]
    figures: frozenset[float]
    ranked: bool
    clocks: tuple[ClockTime, ...]
    dates: tuple[DateValue, ...]
    negated: frozenset[str]
    places: Roles
    people: Roles
    persons: tuple[tuple[str, str | None, str], ...]
    """Each person's name with the words around it that a name missed by NER must stand between in the other
    sentence (:func:`newsprism.conflicts.names.people`: the stretch before, None at the sentence's start, and
    after); a name without enough such words is left out, as that check leaves it."""


def slots(sentence: Sentence) -> Slots:
    """The slots of one sentence (read once per sentence content)."""
    text, values = sentence.text, read(sentence.text)
    persons = _roles(sentence, ("PERSON",))
    return Slots(text, tuple((q.dimension, q.value) for q in values.quantities), frozenset(figures(text)),
                 bool(values.ranks), values.clocks, values.dates, frozenset(n.verb for n in values.negations),
                 {k: v for k, v in _roles(sentence, PLACE_LABELS).items() if k[0] in PLACE_PREPS},
                 {k: frozenset(n for n in v if not title_alone(n)) for k, v in persons.items()},
                 tuple(found for e in sentence.entities if e.label == "PERSON" and not title_alone(e.text)
                       and (found := _surroundings(text, e.text))))


def _surroundings(text: str, name: str) -> tuple[str, str | None, str] | None:
    """The name, the :data:`~newsprism.conflicts.names.CONTEXT` characters before it (None at the start) and after
    it, where a substitution is looked for (both at least :data:`~newsprism.conflicts.names.MIN_CONTEXT` long)."""
    start = text.index(name)
    left, right = text[max(0, start - CONTEXT):start], text[start + len(name):start + len(name) + CONTEXT]
    if (start and len(left) < MIN_CONTEXT) or len(right) < MIN_CONTEXT:
        return None
    return name, (left if start else None), right


def _roles(sentence: Sentence, labels: tuple[str, ...]) -> Roles:
    wanted = [e for e in sentence.entities if e.label in labels]
    edges = edge_words(sentence.text, tuple((e.start - sentence.start, e.end - sentence.start) for e in wanted))
    found: dict[tuple[str, str], set[str]] = {}
    for entity, edge in zip(wanted, edges, strict=True):
        found.setdefault(edge, set()).add(entity.text)
    return {k: frozenset(v) for k, v in found.items()}


def could_dispute(kind: str, a: Slots, b: Slots) -> bool:
    """:func:`newsprism.conflicts.compare.disagreements` could find a disagreement of ``kind`` (one of
    :data:`KINDS`) between sentences ``a`` and ``b``."""
    if kind == "number":
        return (_numbers(a, b) or (a.ranked and b.ranked)) and _found("number", a, b)
    if kind == "date":
        return (bool(a.clocks and b.clocks and all(unmatched_clocks(a.clocks, b.clocks))) or bool(
            a.dates and b.dates and all(unmatched_dates(a.dates, b.dates)))) and _found("date", a, b)
    if kind == "place":
        return _rivals(a, b, a.places, b.places)
    if kind == "person":
        return _rivals(a, b, a.people, b.people) or _substituted(a, b) or _substituted(b, a)
    return a.negated != b.negated and bool(negation_disagreements(a.text, b.text))


KINDS = ("negation", "number", "date", "place", "person")
"""Every kind :func:`newsprism.conflicts.compare.disagreements` finds, the cheapest test first (a person's may look
for its names in the other sentence)."""


def _numbers(a: Slots, b: Slots) -> bool:
    """A quantity of each, of one dimension, whose figure the other sentence does not write."""
    only_a = {dimension for dimension, value in a.quantities if value not in b.figures}
    return any(dimension in only_a for dimension, value in b.quantities if value not in a.figures)


def _found(kind: str, a: Slots, b: Slots) -> bool:
    """The value check finds a disagreement of ``kind`` (:func:`~newsprism.conflicts.compare.value_disagreements`,
    kept per pair of texts: a pair read later does not read it again). Asked only past the cheap tests: a rewrite
    that rounds its figures ('$95 million' / '$107 million' stated as agreeing) passes them."""
    return any(d.kind == kind for d in value_disagreements(a.text, b.text))


def _substituted(a: Slots, b: Slots) -> bool:
    """A person of ``a`` that ``b`` does not name, with the words around it in ``b`` too (another name could stand
    between them there)."""
    return any(right in b.text and (left is None or left in b.text) and not name_in(name, b.text)
               for name, left, right in a.persons)


def _rivals(a: Slots, b: Slots, roles_a: Roles, roles_b: Roles) -> bool:
    """Two names in one role (same word before and after), unless that role holds one name in both sentences
    that both write."""
    for role in roles_a.keys() & roles_b.keys():
        x, y = roles_a[role], roles_b[role]
        if x != y or len(x) > 1:
            return True
        name = next(iter(x), None)
        if name is not None and not name_in(name, b.text) and not name_in(name, a.text):
            return True
    return False
