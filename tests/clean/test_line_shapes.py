"""The cleaning's fast line tests give the same answers as the definitions they stand for."""

from __future__ import annotations

import itertools

from newsprism.clean.lines import INVISIBLE, SPACES, TERMINAL, Line, ends_sentence, forget_lines, normalize, words
from newsprism.clean.rules import foreign_script_label, widget_row

PIECES = ("a", " ", ".", "!", "?", "…", "\"", "'", "”", "’", "»", ")", "]", "\n", "x.")


def test_ends_sentence_agrees_with_the_terminal_pattern_on_every_short_ending() -> None:
    for size in range(5):
        for parts in itertools.product(PIECES, repeat=size):
            text = "The man left" + "".join(parts)
            assert ends_sentence(text) == bool(TERMINAL.search(text.rstrip())), repr(text)


def test_ends_sentence_on_plain_lines() -> None:
    assert ends_sentence("He left the room.")
    assert ends_sentence("“We will be back,” she said.”  ")
    assert ends_sentence("(He left.)")
    assert not ends_sentence("Share this story")
    assert not ends_sentence("")


def test_words_hands_out_a_fresh_list_each_time() -> None:
    first = words("Share this story")
    first.append("extra")
    assert words("Share this story") == ["Share", "this", "story"]
    forget_lines()
    assert words("Share this story") == ["Share", "this", "story"]


def test_short_circuited_rules_keep_their_answers() -> None:
    assert widget_row("Share Tweet Email 5 min read")
    assert not widget_row("Share the news with your neighbours")
    assert not widget_row("2016")
    assert foreign_script_label("Фото дня")
    assert not foreign_script_label("Фото дня и ночи сегодня здесь")
    assert not foreign_script_label("Photo of the day")


def test_normalize_removes_invisible_characters_and_odd_spaces_as_the_tables_say() -> None:
    text = "A\u200bB\xa0C\tD\u202fE\ufeffF\u2007G\u200c\u200d\u2060H\r\nI"
    assert normalize(text) == "AB C D EF GH\nI"
    assert normalize(text) == text.replace("\r\n", "\n").translate(INVISIBLE).translate(SPACES)


def test_a_line_bare_of_its_bullet_stays_bare_when_asked_again() -> None:
    line = Line("• Share this story", 1, alone=True)
    assert line.bare == "Share this story"
    assert line.bare == "Share this story"
    assert line == Line("• Share this story", 1, alone=True)
