"""names.edge_words gives, for every entity span, the word before and the
word after that the slices themselves give (the reading it replaced: two regex scans per entity per pair)."""

from __future__ import annotations

import re

import pytest

from newsprism.conflicts.names import edge_words
from newsprism.memo.readings import Readings


def _sliced(text: str, start: int, end: int) -> tuple[str, str]:
    before = re.findall(r"[\w']+", text[:start].lower())
    after = re.findall(r"[\w']+", text[end:].lower())
    return before[-1] if before else "", after[0] if after else ""


def _spans(text: str, *names: str) -> tuple[tuple[int, int], ...]:
    return tuple((text.index(name), text.index(name) + len(name)) for name in names)


TEXTS = [
    ("Marta Olvec told reporters in Lendon on Friday.", ("Marta Olvec", "Lendon")),  # at the start
    ("The ferry left from Port Averly", ("Port Averly",)),  # at the end
    ("O'Brien's boat docked near Varsk's harbour after Tam O'Neill's call.", ("O'Brien", "Varsk", "O'Neill")),
    ("Officials in Dunmore's east said it was 'Kessa' who spoke.", ("Dunmore", "Kessa")),
    ("Rain hit Brelle — and Cortia’s mayor, Ida Venn, left.", ("Brelle", "Cortia", "Ida Venn")),
    ("Nobody", ("Nobody",)),
    ("Flights from İzmir to Ölvik were cut", ("İzmir", "Ölvik")),  # not ASCII: read by the slices
    ("A.B. Holt met C. Dray at 5pm", ("Holt", "C. Dray")),
]


@pytest.mark.parametrize(("text", "names"), TEXTS)
def test_same_words_as_the_slices(text: str, names: tuple[str, ...]) -> None:
    spans = _spans(text, *names)
    assert edge_words(text, spans) == tuple(_sliced(text, start, end) for start, end in spans)


def test_a_span_inside_a_word_cuts_it() -> None:
    text = "Dunmoreville's council met."
    spans = ((0, 7), (3, 14), (0, len(text)), (len(text), len(text)))
    assert edge_words(text, spans) == tuple(_sliced(text, start, end) for start, end in spans)
    assert edge_words(text, ((0, 7),))[0][1] == "ville's"


def test_words_around_names_and_kept_reading_agree() -> None:
    text = "Ida Venn met Tam O'Neill in Lendon's old port on Friday."
    spans = _spans(text, "Ida Venn", "O'Neill", "Lendon")
    expected = (("", "met"), ("tam", "in"), ("in", "'s"))
    assert edge_words(text, spans) == expected
    with Readings().active():
        assert edge_words(text, spans) == expected
        assert edge_words(text, spans) == expected  # kept
