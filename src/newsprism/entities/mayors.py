"""A city written without its "City" before its mayor ("New York's next mayor", "the former Lumo mayor") where the
story also writes the city's full name ("Lumo City"): the city, not the state or country of the shorter name (D25's
honest seed-99 reading, AllSides roundup 5932: "New York's often-feckless mayor" in the state's record beside New York
City's; on D22's 805 AllSides/NeuS stories also 5713, 5877 and NeuS train 176). Only before a mayor's word: elsewhere
the shorter name may be the state ("floods in New York and New Jersey" beside "New York City", 5735)."""

from __future__ import annotations

import re
from dataclasses import replace

from newsprism.entities.mentions import Mention

_MAYOR_AFTER = re.compile(r"(?:['’]s(?:\s+[a-z][\w-]*){0,2})?\s+mayor(?:al|s)?\b")
"""A mayor's word right after the name, perhaps after its possessive and up to two lower-case words ("Lumo mayor",
"Lumo mayoral candidate", "Lumo's often-feckless mayor")."""


def mayors_cities(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Each article's mentions, a city's short name before a mayor's word keyed as the city's full name the story
    writes."""
    cities = {m.tokens[:-1]: m.key for mentions in per_article for m in mentions
              if len(m.tokens) > 1 and m.tokens[-1] == "city"}
    return [[replace(m, key=cities[m.tokens], label="place") if m.tokens in cities and _MAYOR_AFTER.match(
        text, m.end) else m for m in mentions] for mentions, text in zip(per_article, texts, strict=True)]
