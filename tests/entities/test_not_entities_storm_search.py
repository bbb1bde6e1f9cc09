"""A one-word mention is looked for after a storm's words only in an article that writes a storm's words (issue
#20: the search read the whole article again for every one-word mention)."""

from __future__ import annotations

import re

import pytest

from newsprism.entities import not_entities
from newsprism.entities.not_entities import storm_named

CALM = ("Mayor Odile Brannock opened the Tessaly ferry terminal on Monday. Brannock said the terminal would carry "
        "nine hundred riders a day.")
STORMY = ("Tropical Storm Varro crossed the Pellan coast overnight. Forecasters said Varro could strengthen before "
          "it reaches the islands.")


def _one_word(text: str, word: str) -> tuple[str, int, int, tuple[str, ...]]:
    start = text.rindex(word)
    return text, start, start + len(word), (word.lower(),)


@pytest.mark.parametrize(("text", "word", "storm"), [(CALM, "Brannock", False), (STORMY, "Varro", True),
                                                    (STORMY, "Pellan", False)])
def test_storm_named_answers(text: str, word: str, storm: bool) -> None:
    assert storm_named(*_one_word(text, word)) is storm


def test_no_name_search_without_storm_words(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []
    real = re.search

    def counted(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        searched.append(pattern)
        return real(pattern, string, flags)

    monkeypatch.setattr(not_entities.re, "search", counted)
    for _ in range(3):
        assert not storm_named(*_one_word(CALM, "Brannock"))
    assert searched == []
    assert storm_named(*_one_word(STORMY, "Varro"))
    assert len(searched) == 1
