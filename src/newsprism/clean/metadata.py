"""Recognise and parse the metadata that web copy carries in its lines.

Each function takes one line of text and returns the value it states, or None.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import datetime

import dateparser

from newsprism.clean.lines import words
from newsprism.lexicon import MONTH_PREFIX, WEEKDAYS
from newsprism.typography import DASHES

AGENCIES = {
    "reuters": "Reuters", "associated press": "AP", "the associated press": "AP", "ap": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "yonhap": "Yonhap",
    "xinhua": "Xinhua", "kyodo": "Kyodo", "dpa": "dpa", "ansa": "ANSA", "efe": "EFE", "tass": "TASS",
    "upi": "UPI", "pti": "PTI", "ians": "IANS", "ani": "ANI", "bernama": "Bernama", "anadolu": "Anadolu",
    "aap": "AAP", "pa": "PA", "pa media": "PA", "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg",
    "bay city news": "Bay City News", "city news service": "City News Service", "cns": "City News Service",
    "sun-times media wire": "Sun-Times Media Wire", "stmw": "Sun-Times Media Wire", "cnn wire": "CNN Wire",
    "tribune news service": "Tribune News Service", "mcclatchy-tribune news service": "Tribune News Service",
    "thomson reuters": "Reuters", "press trust of india": "PTI", "united press international": "UPI",
    "xinhua news agency": "Xinhua", "yonhap news agency": "Yonhap", "kyodo news": "Kyodo",
    "australian associated press": "AAP", "press association": "PA", "deutsche presse-agentur": "dpa",
    "indo-asian news service": "IANS", "asian news international": "ANI", "canadian press": "The Canadian Press",
    "the canadian press": "The Canadian Press",
}
"""Wire services whose credit marks an article as wire copy; values are the canonical names. US regional wires
(Bay City News, City News Service, Sun-Times Media Wire) credit local copy the way AP does: a credit, never the
outlet. An agency's full name ('Thomson Reuters', 'Press Trust of India') is the same agency."""

AGENCY_ALTERNATION = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))

OUTLET_WORDS = frozenset(
    """herald times post news daily journal tribune gazette telegraph guardian observer courier chronicle
    independent express mail standard star sun globe monitor review press insider today radio tv television
    broadcasting wire magazine weekly bulletin record register inquirer examiner dispatch sentinel
    reporter citizen nation mirror voice report network""".split()
)
NAME_PARTICLES = frozenset("de da del della di van von der den la le bin al el ibn dos du".split())
NOT_NAME_WORDS = frozenset(
    """home news world national politics business opinion sports sport local region north south east west
    korea china russia america europe asia africa update updated published photo video share print email
    related comments comment more read live breaking latest top the and of in on by for staff editor""".split()
)
NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]*)*|[A-Z]\.|[A-Z][A-Z'’-]+|Mc[A-Z][a-z]+)$")
EMAIL = re.compile(r"[\[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]?")
BYLINE = re.compile(r"^(?:written\s+)?by[:\s]+(?P<names>.+)$", re.I)
ROLE = re.compile(
    r",?\s*\b(?:staff|senior|chief|political|foreign|special)?\s*(?:writer|reporter|correspondent|editor|"
    r"contributor|columnist)s?\b.*$", re.I)

AGENCY_MENTION = re.compile(rf"(?:,|\||\bfor\b|\bof\b)?\s*\b({AGENCY_ALTERNATION})\b\W*$", re.I)
"""An agency after the names in a byline ('By Jim Gomez, Associated Press'): a credit, not a name."""

MONTH = MONTH_PREFIX
CLOCK_ZONE = r"(?!\s*(?:GMT|UTC|[ECMP][SD]T|BST|CES?T|IST|JST|KST|hrs\b|hours\b|local time\b))"
"""After four digits, a time zone or 'hrs' makes them a time ('March 3 at 1700 GMT', '3 March 2130 GMT'), not a
year."""
ZONED_CLOCK = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|[ECMP][SD]T|BST|CES?T|IST|JST|KST|hrs\b|hours\b)")
"""A 24-hour time of four digits with a zone ('1700 GMT'): never a year."""
DATE_EXPR = re.compile(
    rf"\b(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{CLOCK_ZONE}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+"
    rf"\d{{4}}{CLOCK_ZONE}"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{4}[./]\d{1,2}[./]\d{1,2}"
    r"|(?<![\d/])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])/(?:19|20)\d\d(?![\d/])"
    r"|(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:1[0-2]|0?[1-9])/(?:19|20)\d\d(?![\d/])"
    r"|(?<![\d.])(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:19|20)\d\d(?![\d.]))\b",
    re.I,
)
DATE_LINE_WORDS = frozenset(
    """published updated posted modified last on at am pm a.m p.m kst utc gmt est edt pst pdt bst cet cest jst
    date time first et pt ct mt cst cdt mst mdt hkt sgt ist msk aest aedt thur created ago minute minutes hour hours
    day days week weeks month months year years hrs uk for immediate release""".split()
) | frozenset(WEEKDAYS)
"""Words a date line may hold beside the date: labels, clock words and zones ('01:19 hrs' on Indian pages, '8:05am
UK' on British ones), and a press release's 'FOR IMMEDIATE RELEASE July 13, 2009'."""
US_NUMERIC_DATE = re.compile(r"(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/((?:19|20)\d\d)")
DAY_FIRST_DATE = re.compile(r"(1[3-9]|2\d|3[01])/(1[0-2]|0?[1-9])/((?:19|20)\d\d)")
"""'14/09/2013': a slashed date whose first number cannot be a month is day first (New Zealand, British and
Indian pages: 'Last updated 13:26 14/09/2013'); one whose first number can be either is read month first."""
DOTTED_DATE = re.compile(r"(3[01]|[12]\d|0?[1-9])\.(1[0-2]|0?[1-9])\.((?:19|20)\d\d)")
"""'05.12.2016': a date written with dots and the year last is day first (European and international pages; US
pages write slashes)."""
"""'12/15/2015': US pages write month first (every numeric date line of the gunviolence dev pages does)."""


LABEL_ROW = re.compile(rf"^[A-Z][\w' ]{{0,30}}\s*(?:[{DASHES}]|:)\s+\S")
"""A fact box's row, 'Label – value' or 'Label: value' ('Investigating Agency – City Police'): not a name."""


CONTRIBUTED = re.compile(r"\s*\bcontributed (?:to this (?:report|story|article)|(?:additional )?reporting)\b.*$", re.I)
"""'The Associated Press contributed to this report.', 'Jane Doe of The Daily X contributed reporting': who else
reported, a credit; the outlet named there is not the page's."""


def agency(text: str) -> str | None:
    """The canonical name of a wire agency named by ``text`` alone, else None."""
    return AGENCIES.get(" ".join(text.lower().strip(" ()[].," + DASHES).split()))


def outlet_name(text: str) -> str | None:
    """A line like 'The Korea Herald': a short Title Case name ending in a newspaper word."""
    tokens = words(text)
    if not 1 <= len(tokens) <= 7 or text.rstrip().endswith((".", "!", "?", ":")) or LABEL_ROW.match(text):
        return None
    if not all(t[0].isupper() or t.lower() in {"of", "the", "and", "de"} for t in tokens):
        return None
    return text.strip() if any(t.lower() in OUTLET_WORDS for t in tokens) else None


def person_names(text: str) -> list[str]:
    """Names in a byline line ('By A and B', 'BY X [email]', or a bare 'Ji Da-gyum'), else []."""
    text = AGENCY_MENTION.sub(" ", EMAIL.sub(" ", text)).strip(" |,()" + DASHES)
    match = BYLINE.match(text)
    body = match.group("names") if match else text
    body = ROLE.sub("", body)
    parts = [p.strip() for p in re.split(r",|\band\b|&|\||/", body) if p.strip()]
    names = [_name_case(p) for p in parts if is_name(p)]
    return names if names and (match or len(names) == len(parts)) else []


def is_name(text: str) -> bool:
    """2 to 4 capitalised tokens (particles allowed), none of them a common header word."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or agency(text):
        return False
    if any(t.lower().strip(".") in NOT_NAME_WORDS for t in tokens):
        return False
    return all(NAME_TOKEN.match(t) or t.lower() in NAME_PARTICLES for t in tokens)


def _name_case(name: str) -> str:
    if name.isupper():
        return " ".join("-".join(p.capitalize() for p in word.split("-")) for word in name.split())
    return " ".join(name.split())


def dates_in(text: str) -> list[str]:
    return [m.group(0) for m in DATE_EXPR.finditer(text)]

ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def parse_date(text: str) -> str | None:
    """ISO 8601 for one date expression: a date, or date and time when the text gives a time."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        return text.strip()
    dotted = DOTTED_DATE.fullmatch(text.strip())
    if dotted:
        with suppress(ValueError):
            return datetime(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1))).date().isoformat()
        return None
    us = US_NUMERIC_DATE.fullmatch(text.strip())
    day_first = DAY_FIRST_DATE.fullmatch(text.strip())
    if day_first:
        with suppress(ValueError):
            return datetime(int(day_first.group(3)), int(day_first.group(2)),
                            int(day_first.group(1))).date().isoformat()
        return None
    if us:
        with suppress(ValueError):
            return datetime(int(us.group(3)), int(us.group(1)), int(us.group(2))).date().isoformat()
        return None
    if ISO_DATE_TIME.fullmatch(text.strip()):   # feeds and JSON give ISO 8601; dateparser takes ~7 ms to read it
        with suppress(ValueError):
            return datetime.fromisoformat(text.strip()).isoformat()
    if ZONED_CLOCK.search(text):  # '1700 GMT' is a time: read the rest, which must name the year itself
        text = ZONED_CLOCK.sub(" ", text)
        if not re.search(r"\b\d{4}\b", text):
            return None
    parsed: datetime | None = dateparser.parse(
        text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    )
    if parsed is None:
        return None
    has_time = re.search(r"\d{1,2}:\d{2}", text) is not None
    return parsed.isoformat() if has_time else parsed.date().isoformat()


CLOCK_TOKEN = re.compile(r"\d{1,2}[.:]\d\d(?:[ap]m)?|\d{1,2}[ap]m", re.I)
"""A clock time beside a date, with a colon or a dot ('Tue 12 Oct 2021 10.33 BST', British pages), or the
minutes and 'AM' run together ('08:06AM' is read as the words '08' and '06AM'; '05.51AM', '7pm')."""


def date_line(text: str, extra_words: frozenset[str]) -> str | None:
    """The publication date stated by a line that is a date and little else ('Published Sept 13, 2023')."""
    found = dates_in(text)
    if not found:
        return None
    rest = DATE_EXPR.sub(" ", text)
    leftover = [w for w in words(rest) if not w.isdigit() and not CLOCK_TOKEN.fullmatch(w)
                and w.lower().strip(".") not in DATE_LINE_WORDS]
    if any(w.lower() not in extra_words for w in leftover):
        return None
    published = re.search(r"published[:\s]+(.*)", text, re.I)
    first = dates_in(published.group(1))[0] if published and dates_in(published.group(1)) else found[0]
    return parse_date(first)
