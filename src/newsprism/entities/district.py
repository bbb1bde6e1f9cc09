"""Washington, the city: "Washington" joined to the district's record ("Washington D.C.", "D.C.").

- Written before ", D.C." ("Washington, D.C.", which spaCy often tags as two places), it is the city.
- A one-word "Washington" that spaCy tags a place, in a story whose articles name "Washington D.C." and never the
  state (:data:`_STATE_CUE`), is the city too ("a federal court in Washington" beside another article's "the
  attack in Washington D.C.": AllSides roundup 5754, D15's honest reading, issue #19's twenty-seventh round). A
  story that names the state ("Spokane, Washington", "Washington state", "D-Wash.") keeps them apart, and so does
  an article that writes the district itself apart from its "Washington" ("lives in Washington, far from D.C.").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsprism.grouping import DisjointSets

if TYPE_CHECKING:
    from newsprism.entities.merge import Resolved

DISTRICT = "washingtondc"
"""The key of the district's record."""
_DISTRICT_AFTER = re.compile(r",?\s*D\.?\s?C\.?(?![A-Za-z])")
"""The district's letters after "Washington" ("Washington, D.C.")."""
_STATE_CUE = re.compile(
    r"\bWashington\s+[Ss]tate\b|\b[Ss]tate\s+of\s+Washington\b|\b[A-Z][a-z]+,\s+Washington\b(?!,?\s*D\.?\s?C)|"
    r"\b(?:[Ee]astern|[Ww]estern|[Cc]entral)\s+Washington\b|\b[DR]-Wash(?:ington|\.)|\bWash\.,")
"""The state named: "Washington state", "the state of Washington", a town before it ("Spokane, Washington"; not
"Washington, D.C."), a region of it ("eastern Washington"), a member's party and state ("D-Wash.")."""


def join_district(resolved: list[Resolved], roots: DisjointSets[str], texts: dict[str, str]) -> None:
    """Joins "Washington" to the district's record where the text or the story ties them (see the module)."""
    district = {r.mention.article for r in resolved if r.target == DISTRICT}
    city = bool(district) and not any(_STATE_CUE.search(text) for text in texts.values())
    for item in resolved:
        m = item.mention
        if m.key != "washington":
            continue
        if _DISTRICT_AFTER.match(texts.get(m.article, ""), m.end) or (
                city and m.label == "place" and not m.descriptive and m.article not in district):
            roots.join(item.target, DISTRICT)
