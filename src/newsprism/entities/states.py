"""US states written short: the Postal Service's codes ("NY", "N.Y.") and the AP style's abbreviations ("Pa.",
"Wash."), read as the state's name where the story also spells it out (:func:`newsprism.entities.merge.cluster`).

The unambiguous AP forms ("Calif.", "Fla.") are aliases everywhere (``names.STATE_SHORT_FORMS``); the forms here are
often other words or names ("IN", "OR", "Miss.", "Mo.", "Wash."), so they stand for the state only beside its name.
"""

from __future__ import annotations

import re

from newsprism.lexicon import US_STATES

POSTAL_CODES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
                "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC")
"""The US Postal Service's two-letter codes of the states (in the order of ``lexicon.US_STATES``) and DC."""

AP_FORMS = ("ala - ariz ark calif colo conn del fla ga - - ill ind - kan ky la - md mass mich minn miss mo mont neb "
            "nev nh nj nm ny nc nd - okla ore pa ri sc sd tenn tex - vt va wash wva wis wyo")
"""The AP style's abbreviations of the states (lower case, no full stops; "-" where the name is never shortened),
in the order of ``lexicon.US_STATES``."""

_NAMES = [name.replace("_", "") for name in US_STATES.split()]
STATE_KEYS: dict[str, str] = {
    **{short: name for short, name in zip(AP_FORMS.split(), _NAMES, strict=True) if short != "-"},
    **{code.lower(): name for code, name in zip(POSTAL_CODES.split(), _NAMES, strict=False)},
}
"""A state's short form (lower case, no full stops) → the key of its name ("ny" → "newyork")."""

_SHORT = re.compile(r"(?:[A-Z]\.\s?){1,2}[A-Z]\.|[A-Z]{2}|[A-Z][a-z]{1,4}\.")
"""How a short form is written: dotted capitals ("N.Y.", "W.Va." after folding; spaced, "N. Y.", as ECB+ texts
detokenised write it, ECB+ dev topic 21), a postal code ("NY"), or an AP abbreviation with its full stop ("Pa.",
"Wash.")."""


def state_key(written: str) -> str | None:
    """The key of the state a short form stands for ("N.Y." → "newyork", "Pa." → "pennsylvania"), or None."""
    text = written.strip()
    if not _SHORT.fullmatch(text) and not re.fullmatch(r"[A-Z]\.\s?[A-Z][a-z]\.", text):
        return None
    return STATE_KEYS.get(re.sub(r"[.\s]", "", text).lower())


_STATE_NAMES = {name.replace("_", ""): name.replace("_", " ").title() for name in US_STATES.split()}


def state_name(forms: list[str]) -> str | None:
    """The name of the one state that every form stands for, each a short form ("N.Y." → "New York"; "La" as spaCy
    cut "La." from its full stop), or None: a place record written only so shows the state's name (D20's seed-91
    reading, AllSides 5633: "(D., N.Y.)" a record named "N.Y."; D18's seed-89 "La")."""
    keys = {state_key(form) or state_key(f"{form}.") for form in forms}
    key = keys.pop() if len(keys) == 1 else None
    return _STATE_NAMES[key] if key is not None else None


_TITLED = [form.title() for form in AP_FORMS.split() if form != "-" and form not in
           {"nh", "nj", "nm", "ny", "nc", "nd", "ri", "sc", "sd", "wva"}]
AP_STATE_BEFORE = "|".join(rf"(?<=\b{form}\.)" for form in _TITLED)
"""Right after an AP abbreviation written with one capital and its full stop ("Mo.", "Calif."; not "N.Y."): a
regular expression's lookbehinds, one per form (each of fixed width)."""


STATE_NICKNAMES: dict[str, str] = {
    "goldenstate": "California", "sunshinestate": "Florida", "lonestarstate": "Texas", "grandcanyonstate": "Arizona",
    "centennialstate": "Colorado", "volunteerstate": "Tennessee", "baystate": "Massachusetts",
    "bluegrassstate": "Kentucky", "silverstate": "Nevada", "hoosierstate": "Indiana", "badgerstate": "Wisconsin",
    "soonerstate": "Oklahoma", "cornhuskerstate": "Nebraska", "beaverstate": "Oregon", "treasurestate": "Montana",
    "greenmountainstate": "Vermont", "oldlinestate": "Maryland", "constitutionstate": "Connecticut",
}
"""Name key of a state's nickname → the state, for the states whose name is an alias everywhere
(``names.STATE_SHORT_FORMS``): "the Golden State" is California as "the Big Apple" is New York City (D25's seed-100
reading, AllSides 5737: "Golden State" a place of its own beside California). A longer name holding one is another
thing ("Golden State Warriors")."""
