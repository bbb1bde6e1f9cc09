"""Two words between a figure and a plural that are no modifiers of it, so the plural is not what the figure counts
(issue #18; texts invented for these tests)."""

import pytest

from newsprism.values import quantities


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.written, q.dimension) for q in quantities(text)]


@pytest.mark.parametrize("text", [
    "two women threw stones at the bus",  # a noun of people: the figure counts them
    "four children hid themselves in the barn",
    "9 will post updates on the page",  # a modal
    "14 emptied their rifles into the air",  # a possessive
    "two allegedly traded blows outside",  # an adverb before a past form
    "crews found .38-caliber steel casings",  # a hyphen: another measure
    "the 4 th year pupils",  # an ordinal ending
    "Photo 17\nMarta Quill waves at fans",  # a line break: a caption's number
    "Image 3 of 21 Marta Quill waves at fans",  # a gallery's count, before a caption
    "police found .38 caliber steel casings",  # no whole number: no count
])
def test_another_clause_after_the_figure(text: str) -> None:
    assert _read(text) == []


def test_a_number_between_is_no_modifier() -> None:
    assert _read("she stood five fet three inches tall") == [("three inches", "length")]


def test_a_line_break_keeps_the_next_count() -> None:
    assert _read("Police: 3 critical\nTwo boys hurt") == [("Two boys", "count:boy")]


@pytest.mark.parametrize(("text", "written"), [
    ("deputies found nine spent copper casings", "nine spent copper casings"),
    ("Two Harlow County deputies arrived", "Two Harlow County deputies"),
])
def test_two_modifiers_still_read(text: str, written: str) -> None:
    assert [w for w, _ in _read(text)] == [written]
