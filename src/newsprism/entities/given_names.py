"""First names of the US Census 1990 lists (public domain, shipped by the ``names`` package): whether a word is a
given name (:func:`given_name`) and the sex the lists give it (:func:`given_gender`). Moved out of :mod:`.names`,
which reads written names, to keep both modules short."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Literal


def given_name(word: str) -> bool:
    """Whether a folded word is a first name of the US Census 1990 lists (public domain, shipped by the ``names``
    package, about 5,500 names: "bettie", "janice"; not "white", "academy")."""
    return word.upper() in _census_first_names()


@cache
def _census_first_names() -> frozenset[str]:
    return frozenset(_census_shares("male")) | frozenset(_census_shares("female"))


GENDER_RATIO = 4.0
"""How many times more often the census gives a first name to one sex than to the other for it to tell the sex
("Susan", "Ron"; not "Jordan", 0.056 % of men and 0.012 % of women, which is 4.7: still male)."""


def given_gender(word: str) -> Literal["male", "female"] | None:
    """The sex the US Census 1990 first-name lists give a folded word, when one list holds it at least
    :data:`GENDER_RATIO` times as often as the other; None for no such first name."""
    male, female = _census_shares("male").get(word.upper(), 0.0), _census_shares("female").get(word.upper(), 0.0)
    if male > GENDER_RATIO * female:
        return "male"
    return "female" if female > GENDER_RATIO * male else None


@cache
def _census_shares(sex: str) -> dict[str, float]:
    """First name → the share of the census's people of that sex (``sex``: "male" or "female") who bear it."""
    lines = (files("names") / f"dist.{sex}.first").read_text(encoding="ascii").splitlines()
    return {parts[0]: float(parts[1]) for line in lines if len(parts := line.split()) > 1}
