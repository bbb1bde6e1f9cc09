"""The story index of :mod:`newsprism.entities.clutter`: a title-case phrase's lower-case twin is looked for only
around its rarest word, with the answer of a search through the whole text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsprism.entities.clutter import _lower_elsewhere, _Story

WORDS = ["service", "providers", "internet", "Internet", "Service", "the", "responsible", "person", "-", ",", "\n"]


def _whole_text(name: str, text: str) -> bool:
    words = name.split()
    tail = r"\s+".join(re.escape(word.lower()) for word in words[1:])
    first = f"(?:{re.escape(words[0].lower())}|{re.escape(words[0])})"
    return re.search(r"(?<![\w-])" + first + r"\s+" + tail + r"(?![\w-])", text) is not None


@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([" ", "  ", "\n"]))
def test_the_index_answers_as_the_whole_text_does(words: list[str], gap: str) -> None:
    text = gap.join(words)
    for name in ("Internet Service Providers", "Responsible Person", "Service Providers"):
        assert _lower_elsewhere(name, _Story(text), {}) == _whole_text(name, text)


def test_a_twin_at_the_text_edges_and_between_punctuation_is_found() -> None:
    assert _lower_elsewhere("Internet Service Providers", _Story("internet service providers"), {})
    assert _lower_elsewhere("Responsible Person", _Story("Ask (the responsible person), he said."), {})
    assert not _lower_elsewhere("Responsible Person", _Story("the responsible-person rule"), {})
    assert not _lower_elsewhere("Responsible Person", _Story("a responsible person2 here"), {})
