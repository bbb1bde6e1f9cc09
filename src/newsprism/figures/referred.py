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
