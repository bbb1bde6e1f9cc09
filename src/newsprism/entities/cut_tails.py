"""A body's name written without the "<head> of <what>" it ends on: "the 5th Circuit" is the "5th U.S. Circuit Court
of Appeals" of the same story, "Lumo Institute" the "Lumo Institute of Technology".

A name of two words or more that is neither a person's nor a place's joins a longer one of its type when its words
are the longer one's in the same order, some left out, and what follows its last word there is a head and "of" with
a common complement ("Circuit | Court of Appeals"); only when the longer name is the one entity of the story holding its
words (the shorter is used for nothing else: "Lumo Institute" beside "Lumo Institute of Technology" and "Lumo
Institute of Art" stays apart), and never when the complement is a place ("Federal Reserve" is not the "Federal
Reserve Bank of New York"; nor a name directly followed by "of": "Supreme Court" is not the "Supreme Court of
Texas"). A place opening a body's name is not that body ("Lumo County" of the "Lumo County Board of Supervisors",
"United States" of the "U.S. House of Representatives": D19's flip audit, AllSides 5693, 6076). Names ending in the
same word are :func:`.contained.join_contained`'s (issue #19's thirtieth round: AllSides 5631, "5th Circuit" a record
apart from the court).
"""

from __future__ import annotations

from newsprism.entities.contained import multiword_names, within
from newsprism.entities.mentions import Mention, voted_type
from newsprism.grouping import DisjointSets
from newsprism.lexicon import COUNTRIES, US_STATES
from newsprism.model import EntityType

Tokens = tuple[str, ...]

_PLACES = frozenset(name.replace("_", "") for name in (*COUNTRIES.split(), *US_STATES.split()))
"""Keys of the countries and states (spaces dropped), read as a complement that makes another body."""


def join_cut_tails(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """Join the key of each name cut before its "<head> of <what>" to the one longer name holding its words (see the
    module's docstring; ``written``: each mention with the key it stands for)."""
    names = multiword_names(written)
    types = _types(written)
    places = _PLACES | {key for key, kind in types.items() if kind == "place"}
    for key, tokens in names.items():
        holders = [other for other, long in names.items() if len(long) > len(tokens) and within(tokens, long)]
        if len({roots.find(other) for other in holders}) != 1 or types[key] == "place":
            continue  # one entity holds it, however many of its names do ("5th U.S. Circuit ...", "Fifth Circuit ...")
        if any(types[other] == types[key] and _cut_before_head(tokens, names[other], places) for other in holders):
            roots.join(key, holders[0])


def _cut_before_head(short: Tokens, long: Tokens, places: frozenset[str] | set[str]) -> bool:
    """``long`` goes on after ``short``'s last word with a head, "of" and a complement that names no place."""
    rest = long[_last_held(short, long) + 1:]
    complement = rest[3:] if rest[2:3] == ("the",) else rest[2:]
    return len(complement) > 0 and rest[0] != "of" and rest[1] == "of" and "".join(complement) not in places


def _last_held(short: Tokens, long: Tokens) -> int:
    """Where ``short``'s last word stands in ``long``, each word matched at its first place after the one before."""
    at = -1
    for word in short:
        at = long.index(word, at + 1)
    return at


def _types(written: list[tuple[str, Mention]]) -> dict[str, EntityType]:
    """Each key's type by its mentions' votes."""
    groups: dict[str, list[Mention]] = {}
    for key, mention in written:
        groups.setdefault(key, []).append(mention)
    return {key: voted_type(group) for key, group in groups.items()}
