"""An alert box's prompt that runs on with the blurb of what the box sends (issue #16,
:data:`newsprism.clean.widget_galleries.INBOX_BLURB`). Texts written for the test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.text import line_kind

BOX = ("Hear about stories as they break or choose a morning digest of headlines that is delivered right to your "
       "inbox. Storm warnings, school closings, high school scores, road work and the rest of the day's local news "
       "to keep you informed at home or on the road, every day.")


def test_a_long_alert_box_prompt_is_a_newsletter_box() -> None:
    assert 40 <= len(BOX.split()) <= 50
    assert line_kind(BOX) == "newsletter"


def test_a_long_line_whose_prompt_follows_a_sentence_is_left_to_the_classifier() -> None:
    line = ("Nobody was hurt in the second shooting on Dale Road, deputies said late on Sunday evening. Follow the "
            "county's news on our app and get the morning headlines sent to your inbox, with storm alerts and school "
            "closings as they happen.")
    assert len(line.split()) > 30
    assert line_kind(line) is None


def test_a_sentence_about_mail_stays() -> None:
    sentence = ("Investigators said the threatening letters were delivered to the school's office over two weeks, "
                "and the district has asked parents to report any message that mentions the campus or its staff.")
    assert line_kind(sentence) is None
