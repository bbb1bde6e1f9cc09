"""The regular-expression prefilter (newsprism.clean.prefilter) gives exactly what the patterns give."""

from __future__ import annotations

import re

import pytest
from prefiltered_patterns import cleaning_patterns

from newsprism.clean import features, outlet_cues, prefilter, widgets
from newsprism.clean.needed_strings import UNSAFE, branches, needed
from newsprism.clean.prefilter import lowered

LINES = [
    "According to the Portvale Ledger, the man was taken to the hospital.",
    "Police told the Daily Portvalian in Quarry Hill that two people were hurt.",
    "KXYZ, WXYZ's sister station, reported the fire on Tuesday.",
    "NBC affiliate KXYZ first reported the arrest.",
    "Officers said the suspect ran, the Portvale Courier reports.",
    "Jane Roe told KXYZ-TV (http://kxyz.example/story) that she heard shots.",
    "Information from: The Portvale Ledger",
    "KXYZ contributed to this report.",
    "Having trouble viewing the video? Watch the clip above.",
    "Sign up for our newsletter to get e-mail alerts in your inbox.",
    "© 2016 KXYZ-TV. All rights reserved.",
    "Copyright 2015 The Portvale Ledger. This material may not be published.",
    "Download the free KXYZ News app for iPhone and Android.",
    "Stay with KXYZ for updates as the story develops tonight.",
    "This story will be updated.",
    "Related: Two hurt in Quarry Hill crash",
    "(Photo: KXYZ 11)",
    "Jane Roe / The Portvale Ledger",
    "Follow her on Twitter @janeroe.",
    "Editor's note: an earlier version misstated the street.",
    "Home > News > Local",
    "Advertisement",
    "Click here to read more",
    "PORTVALE, Ala. (AP) — Two men were hurt on Monday, police said.",
    "The mayor, who spoke to reporters at City Hall, said the budget would pass.",
    "İstanbul police said a Kelvin \u212a sign and a long \u017f are no ASCII.",
    "SUBSCRIBE NOW for unlimited digital access",
    "The ΣΊΣΥΦΟΣ café was closed on Thursday, said its owner.",
    "Reach him at jroe@kxyz.example or call 555-123-4567.",
    "Contact us | Privacy Policy | Terms of Use",
    "",
]


def _texts() -> list[str]:
    return LINES + [f"{a} {b}" for a in LINES[:12] for b in LINES[12:24]] + [line.upper() for line in LINES]


def _found(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("pattern", cleaning_patterns(), ids=lambda p: p.pattern[:40])
def test_prefiltered_pattern_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    for text in _texts():
        assert _found(list(prefilter.finditer(pattern, text))) == _found(list(pattern.finditer(text))), text
        assert _found([m for m in [prefilter.search(pattern, text)] if m]) == \
            _found([m for m in [pattern.search(text)] if m]), text
        assert _found([m for m in [prefilter.match(pattern, text)] if m]) == \
            _found([m for m in [pattern.match(text)] if m]), text


def test_the_cited_pattern_is_narrowed_for_a_plain_sentence() -> None:
    cited = prefilter.prefilter(outlet_cues.CITED)
    narrowed = cited.narrowed("The mayor spoke to reporters in the hall on Monday.")
    assert narrowed is not None and narrowed is not outlet_cues.CITED  # only the 'told X in Y' alternative left
    assert cited.narrowed(LINES[24]) is None
    assert prefilter.prefilter(widgets.WIDGET_RULES[2].pattern).narrowed("Two men were hurt on Monday.") is None


def test_safe_characters_lower_case_as_the_engine_folds_them() -> None:
    """A text without UNSAFE characters is tested lowered: a character of it that matches a pattern's character
    case-insensitively must lower-case to the same one character."""
    safe = "".join(chr(code) for code in range(0x2200) if not UNSAFE.match(chr(code)))
    for char in safe:
        assert len(char.lower()) == 1
        matched = re.compile(re.escape(char), re.I).findall(safe)
        assert all(other.lower() == char.lower() for other in matched), char
    assert lowered("İstanbul") is None and lowered("ſ") is None and lowered("Ab ’x’") == "ab ’x’"


def test_needed_strings() -> None:
    assert needed(r"\btrouble (?:viewing|playing) the video", re.I) == {"trouble viewing the video",
                                                                        "trouble playing the video"}
    assert needed(r"\s+abc", 0) == {"abc"}
    assert needed(r"(?:ab)*cd", 0) == {"cd"}
    assert needed(r"comments?|comment box", 0) == {"comment"}
    assert needed(r".*x?", 0) is None
    assert needed(r"\w+", 0) is None
    assert needed(r"a(?=bcd)", 0) is None  # a look-ahead is no part of the match: 'a' alone is too short
    assert needed(r"(?-i:AB)cd", re.I) == {"abcd"}


def test_branches_split_the_top_level_only() -> None:
    assert branches(r"a|(b|c)|[|]|\||[]|]x|[^]|]y") == ["a", "(b|c)", "[|]", r"\|", "[]|]x", "[^]|]y"]
    assert branches("abc") == ["abc"]


def test_widget_word_reads_runs_as_the_pattern_does() -> None:
    assert features._WORD_RUNS_EXACT
    for text in [*_texts(), "x_video", "video-game", "E-MAIL us", "photos.", "re-share"]:
        assert features.widget_word(text) == bool(features.WIDGET_WORD.search(text)), text


def test_the_trie_finds_every_string_a_text_holds() -> None:
    """One scan gives exactly the registered strings in a text, those inside or overlapping others included."""
    strings = frozenset({"abc", "abcde", "bcd", "cde", "a.b", "xyz", "yzz", "zz(", "(@x"})
    trie = prefilter._Trie()
    trie.add(strings | {"ab"})  # too short for the trie: tested one by one
    for text in ["abcdefg", "xabcd", "a.bcde", "xyzz(", "zzz", "", "abcabcde", "ab", "q(@xyzzz(", "a-b"]:
        assert trie.present(text) == {s for s in strings if s in text}, text
    assert trie.strings == strings


def test_the_patterns_trie_agrees_with_testing_each_string() -> None:
    for pattern in cleaning_patterns():
        prefilter.search(pattern, "")
    for text in _texts():
        low = lowered(text)
        if low is not None:
            found = prefilter._TRIE.present(low)
            assert found == {s for s in prefilter._TRIE.strings if s in low}, text


def test_char_counts_are_the_string_methods_counts() -> None:
    for text in [*_texts(), "Ünïcode ²³ ÀB 12", "MIXED case 123 — “quoted”", "\t\n"]:
        assert features.char_counts(text) == (sum(map(str.isalpha, text)), sum(map(str.isdigit, text)),
                                              sum(map(str.isupper, text))), text


def test_lower_words_are_the_words_lower_cased() -> None:
    from newsprism.clean.lines import lower_words, words

    for text in _texts():
        assert list(lower_words(text)) == [word.lower() for word in words(text)], text
