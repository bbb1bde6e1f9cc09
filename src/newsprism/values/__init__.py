"""The one reader of values in text, below the stages: align, reuse, conflicts and figures all read numbers,
quantities, dates, clock times, ranks, negations and modals here, so that they agree on what a sentence states.

API (stable; every record carries ``start``/``end`` character offsets into the text it was read from, and
``text[start:end] == written``):

- :func:`read` ``(text) -> Values``: everything below at once (cached per text).
- :func:`numbers` ``(text) -> list[Number]``: every figure, digits or words ('1,500', 'three hundred', 'a dozen',
  '1.5 million', '$3bn'); :func:`read_number` ``(written) -> float | None`` one figure; :func:`spell` ``(int) ->
  str`` a whole number in words; :func:`scaled_digits` the digits before a scale word ('1.2' of '$1.2 trillion').
- :func:`quantities` ``(text) -> list[Quantity]``: figures with what they measure — units ('10 miles', converted
  to a base unit so '16 km' agrees), money with its currency (``dimension`` 'money:USD'), percentages,
  magnitudes, counted nouns ('count:missile', 'people') — as an interval shaped by ranges ('3 to 5') and
  qualifiers (``bound`` 'exact' / 'about' / 'above' / 'below': 'nearly', 'more than', 'at least', 'up to').
  :func:`agree` ``(a, b)``: two quantities of one dimension can be the same value; :func:`consistent` ``(a, b)``:
  they can both be true (intervals meet, or bounds the same way: :func:`bounds_both_hold`).
- :func:`dates` ``(text) -> list[DateValue]``: year / month / day / weekday fields, each None when not given
  ('Nov. 8', 'April 2019', '2016', 'Tuesday'); :func:`dates_agree`, :func:`first_difference` (the grain where two
  dates differ), :func:`shares_field`. :func:`clock_times` ``(text) -> list[ClockTime]`` with zone ('0200 GMT'
  is a time, not a year); :func:`clocks_agree`. :func:`phrase_date` ``(phrase) -> DateValue | None``: the date a
  whole phrase names, in any case ('sept 13, 2023', 'Tuesday, Nov. 8').
- :func:`read_date_phrase` ``(phrase, reference, future) -> DateReading | None``: a date phrase resolved against a
  reference date to a :class:`~newsprism.values.moments.TimeValue` at its precision (year / month / day), ranges
  included ('1990s', 'second quarter of 2020', 'May to July', 'last week'), weekdays and relative words ('last
  Friday', 'two weeks ago'): the timeline reads its dates here (:mod:`newsprism.values.date_phrases`).
- :func:`occurrences` ``(text) -> list[Occurrence]``: counts of times with the word of what happened ('married
  twice', 'was arrested three times'; not 'three times as many', 'twice a day').
- :func:`ranks` ``(text) -> list[Rank]``: ordinals with their superlative or noun ('fourth largest',
  'fifth-largest', 'third round'); :func:`same_scale`.
- :func:`negations` ``(text) -> list[Negation]``: negated verbs with cue, auxiliary and base form ('did not pay',
  "doesn't have", 'no longer holds', 'never won'); :func:`modals` ``(text) -> list[Modal]`` ('will' certain,
  'may' / 'will likely' possible); :func:`same_verb` ``(x, y)`` ('pay' / 'paid').
- :func:`states` ``(text, quantity) -> bool``: the text states that quantity in any form.
- :func:`ages` ``(text) -> list[Age]``: ages as written ('60-year-old', 'age 61', and ', 43,' for a caller that
  knows the name before it).
- :func:`records` ``(text) -> list[Record]``: win-loss records in a bracket or apposition ('(52-3, 46 KOs)',
  ', 45-7-2,'), for a caller that knows the name before it; :func:`stated_records` also those a clause states
  ('improved to 25-7', 'compiled a 162-139 record'); :func:`final_score` a game's ('a 91-73 victory').

Word lists live in :mod:`newsprism.lexicon`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsprism.values.ages import Age, ages
from newsprism.values.date_phrases import DateReading, read_date_phrase
from newsprism.values.dates import (
    ClockTime,
    DateValue,
    Grain,
    clock_times,
    clocks_agree,
    dates,
    dates_agree,
    first_difference,
    phrase_date,
    shares_field,
)
from newsprism.values.numbers import Number, close, numbers, read_number, scaled_digits, spell, words_value
from newsprism.values.occurrences import Occurrence, occurrences
from newsprism.values.polarity import Modal, Negation, base_form, modals, negations, same_verb
from newsprism.values.quantities import Bound, Quantity, agree, bounds_both_hold, comparable, consistent, quantities
from newsprism.values.ranks import Rank, ranks, same_scale
from newsprism.values.records import Record, final_score, records, stated_records

__all__ = [
    "Age",
    "Bound",
    "ClockTime",
    "DateReading",
    "DateValue",
    "Grain",
    "Modal",
    "Negation",
    "Number",
    "Occurrence",
    "Quantity",
    "Rank",
    "Record",
    "Values",
    "ages",
    "agree",
    "base_form",
    "bounds_both_hold",
    "clock_times",
    "clocks_agree",
    "close",
    "comparable",
    "consistent",
    "dates",
    "dates_agree",
    "figures",
    "final_score",
    "first_difference",
    "modals",
    "negations",
    "numbers",
    "occurrences",
    "phrase_date",
    "quantities",
    "ranks",
    "read",
    "read_date_phrase",
    "read_number",
    "records",
    "same_scale",
    "same_verb",
    "scaled_digits",
    "shares_field",
    "spell",
    "stated_records",
    "states",
    "words_value",
]


@dataclass(frozen=True)
class Values:
    """What one text states: its figures and quantities, dates and clock times, ranks, negations and modals.

    ``numbers`` holds every figure; the figures inside a date or a clock time are also in ``dates`` / ``clocks``,
    and ``ranks`` leaves out ordinals inside a date ('November 8th')."""

    text: str
    numbers: tuple[Number, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateValue, ...]
    clocks: tuple[ClockTime, ...]
    ranks: tuple[Rank, ...]
    negations: tuple[Negation, ...]
    modals: tuple[Modal, ...]

    def bare_numbers(self) -> list[Number]:
        """The figures that are in no quantity, date or clock time ('killed 14', 'the 1,500 who')."""
        taken = ([(q.start, q.end) for q in self.quantities] + [(d.start, d.end) for d in self.dates]
                 + [(c.start, c.end) for c in self.clocks])
        return [n for n in self.numbers if not any(s <= n.start and n.end <= e for s, e in taken)]


@lru_cache(maxsize=1 << 14)
def read(text: str) -> Values:
    """Read every value of ``text`` once (cached: a sentence is compared with many others)."""
    found_dates = tuple(dates(text))
    inside = [(d.start, d.end) for d in found_dates]
    return Values(text, tuple(numbers(text)), tuple(quantities(text)), found_dates, tuple(clock_times(text)),
                  tuple(r for r in ranks(text) if not any(s <= r.start < e for s, e in inside)),
                  tuple(negations(text)), tuple(modals(text)))


def figures(text: str) -> set[float]:
    """Every figure written in ``text``, digits or words, with or without a unit."""
    return {n.value for n in numbers(text)}


def states(text: str, quantity: Quantity) -> bool:
    """``text`` states ``quantity`` in some form: a quantity of its dimension that agrees with it."""
    return any(q.dimension == quantity.dimension and agree(q, quantity) for q in quantities(text))
