"""Punctuation classes that several stages read the same way."""

from __future__ import annotations

import unicodedata

DASHES = "-–—―"
"""Hyphen, en dash, em dash and the quotation dash (U+2015 HORIZONTAL BAR), which some outlets print for every dash
('WASHINGTON ― …', '“…” ― Name'). Starts with the hyphen, so ``f"[{DASHES}]"`` is a valid character class."""


def invisible(char: str) -> bool:
    """A format character that prints nothing (a bidi mark, a zero-width space), as pasted from social posts."""
    return unicodedata.category(char) == "Cf"
