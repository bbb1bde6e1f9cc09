"""Numbers as written: digits ('1,500', '1.5'), words ('fourteen', 'three hundred', 'twenty-five', 'a dozen') and
scales ('1.5 million', '$3bn', 'two thousand')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsprism.lexicon import MULTIPLES, NUMBER_WORDS, SCALES, TENS_WORDS, UNITS_WORDS

WORD_SCALES = ("hundred", "thousand", "million", "billion", "trillion")
_WORD = "|".join(sorted([*NUMBER_WORDS, *WORD_SCALES], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
EURO_AS_E = r"(?<=(?<![\w.:/,])e)(?=[\d.,]+(?:\s*|-)(?:million|billion|trillion)\b|[\d.]+(?:bn|m)\b)"
"""Digits right after a lone 'e' with a scale after them ('e85 million', 'e75m'): a euro sign that a text's
encoding turned into 'e' (ECB+), read as euros by :mod:`newsprism.values.quantities`."""
NUMBER = re.compile(
    rf"(?:(?<![\w.:/,])|{EURO_AS_E})"
    rf"(?:(?<=[Mm]agnitude-)|(?<![A-Za-z]-))(?<!\d{4}-)(?<!\d{4}-\d\d-)"  # 'magnitude-5.2' read
    rf"(?<!(?-i:(?!US|UK|EU|UN)[A-Z][A-Z]) )"  # 'AK 47': a model
    rf"(?P<digits>{_DIGITS})(?![\d:]|/\d|[.,]\d|-\d\d?-\d)"
    rf"(?P<fraction>(?<=\d)(?:\s+|-)(?:1/2|1/4|3/4)(?![\d/])|(?<=\d)\s*[½¼¾])?"
    rf"(?P<scale>(?:\s*|-)(?:thousand|million|billion|trillion)\b|(?:bn|mn|tn|m|k|b|t)\b)?"
    rf"|(?<![\w-])(?P<words>(?:(?:an?|one)\s+)?(?:{_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*)\b", re.I)
"""A figure in digits (with a fraction: '2 1/2', '2-1/2', '3½'; a scale word or a money suffix: '1.5 million', '3bn')
or a run of number words. Digits after letters and a hyphen ('AK-47', 'F-16', 'COVID-19') or after two capitals and a
space ('AK 47', 'PS 298'; not a place's: 'the US 5 percent') name a model or a thing, no figure."""
FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75}
"""A whole number's fraction as written after it: '2 1/2 years' is 2.5 years, not 2 (ECB+ 32/ecb: '2 years' /
'2 1/2 years' read as one figure 2 stated by both)."""
HALF_OF = re.compile(r"(?<![\w-])half\s+$", re.I)
"""'half' right before 'a dozen' / 'a million': half that number ('half a dozen' 6, 'half a million' 500,000; NeuS
train 2320's 'half a dozen' was read as 12, issue #18)."""
A_HALF = re.compile(r"(?<!\band\s)(?<![\w-])an?\s+half[\s-]+$", re.I)
"""'a half' right before a bare 'dozen' / 'million': half of it ('a half-dozen' 6, 'a half million' 500,000); not
after 'and' ('one and a half million' is no half)."""
SIGN_BEFORE = re.compile(r"(?:[$£€¥]\s*|(?<![\w.:/,])e)$")
"""A currency sign right before digits (a lone 'e' too: :data:`EURO_AS_E`): a one-letter scale after them counts."""
SUFFIX_SCALES = frozenset({"bn", "mn", "tn", "m", "k", "b", "t"})
"""Scales written against the digits ('3bn', '5m', headlines' '$300M', '$1.5B', '$2T'); the one-letter ones only
count after a currency sign ('$5m' is five million, '5m' alone is five metres; '$2T' was read as two dollars
against '$2.2T', NeuS train 1771, issue #18)."""


@dataclass(frozen=True)
class Number:
    """A figure in a text: its value and where it is written (``text[start:end] == written``)."""

    value: float
    start: int
    end: int
    written: str
    in_words: bool
    """written in words ('fourteen', 'a dozen'), wholly or partly ('1.5 million' is not)"""


def numbers(text: str) -> list[Number]:
    """Every figure in ``text``, in order; years and times are figures too (the date reader tells them apart)."""
    return list(_numbers(text))


@lru_cache(maxsize=1 << 14)
def _numbers(text: str) -> tuple[Number, ...]:
    found = []
    for match in NUMBER.finditer(text):
        number = _read(match, text)
        if number is not None:
            found.append(number)
    return tuple(found)


def _read(match: re.Match[str], text: str) -> Number | None:
    if match.group("words") is not None:
        value = words_value(match.group("words"))
        if value is None:
            return None
        half = _half_before(match, text)
        start = half.start() if half else match.start()
        return Number(value / 2 if half else value, start, match.end(), text[start:match.end()], True)
    value = float(match.group("digits").replace(",", ""))
    value += FRACTIONS.get((match.group("fraction") or "").strip(" -"), 0.0)
    scale = (match.group("scale") or "").strip().lstrip("-").lower()
    end = match.end()
    if scale in SUFFIX_SCALES and len(scale) == 1 and not SIGN_BEFORE.search(text[:match.start()]):
        scale, end = "", match.end("digits")
    value *= SCALES.get(scale, 1.0)
    return Number(value, match.start(), end, text[match.start():end], False)


def precision(number: Number) -> float | None:
    """Half the unit of the last significant digit the figure is written to, in its value's scale: what rounding
    to its digits may hide ('6.1 billion' 0.05 billion, '1,500' 50, '40' 5, '2 million' half a million, '129,000'
    500); None for a figure written in words or with a fraction (their precision is not written)."""
    if number.in_words or re.search(r"[/½¼¾]", number.written):
        return None  # words and fractions ('2 1/2') do not write their precision in digits
    match = re.match(_DIGITS, number.written)
    if match is None or not float(match.group(0).replace(",", "")):
        return None
    digits = match.group(0).replace(",", "")
    scale = number.value / float(digits)
    unit = 10.0 ** -len(digits.split(".")[1]) if "." in digits else 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return unit * scale / 2


def _half_before(match: re.Match[str], text: str) -> re.Match[str] | None:
    """'half a' or 'a half' written right before the number words of ``match``, else None."""
    words = match.group(0).lower().split()
    if words[0] in ("a", "an"):
        return HALF_OF.search(text, 0, match.start())
    if len(words) == 1 and (words[0] == "dozen" or words[0] in SCALES):
        return A_HALF.search(text, 0, match.start())
    return None


def words_value(written: str) -> float | None:
    """The value of number words ('three hundred and five' 305, 'a dozen' 12, 'twenty-five' 25, '1.5 million'
    1.5e6); None when they are not one number ('a', 'one one')."""
    parts = [p for p in re.split(r"[\s-]+", written.lower()) if p and p != "and"]
    if parts[:1] in (["a"], ["an"]):
        parts = ["one", *parts[1:]] if len(parts) > 1 else []
    if parts and re.fullmatch(_DIGITS, parts[0]):
        return _scaled(float(parts[0].replace(",", "")), parts[1:])
    total, current, last = 0.0, 0.0, ""
    for part in parts:
        if part in UNITS_WORDS or part in TENS_WORDS:
            if last in UNITS_WORDS or (last in TENS_WORDS and part in TENS_WORDS) or (
                    last in TENS_WORDS and UNITS_WORDS.get(part, 10) >= 10):
                return None  # 'one one', 'twenty thirty', 'twenty twelve': no one number
            current += UNITS_WORDS.get(part, TENS_WORDS.get(part, 0))
        elif part in ("hundred", "dozen"):
            current = max(current, 1.0) * (100 if part == "hundred" else 12)
        elif part in SCALES:
            total, current = total + max(current, 1.0) * SCALES[part], 0.0
        else:
            return None
        last = part
    return total + current if parts else None


def _scaled(value: float, parts: list[str]) -> float | None:
    for part in parts:
        if part not in SCALES:
            return None
        value *= SCALES[part]
    return value


def scaled_digits(written: str) -> str | None:
    """The digits of the first figure in ``written`` that has a scale word or suffix ('1.2' of '$1.2 trillion',
    '3' of '$3bn'), else None ('1,500' has no scale)."""
    for match in NUMBER.finditer(written):
        number = _read(match, written) if match.group("scale") else None
        if number is not None and number.end > match.end("digits"):  # a one-letter suffix may not count
            return match.group("digits")
    return None


def read_number(written: str) -> float | None:
    """The value of one figure as written ('1,500', 'fourteen', '1.5 million', 'twice'); None if it is not one."""
    plain = written.strip()
    if plain.lower() in MULTIPLES:
        return float(MULTIPLES[plain.lower()])
    found = numbers(plain)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(plain):
        return found[0].value
    return words_value(plain)


def spell(value: int) -> str:
    """A whole number from 0 to 999,999,999 in words ('three hundred and five', 'twenty-one'): what
    :func:`words_value` reads back."""
    if value < 20:
        return next(w for w, n in UNITS_WORDS.items() if n == value)
    if value < 100:
        tens = next(w for w, n in TENS_WORDS.items() if n == value - value % 10)
        return tens if value % 10 == 0 else f"{tens}-{spell(value % 10)}"
    for scale, size in (("million", 10 ** 6), ("thousand", 10 ** 3), ("hundred", 100)):
        if value >= size:
            head, rest = divmod(value, size)
            words = f"{spell(head)} {scale}"
            return words if rest == 0 else f"{words} {'and ' if rest < 100 else ''}{spell(rest)}"
    raise ValueError(value)


def close(x: float, y: float, tolerance: float) -> bool:
    """Two figures within ``tolerance`` (a share of the larger) of each other."""
    return abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9)
