"""Names and identities: story ids, article fingerprints, article ids unique within a story."""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata

from newsprism.ingest import RawArticle

ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
"""Lower-case letters and digits without the look-alikes (l, o, 0, 1): ids are read and typed by people."""
ID_RANDOM = 6
"""32**6 = about 10**9 values per title slug: collisions are improbable and retried anyway."""


def story_id(title: str) -> str:
    """A slug of the title's first words (up to 32 characters) and a random part: 'flood-in-elm-k3j9x2'."""
    found = re.findall(r"[a-z0-9]+", _ascii(title).lower())
    words = found[0][:32] if found else ""
    for word in found[1:]:
        if len(words) + len(word) + 1 > 32:
            break
        words = f"{words}-{word}" if words else word
    random = "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_RANDOM))
    return f"{words or 'story'}-{random}"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def normalised_content(raw: RawArticle) -> str:
    """The article's text (or HTML) with Unicode in NFC and every run of white space made one space."""
    content = raw.text if raw.text is not None else raw.html or ""
    return " ".join(unicodedata.normalize("NFC", content).split())


def fingerprint(raw: RawArticle) -> str:
    """sha256 of the URL and the normalised content: the same article read twice has the same one."""
    digest = hashlib.sha256()
    digest.update((raw.url or "").encode("utf-8"))
    digest.update(b"\x00")
    digest.update(normalised_content(raw).encode("utf-8"))
    return digest.hexdigest()


def ident(raw: RawArticle, print_: str) -> str:
    """What makes two versions one article: the URL where there is one, else the content itself."""
    return f"url:{raw.url}" if raw.url else f"sha256:{print_}"


def unique_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``, ... : the first not in ``taken``."""
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"
