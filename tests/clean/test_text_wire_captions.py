"""clean/text.py's rule verdicts: a caption in the wire's style (who the picture shows, a present-tense verb,
the day or the month), a name over its picture's credit, and a staff writer's 'He can be reached at'. Every text here
is invented."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.clean.rules import clutter_kind
from newsprism.clean.text import rule_verdicts
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

TITLE = "Boy hurt in Quarry Lane shooting"
LEAD = "A boy of nine was wounded in his left arm outside his grandmother's house on Quarry Lane, police said."
REST = ("The boy was taken to Alder Valley Hospital and is expected to recover, a hospital spokeswoman said.\n\n"
        "Detectives have not named a suspect and asked anyone with a doorbell camera on the street to call them.")


def _clean(text: str) -> str:
    return clean_article(RawArticle(id="p", source="p", format="text", text=text), CleanConfig()).text


def _rule_kind(text: str, line: str) -> str | None:
    verdicts = rule_verdicts(text, None, CleanConfig())
    return next(kind for found, kind in zip(verdicts.lines, verdicts.kinds, strict=True) if found.text == line)


def _above_lead(line: str) -> str | None:
    return _rule_kind(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{REST}", line)


def test_a_present_tense_caption_with_its_day_above_the_lead_goes() -> None:
    caption = "Marta Quill holds her grandson's jacket Sunday outside the house on Quarry Lane where he was shot."
    assert _above_lead(caption) == "caption"
    kept = _clean(f"{TITLE}\n\n{caption}\n\n{LEAD}\n\n{REST}")
    assert "grandson's jacket" not in kept and LEAD in kept and "doorbell camera" in kept


def test_wire_captions_of_police_and_mourners_are_captions() -> None:
    assert _above_lead("Alder Valley police investigate the porch where the boy fell on Quarry Lane early Saturday, "
                       "Oct. 8, 2016.") == "caption"
    assert _above_lead("Neighbors and friends gather outside the house on Quarry Lane on Sunday.") == "caption"
    assert _above_lead("Shell casings are seen on the sidewalk of Quarry Lane on Sunday morning.") == "caption"
    assert _above_lead("Investigators look over the porch on Quarry Lane, Saturday, Oct. 8, 2016.") == "caption"
    between = "Police officers search for shell casings near the corner store Saturday night."
    assert _rule_kind(f"{TITLE}\n\n{LEAD}\n\n{between}\n\n{REST}", between) == "caption"


def test_a_page_that_is_only_such_a_caption_keeps_it() -> None:
    caption = "Marta Quill holds her grandson's jacket Sunday outside the house on Quarry Lane where he was shot."
    assert _rule_kind(f"{TITLE}\n\n{caption}", caption) is None


def test_report_sentences_in_the_present_or_with_an_auxiliary_stay() -> None:
    assert _above_lead("Police are investigating the shooting, which happened Saturday on Quarry Lane.") is None
    assert _above_lead("Police continue to search for the gunman who fired on Saturday night.") is None
    assert _above_lead("The boy's grandmother holds out hope, she said on Sunday.") is None  # an article opens it
    assert _above_lead("Marta Quill holds a vigil every year on the street.") is None  # no day or month
    assert _above_lead("Quill leads the neighborhood watch, which met on Monday.") is None  # 'leads' is no picture verb
    assert _above_lead("Marta Quill appears in court again on Thursday.") is None  # a hearing the report announces
    assert _above_lead("Chief Ola Berg speaks to reporters at 2 p.m. Monday.") is None  # a scheduled event
    assert _above_lead("Saturday's walk-ins drew a crowd of neighbors to the church hall.") is None  # a noun, 'walk-'


def test_a_name_over_its_picture_credit_is_a_caption_and_a_profile_heading_stays() -> None:
    label = "Tomas Brightwater"
    page = f"{TITLE}\n\n{LEAD}\n\n{label}\n\nPhoto credit: Family of Tomas Brightwater\n\n{REST}"
    assert _rule_kind(page, label) == "caption"
    assert "\n\nTomas Brightwater\n\n" not in f"\n\n{_clean(page)}\n\n"
    profile = (f"{TITLE}\n\n{LEAD}\n\n{label}\n\nTomas Brightwater, 61, ran the hardware store on Quarry Lane for "
               f"thirty years and coached the boy's baseball team.\n\n{REST}")
    assert _rule_kind(profile, label) is None
    assert "\n\nTomas Brightwater\n\n" in f"\n\n{_clean(profile)}\n\n"


def test_a_staff_writer_who_can_be_reached_is_a_footer() -> None:
    bio = "Staff writer Jane Fenwick covers Alder Valley courts and police. She can be reached at 555-0142."
    assert clutter_kind(bio) == "footer"
    kept = _clean(f"{TITLE}\n\n{LEAD}\n\n{REST}\n\n{bio}")
    assert "Fenwick" not in kept and "doorbell camera" in kept
    assert clutter_kind("Detectives said the boy's family can be reached through the church office.") is None
