"""clean rules: a caption naming whom the lead below leaves unnamed, a gallery's 'Photos' label glued between its
title and its caption, and a related box's header glued to the lead. Every text here is invented."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.clean.rules import clutter_kind
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

LEAD = "A 31-year-old man has been charged in a shooting that hurt two people Friday night near Maple Park."
REST = ("Officers found the two victims near the park's north gate, and both are expected to recover, police said.\n\n"
        "The man is held at the county jail on a bond of $250,000, records show.")


def _clean(text: str) -> str:
    return clean_article(RawArticle(id="p", source="p", format="text", text=text), CleanConfig()).text


def test_a_caption_naming_whom_the_lead_leaves_unnamed_goes() -> None:
    caption = "Jonah Pellworth, 31, has been charged in a shooting that hurt two people Friday night near Maple Park."
    kept = _clean(f"Man charged in Maple Park shooting\n\n{caption}\n\n{LEAD}\n\n{REST}")
    assert "Jonah Pellworth" not in kept and LEAD in kept


def test_a_first_paragraph_whose_name_the_lead_repeats_stays() -> None:
    """A deck or a teaser over its lead names the same person: 'Jonah Pellworth …' over '… Pellworth …' stays, in
    any case ('De Blasio says …' over '… Mayor Bill de Blasio …')."""
    lead = LEAD.replace("A 31-year-old man", "Pellworth, 31,")
    first = "Jonah Pellworth, 31, has been charged in a shooting that hurt two people Friday night near Maple Park."
    assert "Jonah Pellworth" in _clean(f"Man charged in Maple Park shooting\n\n{first}\n\n{lead}\n\n{REST}")
    deck = "Van Dorn says the Maple Park shooting hurt two people Friday night."
    lead = "Two people were hurt Friday night near Maple Park in a shooting, Chief Ann van Dorn said."
    assert deck in _clean(f"Two hurt in Maple Park shooting\n\n{deck}\n\n{lead}\n\n{REST}")


def test_a_first_paragraph_that_reports_other_facts_stays() -> None:
    first = "Jonah Pellworth, 31, told officers he had heard shots from a car parked on Birch Street."
    assert first in _clean(f"Man charged in Maple Park shooting\n\n{first}\n\n{LEAD}\n\n{REST}")


def test_a_gallery_label_glued_into_a_line_makes_it_media() -> None:
    assert clutter_kind("Two hurt in Maple Park shooting Photos Two people were hurt Friday night near Maple "
                        "Park, police said.") == "media"
    assert clutter_kind("Jonah Pellworth Photos Jonah Pellworth, 31, is charged with assault.") == "media"


def test_photos_in_prose_or_a_title_case_headline_is_no_gallery() -> None:
    assert clutter_kind("Rare Photos Of The Old Mill Go On Show At The Library") is None
    assert clutter_kind("Neighbors shared the photos on social media. Photos show a crowd near the gate.") is None


def test_headlines_under_a_related_box_glued_to_the_lead_go() -> None:
    headlines = ["Riverton: Man held after crash on Route 9", "Two teens charged in store robbery",
                 "Lakeside: Council weighs new patrol cars for downtown"]
    text = (f"Man charged in Maple Park shooting\n\n{LEAD} Related Articles Oak Hill: Fire guts empty warehouse\n\n"
            + "\n\n".join(headlines) + f"\n\n{REST}")
    kept = _clean(text)
    assert LEAD in kept and "Officers found the two victims" in kept
    assert not any(headline in kept for headline in headlines)
    assert "Related Articles" not in kept and "Fire guts" not in kept
