"""A video player's control labels opening its blurb (issue #16, :data:`newsprism.clean.widget_galleries.MORE_VIDEOS`).
Texts written for the test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.text import clean_text, line_kind
from newsprism.config import CleanConfig

PLAYER = ("Skip Ad Ad Loading... Share Harlow police have released a video of a man they say fired into a "
          "crowd outside a bar on Friday night.")
BODY = ["Harlow police on Monday released a video of the man they say fired into a crowd outside a Bell Street bar "
        "early Saturday, wounding three people.",
        "The video shows the man walking away along the street and getting into a dark pickup, a police spokesman "
        "said.",
        "Anyone who recognises the man should phone the Harlow tip line."]


def test_the_player_labels_and_blurb_are_media() -> None:
    assert line_kind(PLAYER) == "media"


def test_the_player_goes_from_the_article() -> None:
    text = "\n\n".join(["Police seek man in Bell Street bar shooting", BODY[0], PLAYER, *BODY[1:]])
    kept = clean_text(text, "Police seek man in Bell Street bar shooting", CleanConfig()).paragraphs
    assert kept == BODY


def test_a_sentence_about_skipping_an_ad_stays() -> None:
    sentence = "The station said viewers could skip ad breaks during the live hearing on its website."
    assert line_kind(sentence) is None
