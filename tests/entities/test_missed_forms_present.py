"""Issue #20: an article's untagged names are looked for with a pattern of the story's forms that may stand in it
(their first word is a word of the article, or they open with no word), and find what the pattern of all the
story's forms finds."""

from __future__ import annotations

import re

from newsprism.entities import spread

FORMS = ["Ana Lee", "Lee", "U.S.", "St. Louis", "al-Assad", "Lumo Port Authority", "Port", "O'Brien",
         "(IMF)", "Kade", "Kade River"]
TEXTS = [
    "Ana Lee met O'Brien in St. Louis. Lee said the U.S. would act, and al-Assad did not reply.",
    "The Lumo Port Authority closed the port; Port officials and Kade River pilots waited (IMF) downstream.",
    "Nothing here names anyone: the port and the river were quiet, a lee shore, no Kade-like boats.",
    "Lees, Kaden and Portman are other words; Ana Leeds is someone else.",
]


def _all_forms(text: str) -> list[tuple[int, int]]:
    ordered = sorted(FORMS, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in ordered) + r")(?![\w-])")
    return [m.span(1) for m in pattern.finditer(text)]


def test_the_forms_present_find_what_all_forms_find() -> None:
    ordered = sorted(FORMS, key=len, reverse=True)
    found_any = False
    for text in TEXTS:
        present = spread._present(ordered, text)
        found = [m.span(1) for m in spread._forms_pattern(present).finditer(text)] if present else []
        assert found == _all_forms(text)
        assert len(present) < len(FORMS)  # some forms were left out of every article's pattern
        found_any = found_any or bool(found)
    assert found_any
