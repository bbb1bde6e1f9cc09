"""A body's name written with its head word dropped or moved: "Lumo Police" for the "Lumo Police Department"
(:func:`join_generic_heads`), "Interior Department" for the "Department of the Interior" (:func:`join_reordered`).
The other shortened names are joined in :mod:`.contained`."""

from __future__ import annotations

from itertools import product

from newsprism.entities.kind_words import BODY_WORDS
from newsprism.entities.mentions import Mention
from newsprism.grouping import DisjointSets

Tokens = tuple[str, ...]


GENERIC_HEADS = frozenset({"department", "service", "force", "office"})
"""Last words a body's name may drop after another body's word: "Lumo Police" is the "Lumo Police Department",
"Kade Fire and Rescue" the "Kade Fire and Rescue Service"."""


def join_generic_heads(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """A body's name ending in a body's word ("Lumo Police") joins the one written with a generic head after it
    ("Lumo Police Department", :data:`GENERIC_HEADS`) when both are in the story and neither is a person's; so does
    a name written with a site's word or a broadcaster's medium after it (:data:`SITE_HEADS`, :data:`MEDIUM_HEADS`)."""
    keys: dict[Tokens, str] = {}
    for key, mention in written:
        if key == mention.key and not mention.descriptive and mention.label != "person":
            keys.setdefault(mention.tokens, key)
    for tokens, key in keys.items():
        shorter = keys.get(tokens[:-1])
        if len(tokens) > 2 and shorter is not None and (
                (tokens[-1] in GENERIC_HEADS and tokens[-2] in BODY_WORDS) or tokens[-1] in SITE_HEADS | MEDIUM_HEADS):
            roots.join(key, shorter)


SITE_HEADS = frozenset({"campus"})
"""Last words a place's or body's name of two words or more may drop: "Lumo Hospitals Kade Campus" is the "Lumo
Hospitals Kade" of another article (gun-violence incident 337111, issue #19's twelfth round)."""

MEDIUM_HEADS = frozenset({"tv", "television", "channel"})
"""A broadcaster's medium after its name, which the name may drop: "Lumo-Kade TV" is the "Lumo-Kade" of the same story
(AllSides 5782, D22's seed-94 reading: "Al-Jazeera TV" a record apart from "Al-Jazeera"; NeuS train 296's "Fox News
Channel" / "Fox News")."""


REORDERED_HEADS = frozenset({"department", "ministry", "bureau", "office", "agency", "commission", "committee",
                             "council", "board", "service"})
"""Body words a name may put before or after its subject: "Interior Department" / "Department of the Interior"."""


def join_reordered(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """A body's name "X Department" joins "Department of (the) X" when both are written in the story: one name in
    two word orders (:data:`REORDERED_HEADS`), also with the country's initials before either ("US Department of
    Labor" / "Labor Department")."""
    keys: dict[Tokens, list[str]] = {}
    for key, mention in written:
        if key == mention.key and not mention.descriptive and mention.label != "person":
            keys.setdefault(_subject_first(mention.tokens), []).append(key)
    for tokens, found in keys.items():
        if len(tokens) > 2 and tokens[0] in REORDERED_HEADS and tokens[1] == "of":
            subject = tokens[3:] if tokens[2] == "the" else tokens[2:]
            for key, other in product(found, keys.get((*subject, tokens[0]), []) if subject else []):
                roots.join(key, other)


_COUNTRY_OPENINGS = (("united", "states"), ("united", "kingdom"))
"""The words a country's initials opening a body's name read as ("US Department of Labor", the name spaCy cut in
D11's honest reading of AllSides roundup 5886, apart from the story's "Labor Department")."""


def _subject_first(tokens: Tokens) -> Tokens:
    """The name's words without a leading "the" or country's initials."""
    tokens = tokens[1:] if tokens and tokens[0] == "the" else tokens
    return tokens[2:] if tokens[:2] in _COUNTRY_OPENINGS and len(tokens) > 2 else tokens
