"""Amounts of money across the story: two outlets that give one amount differently ('an estimated $102 million in
jewelry' / 'snatched $108 million worth of diamond rings') in sentences the alignment does not link.

Money is a measure whose subject no word list names (a haul, a bailout, a loan, a fine): what an amount is *of* is
read from its clause. As for dated events (:mod:`.dated`), each amount's clause is taken with the amount masked and
embedded by the story's sentence encoder; two amounts of one currency in different articles are of one thing when
each clause is the other's closest among that article's amounts of the currency and their cosine reaches
:data:`SAME_AMOUNT`. Amounts are read by the one value reader (:func:`newsprism.values.quantities`), headlines
included (evidence with ``part`` 'title'). Not compared: a conversion into another currency ('85 million euros ($108
million)': outlets convert at different rates; the amount converted is compared), another currency, an amount of
another event (:func:`newsprism.figures.measures.recalls_earlier`), a rounding ('nearly $1 trillion' / '$1.2
trillion', :func:`~newsprism.conflicts.slots.rounded_restatement`), two bounds that both hold ('more than $100
million' / 'more than $150 million': :func:`newsprism.values.agree`) and sentences dated or scoped apart
(:func:`newsprism.conflicts.figured.apart`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from newsprism.align import StoryAlignment
from newsprism.conflicts.compare import CONVERSION, number_about
from newsprism.conflicts.dated import masked_clause
from newsprism.conflicts.explain import explain
from newsprism.conflicts.figured import GENERIC, apart
from newsprism.conflicts.sides import Claim, build_sides
from newsprism.conflicts.slots import rounded_restatement
from newsprism.figures.measures import recalls_another_event
from newsprism.grouping import DisjointSets
from newsprism.model import Conflict, ConflictSide, Evidence
from newsprism.nlp.encoder import Encoder
from newsprism.values import Quantity, agree, quantities

SAME_AMOUNT = 0.45
"""Cosine of two amount-masked clauses from which they state one amount. Chosen on the dev stories of ``eval
disagreements`` (ECB+ heists and the Greek bailout): the clauses of one haul score 0.6-0.8 ('Armed robbers stole
diamonds valued at from the Paris branch' / 'snatched worth of diamond rings, necklaces and luxury watches'), those of
another heist or of the loan beside the bailout lower, and each clause must also be the other's closest."""

LEAD_SENTENCES = 3
"""Sentences of each article (after its title) whose amounts are the story's: a headline amount is stated in the
title or lede ('made off with an estimated $102 million in jewelry'); later sentences recall other heists, fines or
loans (ECB+ 24/ecbplus: the Cannes thefts from the fourth sentence on). Three, since a dateline or date line may
come first (ECB+ texts whose title stayed in the text)."""


@dataclass(frozen=True)
class Amount:
    """One amount of money as an article states it: the quantity, its words, its sentence and masked clause."""

    quantity: Quantity
    expression: Evidence
    sentence: Evidence
    clause: str


def amount_conflicts(alignment: StoryAlignment, encoder: Encoder, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per amount that outlets state differently, with the sides that disagree."""
    items = _amounts(alignment)
    if len(items) < 2:
        return []
    vectors = encoder.encode([a.clause for a in items]).vectors
    groups: DisjointSets[int] = DisjointSets()
    for i, j in _pairs(items, vectors @ vectors.T):
        groups.join(i, j)
    conflicts = [_conflict([items[i] for i in group], origin) for group in groups.groups()]
    return [c for c in conflicts if c is not None]


def _amounts(alignment: StoryAlignment) -> list[Amount]:
    items = []
    for sentence in lead_sentences(alignment):
        if recalls_another_event(sentence.text) or GENERIC.search(sentence.text):
            continue
        for q in quantities(sentence.text):
            if not q.money or CONVERSION.search(sentence.text[:q.start]):
                continue
            expression = Evidence(article=sentence.article, start=sentence.start + q.start,
                                  end=sentence.start + q.end, text=q.written, part=sentence.part)
            clause = masked_clause(sentence, expression)
            if clause is not None:
                items.append(Amount(q, expression, sentence, clause))
    return items


def lead_sentences(alignment: StoryAlignment) -> list[Evidence]:
    """Each article's title (evidence into the title) and first :data:`LEAD_SENTENCES` sentences."""
    table = alignment.table
    seen: dict[str, int] = {}
    lead = []
    for i in range(len(table.sentences)):
        evidence = table.evidence(i)
        seen[evidence.article] = seen.get(evidence.article, 0) + 1
        if seen[evidence.article] <= LEAD_SENTENCES:
            lead.append(evidence)
    return lead + [Evidence(article=a.id, start=0, end=len(a.title), text=a.title, part="title")
                   for a in table.articles if a.title]


def _pairs(items: list[Amount], similarity: np.ndarray) -> list[tuple[int, int]]:
    """Pairs of amounts of one currency in different articles, each the other's closest there, cosine ≥
    SAME_AMOUNT."""
    def closest(i: int, article: str) -> int:
        options = [j for j, other in enumerate(items) if other.expression.article == article
                   and other.quantity.dimension == items[i].quantity.dimension]
        return max(options, key=lambda j: float(similarity[i, j]))

    pairs = []
    for i, j in zip(*np.nonzero(np.triu(similarity >= SAME_AMOUNT, k=1)), strict=True):
        x, y = items[int(i)], items[int(j)]
        if x.expression.article == y.expression.article or x.quantity.dimension != y.quantity.dimension:
            continue
        if closest(int(i), y.expression.article) == j and closest(int(j), x.expression.article) == i:
            pairs.append((int(i), int(j)))
    return pairs


def _conflict(group: list[Amount], origin: Callable[[str], int]) -> Conflict | None:
    by_key = {f"{n}": a for n, a in enumerate(group)}
    claims = [Claim(a.quantity.written, key, a.sentence) for key, a in by_key.items()]
    sides = build_sides(claims, origin, lambda x, y: _same(by_key[x].quantity, by_key[y].quantity))
    first = {id(side): _stating(side, group) for side in sides}
    kept = [s for s in sides if any(o is not s and _contradict(first[id(s)], first[id(o)]) for o in sides)]
    if len(kept) < 2:
        return None
    about = f"{number_about(group[0].quantity.dimension)}: {group[0].clause}"
    return Conflict(kind="number", about=about, sides=kept, explanation=explain("number", about, kept))


def _stating(side: ConflictSide, group: list[Amount]) -> Amount:
    return next(a for a in group if a.sentence == side.evidence[0] and a.quantity.written == side.claim)


def _same(x: Quantity, y: Quantity) -> bool:
    return agree(x, y) or rounded_restatement(x, y)


def _contradict(x: Amount, y: Amount) -> bool:
    """The two amounts cannot both be true of one thing at one time."""
    return not _same(x.quantity, y.quantity) and not apart(x.sentence.text, y.sentence.text)
