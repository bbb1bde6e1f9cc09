"""A text's rejections (newsprism.clean.prefilter._Trie.read), read once for every pattern, are each pattern's own
test of its needed strings: a rejected pattern is one that cannot match the text."""

from __future__ import annotations

import re

from prefiltered_patterns import cleaning_patterns

from newsprism.clean import prefilter

LINES = [
    "Police told the Quarry Hill Ledger that two people were hurt on Monday.",
    "Sign up for our newsletter to get e-mail alerts in your inbox.",
    "Copyright 2019 KQRS-TV. All rights reserved.",
    "Related: Ferry repairs delayed again in Talos Elmford",
    "Photo by Ann Vell / Getty Images",
    "Share this article on Twitter @quarryhill",
    "Read more here",
    "About 300 people attended a meeting on the bridge and the audit.",
    "Contributed reporting by the Associated Press.",
    "Call 555-010-2233 or visit www.quarry.example at 9:30 a.m.",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "",
]


def _texts() -> list[str]:
    return [*LINES, *(f"{a} {b}" for a in LINES for b in LINES[:6]), *(line.upper() for line in LINES)]


def test_a_rejected_pattern_is_one_whose_needed_strings_the_text_lacks() -> None:
    patterns = cleaning_patterns()
    for text in _texts():  # every pattern made and the trie built over all of their strings
        for pattern in patterns:
            prefilter.search(pattern, text)
    prefilter._TRIE.texts.clear()
    rejecting = 0
    for text in _texts():
        low, _, rejected = prefilter._TRIE.read(text)
        for pattern in patterns:
            made = prefilter.prefilter(pattern)
            test = made.any_test
            if not made.bit & prefilter._TRIE.rejecting:
                assert not rejected & made.bit
                continue
            assert made.narrowing and test is not None and low is not None
            lacks = not any(s in low for s in test.strings)
            assert bool(rejected & made.bit) == lacks, (pattern.pattern, text)
            rejecting += bool(rejected & made.bit)
            if lacks:
                assert pattern.search(text) is None and prefilter.search(pattern, text) is None
    assert rejecting > len(_texts())  # most patterns are turned down on most lines


def test_a_pattern_made_after_the_trie_is_rejected_only_once_a_trie_holds_its_strings() -> None:
    late = re.compile(r"\bquarrelsome ferrymen\b|\bunheard-of pelicans\b", re.I)
    made = prefilter.prefilter(late)
    for number in range(2 * prefilter.REBUILD_TEXTS):  # fresh texts: the trie is made again on the way
        text = f"Line {number} of this page is about neither of them."
        covered = made.any_test is not None and made.any_test.long <= prefilter._TRIE.strings
        rejected = prefilter._TRIE.read(text)[2] & made.bit
        covered = covered or (made.any_test is not None and made.any_test.long <= prefilter._TRIE.strings)
        assert not rejected or covered
        assert prefilter.search(late, text) is None
    assert made.bit & prefilter._TRIE.rejecting and prefilter._TRIE.read("No pelicans here.")[2] & made.bit
    assert prefilter.search(late, "Some unheard-of pelicans.") is not None
