"""A station template's header line that prints the headline twice around a section label and runs on with the
lead, which the next line prints again (issue #16, :mod:`newsprism.clean.title_copies`). Texts written for the
test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig

TITLE = "Two cousins hurt in shooting near Elmwood skate park"
LEAD = ("Two cousins were wounded Tuesday night when someone fired from a passing van near the Elmwood skate park, "
        "Harlow police said.")
REST = [("Both were taken to Saint Clare Hospital with wounds that were not life-threatening, a police spokesman "
         "said."),
        "Detectives asked anyone who saw a grey van on Bell Street around nine to call the department's tip line."]


def _kept(first_lines: list[str], hint: str | None = TITLE) -> list[str]:
    return clean_text("\n\n".join([TITLE, *first_lines, *REST]), hint, CleanConfig()).paragraphs


def test_the_header_with_the_headline_twice_and_the_lead_goes() -> None:
    header = f"{TITLE} Local News {TITLE} {LEAD}"
    kept = _kept([header, f"- {LEAD}"])
    assert header not in kept
    assert kept[0].endswith(LEAD) and kept[1:] == REST


def test_the_header_goes_with_a_second_wording_of_the_headline() -> None:
    header = f"{TITLE} News Police: cousins, 14 and 16, shot near skate park {LEAD}"
    kept = _kept([header, LEAD], hint=None)
    assert header not in kept and LEAD in kept


def test_a_lead_opening_with_the_headline_stays() -> None:
    run_in = f"{TITLE}.The van did not stop, and no one has been arrested, police said."
    kept = _kept([run_in])
    assert any(paragraph.startswith(TITLE) for paragraph in kept)


def test_a_header_whose_lead_is_not_printed_again_stays() -> None:
    header = f"{TITLE} News {TITLE} {LEAD}"
    kept = _kept([header])
    assert any(LEAD in paragraph for paragraph in kept)
