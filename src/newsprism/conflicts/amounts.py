"""Amounts of money across the story: two outlets that give one amount differently ('grabbed $108 million in
diamond rings' / 'jewels worth over $160 million were taken') in sentences the alignment does not
link.

Money is a measure whose subject no word list names (a haul, a bailout, a loan, a fine). Each article's headline
amount of each currency is compared: the first its title or lede states (later sentences recall other amounts). As
for dated events (:mod:`.dated`), each amount's clause is taken with the amount masked and embedded by the story's
sentence encoder; two articles' amounts are of one thing when their cosine reaches :data:`SAME_AMOUNT`. Amounts more
than :data:`AMOUNT_RATIO` apart are other amounts, and two values some article states both are explained by it (a
share and its total: 'a federal share of $11.6 billion' of the '$13 billion' package) unless it calls one a running
total (:data:`TOTAL`) that the side claiming it does not ('six rifles' in this operation, 'a total of 14 during the
five operations' / '14 rifles from the boat'), a change ('raise the fee by $500') is never set against a level
('to $1,160'). Amounts are read by the one value reader
(:func:`newsprism.values.quantities`), headlines included (evidence with ``part`` 'title'). Not compared: a
conversion into another currency ('85 million euros ($108 million)': outlets convert at different rates; the amount
converted is compared), another currency, an amount of another event
(:func:`newsprism.figures.another_event.recalls_another_event`), a rounding ('nearly $1 trillion' / '$1.2
trillion', :func:`~newsprism.conflicts.slots.rounded_restatement`), two bounds that both hold ('more than $100
million' / 'more than $150 million': :func:`newsprism.values.agree`) and amounts whose own clauses are dated or
scoped apart (:func:`newsprism.figures.rivals.apart_at`).

Counts of things are compared the same way (issue #18, round 6: 'three undersea cables were damaged' / 'two
undersea cables ... suffered severe damage', ECB+ 30/ecb), each counted noun a dimension of its own ('count:cable'):
the lead's first count of each noun per article; counts of people are the figures stage's (:func:`compared`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from newsprism.align import StoryAlignment
from newsprism.arrays import pairs_at_least
from newsprism.conflicts.ages import age_conflicts
from newsprism.conflicts.body_counts import body_pairs, of_others, projected
from newsprism.conflicts.compare import CONVERSION, INCREMENT, in_part, number_about
from newsprism.conflicts.dated import masked_clause
from newsprism.conflicts.day_counts import day_groups
from newsprism.conflicts.explain import explain
from newsprism.conflicts.figured import GENERIC, PROJECTION
from newsprism.conflicts.measured import of_two_people, story_surnames, surnames_in
from newsprism.conflicts.records import record_conflicts
from newsprism.conflicts.shares import HELD, held_quantities, masked_share, same_measure, takes_no_side
from newsprism.conflicts.sides import Claim, build_sides
from newsprism.conflicts.slots import rounded_restatement
from newsprism.figures.another_event import ROUNDUP, recalls_another_event
from newsprism.figures.rivals import apart_at
from newsprism.figures.sentence_counts import MEASURE_WORDS
from newsprism.grouping import DisjointSets
from newsprism.lexicon import PERSON_NOUNS
from newsprism.memo import per_text
from newsprism.model import Conflict, ConflictSide, Evidence
from newsprism.nlp.encoder import Encoder
from newsprism.nlp.story_encoder import text_vectors
from newsprism.values import Quantity, agree, consistent, quantities

SAME_AMOUNT = 0.45
"""Cosine of two amount-masked clauses from which they state one amount. Chosen on the dev stories of ``eval
disagreements``: the ledes of one haul written anew score 0.47 and 0.49 (paraphrased: 'armed robbers ...
grabbed in diamond rings' / 'jewels worth over were taken from a shop in the capital', ECB+ 24/ecb), one relief
bill 0.58 (NeuS train 1052); reprints score 1.0. Low, since the headline amount of each article is all
that is compared."""

LEAD_SENTENCES = 3
"""Sentences of each article (after its title) whose amounts are the story's: a headline amount is stated in the
title or lede ('got away with some $102 million in gems'); later sentences recall other heists, fines or
loans (ECB+ 24/ecbplus: the Cannes thefts from the fourth sentence on). Three, since a dateline or date line may
come first (ECB+ texts whose title stayed in the text)."""

AMOUNT_RATIO = 3.0
"""Two statements of one amount differ by less than this factor: the outlets' real disagreements on dev differ by
1.3 to 1.7 ('$102 million' / 'more than $160 million', '$300 billion' / '$500 billion'); a larger gap is another
amount (a whole programme's '$18 billion' against one maker's '$1.1 billion', NeuS train 1550)."""


@dataclass(frozen=True)
class Amount:
    """One amount of money as an article states it: the quantity, its words, its sentence and masked clause."""

    quantity: Quantity
    expression: Evidence
    sentence: Evidence
    clause: str


def amount_conflicts(alignment: StoryAlignment, encoder: Encoder, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per amount that outlets state differently, with the sides that disagree; and per named person
    whose age (:mod:`.ages`) or win-loss record (:mod:`.records`) they give differently."""
    items = _amounts(alignment)
    people = age_conflicts(alignment.table, origin) + record_conflicts(alignment.table, origin)
    groups: DisjointSets[int] = DisjointSets()
    if len(items) >= 2:
        vectors = text_vectors(encoder, [a.clause for a in items])
        for i, j in _pairs(items, vectors @ vectors.T):
            groups.join(i, j)
    counts = [i for i, a in enumerate(items) if a.quantity.dimension.startswith("count:")]
    later = _body_counts(alignment, items)
    counted = [items[i] for i in counts] + later
    for i, j in body_pairs([(a.sentence.article, a.sentence.text, a.quantity) for a in counted],
                           lambda k: k >= len(counts)):
        groups.join(*(counts[k] if k < len(counts) else len(items) + k - len(counts) for k in (i, j)))
    items = items + later
    stated = _stated(alignment)
    names = story_surnames(alignment.table)
    dated = [[_amount(s, q) for s, q in group] for group in day_groups(
        [*_titles(alignment), *(s for place in _by_place(alignment) for s in place)], _day_counted)]
    conflicts = [_conflict([items[i] for i in group], origin, stated, names) for group in groups.groups()]
    conflicts += [_conflict(group, origin, stated, names) for group in dated]
    return [c for c in conflicts if c is not None] + people


def _amounts(alignment: StoryAlignment) -> list[Amount]:
    """Each article's headline amount of each currency: the first its title or lede states; and its first share of
    each place (:mod:`.shares`), wherever it is stated."""
    items: dict[tuple[str, str], Amount] = {}
    lead, later = _by_place(alignment)
    for past, sentence in [*((False, s) for s in [*_titles(alignment), *lead]), *((True, s) for s in later)]:
        if passed_over(sentence.text):
            continue
        for q in held_quantities(sentence.text):
            if (not compared(q) or CONVERSION.search(sentence.text[:q.start])
                    or (past and not q.dimension.startswith(HELD))
                    or (q.dimension.startswith("count:") and projected(sentence.text, q))
                    or (sentence.article, q.dimension) in items):
                continue
            expression = Evidence(article=sentence.article, start=sentence.start + q.start,
                                  end=sentence.start + q.end, text=q.written, part=sentence.part)
            clause = masked_clause(sentence, expression) or masked_share(sentence.text, q)
            if clause is not None:
                items[(sentence.article, q.dimension)] = Amount(q, expression, sentence, clause)
    return list(items.values())


def _body_counts(alignment: StoryAlignment, headline: list[Amount]) -> list[Amount]:
    """Every count of things that is no headline count (:mod:`.body_counts`), each once: titles, leads, then the
    later sentences."""
    taken = {(a.sentence.article, a.sentence.part, a.sentence.start, a.quantity.start) for a in headline}
    found: dict[tuple[str, str | None, int, int], Amount] = {}
    lead, later = _by_place(alignment)
    for sentence in [*_titles(alignment), *lead, *later]:
        if passed_over(sentence.text):
            continue
        for q in quantities(sentence.text):
            key = (sentence.article, sentence.part, sentence.start, q.start)
            if (compared(q) and not q.money and key not in taken and not of_others(sentence.text, q)
                    and not projected(sentence.text, q)):
                found.setdefault(key, _amount(sentence, q))
    return list(found.values())


def _amount(sentence: Evidence, q: Quantity) -> Amount:
    """A count of things in its sentence, with its masked clause (the sentence where none is read)."""
    expression = Evidence(article=sentence.article, start=sentence.start + q.start, end=sentence.start + q.end,
                          text=q.written, part=sentence.part)
    return Amount(q, expression, sentence, masked_clause(sentence, expression) or sentence.text)


def _day_counted(text: str, q: Quantity) -> bool:
    """A count of things that a named day may key (:mod:`.day_counts`): not general, projected or of a roundup; the
    day, not 'previous' or 'earlier', says which (:func:`~newsprism.figures.another_event.recalls_another_event`)."""
    return compared(q) and not q.money and not any(p.search(text) for p in (GENERIC, PROJECTION, ROUNDUP))


@per_text  # a one-event story reprints each sentence in most of its articles: each text read once (issue #20)
def passed_over(text: str) -> bool:
    """The sentence's amounts are not the story's: it recalls another event
    (:func:`newsprism.figures.another_event.recalls_another_event`), speaks in general terms or of a projection
    (:data:`~newsprism.conflicts.figured.GENERIC`, :data:`~newsprism.conflicts.figured.PROJECTION`)."""
    return recalls_another_event(text) or GENERIC.search(text) is not None or PROJECTION.search(text) is not None


def compared(q: Quantity) -> bool:
    """An amount of money, or a count of things (cables, boats, banks, 'AK-47 rifles'): people, by a noun of people,
    of what befalls them or a capitalised one ('Palestinians'), are counted by the figures stage
    (:mod:`newsprism.figures`); a capitalised model designation with digits ('AK-47') names no people."""
    if q.money or q.dimension.startswith(HELD):
        return True
    noun = q.dimension.removeprefix("count:")
    return (q.dimension.startswith("count:") and not {noun, f"{noun}s", q.unit.lower()} & PEOPLE_COUNTED
            and not (q.unit[:1].isupper() and not any(c.isdigit() for c in q.unit)))


PEOPLE_COUNTED = PERSON_NOUNS | MEASURE_WORDS.keys()
"""Nouns of people, and of what befalls them ('250,000 deaths', '48 injuries'): the figures stage's measures."""


def lead_sentences(alignment: StoryAlignment) -> list[Evidence]:
    """Each article's title (evidence into the title), then its first :data:`LEAD_SENTENCES` sentences."""
    return _titles(alignment) + _by_place(alignment)[0]


def _titles(alignment: StoryAlignment) -> list[Evidence]:
    return [Evidence(article=a.id, start=0, end=len(a.title), text=a.title, part="title")
            for a in alignment.table.articles if a.title]


def _by_place(alignment: StoryAlignment) -> tuple[list[Evidence], list[Evidence]]:
    """The table's sentences, in table order, split into each article's first :data:`LEAD_SENTENCES` and the rest."""
    table = alignment.table
    seen: dict[str, int] = {}
    lead: list[Evidence] = []
    later: list[Evidence] = []
    for i in range(len(table.sentences)):
        evidence = table.evidence(i)
        seen[evidence.article] = seen.get(evidence.article, 0) + 1
        (lead if seen[evidence.article] <= LEAD_SENTENCES else later).append(evidence)
    return lead, later


Stated = dict[str, list[tuple[Quantity, str]]]
"""Article id → each amount of money or count of things it states, with the sentence (or title) stating it."""


def _stated(alignment: StoryAlignment) -> Stated:
    """Every amount of money and count of things each article states anywhere in its title and text."""
    table = alignment.table
    found: Stated = {a.id: [(q, a.title or "") for q in held_quantities(a.title or "") if compared(q)]
                     for a in table.articles}
    for i, sentence in enumerate(table.sentences):
        found.setdefault(table.evidence(i).article, []).extend(
            (q, sentence.text) for q in held_quantities(sentence.text) if compared(q))
    return found


def _pairs(items: list[Amount], similarity: np.ndarray) -> list[tuple[int, int]]:
    """Pairs of amounts of one currency in different articles, each the other's closest there, cosine ≥
    SAME_AMOUNT."""
    def closest(i: int, article: str) -> int:
        options = [j for j, other in enumerate(items) if other.expression.article == article
                   and other.quantity.dimension == items[i].quantity.dimension]
        return max(options, key=lambda j: float(similarity[i, j]))

    pairs = []
    for i, j in zip(*pairs_at_least(similarity, SAME_AMOUNT), strict=True):
        x, y = items[int(i)], items[int(j)]
        if x.expression.article == y.expression.article or x.quantity.dimension != y.quantity.dimension or (
                x.quantity.dimension.startswith(HELD)
                and not same_measure(x.sentence.text, x.quantity, y.sentence.text, y.quantity)):
            continue
        if closest(int(i), y.expression.article) == j and closest(int(j), x.expression.article) == i:
            pairs.append((int(i), int(j)))
    return pairs


def _conflict(group: list[Amount], origin: Callable[[str], int], stated: Stated,
              names: set[str]) -> Conflict | None:
    group = [a for a in group if not takes_no_side(a.quantity, [b.quantity for b in group])]
    by_key = {f"{n}": a for n, a in enumerate(group)}
    claims = [Claim(a.quantity.written, key, a.sentence) for key, a in by_key.items()]
    sides = build_sides(claims, origin, lambda x, y: _same(by_key[x].quantity, by_key[y].quantity))
    first = {id(side): _stating(side, group) for side in sides}
    on = {key: writers(stated, amount) for key, amount in first.items()}

    def rivals(s: ConflictSide, o: ConflictSide) -> bool:
        x, y = first[id(s)], first[id(o)]
        return contradict(x, y, stated, (on[id(s)], on[id(o)])) and not _two_people(x, y, names)

    kept = [s for s in sides if any(o is not s and rivals(s, o) for o in sides)]
    if len(kept) < 2:
        return None
    about = f"{number_about(group[0].quantity.dimension)}: {group[0].clause}"
    return Conflict(kind="number", about=about, sides=kept, explanation=explain("number", about, kept))


def _two_people(x: Amount, y: Amount, names: set[str]) -> bool:
    """Two people's amounts (:func:`newsprism.conflicts.measured.of_two_people`): a person is a surname of the
    story's people in the sentence's text (an amount's sentence keeps no entities)."""
    a, b = x.sentence.text, y.sentence.text
    return of_two_people(a, surnames_in(a, names), x.quantity.start, b, surnames_in(b, names), y.quantity.start)


def _stating(side: ConflictSide, group: list[Amount]) -> Amount:
    return next(a for a in group if a.sentence == side.evidence[0] and a.quantity.written == side.claim)


def _same(x: Quantity, y: Quantity) -> bool:
    return agree(x, y) or rounded_restatement(x, y)


def _both_hold(x: Quantity, y: Quantity) -> bool:
    """Both can be true (:func:`newsprism.values.consistent`: bounds the same way however far apart, 'more than
    1,000' / 'at least 1,800' flights, NeuS train 500; the rule of the figures' verdict), or one restates the other."""
    return consistent(x, y) or rounded_restatement(x, y)


CHANGE = re.compile(r"(?:\b(?:by|(?:cut|increase|rise|hike|reduction|drop|raise)s?\s+of)|\b(?:cut(?:s|ting)?|"
                    r"slash(?:es|ed|ing)?|trim(?:s|med|ming)?))\s+(?:(?:about|nearly|almost|roughly|more\s+than|"
                    r"over|some)\s+)?$", re.I)
"""What comes before an amount of change ('raise the fees by $500', 'a cut of $5 billion', 'would cut $6.1 billion from
school funding': the cut's size, NeuS train 2224): a difference, never set against a level ('increase the fee
to $1,160', NeuS val 167)."""


CHANGE_AFTER = re.compile(r"(?:[-\s]+[\w'’-]+){0,2}?[-\s]+(?:cuts?|hikes?|increases?|reductions?|rises?|raises?|"
                          r"savings|boosts?)\b(?!\s+(?:bill|plan|package|law|measure|budget)s?\b)",
                          re.I)
"""The noun a money amount is of names a change ('a $1.5 trillion tax cut', 'a $300 million fee hike', 'the
$40 billion spending increase'): a difference, never set against a level of that thing or the budget holding it
('$4 trillion budget', NeuS train 1547 of the h18audit); not the name of a bill ('a $900 billion tax cut bill')."""


def _change(x: Amount) -> bool:
    start, text = x.quantity.start, x.sentence.text
    return CHANGE.search(text[max(0, start - 30):start]) is not None or bool(
        INCREMENT.match(text, x.quantity.end) or INCREMENT.search(x.quantity.written)) or bool(
        x.quantity.money and CHANGE_AFTER.match(text, x.quantity.end))


PERIOD = re.compile(r"\b(?:over|across|during|within)\s+(?:the\s+)?(?:next\s+|coming\s+|past\s+)?(?:\w+\s+)?"
                    r"(?:decade|years?|months?)\b|\b(?:a|per|each)\s+(?:year|month|week|season)\b|\bannual(?:ly)?\b",
                    re.I)
"""An amount over a span of time ('$4 trillion of added outlays over the next decade', 'per year', 'roughly $22
million per season'): another measure than a sum with none ('a $6 trillion budget', AllSides 6003; 'a seven-year
contract of $140 million to $150 million', ECB+ 10/ecbplus), never set against it."""


def _period(x: Amount) -> bool:
    return PERIOD.search(x.sentence.text) is not None


def contradict(x: Amount, y: Amount, stated: Stated | None = None,
               on: tuple[Writers, Writers] | None = None) -> bool:
    """The two amounts cannot both be true of one thing at one time: not the same amount (rounded, bounded), within
    :data:`AMOUNT_RATIO` of each other, both changes or both levels, both over a span of time or neither, both of one
    part of a bout or game or neither (:func:`~newsprism.conflicts.compare.in_part`), not dated or scoped apart, and
    no article of the story states both. ``on``: :func:`writers` of ``stated`` for ``x`` and ``y``, read already
    (a group's amounts are set against each other: each is looked for in every article once, issue #20)."""
    a, b = x.quantity, y.quantity
    held = a.dimension.startswith(HELD)  # a share's 'by' marks no other measure: 'down by 80 percent' is the share down
    if (not held and _change(x) != _change(y)) or _period(x) != _period(y) or _both_hold(a, b) or in_part(
            x.sentence.text) != in_part(y.sentence.text):
        return False
    if max(a.value, b.value) > AMOUNT_RATIO * max(min(a.value, b.value), 1e-9):
        return False
    on_x, on_y = on or (writers(stated or {}, x), writers(stated or {}, y))
    both = any(_explains(on_x[article], on_y[article], x, y) for article in on_x.keys() & on_y.keys())
    return not both and not apart_at(x.sentence.text, x.quantity.start, y.sentence.text, y.quantity.start,
                                     held=held)


Writers = dict[str, list[bool]]
"""Article id → for each value it states that writes one amount, whether it calls that value a total."""


def writers(stated: Stated, x: Amount) -> Writers:
    """The articles of ``stated`` that write ``x``'s amount (:func:`_writes`), with :func:`_total` of each such
    value."""
    found: Writers = {}
    for article, values in stated.items():
        totals = [_total(q, text) for q, text in values if _writes([q], x.quantity)]
        if totals:
            found[article] = totals
    return found


TOTAL = re.compile(r"\b(?:a|the)\s+total\s+of\b|\bin\s+(?:total|all)\b|\b(?:thus|so)\s+far\b|\baltogether\b|"
                   r"\bto\s+date\b|\bcumulative(?:ly)?\b", re.I)
"""A running total or a sum over several things ('has seized a total of 14 rifles ... during the five operations',
'has, thus far, confiscated'; ECB+ 12/ecbplus): an article that gives a part and such a total explains the two
values only to a side that gives the total as a total."""


TOTAL_WINDOW = 120
"""Characters before a value read for a total's words: a list of what was seized may follow them ('a total of 14
AK-47 rifles, 31 magazines and 923 rounds'; 'In its five raids to date, the crew of the frigate
has seized 14 AK-47 rifles, 31 magazines', ECB+ 12/ecbplus)."""


def _explains(on_x: list[bool], on_y: list[bool], x: Amount, y: Amount) -> bool:
    """The article states both amounts (``on_x``, ``on_y``: whether it calls each value that writes them a total),
    each as the side claiming it does: not one it calls a total only where that side's sentence does not."""
    return bool(on_x) and bool(on_y) and not (all(on_x) and not _total(x.quantity, x.sentence.text)) and not (
        all(on_y) and not _total(y.quantity, y.sentence.text))


def _total(q: Quantity, text: str) -> bool:
    """Total's words (:data:`TOTAL`) shortly before the value."""
    return bool(TOTAL.search(text[max(0, q.start - TOTAL_WINDOW):q.start]))


STATED_SAME = 0.01
"""An article states a value when it writes that figure (within 1 %: '$11.6 billion' and '11.6 billion dollars'), not
merely one its tolerance reaches ('nearly $6 billion' reaches down to $4.8 billion)."""


def _writes(found: list[Quantity], wanted: Quantity) -> bool:
    """Money of any currency (a conversion states one amount twice), a count of the same things only."""
    return any(math.isclose(q.value, wanted.value, rel_tol=STATED_SAME)
               and ((q.money and wanted.money) or q.dimension == wanted.dimension) for q in found)
