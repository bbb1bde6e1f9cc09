"""A paragraph printed twice at the top of a page: the story's own lead keeps one copy, a picture's caption or
another story's teaser loses both (issue #16, :func:`newsprism.clean.lead_copies.story_lead`). Texts written for
the test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig

TITLE = "Three hurt in gunfire outside Marlow roller rink"
LEAD = "Police are looking into gunfire outside a roller rink in Marlow that left three people hurt late Saturday."
BODY = ["Officers were sent to the Starlight Rink on Pell Avenue around 11:20 p.m. after callers reported shots, "
        "a Marlow police spokeswoman said.",
        "Two of the wounded were taken to Marlow General Hospital; the third was treated at the rink and released.",
        "Detectives said a quarrel in the rink's parking lot came before the shots. No one has been arrested."]


def _kept(top: list[str]) -> list[str]:
    return clean_text("\n\n".join([TITLE, *top, *BODY]), TITLE, CleanConfig()).paragraphs


def test_the_story_lead_printed_twice_keeps_one_copy() -> None:
    kept = _kept([LEAD, LEAD])
    assert kept.count(LEAD) == 1
    assert kept[1:] == BODY


def test_another_story_printed_twice_loses_both_copies() -> None:
    other = "A new bakery on Quill Street is giving away loaves of rye bread to its first hundred customers this week."
    assert other not in _kept([other, other])


def test_a_carousel_of_pairs_loses_every_copy() -> None:
    pairs = ["The county fair opens Thursday with a pie contest, a tractor pull and free rides for children.",
             "Three people were hurt in gunfire outside a rink in Marlow late Saturday, police said.",
             "The school board will vote next month on a plan to start classes an hour later."]
    kept = _kept([text for pair in pairs for text in (pair, pair)])
    assert not set(pairs) & set(kept)


def test_a_credited_video_caption_printed_twice_loses_both() -> None:
    caption = ("Police look into gunfire outside a roller rink in Marlow that left three people hurt Saturday. "
               "(Reuters)")
    assert caption not in _kept([caption, caption])
