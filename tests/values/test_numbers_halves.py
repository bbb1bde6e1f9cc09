"""'half a dozen' and 'a half million' are half the number after them (issue #18: 'half a dozen' was read as 12)."""

from newsprism.values.numbers import numbers


def _read(text: str) -> list[tuple[float, str]]:
    return [(number.value, number.written) for number in numbers(text)]


def test_half_a_dozen_is_six() -> None:
    assert _read("Half a dozen deckhands walked off the Lumo ferry.") == [(6.0, "Half a dozen")]


def test_a_half_million_is_half_of_a_million() -> None:
    assert _read("The fund raised a half million dollars and about half a million more.") == [
        (500000.0, "a half million"), (500000.0, "half a million")]


def test_a_whole_number_and_a_half_keeps_its_reading() -> None:
    assert _read("a dozen crates and one and a half million tins") == [
        (12.0, "a dozen"), (1.0, "one"), (1000000.0, "million")]
