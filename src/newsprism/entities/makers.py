"""A company named by what it makes or by how it trades: a vaccine's maker, a listed company's ticker (issue #19).

spaCy tags the one-word names of drug makers as people ("Pfizer", "Moderna"): in D18's flip set at 32049ce (NeuS
train 0-299 and the AllSides roundups), 32 of the 39 records of the two were people (AllSides roundup 5966 of the
round's seed-88 reading: "Pfizer" a person in three articles). What follows the name says
otherwise:

- a second maker's name hyphened on and a vaccine's noun ("Lumo-Kade boosters": AllSides roundup 5709);
- a possessive or nothing, perhaps a disease's name, then "vaccine(s)" ending the phrase ("Lumo's COVID-19 vaccine
  to donate", "the Lumo coronavirus vaccine is"), not a leader's policy on vaccines ("Ana Lee's vaccine mandate":
  a lower-case noun after "vaccine" other than :data:`~.kind_words.NOT_NOUNS`), nor a country's or state's ("Lumaria's
  vaccine": the vaccine a country made or bought);
- a vaccine's noun after a name spaCy ran into the disease's ("the Lumo COVID-19 vaccine" tagged "Lumo COVID-19":
  NeuS train 207, AllSides roundups 6095 and 6105 in D18's flip set): the name ends before the disease
  (:func:`maker_end`);
- a stock ticker in brackets ("Lumo (LUM.N)", "Lumo Inc (NYSE: LUM)"), Reuters' style for a listed company, the
  ticker itself no entity (:func:`ticker`).
"""

from __future__ import annotations

import re

from newsprism.entities.kind_words import DISEASE_NAMES, NOT_NOUNS
from newsprism.lexicon import CONTAINERS

_VACCINE_NOUNS = r"(?:vaccines?|boosters?|shots?|jabs?|doses?)"
_DISEASE = r"(?:[A-Z][A-Za-z]*-\d+|COVID|Covid|[Cc]oronavirus)"
"""A disease's name between a maker's name and a vaccine's noun ("Kopa-19", "COVID", "coronavirus")."""
_MAKERS_PAIR_AFTER = re.compile(rf"[-/][A-Z][A-Za-z]+\s+(?:{_DISEASE}\s+)?(?:booster\s+)?{_VACCINE_NOUNS}\b")
"""A second maker's name hyphened on and a vaccine's noun after a one-word name ("Lumo-Kade boosters": AllSides
roundup 5709's "Pfizer" tagged a person; "Lumo/Kade", "Lumo-Kade coronavirus booster shots": D18's flip set): the
name is a company. "administration" or "campaign" after a hyphened
pair ("the Lumo-Kade campaign") is no such noun: running mates are people. A disease's name may come between
("Lumo-Kade Kopa-19 vaccine")."""
_MAKER = r"[A-Z][\w.]*(?:\s+&\s+[A-Z][\w.]*|[-/][A-Z][\w.]*)?"
_VACCINE_AFTER = re.compile(rf"(?:[-/][A-Z][\w.]*)?(?:(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+){_MAKER})*"
                            rf"(?:['’]s)?\s+(?:{_DISEASE}\s+)?vaccines?(?=\s*(?:[,.;:!?)—–]|$)|\s+([a-z]+)\b|\s+[A-Z])")
"""A possessive or nothing, perhaps a disease's name, and "vaccine(s)" after a name ("Lumo's Kopa-19 vaccine"), or
after a list of makers' names the name opens ("the Lumo, Kade and Tovana & Tovana vaccines", "the Lumo or Kade
vaccines", "Lumo-Kade and Tovana's Kopa-19 vaccines": AllSides roundup 6033, NeuS train 78 and 207 in D18's flip
set); the group holds the lower-case word after the vaccine's noun, if any."""
_DISEASE_THEN_VACCINE = re.compile(rf"\s+(\S+)\s+{_VACCINE_NOUNS}\b")
"""A name's last word and a vaccine's noun after it ("Lumo | COVID-19 | vaccine")."""
_RIC = r"[A-Z0-9]{1,6}[a-z]?\.[A-Z]{1,2}"
"""A Reuters instrument code: the ticker, a dot and the exchange's letters ("LUM.N", "7203.T", "BRKa.N")."""
_TICKER_AFTER = re.compile(rf"\s*\(\s*(?:{_RIC}|(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|ASX)\s*:\s*[A-Z.]{{1,6}})\s*\)")
_RIC_IN_BRACKETS = re.compile(rf"\(\s*{_RIC}\s*\)")


def maker_named(name: str, tokens: tuple[str, ...], after: str) -> bool:
    """The words ``after`` the name say it is a company: a vaccine's maker or a listed company."""
    if _TICKER_AFTER.match(after):
        return True
    if (len(tokens) != 1 and "&" not in name) or tokens[0] in CONTAINERS or name.isupper():
        return False  # a person's name never holds "&" ("Tovana & Tovana")
    if _MAKERS_PAIR_AFTER.match(after):
        return True
    vaccine = _VACCINE_AFTER.match(after)
    return vaccine is not None and (vaccine.group(1) is None or vaccine.group(1) in NOT_NOUNS)


def ticker(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a ticker in brackets ("(LUM.N)"): no entity."""
    return _RIC_IN_BRACKETS.fullmatch(text, max(0, start - 1), min(len(text), end + 1)) is not None


def maker_end(text: str, start: int, end: int) -> int:
    """Where the name ``text[start:end]`` ends without a disease's name spaCy ran into it before a vaccine's noun
    ("Lumo COVID-19 | vaccine" → "Lumo"); ``end`` when there is none."""
    cut = text.rfind(" ", start, end)
    if cut <= start:
        return end
    last = _DISEASE_THEN_VACCINE.match(text, cut, min(len(text), end + 30))
    if last is None or last.end(1) != end or re.sub(r"[^a-z0-9]", "", last.group(1).lower()) not in DISEASE_NAMES:
        return end
    return start + len(text[start:cut].rstrip())
