"""clean/listings.py: the one verbless sentence above a dateline lead that names a person or is a short
label is a caption (captioned_subject); a 'via AP' credit alone makes no caption. Every text here is invented."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.clean.listings import captioned_subject
from newsprism.clean.rules import clutter_kind
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

LEAD = ("SPRINGFIELD, Ill. (WXYZ) -- Detectives are looking into gunfire that left a man hurt outside a corner store "
        "on Elm Street late Saturday, officers said.")
REST = ("The man was taken to a hospital with wounds that were not life-threatening, a police spokeswoman said.\n\n"
        "No arrests had been made by Sunday morning.")


def _kept(top: str) -> str:
    text = f"Man hurt in corner store shooting\n\n{top}\n\n{LEAD}\n\n{REST}"
    return clean_article(RawArticle(id="p", source="p", format="text", text=text), CleanConfig()).text


def test_a_via_credit_glued_to_a_paragraph_keeps_the_paragraph() -> None:
    """A 'via AP' credit is no caption rule of its own: a crawled page can glue a picture's credit to a body
    paragraph, and the line's facts would go with it (an earlier 'via' rule, reverted: it took a held-out
    incident's only killed count)."""
    line = ("Two men were killed and a woman was hurt in the shooting, police said (Jane Roe/The Daily Example "
            "via AP).")
    assert clutter_kind(line) is None


def test_a_scene_caption_above_the_dateline_goes() -> None:
    for caption in ("Store clerk Jane Roe recounts the night of the shooting at her counter.",
                    "19-year-old John Doe, a Springfield student, smiles outside the corner store.",
                    "Street lights."):
        kept = _kept(caption)
        assert caption not in kept and "Detectives are looking into gunfire" in kept


def test_a_deck_or_a_report_above_the_dateline_stays() -> None:
    for line in ("After the vote, the council aims to cut spending on new patrol cars.",
                 "Police are investigating a shooting that hurt one man near the river.",
                 "UPDATE: John Doe recovers at home after a week in the hospital."):
        assert line in _kept(line)


def test_a_caption_names_someone_or_is_a_label() -> None:
    assert captioned_subject("Street lights.")
    assert captioned_subject("Store clerk Jane Roe recounts the night.")
    assert not captioned_subject("After the vote, Council Members weigh the budget.")
    assert not captioned_subject("Council weighs the budget for next year.")
