"""Two names of one body that differ in a word the story uses either way.

- An office's name ending in its role and the same name with "'s Department" or "'s Office" after it ("Lumo County
  Sheriff" / "Lumo County Sheriff's Department", :func:`join_office_holders`).
- An office's "'s Office" and "'s Department" ("Lumo County Sheriff's Office" / "Lumo County Sheriff's
  Department"): one body, written the two ways by two outlets (:func:`join_office_words`).
- A venue's owner word written alone in the possessive ("outside Kade's in a parking lot", "a Kade's store") and
  the one longer name it opens ("Kade's Riverside Pub"): the venue, not a person or body of that word
  (:func:`join_possessive_openings`).

- A state's attorney general's office written with the title's initials ("the AG's office") and the one attorney
  general's office the story names in full ("Office of the Attorney General"): one body (:func:`join_initials_office`).

- A federal bureau written as its country's and its subject's name ("U.S. Census", the bureau's metonym: AllSides
  roundup 5785) and the one "<Subject> Bureau" of the story ("Census Bureau"): one body (:func:`join_country_bureau`).

Read on gun-violence incidents 492243, 361014 and 785636 (issue #19, session 29's tune stories).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from newsprism.entities.kind_words import ROLES_BEFORE_NAMES
from newsprism.entities.mentions import Mention, voted_type
from newsprism.grouping import DisjointSets
from newsprism.model import EntityType

if TYPE_CHECKING:
    from newsprism.entities.merge import Resolved

_OFFICE_WORDS = ("office", "department")
"""Last words of an office's body that name the same body after the office holder's possessive ("Sheriff's")."""


def join_office_holders(resolved: list[Resolved], roots: DisjointSets[str]) -> None:
    """An office's name ending in its role ("Lumo County Sheriff", a body) joins the same name with "'s Department"
    or "'s Office" after it when the story writes both ("Lumo County Sheriff's Department")."""
    keys = {item.target for item in resolved}
    for item in resolved:
        if item.mention.tokens[-1] in ROLES_BEFORE_NAMES and item.target == item.mention.key and (
                item.mention.label != "person" or (item.mention.cue is not None and item.mention.cue.type != "person")):
            for office in (f"{item.target}sdepartment", f"{item.target}soffice"):
                if office in keys:
                    roots.join(item.target, office)


def join_office_words(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """Join "<...> <Role>'s Office" and "<...> <Role>'s Department" (the same words before them) when the story
    writes both; ``written``: each mention with the key it stands for."""
    by_stem: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, mention in written:
        tokens = mention.tokens
        if key == mention.key and len(tokens) > 2 and tokens[-1] in _OFFICE_WORDS and _possessive_role(tokens[-2]):
            by_stem[tokens[:-1]].add(key)
    for keys in by_stem.values():
        first, *others = sorted(keys)
        for other in others:
            roots.join(first, other)


def _possessive_role(token: str) -> bool:
    """"sheriffs" (of "Sheriff's"): a role written in the possessive."""
    return token.endswith("s") and token[:-1] in ROLES_BEFORE_NAMES


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def join_possessive_openings(written: list[tuple[str, Mention]], roots: DisjointSets[str],
                             texts: dict[str, str]) -> dict[tuple[str, int], EntityType]:
    """Join a one-word name the story writes only in the possessive to the one longer name of the story that
    opens with that possessive ("Kade" of "outside Kade's in a lot" → "Kade's Riverside Pub"). A word also written
    without "'s" ("Ford said ... Ford's Theatre") names something of its own and joins nothing. Returns the joined
    mentions (article, start) with the longer name's voted type: they are the venue, whatever spaCy tagged them."""
    opened: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for key, mention in written:
        if len(mention.tokens) > 1 and not mention.descriptive:
            opened[mention.tokens[0]].append((key, mention))
    shorts: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for key, mention in written:
        if len(mention.tokens) == 1 and not mention.descriptive:
            shorts[mention.tokens[0]].append((key, mention))
    venues: dict[tuple[str, int], EntityType] = {}
    for word, group in shorts.items():
        longer = opened.get(f"{word}s", [])
        if len({roots.find(key) for key, _ in longer}) == 1 and all(
                _POSSESSIVE_AFTER.match(texts.get(m.article, ""), m.end) for _, m in group):
            kind = voted_type(m for _, m in longer)
            for key, mention in group:
                roots.join(key, longer[0][0])
                venues[(mention.article, mention.start)] = kind
    return venues


_INITIALS_OFFICE_AFTER = re.compile(r"['’]s\s+[Oo]ffice\b")
_TITLE_INITIALS = {"ag": "attorneygeneral", "da": "districtattorney"}
"""A title's initials written before "'s office" ("the AG's office") and the words of the title in full."""


def join_initials_office(written: list[tuple[str, Mention]], roots: DisjointSets[str], texts: dict[str, str]) -> None:
    """Join a title's initials before "'s office" ("the AG's office") to the one office of the story whose name
    holds the title in full ("Office of the Attorney General", "Lumo Attorney General's Office")."""
    for initials, title in _TITLE_INITIALS.items():
        offices = {key for key, m in written if len(m.tokens) > 1 and title in m.key and "office" in m.tokens[-1:]
                   + m.tokens[:1]}
        if len(offices) != 1:
            continue
        for key, mention in written:
            if mention.key == initials and _INITIALS_OFFICE_AFTER.match(texts.get(mention.article, ""), mention.end):
                roots.join(key, next(iter(offices)))


_COUNTRY_TOKENS = ("united", "states")
"""The words "U.S." / "US" / "United States" read as (``mentions.make_mention``): a federal body's country."""


def join_country_bureau(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """Join "U.S. <Subject>" (a body's name, no person's) to the one "<Subject> Bureau" the story writes
    ("U.S. Census" / "Census Bureau")."""
    bureaus: dict[str, set[str]] = defaultdict(set)
    for key, mention in written:
        if len(mention.tokens) == 2 and mention.tokens[1] == "bureau":
            bureaus[mention.tokens[0]].add(roots.find(key))
    for key, mention in written:
        tokens = mention.tokens
        if len(tokens) == 3 and tokens[:2] == _COUNTRY_TOKENS and mention.label != "person" and (
                len(bureaus.get(tokens[2], ())) == 1):
            roots.join(key, next(iter(bureaus[tokens[2]])))
