"""Ages as the text writes them: '60-year-old', 'Sixty-year-old', 'age 61', 'aged 61', and a figure set off by
commas that may be an age after a name ('Hiller, 43, had ...': ``apposed``, for a caller that knows the name)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from newsprism.values.numbers import numbers

OLDEST = 120
"""The largest figure read as a person's age."""
YEAR_OLD = re.compile(r"[\s-]*years?[\s-]+old\b", re.I)
AGE_WORD = re.compile(r"\b(?:age|aged)\s+$", re.I)
APPOSED_BEFORE = re.compile(r",\s*$")
APPOSED_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")


@dataclass(frozen=True)
class Age:
    """An age: its years and where it is written (``text[start:end] == written``)."""

    years: int
    start: int
    end: int
    written: str
    form: Literal["year-old", "age", "apposed"]


def ages(text: str) -> list[Age]:
    """Every age ``text`` writes, in order."""
    found = []
    for number in numbers(text):
        if number.value != int(number.value) or not 0 < number.value <= OLDEST:
            continue
        after = text[number.end:number.end + 16]
        year_old = YEAR_OLD.match(after)
        if year_old:
            end = number.end + year_old.end()
            found.append(Age(int(number.value), number.start, end, text[number.start:end], "year-old"))
        elif AGE_WORD.search(text[max(0, number.start - 8):number.start]):
            found.append(Age(int(number.value), number.start, number.end, number.written, "age"))
        elif APPOSED_BEFORE.search(text[max(0, number.start - 3):number.start]) and APPOSED_AFTER.match(after):
            found.append(Age(int(number.value), number.start, number.end, number.written, "apposed"))
    return found
