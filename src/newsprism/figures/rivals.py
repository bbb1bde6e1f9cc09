"""Whether two values of one figure are rivals: they cannot both be true of one scope and time (issue #18).

One predicate for two questions: the figures stage's verdict ('disputed' only when two values are rivals,
:func:`newsprism.figures.verdict.verdict`) and the conflicts drawn from figures
(:mod:`newsprism.conflicts.figured`). Values that can both be true are never rivals:

- **bounds that both hold**: two lower bounds ('at least 8' / 'at least 9', 'more than 26,000' / 'more than
  31,000') or two upper bounds; a bound and a value beyond it ('at least 127' / '129'); not a bound and a value it
  rules out ('as many as 50' / 'at least 63');
- **not a value of the story's**: 'a magnitude 6 quake can do heavy damage' says what such a quake does (GENERIC),
  'a forecast that the nation would confirm 240,000 deaths' what someone expected (PROJECTION), 'more than the
  58,000 soldiers lost in a past war' a count a comparison points back to (REFERENCE);
- **the same groups**: a count of women, children, officers ... may be a part of a count of people; a count of
  those taken to a hospital may hold the dead or be a part; those charged are a part of those arrested; one of
  the dead named by a relation ('the death of her granddaughter') is no count of them;
- **the same scope and time**: two sentences that date their figure apart (other months or years), of which one
  bounds it to a place or to one of several ('In Chicago, ... 18 deaths' / '189 people killed'), or counts it
  since a date ('11,200 wounded since March 30' / '1,300 wounded'); arrests counted per day or night of unrest
  beside a total.
"""

from __future__ import annotations

import math
import re

from newsprism.figures.another_event import of_another_event
from newsprism.figures.hospital import via_hospital
from newsprism.figures.measures import read_claims
from newsprism.figures.sports import record_at
from newsprism.lexicon import FORECAST, MONTH_NAMES, WEEKDAY_NAMES
from newsprism.model import FigureValue
from newsprism.values import dates
from newsprism.values.numbers import numbers, precision
from newsprism.values.quantities import APPROX_TOLERANCE, Bound, bounds_both_hold

BOUNDS = ("at least", "at most")
BOUND_OF: dict[str, Bound] = {"at least": "above", "at most": "below", "about": "about", "exact": "exact"}
"""A figure's qualifier as the value reader's bound, so that both read bounds by one rule
(:func:`newsprism.values.quantities.bounds_both_hold`)."""


def same_value(a: FigureValue, b: FigureValue) -> bool:
    """One side: the same number with the same bound, or an approximation and a figure within its tolerance."""
    if a.value == b.value:
        return True
    if _round_thousands(a, b.value) or _round_thousands(b, a.value):
        return True
    if "about" in (a.qualifier, b.qualifier):
        return abs(a.value - b.value) <= APPROX_TOLERANCE * max(a.value, b.value)
    return False


ROUND_TOLERANCE = 0.01
"""A figure rounded to the thousand ('500,000 deaths') stands for any count within 1 % ('500,071 dead'), and no
further than its written digits allow (:func:`newsprism.values.numbers.precision`: '129,000' stands for 128,500 to
129,500, so '129,900' differs); a figure under a thousand is never taken as rounded (127 and 130 dead differ)."""


def _round_thousands(rounded: FigureValue, other: float) -> bool:
    value = rounded.value
    if value < 1000 or value % 1000 != 0:
        return False
    written = next(iter(numbers(rounded.written)), None)
    allowed = min(ROUND_TOLERANCE * value, (precision(written) if written else None) or math.inf)
    return abs(value - other) <= allowed


def consistent(a: FigureValue, b: FigureValue) -> bool:
    """The two values can both be true at once ('at least 127' and '129', 'at least 8' and 'at least 9')."""
    if same_value(a, b) or bounds_both_hold(BOUND_OF.get(a.qualifier, "exact"), BOUND_OF.get(b.qualifier, "exact")):
        return True
    low, high = sorted((a, b), key=lambda v: v.value)
    return (low.qualifier == "at least" and high.qualifier != "at most") or (
        high.qualifier == "at most" and low.qualifier != "at least")


def rivals(a: FigureValue, b: FigureValue, measure: str = "") -> bool:
    """The two values cannot both be true of one scope and time, and both are values of the story's."""
    return a is not b and of_the_story(a) and of_the_story(b) and contradict(a, b) and not _days_apart(
        measure, a, b) and not _other_games(a, b)


GENERIC = re.compile(r"\b(?:can|could|may|might|would|will)\s+(?:\w+\s+)?(?:cause|do|be|kill|destroy|damage)\b", re.I)
"""A sentence of what such a thing can do ('A magnitude 6 quake can do heavy damage'): no value of the story's."""
PROJECTION = re.compile(r"\b" + FORECAST + r"\s+(?:that|to|of)\b|"
                        r"\b(?:could|would|may|might)\s+(?:rise|reach|top|exceed|double|climb|hit|confirm)\b", re.I)
"""A figure someone predicts ('an early forecast that the nation would confirm 240,000 deaths', NeuS train 1651; 'are
projected to win 157 seats', NeuS val 46): no count of the story's, never set against one."""
REFERENCE = re.compile(r"\b(?:than|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|eclips(?:es|ed|ing)|"
                       r"overtak(?:es|en|ing)|overtook)\s+the\s+$", re.I)
"""A comparison pointing back to a count known from elsewhere ('more than the 58,000 soldiers lost', NeuS
train 1744; 'surpassing the 3,000 killed on 9/11'): the count it names is not the story's value."""


def of_the_story(value: FigureValue) -> bool:
    """Not what such a thing can do, not a forecast, not a count a comparison points back to."""
    text = value.evidence.text
    return not GENERIC.search(text) and not PROJECTION.search(text) and not referenced(value)


def referenced(value: FigureValue) -> bool:
    """The value is the count a comparison points back to ('more than the 58,000 ...')."""
    offset = value.mention.start - value.evidence.start
    return value.mention.part == value.evidence.part and offset >= 0 and bool(
        REFERENCE.search(value.evidence.text[:offset]))


def contradict(a: FigureValue, b: FigureValue) -> bool:
    """The two values cannot both be true of one scope and time."""
    if _one_by_relation(a) != _one_by_relation(b):
        return False  # 'the death of her granddaughter' names one of the dead, no count of them (ECB+ 22/ecbplus)
    if others(a) != others(b) or joined_measure(a) or joined_measure(b):
        return False  # 'Ode and two more victims killed or hurt' beside 'a mother' (ECB+ 33/ecbplus)
    if _groups(a.mention.text) != _groups(b.mention.text) or via_hospital(a.mention.text) != via_hospital(
            b.mention.text) or _charged(a.mention.text) != _charged(b.mention.text):
        return False  # a count of those taken to a hospital may hold the dead ('the three victims were taken to
        # the hospital' beside 'two others' wounded, ECB+ 18/ecbplus) or be a part
    return not consistent(a, b) and not apart(a.evidence.text, b.evidence.text)


OTHERS = re.compile(r"\bothers?\b", re.I)
"""A count of others ('two other victims', 'three others were hurt'): those besides someone the sentence names,
a part of a count, never a rival of one without it."""
JOINED = re.compile(r"^\s*(?:and|or|and/or)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt|dead|died)\b", re.I)
"""A count of two measures at once ('killed and injured', 'dead or seriously wounded'): no count of either; 'killed
and hundreds injured' gives two counts (NeuS train 2063)."""


def others(value: FigureValue) -> bool:
    """A count of others that may be a part of a count: not the hurt besides the dead told before them in the
    sentence ('killing two workers and wounding two others': all the wounded; ECB+ 22/ecbplus, round 18)."""
    return bool(OTHERS.search(value.mention.text)) and not hurt_beside_dead(value)


def hurt_beside_dead(value: FigureValue) -> bool:
    """The value is the sentence's count of the injured or shot, after a count of the dead of its own sentence."""
    offset = value.mention.start - value.evidence.start
    if value.mention.part != value.evidence.part or offset < 0:
        return False
    claims = read_claims(value.evidence.text)
    own = next((c for c in claims if c.number.start == offset), None)
    return own is not None and own.measure in ("injured", "shot") and any(
        c.measure == "killed" and not of_another_event(c.subject) and c.number.start < offset for c in claims)


def joined_measure(value: FigureValue) -> bool:
    """The value's words go on with a second measure ('two other victims killed | and injured')."""
    offset = value.mention.end - value.evidence.start
    return value.mention.part == value.evidence.part and 0 <= offset <= len(value.evidence.text) and bool(
        JOINED.match(value.evidence.text[offset:]))


PART_GROUPS = re.compile(r"\b(women|men|children|girls|boys|teens|teenagers|students|soldiers|officers|"
                         r"civilians|militants|woman|man|child|girl|boy)\b", re.I)
"""Groups a count of the dead or hurt may be a part of ('killing two women, the first Israeli casualties' / 'of
the 26 people who died', AllSides 6054; 'the two women and a man were killed' / 'at least three people'): two
counts are compared only when they count the same groups."""
BY_RELATION = frozenset({"his", "her", "their"})
"""A possessive read as one person ('killed his wife', 'the death of her granddaughter'): one of the people counted,
named by a relation, never a rival of a count of them."""
CHARGED = re.compile(r"\bcharged\b", re.I)
"""Those charged are a part of those arrested (ECB+ 19/ecb: 'two officers ... were arrested, and one was charged')."""


def _one_by_relation(value: FigureValue) -> bool:
    return value.written.lower() in BY_RELATION


def _charged(written: str) -> bool:
    return bool(CHARGED.search(written))


def _groups(written: str) -> frozenset[str]:
    return frozenset(m.lower() for m in PART_GROUPS.findall(written))


PLACE_SCOPE = re.compile(r"(?:^|[;:]\s*|,\s*)(?:(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?[A-Z][\w.'’-]*"
                         r"(?:\s+[A-Z][\w.'’-]*)*|(?:[Ii]n|[Aa]t)\s+(?:another|one|a\s+second|the\s+other)\b"
                         r"[^,;]{0,30})\s*,")
"""A clause opened by a place ('In Chicago, 100 people were struck ...') or by one of several ('In another,
floodwaters swept through a care home, killing 12', AllSides 5856): the figures after it are that place's."""
SINCE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:start|beginning)\s+of\b|(?:early\s+|late\s+|mid-?)?(?:"
                   + "|".join(sorted((m.capitalize() for m in MONTH_NAMES), key=len, reverse=True))
                   + r")\b|(?:19|20)\d\d\b)")
"""A count since a date ('wounded during protests since March 30', 'since the start of the year'): a running total."""


EARLY_POINT = re.compile(r"\b(?:within\s+(?:(?:a\s+few|two|three|several)\s+)?(?:hours|days|weeks|a\s+(?:day|week))|"
                         r"at\s+first|initially|early\s+on|in\s+the\s+first\s+(?:few\s+)?(?:hours|days|weeks?))\b",
                         re.I)
"""An early point of the story ('Within days, the fund said it had raised $20 million' beside
the '$30 million' it raised since, NeuS train 1807 of the h18audit; 'At first, ...', 'In the first hours, ...'): the
figure is of that earlier time, never a rival of one given without it."""


def apart(a: str, b: str) -> bool:
    """The two sentences date or scope their figures apart: other months or years named (a day's date or a
    weekday is today's news), a place opening one clause only, a running total since a date or an early point of
    the story in one only."""
    if _months_and_years(a) != _months_and_years(b):
        return True
    return any(bool(cue.search(a)) != bool(cue.search(b)) for cue in (PLACE_SCOPE, SINCE, EARLY_POINT))


CONJUNCT = re.compile(r";\s+|\s+(?:and|but)\s+(?=(?:since|then|later|now|also|has|have|had|is|are|was|were|"
                      r"will|would)\b)", re.I)
"""Where a sentence's coordinated clauses of one subject meet: 'and' or 'but' before an auxiliary or a time adverb
('proposed the rules in May and since has received 300,000 comments': ECB+ 9/ecb), or a semicolon. A month or year
of one such clause dates that clause's event, not a figure of the other."""


def apart_at(a: str, a_at: int, b: str, b_at: int, held: bool = False) -> bool:
    """:func:`apart` for the figures at ``a_at`` in ``a`` and ``b_at`` in ``b``, the months and years read from each
    figure's own clause (:data:`CONJUNCT`) only. ``held``: both figures are of one place already (shares of a place,
    :mod:`newsprism.conflicts.shares`), so a place opening a clause scopes nothing more."""
    if _months_and_years(clause_at(a, a_at)) != _months_and_years(clause_at(b, b_at)):
        return True
    cues = (SINCE, EARLY_POINT) if held else (PLACE_SCOPE, SINCE, EARLY_POINT)
    return any(bool(cue.search(a)) != bool(cue.search(b)) for cue in cues)


def clause_at(text: str, at: int) -> str:
    """The coordinated clause (:data:`CONJUNCT`) of ``text`` that holds the character at ``at``."""
    start = max((m.end() for m in CONJUNCT.finditer(text, 0, at) if m.end() <= at), default=0)
    end = next((m.start() for m in CONJUNCT.finditer(text, at)), len(text))
    return text[start:end]


def _months_and_years(text: str) -> set[tuple[int | None, int | None]]:
    return {(d.year, d.month) for d in dates(text) if d.day is None and (d.year or d.month)}


ONE_DAY = re.compile(r"\b(?:" + "|".join(WEEKDAY_NAMES) + r")(?:'s|’s|\s+night|\s+evening)?\b|\bovernight\b|"
                     r"\b(?:last|that|one)\s+night\b", re.I)
"""A count bound to one day or night of unrest ('over the course of Saturday's protests', '46 on Wednesday
night'; ECB+ 19/ecb, 19/ecbplus)."""
DAY_COUNTED = frozenset({"arrested"})
"""Measures counted per day and in total while unrest goes on: a day's count is no rival of the total."""


def _other_games(a: FigureValue, b: FigureValue) -> bool:
    """Two win-loss records of other times of a season: games apart (:meth:`newsprism.values.Record.same_time`:
    a team's '10-0' beside its '14-1' in a roundup of later games, ECB+ 31/ecb)."""
    first, second = (record_at(v.evidence.text, v.mention.start - v.evidence.start) for v in (a, b))
    return first is not None and second is not None and not first.same_time(second)


def _days_apart(measure: str, a: FigureValue, b: FigureValue) -> bool:
    return measure in DAY_COUNTED and bool(ONE_DAY.search(a.evidence.text)) != bool(ONE_DAY.search(b.evidence.text))
