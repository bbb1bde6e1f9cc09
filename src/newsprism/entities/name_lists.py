"""Names written as a list ("Ana Lee, Tom Berg and Lumo Kade"): the list's other names vote on an uncued name's type."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from newsprism.entities.evidence import CUE_WEIGHT, Cue
from newsprism.model import EntityType

if TYPE_CHECKING:  # mentions imports this module; the record is only named in annotations here
    from newsprism.entities.mentions import Mention


LIST_WEIGHT = 2.0
"""Votes of a list's other names for one name's type ("Ana Lee, Tom Berg and Lumo Kade": spaCy tags one of three
singers ORG). Above one spaCy label, below a cue of the name's own words; chosen on ECB+ tune topic 1, where a
singer named in three lists of actors is tagged ORG in all four of her mentions."""

MIN_LIST = 3
"""Fewest names in a list for :func:`listed`: in a pair ("Ana Lee and Lumo") neither name outvotes the other."""

_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def listed(found: list[Mention], text: str) -> list[Mention]:
    """Each uncued name in a list of :data:`MIN_LIST` names or more ("A, B, C and D") whose other names spaCy
    tags (or their strong cues make) one other type takes that type as a cue of :data:`LIST_WEIGHT`."""
    result = list(found)
    for chain in _lists(found, text):
        for at in chain:
            others = Counter(_listed_type(found[other]) for other in chain if other != at)
            if found[at].cue is None and len(others) == 1 and (kind := next(iter(others))) != found[at].label:
                result[at] = replace(found[at], cue=Cue(kind, LIST_WEIGHT))
    return result


def _listed_type(mention: Mention) -> EntityType:
    """What a list's other name counts as: its strong cue's type ("the villages of Kade, Lumo and Tarn": Kade is a
    place whatever spaCy tags it), else spaCy's label."""
    strong = mention.cue is not None and mention.cue.weight >= CUE_WEIGHT
    return mention.cue.type if strong and mention.cue is not None else mention.label


def _lists(found: list[Mention], text: str) -> list[list[int]]:
    """Indexes of the mentions written one after the other with list separators between them."""
    chains: list[list[int]] = []
    for at in range(len(found)):
        before = found[at - 1] if at else None
        if chains and before is not None and before.end <= found[at].start and _LIST_GAP.fullmatch(
                text, before.end, found[at].start):
            chains[-1].append(at)
        else:
            chains.append([at])
    return [chain for chain in chains if len(chain) >= MIN_LIST]
