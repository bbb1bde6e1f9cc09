"""Fingerprints of an article's cleaned text: exact copies have the same one, whatever their URL or markup.

This is the stream's exact-duplicate key (and the baseline of ``newsprism eval dedup``); the store's identity of
a stored input (URL + raw content, which decides re-ingest and new versions) is
:func:`newsprism.store.identity.fingerprint`. Normalising takes out what changes when the same text is copied
again without being edited: Unicode forms (NFKC), curly quotes and dashes, letter case and runs of white space;
:mod:`.minhash` reads text normalised the same way.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_STRAIGHT = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
             "«": '"', "»": '"', "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-", "−": "-", "\u00ad": ""}
_CURLY = re.compile("[" + "".join(_STRAIGHT) + "]")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The text as fingerprints and shingles read it: NFKC, straight quotes and hyphens, no soft hyphens,
    lowercase, white space runs as one space, no leading or trailing space."""
    if not text.isascii():
        text = _CURLY.sub(lambda match: _STRAIGHT[match.group()], unicodedata.normalize("NFKC", text))
    return _SPACE.sub(" ", text.casefold()).strip()


def text_fingerprint(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for texts that differ only in what :func:`normalise` drops."""
    return normalised_fingerprint(normalise(text))


def normalised_fingerprint(normal: str) -> str:
    """:func:`text_fingerprint` of a text already normalised."""
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()
