"""Names written as a list ("Ana Lee, Tom Berg and Lumo Kade"): the list's other names vote on an uncued name's type."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from newsprism.entities.evidence import CUE_WEIGHT, Cue
from newsprism.entities.kind_words import MAKER_GOODS, PRODUCT_WORDS, SHOP_WORDS
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
    tags (or their strong cues make) one other type takes that type as a cue of :data:`LIST_WEIGHT`; each name of a
    list of two or more before a maker's goods (:func:`_goods_listed`) is a body's."""
    goods = _goods_listed(found, text)
    result = [replace(m, cue=Cue("organisation", CUE_WEIGHT)) if at in goods else m for at, m in enumerate(found)]
    for chain in _lists(found, text):
        for at in chain:
            others = Counter(_listed_type(found[other]) for other in chain if other != at)
            if result[at].cue is None and len(others) == 1 and (kind := next(iter(others))) != found[at].label:
                result[at] = replace(found[at], cue=Cue(kind, LIST_WEIGHT))
    return result


def _listed_type(mention: Mention) -> EntityType:
    """What a list's other name counts as: its strong cue's type ("the villages of Kade, Lumo and Tarn": Kade is a
    place whatever spaCy tags it), else spaCy's label."""
    strong = mention.cue is not None and mention.cue.weight >= CUE_WEIGHT
    return mention.cue.type if strong and mention.cue is not None else mention.label


_GOODS_AFTER = re.compile(r"((?:,\s*|\s+)(?:and|or)\s+[A-Z][\w&'’-]*)?\s+([a-z]+)\b")
"""The lower-case word right after the list's last name, or after a last partner spaCy left untagged ("Lumo, Kade
and [Vell] pharmacies"): group 1 holds that partner."""
_PARTNER_BEFORE = re.compile(r"\b[A-Z][\w&'’-]*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
"""A capitalised word and a list's separator right before the list's first tagged name: a partner spaCy left
untagged ("the Lumo or [Kade] shots")."""
_REACH = 40
"""Characters before the list searched for :data:`_PARTNER_BEFORE` (a long company name and "or")."""
_GOODS = MAKER_GOODS | PRODUCT_WORDS | SHOP_WORDS


def _goods_listed(found: list[Mention], text: str) -> set[int]:
    """Indexes of the names of lists of two or more ("the Lumo or Kade shots", "Lumo, Kade and Vell pharmacies")
    right before a maker's goods or shops (:data:`_GOODS`) whose own cue says no person: the word heads every name
    of the list, as it makes one name before it a body's (:mod:`.evidence`); spaCy tags the first ones people."""
    heads: set[int] = set()
    for chain in _lists(found, text, 1):
        after = _GOODS_AFTER.match(text, found[chain[-1]].end)
        first = found[chain[0]].start
        partner = len(chain) > 1 or (after is not None and after.group(1)) or _PARTNER_BEFORE.search(
            text, max(0, first - _REACH), first)
        if after is not None and after.group(2) in _GOODS and partner:
            heads.update(at for at in chain if (cue := found[at].cue) is None or cue.type != "person")
    return heads


def _lists(found: list[Mention], text: str, fewest: int = MIN_LIST) -> list[list[int]]:
    """Indexes of the mentions written one after the other with list separators between them."""
    chains: list[list[int]] = []
    for at in range(len(found)):
        before = found[at - 1] if at else None
        if chains and before is not None and before.end <= found[at].start and _LIST_GAP.fullmatch(
                text, before.end, found[at].start):
            chains[-1].append(at)
        else:
            chains.append([at])
    return [chain for chain in chains if len(chain) >= fewest]
