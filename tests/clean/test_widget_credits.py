"""clean/widget_credits.py and the clutter rules: a gallery slide whose caption or credit is printed twice in
one line (doubled_caption), and a caption closed by a credit in capitals or a site's name. Every text here is
invented."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.clean.rules import clutter_kind
from newsprism.clean.widget_credits import doubled_caption
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

LEAD = "A 31-year-old man has been charged in a shooting that hurt two people Friday night near Maple Park."
REST = ("Officers found the two victims near the park's north gate, and both are expected to recover, police said.\n\n"
        "The man is held at the county jail on a bond of $250,000, records show.")
SLIDE = "Officers search the grass near the north gate of Maple Park after the shooting on Friday night."


def _clean(text: str) -> str:
    return clean_article(RawArticle(id="p", source="p", format="text", text=text), CleanConfig()).text


def test_a_slide_printing_its_caption_twice_goes() -> None:
    line = f"Maple Park shooting Jane Quill / Daily Ledger {SLIDE} {SLIDE} (Jane Quill / Daily Ledger)"
    kept = _clean(f"Man charged in Maple Park shooting\n\n{LEAD}\n\n{line}\n\n{REST}")
    assert "north gate of Maple Park" not in kept and LEAD in kept and "bond of $250,000" in kept
    assert clutter_kind(f"{SLIDE} Ledger.com {SLIDE} {SLIDE} (Ledger.com)") == "caption"


def test_a_credit_printed_twice_at_the_end_goes_without_a_full_stop() -> None:
    assert doubled_caption("Maple Park shooting Officers search the grass on Aug. 9 (Jane Quill) (Jane Quill)")


def test_a_sentence_said_twice_in_a_quotation_or_written_once_stays() -> None:
    quoted = ('"You can take the car from me. You can take the car from me. I will still walk to work," '
              "she said at the hearing on Monday.")
    assert not doubled_caption(quoted) and clutter_kind(quoted) is None
    assert not doubled_caption(f"{SLIDE} Then the officers left the park and closed the north gate behind them.")
    short = "He ran. He ran. He ran to the corner of Birch Street and called for help from a neighbour."
    assert not doubled_caption(short)  # 'He ran.' is under eight words


def test_a_caption_closed_by_a_credit_in_capitals_or_a_site_goes() -> None:
    assert clutter_kind("Officers search the grass near the north gate on Friday. (J.QUILL)") == "caption"
    assert clutter_kind("A memorial of candles grew outside the home on Saturday. (LEDGER7.com)") == "caption"
    caption = "The gate where the two were found. (MPPD)"
    kept = _clean(f"Man charged in Maple Park shooting\n\n{LEAD}\n\n{caption}\n\n{REST}")
    assert "The gate where" not in kept and LEAD in kept


def test_a_wire_sign_off_or_a_bracket_inside_a_sentence_stays() -> None:
    assert clutter_kind("The two victims are expected to recover, police said. (AP)") is None
    assert clutter_kind("The park's board (MPB) will meet on Monday to discuss new lights at the gate.") is None
    assert clutter_kind('"We heard four shots," a neighbour said. (MPPD)') is None  # a quotation: not a caption


def test_a_wire_caption_opening_on_its_picture_goes_however_long() -> None:
    caption = ("This undated photo provided by the Maple County Sheriff's Office shows Jonah Pellworth, 31, who was "
               "charged on Friday in a shooting that hurt two people near Maple Park. " * 3).strip()
    assert len(caption.split()) > 40 and clutter_kind(caption) == "caption"
    assert clutter_kind("This photo shows how the north gate looked on Friday night after the shooting.") == "caption"
    assert clutter_kind("This shooting was the third near the park since May, the chief said.") is None


def test_player_paywall_and_share_button_widgets() -> None:
    assert clutter_kind("Please install the Adobe Flash Player to watch this clip. Download Now .") \
        == "media"
    assert clutter_kind("To keep reading Ledger.com you need to be a digital subscriber, sorry.") \
        == "promo"
    blurb = "Two hurt in Maple Park shooting Officers say both victims are expected to recover Share"
    assert clutter_kind(blurb) == "media"
    assert clutter_kind("Market Share") is None and clutter_kind("How the firm lost its Market Share") is None
