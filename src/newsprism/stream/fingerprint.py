"""Content fingerprints: the same article read twice has the same fingerprint, a corrected one another.

The store keys article versions by (URL, fingerprint): re-ingesting an article whose normalised text is
unchanged is a no-op, a corrected version (same URL, changed words) is kept as a new version. Normalising
takes out what changes when the same text is fetched or copied again without being edited: Unicode forms
(NFKC), curly quotes and dashes, letter case and runs of white space.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_STRAIGHT = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
             "«": '"', "»": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00ad": ""}
_CURLY = re.compile("[" + "".join(_STRAIGHT) + "]")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The text as fingerprints and shingles read it: NFKC, straight quotes and hyphens, no soft hyphens,
    lowercase, white space runs as one space, no leading or trailing space."""
    if not text.isascii():
        text = _CURLY.sub(lambda match: _STRAIGHT[match.group()], unicodedata.normalize("NFKC", text))
    return _SPACE.sub(" ", text.casefold()).strip()


def fingerprint(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for texts that differ only in what :func:`normalise` drops."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()
