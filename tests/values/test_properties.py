"""Properties of the value reader: number words round-trip, offsets point at the text, conversions are symmetric."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsprism.values import agree, numbers, quantities, read, read_number, spell, words_value
from newsprism.values.units import UNITS

WHOLE = st.integers(min_value=0, max_value=999_999_999)
PIECES = st.sampled_from([
    "about", "more than", "$", "£", "5", "1,500", "1.5 million", "twenty-five", "a dozen", "miles", "km", "percent",
    "%", "people", "Nov. 8", "2019", "April", "Tuesday", "at 2100 GMT", "11:43 a.m.", "did not", "never", "pay",
    "fourth largest", "5th", "to", "and", "between", "-", ",", ".", "May", "will", "may", "no longer", "'s", "’",
])


@given(WHOLE)
def test_number_words_round_trip(value: int) -> None:
    assert words_value(spell(value)) == value


@given(st.integers(min_value=1, max_value=999_999_999))
def test_spelled_numbers_are_read_whole(value: int) -> None:
    text = f"They counted {spell(value)} ballots."
    found = numbers(text)
    assert [(n.value, n.written) for n in found] == [(value, spell(value))]


@given(st.integers(min_value=0, max_value=10 ** 12))
def test_digits_with_separators_read_back(value: int) -> None:
    assert read_number(f"{value:,}") == value and read_number(str(value)) == value


@settings(max_examples=300)
@given(st.lists(PIECES, max_size=12), st.text(max_size=30))
def test_offsets_point_at_the_text(pieces: list[str], noise: str) -> None:
    text = " ".join(pieces) + noise
    values = read(text)
    records = [*values.numbers, *values.quantities, *values.dates, *values.clocks, *values.ranks]
    for record in records:
        assert text[record.start:record.end] == record.written
    for negation in values.negations:
        assert 0 <= negation.start < negation.end <= len(text)


CONVERTIBLE = sorted(u for u, (d, _) in UNITS.items() if d in ("length", "mass", "area", "speed", "volume")
                     and u.isalpha() and len(u) > 2)


@given(st.sampled_from(CONVERTIBLE), st.sampled_from(CONVERTIBLE), st.integers(min_value=2, max_value=5000))
def test_conversions_are_symmetric(unit: str, target: str, value: int) -> None:
    dimension, size = UNITS[unit]
    other_dimension, other_size = UNITS[target]
    a = quantities(f"it covered {value} {unit} in all")
    converted = value * size / other_size
    b = quantities(f"it covered {converted:.3g} {target} in all".replace("e+", "e"))
    if len(a) != 1 or len(b) != 1 or "e" in f"{converted:.3g}":
        return
    assert agree(a[0], b[0]) == agree(b[0], a[0])
    if dimension == other_dimension:
        assert agree(a[0], b[0]), (a[0], b[0])


@given(st.integers(min_value=1, max_value=10 ** 6), st.integers(min_value=1, max_value=10 ** 6),
       st.sampled_from(["", "about ", "more than ", "at least ", "up to ", "nearly "]),
       st.sampled_from(["", "about ", "more than ", "at least ", "up to ", "nearly "]))
def test_agreement_is_symmetric(x: int, y: int, qx: str, qy: str) -> None:
    assume(not (1800 <= x <= 2099 or 1800 <= y <= 2099))  # a bare four-digit year-like figure is read as a year
    a, b = quantities(f"{qx}{x} people"), quantities(f"{qy}{y} people")
    assert agree(a[0], b[0]) == agree(b[0], a[0])
    if x == y and qx == qy:
        assert agree(a[0], b[0])
