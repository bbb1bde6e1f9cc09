"""clean rules: a caption cut off by the page, its bracketed credit cut off too, and a newsroom's promise to
'continue to keep you updated'. Every text here is invented."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.clean.rules import clutter_kind
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

LEAD = "Two men were hurt in a shooting outside a bakery on Linden Row early Tuesday, police said."
REST = ("Officers found both men near the bakery's back door, and both are expected to recover, police said.\n\n"
        "No one has been arrested, and detectives asked anyone who saw the shooting to call them.")


def _clean(text: str) -> str:
    return clean_article(RawArticle(id="p", source="p", format="text", text=text), CleanConfig()).text


def test_a_cut_off_caption_with_its_cut_off_credit_goes() -> None:
    caption = "A detective marks shell casings outside the bakery on Linden… (Jane Quill, Maple Ledger…)"
    assert clutter_kind(caption) == "caption"
    kept = _clean(f"Two hurt in Linden Row shooting\n\n{caption}\n\n{LEAD}\n\n{REST}")
    assert "shell casings" not in kept and LEAD in kept and "detectives asked" in kept


def test_a_sentence_with_a_place_in_brackets_after_an_ellipsis_stays() -> None:
    assert clutter_kind("He said he was waiting… (Jane Quill, who lives next door, called it in.)") is None
    assert clutter_kind("The list runs on… (see Linden Row, below) and names every shop.") is None


def test_a_newsroom_promising_to_continue_to_keep_you_updated_goes() -> None:
    assert clutter_kind("Channel 9 News will continue to keep you updated as the night goes on.") == "promo"
    assert clutter_kind("WXYZ will continue to keep you posted.") == "promo"
    kept = _clean(f"Two hurt in Linden Row shooting\n\n{LEAD}\n\n{REST}\n\n"
                  "NewsCenter 4 will continue to keep you updated as the search goes on.")
    assert "keep you updated" not in kept and "detectives asked" in kept


def test_a_person_continuing_to_keep_in_touch_stays() -> None:
    assert clutter_kind("Her brother will continue to keep the bakery open on weekends, she said.") is None


def test_a_link_to_the_story_s_own_document_stays_and_other_links_go() -> None:
    assert clutter_kind("CLICK HERE to read the criminal complaint.") is None
    assert clutter_kind("Read the full affidavit here.") is None
    assert clutter_kind("Click here to read more.") == "link"
    assert clutter_kind("Click here to watch the news conference.") == "link"
    # the rules keep it; the line model still reads each page's neighbours (on the dev pages 707836:23 now stays,
    # while 413564:9, its page's last line, is still taken by the model)
