"""Measures of one person that outlets give differently anywhere in their articles: how long (a term served, a
stay in hospital, the days since an event), how far, how heavy, how many points ('served four and a half months
in prison' / 'served five months in federal prison'; 'weighing 130 pounds' / '135 pounds'), in sentences the
alignment need not link (issue #18, round 13: the misses of the fresh dev stories were mostly such measures past
the lead).

Such a figure is compared only when, read by words alone (precision first; on the dev stories the clause encoder
scores one measure's real pairs below other measures' pairs, see :mod:`.body_counts`):

- **one person**: the person whose name stands nearest before the figure in its sentence ('Roesler said Page had
  been in hospital for three weeks'), or, where a pronoun stands there instead ('He served five months'), the
  person the article names most; keyed by surname. A figure with no person before it is not compared: in a game
  report each player's yards and points are the player's, and two players' never meet;
- **one measure phrase**: at least :data:`SHARED_STEMS` content words next to the two figures share a root
  ('served ... in prison' / 'serving ... prison'); words of time order ('last', 'past', 'first'), reporting,
  numbers and names say nothing of what is measured;
- **each article one value** under that person and phrase (a part and its total, two events, are no side);
- **the values cannot both hold**: not both true (ranges, bounds the same way: :func:`newsprism.values.consistent`,
  the figures' and amounts' rule), not one value rounded (:func:`~newsprism.conflicts.slots.rounded_restatement`),
  within :data:`~newsprism.conflicts.amounts.AMOUNT_RATIO`,
  not dated or scoped apart (:func:`newsprism.conflicts.figured.apart`); an age is the ages check's
  (:mod:`.ages`), not a duration.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.ages import person_words, story_people
from newsprism.conflicts.body_counts import measure_stems, of_others
from newsprism.conflicts.compare import number_about
from newsprism.conflicts.contents import sentence_contents
from newsprism.conflicts.figured import GENERIC, PROJECTION, apart
from newsprism.conflicts.sides import grouped_conflict
from newsprism.conflicts.slots import rounded_restatement
from newsprism.grouping import DisjointSets
from newsprism.model import Conflict, Evidence, Sentence
from newsprism.reuse.changes import name_in
from newsprism.values import Quantity, ages, agree, consistent, quantities

MEASURED = frozenset({"time", "length", "mass"})
"""Dimensions of the value reader compared here: durations, distances, weights. Counts of things and amounts of
money are :mod:`.amounts`'s, people the figures stage's, ages :mod:`.ages`'s; points are left out (a player's
points in one game of a roundup meet his points in another game: 'Clark finished with 25 points' / 'with 22
points', ECB+ 31/ecb)."""
SHARED_STEMS = 2
"""Content-word roots two figures' measure phrases must share. Chosen on the round-13 tune stories (ECB+ 4/ecb,
28/ecbplus, 29/ecb, 29/ecbplus, 31/ecb ...): the real pairs share two to three ('hospitalized', 'pneumonia';
'served', 'prison'; 'suffer', 'heart', 'attack'), while one shared word joins other measures of one person ('the
last two decades of her life' / 'the last five decades of it', 'finished with 16 points' / 'finished with 20')."""
BEFORE_WORDS = 6
"""Words before a figure read as its measure phrase: the verb and what it governs ('had been hospitalized in Los
Angeles for four weeks')."""
AFTER_WORDS = 4
"""Words after a figure read as its measure phrase ('three weeks with pneumonia', 'five months in federal prison')."""
RATIO = 3.0
"""Two statements of one measure differ by less than this factor (as amounts of money do,
:data:`newsprism.conflicts.amounts.AMOUNT_RATIO`): 'four months' / 'more than four years' is a real pair
(a factor of 12) left to a reader, 'nine days' / 'three weeks' (2.3) is compared."""
PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
"""A person's pronoun before a figure: the figure is the article's main person's."""


@dataclass(frozen=True)
class Measured:
    """One figure of a measure: whose it is, its quantity, its sentence, and the roots of its measure phrase."""

    person: str
    quantity: Quantity
    sentence: Evidence
    roots: frozenset[str]


def measured_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per measure of one person that outlets give differently."""
    items = _items(table)
    groups: DisjointSets[int] = DisjointSets()
    buckets: dict[tuple[str, str], list[int]] = {}
    for i, item in enumerate(items):
        buckets.setdefault((item.person, item.quantity.dimension), []).append(i)
    for bucket in buckets.values():
        for i, j in _rival_pairs([items[k] for k in bucket]):
            groups.join(bucket[i], bucket[j])
    conflicts = [_conflict([items[i] for i in group], origin) for group in groups.groups()]
    return [c for c in conflicts if c is not None]


def _rival_pairs(items: list[Measured]) -> list[tuple[int, int]]:
    """Pairs of one person's figures of one dimension that meet and cannot both hold, each article stating one value
    under the other's measure phrase. A story's reprints repeat one sentence in many articles: each distinct
    (sentence, figure) is compared once with each other one."""
    contents: dict[tuple[str, int], list[int]] = {}
    for i, item in enumerate(items):
        contents.setdefault((item.sentence.text, item.quantity.start), []).append(i)
    keys = list(contents)
    pairs = []
    for a, key_a in enumerate(keys):
        x = items[contents[key_a][0]]
        for key_b in keys[a + 1:]:
            y = items[contents[key_b][0]]
            if not (_meet(x, y) and _contradict(x, y)):
                continue
            xs = [i for i in contents[key_a] if _one_value(items, items[i], y)]
            ys = [j for j in contents[key_b] if _one_value(items, items[j], x)]
            pairs += [(i, j) for i in xs[:1] for j in ys if items[j].sentence.article != items[i].sentence.article]
            pairs += [(i, j) for j in ys[:1] for i in xs if items[j].sentence.article != items[i].sentence.article]
    return pairs


def _items(table: SentenceTable) -> list[Measured]:
    """Every figure of a measure of one person, each distinct sentence content read once (a one-event story reprints
    each sentence in most of its articles; only the article's main person differs between the reprints)."""
    surnames = {last for _, last in story_people(table)}
    content, first = sentence_contents(table.sentences)
    named = [people_named(table.sentences[i], surnames) for i in first]
    main = _main_people(table, [named[c] for c in content])
    read: dict[int, list[_Figure]] = {}
    found = []
    for index, sentence in enumerate(table.sentences):
        if content[index] not in read:
            read[content[index]] = _figures(sentence, named[content[index]])
        figures = read[content[index]]
        if not figures:
            continue
        evidence = table.evidence(index)
        for figure in figures:
            person = figure.named or (main.get(evidence.article) if figure.pronoun else None)
            if person:
                found.append(Measured(person, figure.quantity, evidence, figure.roots))
    return found


@dataclass(frozen=True)
class _Figure:
    """A figure of a measure in one sentence content: the person named before it (``named``), whether a pronoun
    stands before it instead (the article's main person's), and the roots of its measure phrase."""

    quantity: Quantity
    named: str | None
    pronoun: bool
    roots: frozenset[str]


def _figures(sentence: Sentence, people: list[tuple[int, str]]) -> list[_Figure]:
    """The measure figures of a sentence that a person may own (``people``: :func:`people_named` of it)."""
    text = sentence.text
    if GENERIC.search(text) or PROJECTION.search(text):
        return []
    aged = [(a.start, a.end) for a in ages(text)]
    found = []
    for q in quantities(text):
        if q.dimension not in MEASURED or of_others(text, q) or any(s < q.end and q.start < e for s, e in aged):
            continue
        named, pronoun = person_before(people, q.start), PRONOUN.search(text[:q.start]) is not None
        if named or pronoun:
            found.append(_Figure(q, named, pronoun, frozenset(measure_stems(text, q, BEFORE_WORDS, AFTER_WORDS))))
    return found


def person_before(people: list[tuple[int, str]], at: int) -> str | None:
    """The surname of the person (of :func:`people_named`) named nearest before offset ``at`` of the sentence."""
    before = [name for end, name in people if end <= at]
    return before[-1] if before else None


def of_two_people(a: str, people_a: list[tuple[int, str]], at_a: int, b: str, people_b: list[tuple[int, str]],
                  at_b: int) -> bool:
    """The figures at offsets ``at_a`` of text ``a`` and ``at_b`` of text ``b`` are two people's: each text names a
    person (of ``people_a`` / ``people_b``: :func:`people_named` or :func:`surnames_in`) before its figure, not the
    same one, and neither text names the other's ('Manning completed his first 17 passes' / 'Garrard completed 28
    of 41 passes', ECB+ 29/ecb, round 13). The one rule of the aligned and the amount conflicts."""
    x, y = person_before(people_a, at_a), person_before(people_b, at_b)
    return x is not None and y is not None and x != y and not name_in(x, b) and not name_in(y, a)


def people_named(sentence: Sentence, surnames: set[str]) -> list[tuple[int, str]]:
    """(end offset in the sentence, surname) of each person the sentence names, in text order: a name tagged
    PERSON, or a word that is the surname of a person the story names in full ('Page suffered a heart attack',
    where the parse tagged no name)."""
    found = {e.end - sentence.start: words[-1] for e in sentence.entities
             if e.label == "PERSON" and (words := person_words(e))}
    for end, word in surnames_in(sentence.text, surnames):
        if not any(abs(end - other) <= 2 for other in found):
            found[end] = word
    return sorted(found.items())


def surnames_in(text: str, surnames: set[str]) -> list[tuple[int, str]]:
    """(end offset, surname) of each capitalised word of ``text`` that is one of ``surnames``."""
    found = []
    for m in re.finditer(r"\b[A-Z][a-z'’]+", text):
        word = re.sub(r"['’]s?$", "", m.group(0).lower())
        if word in surnames:
            found.append((m.end(), word))
    return found


def story_surnames(table: SentenceTable) -> set[str]:
    """The last word of every name the story tags PERSON, of one word or more ('Manning said'): the people a
    figure may be of, for telling two people's figures apart."""
    return {words[-1] for sentence in table.sentences for e in sentence.entities
            if e.label == "PERSON" and (words := person_words(e))}


def _main_people(table: SentenceTable, named: list[list[tuple[int, str]]]) -> dict[str, str]:
    """Article → the surname of the person it names most (``named``: :func:`people_named` of each sentence)."""
    counts: dict[str, Counter[str]] = {}
    for index, people in enumerate(named):
        article = table.evidence(index).article
        for _, name in people:
            counts.setdefault(article, Counter())[name] += 1
    return {a: c.most_common(1)[0][0] for a, c in counts.items()}


def _meet(x: Measured, y: Measured) -> bool:
    return (x.person == y.person and x.quantity.dimension == y.quantity.dimension
            and len(x.roots & y.roots) >= SHARED_STEMS)


def _same(a: Quantity, b: Quantity) -> bool:
    return agree(a, b) or rounded_restatement(a, b)


def _contradict(x: Measured, y: Measured) -> bool:
    """Both values cannot hold (:func:`newsprism.values.consistent`, the shared rule: bounds the same way both
    hold), they are not a rounding of one value, and they are within :data:`RATIO` of each other."""
    a, b = x.quantity, y.quantity
    if consistent(a, b) or rounded_restatement(a, b) or max(a.low, b.low) > RATIO * max(min(a.high, b.high), 1e-9):
        return False
    return not apart(x.sentence.text, y.sentence.text)


def _one_value(items: list[Measured], x: Measured, y: Measured) -> bool:
    """Every figure of ``x``'s article that shares a root with ``y``'s measure phrase states ``x``'s value: an
    article that gives the person a second such figure, even in other words, is no side ('was sentenced to seven
    years' in 1959 beside 'serving a 12-year sentence imposed in 1997', against another article's 'sentenced to 12
    years'; ECB+ 26/ecbplus, a check story of round 13, read after the rules were final)."""
    return all(_same(o.quantity, x.quantity) for o in items
               if o.sentence.article == x.sentence.article and o.roots & y.roots)


def _conflict(group: list[Measured], origin: Callable[[str], int]) -> Conflict | None:
    first = group[0]
    about = f"{number_about(first.quantity.dimension)} ({first.person.title()}): {first.sentence.text}"
    return grouped_conflict("number", about, group, lambda m: (m.quantity.written, m.sentence),
                            lambda x, y: _same(x.quantity, y.quantity), origin)
