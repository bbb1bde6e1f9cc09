"""A long feature's sub-headings (issue #16, round 26, :func:`newsprism.clean.sections.feature_headings`): short lines
standing between paragraphs of prose, twice or more on a page (a year's notebook under its months, a profile's
sections), are the article's and never the line classifier's; the related marker leaves the article's own pointer
'More on this case in a May update.'. Texts written for the test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.boilerplate import candidates
from newsprism.clean.sections import feature_headings
from newsprism.clean.text import clean_text, rule_verdicts
from newsprism.clean.widgets import widget_kind
from newsprism.config import CleanConfig

INTRO = ("For a whole year this reporter kept a notebook of every case in which a firearm turned up in the river "
         "towns, from the courthouse dockets to the sheriff's weekly log.")
WINTER = ("A ferry mechanic was fined after he fired a flare gun over the frozen harbour to scare off geese, and the "
          "magistrate told him the next flare would cost him his licence.")
SPRING = ("Two neighbours who had argued for months about a fence were both charged after one of them waved an old "
          "hunting rifle from his porch, the county prosecutor said in a filing.")
POINTER = "More on this case in a May update."
MAY = ("The fence case ended with both men agreeing to a year of probation, a new survey of the boundary and a promise "
       "to sell the rifle to a licensed dealer in the valley.")
CLOSING = ("By December the notebook held more than two hundred entries, most of them small and strange, and only a "
           "handful ever reached a jury in the county courthouse downtown.")
NOTEBOOK = [INTRO, "January", "Flare over the harbour", WINTER, "February", SPRING, POINTER, "Fence feud",
            MAY, "Epilogue", CLOSING]


def _indices(parts: list[str], wanted: list[str]) -> tuple[set[int], set[int], list[int]]:
    verdicts = rule_verdicts("\n\n".join(parts), None, CleanConfig())
    lines, kinds, body = verdicts.lines, verdicts.kinds, verdicts.body
    index = {i for i, line in enumerate(lines) if line.text in wanted}
    return index, feature_headings(lines, kinds, body[0], body[-1]), candidates(lines, kinds, body[0], body[-1])


def test_a_notebook_s_months_and_sub_headings_are_the_article_s() -> None:
    wanted = ["January", "Flare over the harbour", "February", "Fence feud", "Epilogue"]
    index, headings, asked = _indices(NOTEBOOK, wanted)
    assert len(index) == len(wanted)
    assert index <= headings
    assert not index & set(asked)


def test_a_notebook_keeps_its_sub_headings_and_its_pointer_sentence() -> None:
    paragraphs = clean_text("\n\n".join(NOTEBOOK), "A year of guns in the river towns", CleanConfig()).paragraphs
    for line in ("January", "February", "Epilogue", "Fence feud", POINTER):
        assert line in paragraphs


def test_one_short_line_between_paragraphs_is_still_asked() -> None:
    index, headings, asked = _indices([INTRO, WINTER, "Harbour master retires after forty years", SPRING, CLOSING],
                                      ["Harbour master retires after forty years"])
    assert not headings
    assert index <= set(asked)


def test_a_site_s_marker_stays_related_and_the_article_s_pointer_does_not() -> None:
    assert widget_kind(POINTER, len(POINTER.split())) is None
    assert widget_kind("More on that later.", 3) is None
    for marker in ("More on this story:", "More from this reporter:", "Also on The Valley Post:",
                   "More on the harbour from the River Times."):
        assert widget_kind(marker, len(marker.split())) == "related"


def test_links_to_a_gallery_or_a_player_between_paragraphs_stay_asked() -> None:
    links = ["PHOTOS | Fire on the quay", "Strange Harbour Photos: A seal on a bus", "WATCH LIVE AT KXYZ.COM"]
    parts = [INTRO, links[0], WINTER, links[1], SPRING, links[2], CLOSING]
    index, headings, _ = _indices(parts, links)
    assert len(index) == len(links)
    assert not index & headings
