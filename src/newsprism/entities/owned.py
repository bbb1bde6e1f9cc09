"""A one-word name that owns a person's things: "Lumo allies", "the Lumo dossier", "Lumo's Kade probe".

spaCy often tags a bare surname before such a noun a body (ORG); where the story names nobody with that surname in
full (:mod:`.surnames` joins it to the person when it does), the one mention keeps that label with nothing to
outvote it (issue #19, session 30, helper D4's reading: three such records of six NeuS train stories). Allies, aides
and loyalists are a person's; a dossier or a probe called by one name is its author's or its head's. A body's own
word, a place's word, a chamber or seat of government, a country or state, an outlet of the table and a name in
capitals are left alone ("House allies", "Kremlin allies", "NATO allies", "China's probe").
"""

from __future__ import annotations

import re

from newsprism.clean.outlet_table import known_name
from newsprism.entities.evidence import Cue
from newsprism.entities.kind_words import BODY_WORDS, LONE_PLACE_WORDS, PLACE_WORDS
from newsprism.entities.names import alias_name
from newsprism.lexicon import CONTAINERS
from newsprism.model import EntityType

OWNER_WEIGHT = 2.0
"""Votes of a person's noun after a one-word name: above one spaCy label, so a surname tagged a body once is a
person; below a cue, so a name the story cues as a body elsewhere stays one (tune: D4's six NeuS train stories;
flip set of issue #19's eighteenth round: the first 100 gun-violence dev incidents and PolNeAR dev)."""

_SEATS = frozenset({"house", "kremlin", "pentagon", "vatican", "elysee", "whitehall"})
"""A chamber's word and seats of government that stand for a body ("House allies", "Kremlin allies"); "Capitol" is
in :data:`.kind_words.LONE_PLACE_WORDS`."""

_PERSONS_NOUNS = r"(?:allies|aides|loyalists|dossier|probe)\b"
"""Nouns a one-word name before them makes a person's: kept to those that on the tune stories followed a bare
surname; not "campaign" or "administration" (a body of that name: "the Lumo administration" is read elsewhere)."""

_OWNED_AFTER = re.compile(r"(?:['’]s\s+(?:[A-Z][a-z]+\s+)?|\s+)" + _PERSONS_NOUNS)
"""Right after the name: a possessive, then at most one capitalised word ("Lumo's Kade probe"), or a space, then one
of :data:`_PERSONS_NOUNS`."""


def owner_cue(name: str, after: str, label: EntityType, key: str) -> Cue | None:
    """A person's cue (:data:`OWNER_WEIGHT`) for the one-word ``name`` (key ``key``, spaCy's ``label``) before a
    person's noun; none for a name spaCy tags a place or the alias tables expand ("Nato")."""
    if label == "place" or alias_name(key) is not None or not person_owned(name, after):
        return None
    return Cue("person", OWNER_WEIGHT)


def person_owned(name: str, after: str) -> bool:
    """Whether the one-word ``name``, followed by ``after``, owns a person's noun ("Lumo allies") and is no body's,
    place's or outlet's word."""
    word = name.strip()
    if " " in word or not word[:1].isupper() or word.isupper() or _OWNED_AFTER.match(after) is None:
        return False
    folded = word.casefold()
    return not ({folded} & (BODY_WORDS | PLACE_WORDS | LONE_PLACE_WORDS | CONTAINERS | _SEATS)) and not known_name(word)
