"""An article's closing tip-line appeal that ends with the tip line's web address and so lost its period (issue #16,
:func:`newsprism.clean.context.body_list_end`). Texts written for the test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig

TITLE = "Man wounded outside Harlow bowling alley"
BODY = ["A 31-year-old clerk took a bullet to the arm outside a bowling alley on Kestrel Road late Friday, "
        "Harlow police said.",
        "He was taken to Saint Clare Hospital and is expected to recover, a police spokesman said.",
        "Detectives said the man had argued with two other men in the parking lot before the shot was fired."]


def _kept(closing: str) -> list[str]:
    return clean_text("\n\n".join([TITLE, *BODY, closing]), TITLE, CleanConfig()).paragraphs


def test_a_closing_appeal_ending_with_its_web_address_stays() -> None:
    appeal = ("Anyone with information about the gunfire is urged to call Harlow County Crime Stoppers at 555-0142 or "
              "at www.harlowstoppers.example.org")
    assert _kept(appeal)[-1] == appeal


def test_a_share_row_with_an_address_still_goes() -> None:
    row = "Read or share this story with your friends and family at www.harlowdaily.example.com/story/bowling-alley"
    assert row not in _kept(row)
