"""Issue #20: an acronym's lower-case spelling is looked for in each text of the story (a reading kept per text)
and where two texts meet, and is found exactly where the story's joined text holds it."""

from __future__ import annotations

import re

from newsprism.entities import clutter

TEXTS = [
    "Officers said the driver was held for driving under the influence late Friday.",
    "A second report said the crash happened after a night out, driving",  # ends mid-spelling
    "under the influence of alcohol, the court heard",  # letters and spaces alone: the spelling runs on
    "and grievous",
    "bodily harm was charged. 12 people attended.",
    "The Kade Area Fund met; nothing else.",
]
ACRONYMS = ["DUI", "GBH", "KAF", "XYZ", "CHA", "ANO"]


def _in_story(letters: str, texts: list[str]) -> bool:
    pattern = r"\b" + clutter._SPELLING_GAP.join(
        clutter._SPELT.format(f"[{letter}{letter.lower()}]" if not at else letter.lower())
        for at, letter in enumerate(letters)) + r"[a-z]*\b"
    return re.search(pattern, "\n".join(texts)) is not None


def _per_text_and_joins(letters: str, texts: list[str]) -> bool:
    joins = clutter._joins(texts)
    return any(clutter._spelt(letters, t) for t in texts) or any(clutter._spelt(letters, j) for j in joins)


def test_spellings_read_per_text_and_join_are_the_storys() -> None:
    for texts in (TEXTS, TEXTS[1:3], TEXTS[3:5], [TEXTS[0], TEXTS[2], TEXTS[5]], TEXTS[2:3]):
        for letters in ACRONYMS:
            assert _per_text_and_joins(letters, texts) == _in_story(letters, texts), (letters, texts)
    assert not any(clutter._spelt("GBH", t) for t in TEXTS)  # only the join of two texts spells it
    assert _per_text_and_joins("GBH", TEXTS) and _per_text_and_joins("DUI", TEXTS[1:3])
