"""Lines read by what they head or repeat (issue #16, round 11, :mod:`newsprism.clean.sections` and the adjacent copies
of :mod:`newsprism.clean.text`): a label over the article's prose, a box's label over headlines, sub-headings naming
what the paragraph under them names, a paragraph printed twice in a row. Texts written for the test, no publisher's
text."""

from __future__ import annotations

from short_article import LAST, LEAD, MIDDLE

from newsprism.clean.lines import split_lines
from newsprism.clean.sections import continue_runs, heads_prose, name_heading
from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig

EARLIER = ("HARBOUR CITY, ST - The council met late on Sunday to debate the harbour budget, which had been delayed "
           "twice by the storm.")
EARLIER_TOO = "Councillors said the vote would come on Monday after the public hearing ended."
TEASER = ("A second storm is expected to reach the coast by Friday, forecasters said, and the quay road may close "
          "again for the weekend.")


def _clean(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned = clean_text(text, None, CleanConfig())
    return cleaned.paragraphs, [(r.reason, r.text) for r in cleaned.removed]


def _heads(text: str, line: str) -> bool:
    lines = split_lines(text)
    index = next(i for i, candidate in enumerate(lines) if candidate.text == line)
    return heads_prose(lines, [None] * len(lines), index)


def test_a_coverage_label_over_the_earlier_version_is_the_article_s() -> None:
    text = "\n\n".join([LEAD, MIDDLE, LAST, "PREVIOUS COVERAGE:", "-----", EARLIER, EARLIER_TOO])
    paragraphs = _clean(text)[0]
    assert "PREVIOUS COVERAGE:" in paragraphs and EARLIER in paragraphs
    assert _heads(text, "PREVIOUS COVERAGE:")


def test_a_box_label_or_a_label_over_one_teaser_still_goes() -> None:
    boxed = "\n\n".join([LEAD, MIDDLE, LAST, "TRENDING NOW:", TEASER, EARLIER_TOO])
    assert not _heads(boxed, "TRENDING NOW:")
    single = "\n\n".join([LEAD, MIDDLE, LAST, "Earlier coverage:", TEASER])
    assert not _heads(single, "Earlier coverage:")
    assert ("related", "Earlier coverage:") in _clean(single)[1]


def test_a_lead_in_over_a_release_stays() -> None:
    text = "\n\n".join([LEAD, "Read the full news release below:", EARLIER, EARLIER_TOO, LAST])
    assert "Read the full news release below:" in _clean(text)[0]


def _lines_and_kinds(*parts: str) -> tuple[list, list]:
    lines = split_lines("\n\n".join(parts))
    return lines, [None] * len(lines)


def test_names_over_paragraphs_that_name_them_are_sub_headings_when_there_are_several() -> None:
    lines, kinds = _lines_and_kinds(LEAD, "Ada Brenner", "Councillor Ada Brenner, 52, has served on the council "
                                    "since 2004.", "Ola Berg", "Berg, a harbour pilot for twenty years, "
                                    "led the search for the boat.")
    assert name_heading(lines, kinds, 1) and name_heading(lines, kinds, 3)
    lone, lone_kinds = _lines_and_kinds(LEAD, "Ola Berg", "Berg is wanted for questioning about the boat, police "
                                        "said on Monday.", LAST)
    assert not name_heading(lone, lone_kinds, 1)  # a name once is a picture's label


def test_the_headlines_under_a_removed_label_go_with_it() -> None:
    lines, kinds = _lines_and_kinds(LEAD, "PREVIOUS STORIES", "+ Storm closes the north pier",
                                    "+ Divers find the missing boat", MIDDLE)
    assert continue_runs(lines, kinds, [1]) == [2, 3]
    one, one_kinds = _lines_and_kinds(LEAD, "January", "Bullets fired from upstairs", MIDDLE)
    assert continue_runs(one, one_kinds, [1]) == []  # one short line: the article's sub-heading


def test_a_paragraph_printed_twice_in_a_row_goes_both_times() -> None:
    caption = "Divers in the water near the north pier on Monday morning."  # no verb: not a wire caption (round 24)
    paragraphs, removed = _clean("\n\n".join([caption, caption, LEAD, MIDDLE, LAST]))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert [reason for reason, text in removed if text == caption] == ["duplicate", "duplicate"]


def test_a_paragraph_printed_again_further_down_keeps_its_first_copy() -> None:
    paragraphs, _ = _clean("\n\n".join([LEAD, MIDDLE, LAST, MIDDLE]))
    assert paragraphs == [LEAD, MIDDLE, LAST]
