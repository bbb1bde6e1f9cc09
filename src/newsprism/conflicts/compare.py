"""Decide, for two sentences that say the same thing, which slots disagree: number, date, place, person,
negation. A modality ('will' / 'may') is a hedge, not a disagreement of fact, and is never reported.

Each check is built for precision: a value is a conflict only when both sentences hold a value of the same
kind *in the same role* (a number counting the same thing, a place after the same preposition, a name before
the same verb, a negation on the same verb, a date next to the same verb) and neither value is found in the other
sentence in another form ("14" / "fourteen", "18 months" / "a year and a half", "about 1,500" / "1,523", "10 miles"
/ "16 km", "$1 trillion" / "$1.2 trillion"). A value one side merely leaves out is never a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsprism.conflicts.names import people, places
from newsprism.conflicts.negations import negation_flips
from newsprism.conflicts.scoped import number_scope
from newsprism.conflicts.slots import (
    Disagreement,
    SameEntity,
    date_predicates,
    dated_noun,
    rounded_restatement,
    same_stem,
    words,
)
from newsprism.lexicon import AUXILIARIES, CALENDAR, NUMBER_WORDS, STOP
from newsprism.memo import per_text
from newsprism.model import ConflictKind, Sentence
from newsprism.reuse.changes import name_in
from newsprism.values import (
    ClockTime,
    DateValue,
    Grain,
    Quantity,
    Rank,
    agree,
    clocks_agree,
    dates_agree,
    figures,
    first_difference,
    read,
    same_scale,
    same_verb,
    shares_field,
)

SAY_WORDS = frozenset({"said", "says"})
def disagreements(a: Sentence, b: Sentence, same_entity: SameEntity | None = None) -> list[Disagreement]:
    """The slots where ``a`` and ``b`` (taken to say the same thing) contradict each other.

    A difference of modality ('will vote' / 'may vote as early as Wednesday') is never one: both report the same
    plan, one more cautiously, and no fact is in dispute (on AllSides roundups every such flag was a hedge)."""
    return [*value_disagreements(a.text, b.text), *places(a, b), *people(a, b, same_entity),
            *negation_disagreements(a.text, b.text)]


@per_text  # read once per pair of texts and story (issue #20)
def value_disagreements(a: str, b: str) -> tuple[Disagreement, ...]:
    """The number and date slots where texts ``a`` and ``b`` disagree (kept per pair of texts)."""
    return (*_numbers(a, b), *_ranks(a, b), *_clocks(a, b), *_dates(a, b))


@per_text
def negation_disagreements(a: str, b: str) -> tuple[Disagreement, ...]:
    """The negation slot where texts ``a`` and ``b`` disagree (kept per pair of texts)."""
    return tuple(negation_flips(a, b))


def _numbers(a: str, b: str) -> Iterator[Disagreement]:
    qa, qb = _primary(read(a).quantities, a, read(b).quantities, b), _primary(read(b).quantities, b,
                                                                             read(a).quantities, a)
    for dimension in sorted({q.dimension for q in qa} & {q.dimension for q in qb}):
        xs = [q for q in qa if q.dimension == dimension]
        ys = [q for q in qb if q.dimension == dimension]
        only_a = [x for x in xs if not _stated(x, a, ys, b) and not _number_in(x, b)]
        only_b = [y for y in ys if not _stated(y, b, xs, a) and not _number_in(y, a)]
        pairs = [(x, y) for x in only_a for y in only_b if same_context(a, (x.start, x.end), b, (y.start, y.end))
                 and _closing(a, x.start) == _closing(b, y.start) and in_part(a) == in_part(b)
                 and _rate(a, x) == _rate(b, y) and _increment(a, x) == _increment(b, y)
                 and number_scope(a, x.start, x.end) == number_scope(b, y.start, y.end)]
        if pairs:
            yield Disagreement("number", pairs[0][0].written, pairs[0][1].written, number_about(dimension),
                               _number_slot(dimension))


CONVERSION = re.compile(r"\d(?:[\d.,]*\d)?(?:[\s-]*(?:million|billion|trillion|bn|mn|m)\b)?(?:[\s-]*"
                        r"(?:euros?|pounds?|dollars?|yen|yuan|rupees?|francs?))?\s*\(\s*(?:about\s+|around\s+|"
                        r"roughly\s+|some\s+|or\s+)?[^\s\d()]{0,4}$", re.I)
"""What comes before the conversion of an amount into another currency: '€110 billion ($143 billion)',
'85 million euros ($108 million)'."""


CLOSING = re.compile(r"\b(?:closed|closing|ended|finished|settled)\s+(?:the\s+(?:day|session)\s+)?(?:\w+\s+){0,2}$",
                     re.I)
"""A figure at the close ('stocks closed down 3.9 percent'): another moment than a move during the day ('stocks
plunged 5.4 per cent'), so no disagreement with it."""


PART_OF_EVENT = re.compile(r"\b(?:during|in|over|for)\s+(?:the|that|this|each)\s+(?:(?:first|second|third|fourth|"
                           r"fifth|sixth|seventh|eighth|ninth|tenth|final|last|opening|\d+(?:st|nd|rd|th))\s+)?"
                           r"(?:round|half|quarter|inning|period|set|lap)\b|"
                           r"\b(?:during|in)\s+the\s+(?:(?-i:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                           r"eleventh|twelfth)(?=\s*[.,;:!?]|\s+(?-i:[A-Z]))|\d+(?:rd|th)(?=\s*[.,;:!?]))", re.I)
"""A count of one part of a bout or game ('landed 21 of his 55 punches thrown during the round', ECB+ 7/ecb): another
scope than the whole ('178 of 369 punches thrown'), so no disagreement with it. The part's noun may be left out
after an ordinal ('dropped him with two jabs in the fifth.', 'In the fifth Vane landed ...'; ECB+ 7/ecb's
knockdown-hooks: one side wrote 'in the sixth' with no noun and the other 'during the round'). Before a capitalised
word only a lower-case ordinal word is a part: 'in the Ninth District', 'in the 117th Congress' and 'in the 306th
Infantry' name no part (NeuS train 1697, 44 and 1876, the scan of every sentence this clause reads)."""


def in_part(text: str) -> bool:
    """The sentence counts within one part of a bout or game (:data:`PART_OF_EVENT`)."""
    return PART_OF_EVENT.search(text) is not None


def _closing(text: str, start: int) -> bool:
    return CLOSING.search(text[max(0, start - 40):start]) is not None


CONVERSION_SPREAD = 0.15
"""Two conversions of one amount within 15 % of each other are the same amount at another day's rate, rounded
('€110 billion ($143 billion)' / '($158 billion)': 10 %); a conversion further off is a different amount (the
one-slot pairs change an amount by ×1.6 at least)."""


RATE = re.compile(r"\s*(?:a|an|per|each)\s+(?:year|month|week|day|season|game|hour)\b|\s*(?:annually|yearly)\b", re.I)
"""What follows the figure of a rate ('roughly $22 million per season', '$99,000 a year'): a rate is never set against
a sum ('a seven-year contract of $140 million to $150 million'; ECB+ 10/ecbplus, labelled before this rule)."""


INCREMENT = re.compile(r"(?<=\S)\s+(?:more|additional|further)\b(?!\s+than)", re.I)
"""Words after the figure of an increment ('a million more cases', '21,000 more deaths in the past three weeks';
NeuS train 903, read in round 13): a change, never set against a level ('six million confirmed cases')."""


def _increment(text: str, q: Quantity) -> bool:
    return bool(INCREMENT.match(text, q.end) or INCREMENT.search(q.written))


def _rate(text: str, q: Quantity) -> bool:
    return RATE.match(text, q.end) is not None


def _primary(found: tuple[Quantity, ...], text: str, others: tuple[Quantity, ...], other_text: str) -> list[
        Quantity]:
    """The quantities less their conversions into another currency that a conversion of the other sentence
    restates at another rate: outlets convert one amount at different rates; the amounts themselves are compared."""
    return [q for q in found if not (_converted(q, text) and any(
        _converted(y, other_text) and y.dimension == q.dimension
        and abs(y.value - q.value) <= CONVERSION_SPREAD * max(y.value, q.value) for y in others))]


def _converted(q: Quantity, text: str) -> bool:
    return q.dimension.startswith("money:") and CONVERSION.search(text[:q.start]) is not None


def _stated(x: Quantity, text: str, others: tuple[Quantity, ...] | list[Quantity], other_text: str) -> bool:
    """Some quantity of the other sentence agrees with ``x``; when some of them sit next to the same word as ``x``,
    only those count ('more than $99,000 a year' does not state what 'couples that made $198,000' did)."""
    near = [y for y in others if same_context(text, (x.start, x.end), other_text, (y.start, y.end))]
    return any(agree(x, y) or rounded_restatement(x, y) for y in (near or others))


def _number_slot(dimension: str) -> str:
    if dimension.startswith("money:"):
        return "money"
    if dimension.startswith("count:") or dimension == "people":
        return "count"
    return dimension if dimension in ("percent", "magnitude") else "measure"


def number_about(dimension: str) -> str:
    if dimension.startswith("count:"):
        return f"how many {dimension[6:]}s"
    if dimension.startswith("money:"):
        return f"the amount ({dimension[6:]})"
    if dimension.startswith("percent:"):
        return f"the percentage ({dimension[8:].replace('+', ', ')})"
    return {"time": "how long", "length": "the distance", "mass": "the weight", "percent": "the percentage",
            "people": "how many people"}.get(dimension, dimension)


def _number_in(quantity: Quantity, text: str) -> bool:
    """The figure is written in the other sentence too (tagged to another noun there, or in another sentence part)."""
    return quantity.value in figures(text)


def _ranks(a: str, b: str) -> Iterator[Disagreement]:
    """Two places on one scale ('the fourth largest' / 'the fifth-largest'), neither stated in the other sentence."""
    ra, rb = read(a).ranks, read(b).ranks
    for x in ra:
        for y in rb:
            if (same_scale(x, y) and x.position != y.position and not _ranked(x, rb) and not _ranked(y, ra)
                    and same_context(a, (x.start, x.end), b, (y.start, y.end))):
                yield Disagreement("number", x.written, y.written, f"the rank ({x.scale or x.noun})", "rank")
                return


def _ranked(rank: Rank, others: tuple[Rank, ...]) -> bool:
    return any(same_scale(rank, o) and o.position == rank.position for o in others)


def _clocks(a: str, b: str) -> Iterator[Disagreement]:
    ca, cb = read(a).clocks, read(b).clocks
    if not ca or not cb:
        return
    only_a, only_b = unmatched_clocks(ca, cb)
    if only_a and only_b:
        yield Disagreement("date", only_a[0].written, only_b[0].written, "the time of day", "time")


def unmatched_clocks(ca: tuple[ClockTime, ...], cb: tuple[ClockTime, ...]) -> tuple[list[ClockTime], list[ClockTime]]:
    """The clock times of each sentence that the other neither states nor spans (a time between two of its own)."""
    return ([x for x in ca if not any(clocks_agree(x, y) for y in cb) and not _inside(x.minutes, cb)],
            [y for y in cb if not any(clocks_agree(x, y) for x in ca) and not _inside(y.minutes, ca)])


def _inside(minutes: int, others: tuple[ClockTime, ...]) -> bool:
    values = [o.minutes for o in others]
    return len(values) >= 2 and min(values) <= minutes <= max(values)


DATE_ABOUT: dict[Grain, str] = {"year": "the year", "month": "the month", "day": "the day of the month",
                                "weekday": "the day"}


def _dates(a: str, b: str) -> Iterator[Disagreement]:
    """A date of ``a`` and one of ``b`` at the same place in the sentence that differ in a field both give, where
    neither date is stated in the other sentence."""
    only_a, only_b = unmatched_dates(read(a).dates, read(b).dates)
    for x in only_a:
        for y in only_b:
            grain = first_difference(x, y)
            if grain is not None and same_event(a, (x.start, x.end), b, (y.start, y.end)):
                yield Disagreement("date", x.written, y.written, DATE_ABOUT[grain], grain)
                return


def unmatched_dates(da: tuple[DateValue, ...], db: tuple[DateValue, ...]) -> tuple[list[DateValue], list[DateValue]]:
    """The dates of each sentence that no date of the other states (agrees with, in a field both give)."""
    return ([x for x in da if not any(dates_agree(x, y) and shares_field(x, y) for y in db)],
            [y for y in db if not any(dates_agree(x, y) and shares_field(x, y) for x in da)])


CONTEXT_WORDS = 3
"""Words read on each side of a figure for what it counts: two figures of the same unit disagree only when a
content word within three of each is shared ('injuring 14 people' / '41 people injured'). Dates need more (the
same nearest word, :func:`same_neighbour`): on the first 500 NeuS/AllSides stories (three outlets each) the
weekday conflicts flagged without it all paired dates of different events ('ordered to evacuate Sunday' /
'remained under evacuation orders Monday', 'called Schumer on Friday' / 'said on Saturday that he had
spoken')."""


def same_context(a: str, span_a: tuple[int, int], b: str, span_b: tuple[int, int]) -> bool:
    """The two values sit next to a common content word (same first four letters): they fill the same slot."""
    return bool(_context(a, *span_a) & _context(b, *span_b))


def same_neighbour(a: str, span_a: tuple[int, int], b: str, span_b: tuple[int, int]) -> bool:
    """The nearest content word before the two dates is the same (first four letters), or the nearest after:
    'harbour on Tuesday' / 'harbour on Monday' fill one slot; 'ordered to evacuate Sunday' / 'under evacuation
    orders Monday' date two different things."""
    before_a, after_a = _nearest(a, *span_a)
    before_b, after_b = _nearest(b, *span_b)
    return bool(before_a and before_a == before_b) or bool(after_a and after_a == after_b)


def same_event(a: str, span_a: tuple[int, int], b: str, span_b: tuple[int, int]) -> bool:
    """The two dates date one event: the same nearest word (:func:`same_neighbour`), and, when both dates sit next
    to verbs (:func:`~newsprism.conflicts.slots.date_predicates`), a verb in common ('died early Thursday' /
    'died early Tuesday'). 'Ode on Friday will try to force a vote' / 'blocked Ode on Wednesday from
    calling it' share a name but date two happenings. A date used as an adjective dates its noun: 'the 2016
    election' / 'the 2017 report' date two things (:func:`~newsprism.conflicts.slots.dated_noun`)."""
    if not same_neighbour(a, span_a, b, span_b) or dated_noun(a, *span_a) != dated_noun(b, *span_b):
        return False
    verbs_a, verbs_b = date_predicates(a, *span_a), date_predicates(b, *span_b)
    return not verbs_a or not verbs_b or any(same_verb(x, y) for x in verbs_a for y in verbs_b)


def _nearest(text: str, start: int, end: int) -> tuple[str, str]:
    before = [w for w in re.findall(r"[a-z]+", text[:start].lower()) if _content(w)]
    after = [w for w in re.findall(r"[a-z]+", text[end:].lower()) if _content(w)]
    return (before[-1][:4] if before else ""), (after[0][:4] if after else "")


def _content(word: str) -> bool:
    return (len(word) > 2 and word not in STOP and word not in AUXILIARIES and word not in SAY_WORDS
            and word not in NUMBER_WORDS and word not in CALENDAR)


def _context(text: str, start: int, end: int) -> set[str]:
    before = re.findall(r"[a-z]+", text[:start].lower())[-CONTEXT_WORDS:]
    after = re.findall(r"[a-z]+", text[end:].lower())[:CONTEXT_WORDS]
    return {w[:4] for w in (*before, *after) if _content(w)}


def modal_verbs(text: str) -> dict[str, str]:
    """verb → 'certain' or 'possible' for each modal in the sentence ('will meet', 'may meet', 'will likely meet')."""
    found: dict[str, str] = {}
    for modal in read(text).modals:
        found[modal.verb] = modal.how  # the last modal of a verb, as the sentence ends with it
    return found


def states(sentence: Sentence, kind: ConflictKind, value: str) -> bool:
    """The sentence states ``value`` (one side's value of a disagreement of this kind), in any form."""
    text = sentence.text
    if kind == "number":
        return _states_number(text, value)
    if kind == "date":
        return _states_date(text, value)
    if kind in ("place", "person"):
        return name_in(value, text)
    if kind == "negation":
        verb = value.split()[-1]
        negated = any(same_verb(verb, n.verb) for n in read(text).negations)
        return negated if value.startswith("not ") else not negated and any(same_verb(verb, w) for w in words(text))
    if kind == "modality":
        how = "certain" if value.startswith("will ") else "possible"
        return any(same_stem(value.split()[-1], v) and h == how for v, h in modal_verbs(text).items())
    return False


def _states_number(text: str, value: str) -> bool:
    wanted, values = read(value), read(text)
    if wanted.ranks and not wanted.quantities:
        return any(same_scale(wanted.ranks[0], r) and r.position == wanted.ranks[0].position for r in values.ranks)
    return bool(wanted.quantities) and any(q.dimension == wanted.quantities[0].dimension and agree(
        q, wanted.quantities[0]) and not number_scope(text, q.start, q.end) for q in values.quantities)


def _states_date(text: str, value: str) -> bool:
    wanted, values = read(value), read(text)
    if wanted.clocks:
        return any(clocks_agree(wanted.clocks[0], c) for c in values.clocks)
    return bool(wanted.dates) and all(any(_covers(d, w) for d in values.dates) for w in wanted.dates)


def _covers(date: DateValue, wanted: DateValue) -> bool:
    """``date`` gives every field ``wanted`` gives, with the same value."""
    return all(wanted.field(g) is None or date.field(g) == wanted.field(g) for g in ("year", "month", "day", "weekday"))
