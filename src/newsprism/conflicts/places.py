"""Places that contain other places: countries, US states, continents and regions.

Two outlets often name one place at different sizes ('arrested in Los Angeles' / 'arrested in California', 'a judge
in Brooklyn' / 'a judge in New York'). Without a gazetteer the conflict check cannot tell containment from a
contradiction, so a place of this list against a place outside it is left alone; two of them ('in Ohio' / 'in
Texas') or two places outside it ('in Moscow' / 'in Vladivostok') can still conflict.
"""

from __future__ import annotations

import re

from newsprism.lexicon import CONTAINERS


def is_container(name: str) -> bool:
    """A country, US state, continent or region ('the United States', 'Russia’s', 'Calif.' is not listed)."""
    plain = " ".join(re.findall(r"[a-z]+", re.sub(r"['’]s$", "", name.strip()).lower()))
    return re.sub(r"^the ", "", plain) in CONTAINERS
