"""'The company said' where the article reads as the one company it has named before: each article is read alone
first (:mod:`newsprism.quotes.bodies`), where a company counts only as spaCy's ORG subject of the sentence or the one
before, and spaCy tags one-word makers' names as people (a maker's vaccine declared safe, 'the drugmaker said'; then a
sentence on the shot its two makers developed, credited 'according to the company': AllSides roundup 5689, read in
issue #19's thirty-fifth round's honest reading, seed 101, left 'the company'). The story's entities know the kind
(:mod:`newsprism.entities.makers`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsprism.clean.outlet_table import known_name
from newsprism.model import Entity, QuoteVariant
from newsprism.quotes.bodies import COMPANY_NOUNS, fits

_THE_COMPANY = re.compile(r"^[Tt]he\s+(?:[a-z-]+\s+)?(" + "|".join(sorted(COMPANY_NOUNS)) + r")$")
"""'the company', 'the German drugmaker': a definite singular description of a company (one modifier at most); a
plural ('the drugmakers') is a joint subject, not one body."""


def named_company(variant: QuoteVariant, entities: Sequence[Entity], texts: Mapping[str, str]) -> Entity | None:
    """The one organisation of the story that ``variant``'s article names before its source 'the company', whose
    name a company's noun may stand for (:func:`~newsprism.quotes.bodies.fits`: not 'the Food and Drug
    Administration') and that is no news outlet ('told Reuters'); None when there is none or several."""
    source = variant.source
    if source is None or (variant.speaker or "").strip() != source.text.strip():
        return None
    match = _THE_COMPANY.match(source.text.strip())
    if match is None or not texts.get(source.article):
        return None
    named = [entity for entity in entities if entity.type == "organisation" and fits(entity.name, match.group(1))
             and not known_name(entity.name)
             and any(m.article == source.article and m.end <= source.start for m in entity.mentions)]
    return named[0] if len(named) == 1 else None
