"""Punctuation classes that several stages read the same way."""

from __future__ import annotations

import unicodedata

DASHES = "-–—―"
"""Hyphen, en dash, em dash and the quotation dash (U+2015 HORIZONTAL BAR), which some outlets print for every dash
('WASHINGTON ― …', '“…” ― Name'). Starts with the hyphen, so ``f"[{DASHES}]"`` is a valid character class."""

OPENING_QUOTES = ("``", "„", "«")
"""Double quotation marks that only ever open a quotation: the LaTeX/PTB pair's opening half (two backticks, as in
wire copy converted from typeset text: ````It is,'' she said``), the German low mark and the guillemet."""
CLOSING_QUOTES = ("»",)
"""Double quotation marks that only ever close one (the closing guillemet; ``''`` and the curly ``”`` are read from
their context, see :mod:`newsprism.quotes.marks`)."""
DOUBLE_QUOTES = ("``", "''", "\"", "“", "”", *OPENING_QUOTES[1:], *CLOSING_QUOTES)
"""Every double quotation mark, two-character ones first (so an alternation of them matches ``''`` whole)."""
SINGLE_QUOTES = ("‘", "’")
"""Curly single quotation marks (a straight ``'`` is usually an apostrophe)."""


def invisible(char: str) -> bool:
    """A format character that prints nothing (a bidi mark, a zero-width space), as pasted from social posts."""
    return unicodedata.category(char) == "Cf"
