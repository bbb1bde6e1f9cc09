"""Page layouts `clean.listings` marks (issue #16): a press office's listing of releases, a caption that
states its full date above the lead, and other stories' headlines, in title or sentence case, left between the
article's paragraphs. Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.lines import Line
from newsprism.clean.listings import mark_interleaved
from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig
from newsprism.model import ClutterKind

OTHER = "Harbour police were called to a fire on the north pier on Tuesday night and found a boat burning."
MORE = "The boat's owner was not on board, and no one was hurt, a harbour police spokesman said on Wednesday."


def _clean(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned = clean_text(text, None, CleanConfig())
    return cleaned.paragraphs, [(r.reason, r.text) for r in cleaned.removed]


def test_a_listing_keeps_its_first_release() -> None:
    text = "\n\n".join(["News Releases", "Council approves harbour budget - 04/02/16", LEAD, MIDDLE, LAST,
                        "Boat burns on the north pier - 03/29/16", OTHER, MORE,
                        "Harbour office closed for the holiday - 03/25/16", OTHER.replace("fire", "flood")])
    kept, removed = _clean(text)
    assert kept == [LEAD, MIDDLE, LAST]
    assert ("related", OTHER) in removed and ("related", MORE) in removed


def test_one_stamped_headline_is_the_page_own_release() -> None:
    kept, _ = _clean(_article("Boat burns on the north pier - 03/29/16", OTHER, MORE, where="footer"))
    assert OTHER in kept and MORE in kept


DATED = "Ada Brenner listens to the debate at the council chamber in Portsmouth on April 4, 2016."


@pytest.mark.parametrize("copies", [1, 2])
def test_a_dated_caption_above_the_lead_goes(copies: int) -> None:
    kept, removed = _clean("\n\n".join(["Council approves harbour budget", *[DATED] * copies, LEAD, MIDDLE, LAST]))
    assert kept == [LEAD, MIDDLE, LAST] and ("caption", DATED) in removed


@pytest.mark.parametrize("first", [
    "The council approved the harbour budget, its clerk said on April 4, 2016.",  # attributed: a lead
    "PORTSMOUTH (WXYZ) — The council approved the harbour budget at its meeting on April 4, 2016.",  # dateline
    "The council approved the harbour budget at its meeting on Monday after a long debate.",  # no year
])
def test_a_lead_that_ends_on_a_date_stays(first: str) -> None:
    kept, _ = _clean("\n\n".join(["Council approves harbour budget", first, MIDDLE, LAST]))
    assert kept[0] == first.split("— ")[-1]  # a dateline leaves the paragraph for its field


def test_a_dated_line_alone_stays() -> None:
    kept, _ = _clean("\n\n".join(["Council approves harbour budget", DATED]))
    assert kept == [DATED]


TEASERS = ("Storm Knocks Out Power to Thousands Across the Region", "Watch: Firefighters Rescue Cat From Tall Tree",
           "Famous Singer Slams Latest Tour Rumors", "Father, Daughter Hurt in Circus Tent Collapse")


def _kinds_after(kinds: list[ClutterKind | None], texts: list[str]) -> list[ClutterKind | None]:
    lines = [Line(text, 2 * n + 1, True) for n, text in enumerate(texts)]
    kinds = list(kinds)
    mark_interleaved(lines, kinds)
    return kinds


def test_a_title_case_headline_left_between_paragraphs_goes_on_a_page_of_teasers() -> None:
    texts = [LEAD, TEASERS[0], MIDDLE, TEASERS[1], LAST, TEASERS[2], OTHER]
    before: list[ClutterKind | None] = [None, "boilerplate", None, "media", None, None, None]
    assert _kinds_after(before, texts)[5] == "related"
    assert _kinds_after([None, "boilerplate", None, None, None, None, None], texts)[5] is None  # one teaser: no layout


def _interleaved(*headlines: str) -> str:
    paragraphs = [LEAD, MIDDLE, LAST, OTHER, MORE]
    parts = ["Council approves harbour budget", paragraphs[0]]
    for headline, paragraph in zip(headlines, paragraphs[1:], strict=False):
        parts += [headline, paragraph]
    return "\n\n".join(parts + paragraphs[len(headlines) + 1:])


def test_the_page_teasers_stay_out_when_the_model_takes_them() -> None:
    kept, _ = _clean(_interleaved(*TEASERS))
    assert kept == [LEAD, MIDDLE, LAST, OTHER, MORE]


@pytest.mark.parametrize("heading", ["Victims Identified", "Reaction From Local and State Leaders"])
def test_a_sub_heading_alone_stays(heading: str) -> None:
    kept, _ = _clean(_interleaved(heading))
    assert heading in kept


SENTENCE_TEASERS = ("Man, 40, hurt in crash on the coast road", "Ferry service to the islands resumes after storm",
                    "Harbour pilot honoured for rescue at sea", "Council to vote on new parking fees next month")


def test_a_sentence_case_headline_between_paragraphs_goes_on_a_page_of_such_teasers() -> None:
    texts = [LEAD, SENTENCE_TEASERS[0], MIDDLE, SENTENCE_TEASERS[1], LAST, SENTENCE_TEASERS[2], OTHER]
    taken: list[ClutterKind | None] = [None, "boilerplate", None, "related", None, None, None]
    assert _kinds_after(taken, texts)[5] == "related"
    assert _kinds_after([None, "boilerplate", None, None, None, None, None], texts)[5] is None


def test_title_case_teasers_are_no_evidence_against_sentence_case_sub_headings() -> None:
    texts = [LEAD, "Storm Knocks Out Power to Thousands Across Region", MIDDLE,
             "Famous Singer Slams Latest Tour Rumors Again", LAST, "What the harbour pilots saw that night", OTHER]
    taken: list[ClutterKind | None] = [None, "boilerplate", None, "media", None, None, None]
    assert _kinds_after(taken, texts)[5] is None
