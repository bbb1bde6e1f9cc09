"""Places that contain other places: countries, US states, continents and regions.

Two outlets often name one place at different sizes ('arrested in Los Angeles' / 'arrested in California', 'a judge
in Brooklyn' / 'a judge in New York'). Without a gazetteer the conflict check cannot tell containment from a
contradiction, so a place of this list against a place outside it is left alone; two of them ('in Ohio' / 'in
Texas') or two places outside it ('in Moscow' / 'in Vladivostok') can still conflict.
"""

from __future__ import annotations

import re

US_STATES = (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois "
    "indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri "
    "montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma "
    "oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington "
    "west_virginia wisconsin wyoming")
COUNTRIES = (
    "afghanistan argentina australia austria belarus belgium brazil britain canada chile china colombia cuba "
    "czech_republic denmark egypt england ethiopia finland france germany greece hungary india indonesia iran iraq "
    "ireland israel italy japan jordan kazakhstan kenya lebanon libya mexico morocco netherlands new_zealand nigeria "
    "north_korea norway pakistan palestine peru philippines poland portugal qatar romania russia saudi_arabia "
    "scotland south_africa south_korea spain sudan sweden switzerland syria taiwan thailand turkey ukraine "
    "united_kingdom uk united_states us usa america venezuela vietnam wales yemen")
REGIONS = "africa asia europe latin_america middle_east north_america south_america the_west gaza west_bank"
CONTAINERS = frozenset(w.replace("_", " ") for w in f"{US_STATES} {COUNTRIES} {REGIONS}".split())


def is_container(name: str) -> bool:
    """A country, US state, continent or region ('the United States', 'Russia’s', 'Calif.' is not listed)."""
    plain = " ".join(re.findall(r"[a-z]+", re.sub(r"['’]s$", "", name.strip()).lower()))
    return re.sub(r"^the ", "", plain) in CONTAINERS
