"""Type cues of names that report or are reported: a reporter named after an outlet's possessive, the outlet so
written, and a survey's or index's acronym in brackets after its name.

- "KNX1070's Claudia Peschiutta reports that ..." (D11's honest reading of AllSides roundup 5861): spaCy tagged the
  reporter a body and the radio station a place; a given name and a surname between an outlet's possessive and a
  reporting verb are a person, the possessive's owner the outlet;
- "the Lumo Turnover Survey (LTS)", "the Kade Price Index (KPI)" (D11's honest reading of roundup 5886: "JOLTS" a
  body): an acronym in brackets after a survey's, an index's or a report's name, ending in that word's initial, is
  the survey, a work; not a survey agency's ("the Geological Survey (USGS)");
- "Analysts surveyed by Lumo expected ...", "economists polled by Kade" (D18's flip set at 32049ce: "Refinitiv" a
  person in five NeuS train and AllSides stories): who surveys economists or analysts for a forecast is a data firm or
  an outlet, a body; not an owner's possessive ("polled by Ana Lee's firm": the firm is).
"""

from __future__ import annotations

import re

from newsprism.clean.outlet_table import known_name
from newsprism.entities.given_names import given_name
from newsprism.entities.names import fold
from newsprism.lexicon import CONTAINERS
from newsprism.model import EntityType

_REPORTS = r"\s+(?:reports|reported|has\s+reported|is\s+reporting)\b"
_OUTLET_POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][\w.&-]*['’]s\s+$")
"""An outlet's possessive right before a reporter's name ("KNX1070's | Claudia Peschiutta reports")."""
REPORTS_AFTER = re.compile(_REPORTS)
"""A reporting verb right after a reporter's name ("... Ana Lee | reports that", "... Ana Lee | reported")."""
_REPORTER_AFTER = re.compile(r"['’]s\s+([A-Z][a-z]+)\s+[A-Z][\w'’-]+" + _REPORTS)
"""A possessive, a given name, a surname and a reporting verb after a name: the name is the reporter's outlet."""
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*?)(?:['’]s|(?<=s)['’])\s+$")
"""Up to four capitalised words and a possessive right before a name ("CNN's | Ana Lee", "Fox News' | Ana Lee"):
with a table outlet among its last words (:func:`newsprism.clean.outlet_table.known_name`), and a given name opening
the name or a speaking verb after it, the name is the outlet's reporter (D28's seed-105 reading, AllSides 5826:
"CNN's Elle Reeve adds" a place)."""
_SPEAKS_AFTER = re.compile(r"\s+(?:adds|added|says|said|reports|reported|writes|wrote|notes|noted|explains|"
                           r"explained|asks|asked)\b")
"""A speaking verb after a name so placed, for a given name the packaged list lacks ("CNN's Tarn Vell adds"); a
programme after the possessive ("CNN's New Day airs") has none."""
MOST_REPORTER_WORDS = 3
"""Words of a reporter's name so cued, given name first (two in roundup 5861; three allows a middle name)."""

_POLLED_BY_BEFORE = re.compile(r"\b(?:surveyed|polled)\s+by\s+(?:the\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_SURVEY_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(Survey|Index|Report)\s*\(\s*$")
_CLOSE_AFTER = re.compile(r"\s*\)")
_AGENCY_SURVEYS = frozenset({"Geological", "Ordnance"})
"""Words before "Survey" in the names of agencies ("U.S. Geological Survey (USGS)"): a body, no survey (the shared
data write "Geological Survey" 14 times; no other agency "Survey")."""


def reporting_cue(text: str, start: int, end: int, tokens: tuple[str, ...]) -> EntityType | None:
    """The type a reporting context gives the mention ``text[start:end]`` (folded words ``tokens``), or None."""
    before, after = text[max(0, start - 30):start], text[end:end + 80]
    if 2 <= len(tokens) <= MOST_REPORTER_WORDS and given_name(tokens[0]) and (
            _OUTLET_POSSESSIVE_BEFORE.search(before) and REPORTS_AFTER.match(after)):
        return "person"  # "KNX1070's Claudia Peschiutta reports"
    if 2 <= len(tokens) <= MOST_REPORTER_WORDS and _outlet_owner(before) and (
            given_name(tokens[0]) or _SPEAKS_AFTER.match(after)):
        return "person"  # "CNN's Ana Lee adds", "Lumo News' Ana Lee": a table outlet's reporter
    if _POLLED_BY_BEFORE.search(before) and not _POSSESSIVE_AFTER.match(after):
        return "organisation"  # "analysts surveyed by Lumo": a data firm's forecast poll
    reporter = _REPORTER_AFTER.match(after)
    if reporter is not None and given_name(fold(reporter.group(1))) and " ".join(tokens) not in CONTAINERS:
        return "organisation"  # "KNX1070's Claudia Peschiutta reports": the outlet; not "Lumaria's Ana Vane"
    return "work" if _survey_acronym(text[start:end], before, after) else None


def _outlet_owner(before: str) -> bool:
    """Whether ``before`` ends in the possessive of an outlet of the packaged table ("CNN's ", "Fox News' ")."""
    owner = _OWNER_BEFORE.search(before)
    words = owner.group(1).split() if owner is not None else []
    return any(known_name(" ".join(words[i:])) for i in range(len(words)))


def _survey_acronym(name: str, before: str, after: str) -> bool:
    """Whether ``name`` is an acronym in brackets after a survey's, index's or report's name, ending in that word's
    initial ("Turnover Survey (JOLTS)", "Price Index (CPI)")."""
    survey = _SURVEY_BEFORE.search(before)
    return survey is not None and name.isupper() and name.isalpha() and _CLOSE_AFTER.match(after) is not None and (
        survey.group(1) not in _AGENCY_SURVEYS and name[-1] == survey.group(2)[0])
