"""Other stories' headlines in Title Case or capitals standing alone between two of the article's paragraphs;
sub-headings of the article stay (issue #16, :mod:`newsprism.clean.teaser_heads`). Read at the rules' level: the
line classifier may remove a short page's lines either way. Texts written for the test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.text import rule_verdicts
from newsprism.config import CleanConfig

TITLE = "Teen wounded in drive-by shooting on Linden Avenue"
PARAGRAPHS = [
    "A 16-year-old boy was wounded Sunday evening when someone fired from a passing sedan on Linden Avenue, police "
    "said.",
    "The boy was walking home from a basketball game with two friends when the shots were fired, a neighbor said.",
    "Doctors at Riverside Children's Hospital said on Monday that his condition had improved overnight.",
    "Detectives have not named a suspect and asked anyone with a doorbell camera on the block to call them.",
]


def _kind(between: str) -> str | None:
    lines = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], between, *PARAGRAPHS[2:]]
    verdicts = rule_verdicts("\n\n".join(lines), TITLE, CleanConfig())
    return next(kind for line, kind in zip(verdicts.lines, verdicts.kinds, strict=True) if line.text == between)


def test_a_headline_in_capitals_between_paragraphs_is_related() -> None:
    assert _kind("RETIRED JUDGE SELLS LAKE CABIN FOR RECORD PRICE AFTER BIDDING WAR") == "related"


def test_a_title_case_headline_between_paragraphs_is_related() -> None:
    assert _kind("Famous Courtroom Sketches: Movie Legends Through the Decades") == "related"


def test_a_sub_heading_sharing_words_with_the_paragraph_under_it_stays() -> None:
    assert _kind("A BASKETBALL GAME WITH FRIENDS ENDS IN GUNFIRE") is None


def test_a_quoted_sub_heading_stays() -> None:
    assert _kind("'WE NEVER THOUGHT IT COULD HAPPEN HERE'") is None


def test_a_sentence_broken_before_its_lower_case_end_stays() -> None:
    assert _kind("Riverside Police Department Spokeswoman Dana Whitcombe says") is None
