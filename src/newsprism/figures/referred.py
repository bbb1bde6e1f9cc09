"""A count that points back to a group the text has counted already ('All four victims suffered gunshot wounds'
after 'four dead bodies were found'): the wounds of everyone hit, the dead among them, so the count is of the
people shot, not of the injured (residue 7 read: a quadruple homicide's four dead read as four injured too)."""

from __future__ import annotations

import re

ALL_BEFORE = re.compile(r"\b(?:all|each\s+of\s+the)\s+$", re.I)
"""'All four victims', 'each of the three men': the count names a group already counted."""
WOUNDS = re.compile(r"\b(?:suffer|sustain)(?:ed|ing)\b[^.;]*\bwounds?\b", re.I)
"""'suffered gunshot wounds', 'sustained multiple gunshot wounds': being hit, whether one lived or died."""


def wounds_of_all(before: str, measured: str) -> bool:
    """The count right after 'all' is of wounds suffered (``before``: the text up to the number; ``measured``: from
    the number to the end of the measure's words)."""
    return bool(ALL_BEFORE.search(before[-20:]) and WOUNDS.search(measured))


HIT = re.compile(r"\b(?:suffer|sustain)(?:ed|ing)\s+(?:from\s+)?(?:(?:multiple|several)\s+)?gunshot\s+wounds?\s*$",
                 re.I)
"""'two individuals were suffering gunshot wounds' (no word of how bad): the people hit, the dead among them ('One
of those hit ... was declared deceased at the scene': residue 4 read); 'non-life-threatening gunshot wounds'
are the injured's."""
OTHERS = re.compile(r"\bothers?\b", re.I)
"""'two others suffered gunshot wounds': the people hit besides those told before, most often the dead."""


def wounds_of_hit(measured: str) -> bool:
    """The count's words (from the number to the end of the measure's words) say only that they suffered gunshot
    wounds, not how badly, and count no 'others'."""
    return bool(HIT.search(measured)) and not OTHERS.search(measured)
