"""Widget families `clean.widgets.widget_kind` names (gallery and player controls, app pitches naming both
phone stores, inbox prompts, viewer warnings) and body lines with the widgets' words that stay (issue #16). Texts
written for the test, no publisher's text."""

from __future__ import annotations

import pytest

from newsprism.clean.lines import words
from newsprism.clean.widgets import widget_kind
from newsprism.model import ClutterKind


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


@pytest.mark.parametrize("line", [
    "Channel 9's Jane Roe reports that the harbourmaster said the pier would stay closed until Friday.",
    "Channel 9's Jane Roe reports officers led a fisherman off the ferry deck.",
    "The Harbour County Sheriff's Office reports finding two boats adrift near the pier.",
    "The mayor asked residents to follow the council's advice and keep away from the quay photo booth",
    "Previous story:",
    "Police will provide more information when they brief the press on Tuesday.",
])
def test_body_lines_like_the_new_shapes_are_no_widgets(line: str) -> None:
    assert widget_kind(line, len(line.split())) is None
