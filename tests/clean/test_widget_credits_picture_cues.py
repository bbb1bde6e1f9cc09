"""clean/widget_credits.PICTURE_CUE_CAPTION and the clutter rules: a tabloid's picture caption, a line with no final
stop that points at its picture ('Pictured, …', '… . Above, …', '(pictured left)'), goes; prose that points at a
picture and closes with a stop stays. Every text here is invented."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.clean.rules import clutter_kind
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

LEAD = "Three members of one family were found shot dead in a farmhouse outside Brookhollow on Sunday, deputies said."
REST = ("The sheriff's office said no arrest had been made and asked neighbours to check their door cameras.\n\n"
        "A vigil is planned for Wednesday evening at the Brookhollow community hall, the pastor said.")


def _clean(text: str) -> str:
    return clean_article(RawArticle(id="p", source="p", format="text", text=text), CleanConfig()).text


def test_a_caption_opened_by_a_picture_cue_goes() -> None:
    assert clutter_kind("Pictured, a deputy walks along the fence line east of Brookhollow on Sunday") == "caption"
    assert clutter_kind("Inset: the farmhouse where the three bodies were found by a neighbour") == "caption"


def test_a_caption_whose_last_sentence_opens_on_a_cue_goes() -> None:
    line = "Deputies searched the barns until dark. Above, one of the gravel roads leading to the farm"
    kept = _clean(f"Family of three found dead near Brookhollow\n\n{LEAD}\n\n{line}\n\n{REST}")
    assert "gravel roads" not in kept and LEAD in kept and "door cameras" in kept


def test_a_caption_pointing_inside_its_line_goes() -> None:
    assert clutter_kind("Marta Quillen (pictured left with her brother), 52, was named as one of the three "
                        "victims on Monday") == "caption"


def test_prose_pointing_at_a_picture_with_a_stop_stays() -> None:
    line = "Marta Quillen (pictured) had lived at the farm for thirty years, a neighbour said."
    kept = _clean(f"Family of three found dead near Brookhollow\n\n{LEAD}\n\n{line}\n\n{REST}")
    assert line in kept
    assert clutter_kind("Pictured here is the farmhouse, which the family bought in 1994.") is None
