"""Widget families and a layout read on batch 14 of the gunviolence dev labels and the unlabelled dev pages (issue #16,
round 16): gallery and player controls, app pitches naming both phone stores, inbox prompts, viewer warnings, a
caption closed by '(Name for The Paper)' and other stories' sentence-case headlines between the paragraphs. Texts
written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.lines import Line, words
from newsprism.clean.listings import mark_interleaved
from newsprism.clean.text import clean_text
from newsprism.clean.widgets import widget_kind
from newsprism.config import CleanConfig
from newsprism.model import ClutterKind

OTHER = "Harbour police were called to a fire on the north pier on Tuesday night and found a boat burning."


def _kind(text: str) -> ClutterKind | None:
    return widget_kind(text, len(words(text)))


@pytest.mark.parametrize(("text", "kind"), [
    ("Image 2 of / 5 Caption Close Image 2 of 5 Firefighters hose down the burning boat at the north pier on "
     "Tuesday night. Firefighters hose down the burning boat. Boat fire on the north pier 2 / 5 Back to Gallery",
     "caption"),
    ("Boat burns on the north pier [ ] Hide Caption [ ] Show Caption Firefighters stand on the quay. Local News",
     "caption"),
    ("Council approves harbour budget Share Pin It 1 of 4 More Galleries Councillors vote on Monday. Related "
     "article »", "caption"),
    ("Harbour fire Footage from the north pier where a boat burned on Tuesday night. See more videos", "media"),
    ("EMBED >More News Videos A harbour pilot describes the fire on the north pier.", "media"),
    ("Get the latest harbour news with the FREE Lumo 4 app for Apple or Android", "promo"),
    ("Install the Coastline News App from iTunes and Google Play", "promo"),
    ("Have the harbour alerts e-mailed to your inbox each morning.", "newsletter"),
    ("Warning: this footage from the quay could be upsetting for younger viewers.", "media"),
])
def test_a_widget_of_the_round_is_named(text: str, kind: ClutterKind) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "The harbour master said the app the pilots use sends an alert to every boat in the bay.",
    "A neighbour said she saw the fire from her window and called the harbour police.",
    "Investigators reviewed video from a camera on the quay, which they said was disturbing.",
    "Councillor Ada Brenner said she would sign up for the new harbour committee.",
])
def test_prose_with_the_widgets_words_stays(text: str) -> None:
    assert _kind(text) is None


def test_a_caption_closed_by_a_credit_for_the_paper_goes() -> None:
    caption = "Firefighters hose down the burning boat on the north pier. (Jane Roe for The Lumo Courier)"
    cleaned = clean_text(_article(caption), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]
    assert [r.reason for r in cleaned.removed] == ["caption"]


SENTENCE_TEASERS = ("Man, 40, hurt in crash on the coast road", "Ferry service to the islands resumes after storm",
                    "Harbour pilot honoured for rescue at sea", "Council to vote on new parking fees next month")


def _kinds_after(kinds: list[ClutterKind | None], texts: list[str]) -> list[ClutterKind | None]:
    lines = [Line(text, 2 * n + 1, True) for n, text in enumerate(texts)]
    kinds = list(kinds)
    mark_interleaved(lines, kinds)
    return kinds


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
