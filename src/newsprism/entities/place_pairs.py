"""Two places joined by a hyphen that spaCy read as one body's name ("the U.S.-Mexico border", "the U.S.-Russia
relationship"): a name of each place.

Honest readings of issue #19, AllSides roundups: "U.S.-Russia" typed a body (round 30, seed 90, roundup 6012) and
"U.S.-Mexico" (round 31, seed 91, roundup 5907), their "U.S." kept out of the United States record. Both sides must
be a country, a US state or a region of :data:`newsprism.lexicon.CONTAINERS` (or "U.S.", "US", "U.K.", "UK"), so a
hyphened name of one body or person ("Coca-Cola", "Ocasio-Cortez") and a pair of demonyms ("Israeli-Palestinian")
are left whole.
"""

from __future__ import annotations

import re

from newsprism.lexicon import CONTAINERS
from newsprism.model import EntityType

_PLACE = "|".join([r"U\.S\.", "US", r"U\.K\.", "UK", *sorted((re.escape(name.title()) for name in CONTAINERS
                                                                if len(name) > 3), key=len, reverse=True)])
_PAIR = re.compile(rf"(?:{_PLACE})(-)(?:{_PLACE})")
"""Two places as written (the lexicon's containers of four letters or more, title case, and the US and UK short
forms) and the one hyphen between them."""


def place_pair(text: str, start: int, end: int, label: EntityType) -> list[tuple[int, int, EntityType]]:
    """``text[start:end]`` cut at its hyphen, two places, when it is exactly two places joined by one; else the span
    whole with ``label``."""
    match = _PAIR.fullmatch(text, start, end)
    if match is None:
        return [(start, end, label)]
    return [(start, match.start(1), "place"), (match.end(1), end, "place")]
