"""What an outlet's name looks like: call letters, networks and channel brands, newspaper words, and the words
around a name that are not part of it.

Used by :mod:`newsprism.clean.outlets` to read names from credits, prompts and mentions: :func:`media_like`
(a name shaped like a news outlet's), :func:`trim` (a name without the prompt verb, weekday, count or trailing
word around it), :func:`cited` (a media name that is neither a wire nor a national outlet everyone cites),
:func:`is_owner` (an owning company, not the outlet).
"""

from __future__ import annotations

import re

from newsprism.clean.metadata import AGENCY_ALTERNATION, OUTLET_WORDS, agency
from newsprism.clean.outlet_table import known_name
from newsprism.lexicon import WEEKDAY_ALTERNATION
from newsprism.typography import DASHES

TOKEN = r"[A-Z0-9][\w.&'’-]*[\w&]|[A-Z0-9]"
CONNECTOR = r"(?:and|&|of(?:\s+the)?)"
"""Words inside a name ('The Post and Courier', 'Times of the Isles'): a name runs on past them when the next
word is capitalised."""
LOWER_BRAND = r"\b(?:abc|nbc|cbs|fox|cw)\d{1,2}\b(?![.\w-])"
"""A channel brand a station writes in lower case ('told abc27'; the batch 10 labels name a partner station so)."""
NAME_RUN = (rf"(?:[Tt]he\s+)?(?:{TOKEN})(?:\s+(?:{CONNECTOR}\s+)?(?:{TOKEN})){{0,5}}"
            r"|[a-z][\w-]*\.(?:com|net|org|tv)\b|" + LOWER_BRAND)
"""A run of capitalised or numbered tokens ('The Buffalo News', 'WSFA 12 News', 'KMOV.com', 'The Post and
Courier') or a lower-case domain ('newsnet5.com'); it stops at a lower-case word other than a connector,
punctuation other than '.&-' and a possessive."""
MAX_NAME_WORDS = 6
"""Longest outlet name read from a credit: 'NBC 6 South Florida' and 'KETV NewsWatch 7' have 3 to 4 words."""


CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|HD|CD|LP|\d{1,2}TV)|\d{1,2})?(?:\.com)?$")
"""Call letters: 'WXYZ', 'KXYZ-TV', 'WXYZ-10TV', 'KXYZ.com', and with the channel number run on ('WXYZ7',
'KXYZ11.com')."""
NOT_CALL_SIGNS = frozenset("KEY KILL KIDS KNOW WHAT WHEN WHERE WHICH WHILE WHO WHOM WHY WITH WILL WERE WAS WAR WEST "
                           "WEEK WIFE WORD WORK WANT WEB WIN WON".split())
NETWORK = re.compile(r"^(?:NBC|CBS|ABC|FOX|Fox|CW|PBS|NPR|CNN|MSNBC|ESPN|NECN|necn)\d*i?$|^(?:News|Fox|Local)\d+$|"
                     r"^\d{1,2}(?:TV|News|(?i:abc|nbc|cbs|fox))$|^[A-Z]{3}\d{1,2}$|^[A-Z]\d{1,2}(?i:abc|nbc|cbs|fox)$|"
                     r"^(?:abc|nbc|cbs|fox|cw)\d{1,2}$")
"""Networks and channel brands: 'NBC', 'ABC7', 'News4', 'Fox5', '10TV', '13News', '13abc', '41NBC', three letters
and the channel number ('PXZ11'), a letter, the channel number and the network ('Q13FOX', 'K7Fox'), a brand written
in lower case ('abc27', :data:`LOWER_BRAND`)."""
CHANNEL_WORDS = frozenset("news channel local newschannel newscenter newswatch eyewitness action tv radio".split())
DOMAIN = re.compile(r"^[\w-]+\.(?:com|net|org|tv|us)$", re.I)
BRAND = re.compile(r"^[A-Z][a-z]+(?:Star|News|Times|Net\d*|Now|Today)$|^[A-Z]{2,}News\w*$|"
                   r"^(?:News|Click)\d{1,2}[A-Z][a-z]+$|^(?:NBC|CBS|ABC|FOX|Fox)[A-Z][A-Za-z]+$|"
                   r"^News(?:Channel|Center|Watch)\d{1,2}$")
"""One-word brands: 'IndyStar', 'MSNewsNow', 'PortvaleToday', 'NewsNet5', 'News4Portvale', 'Click2Portvale',
'CBSPortvale', and a channel's name glued to its number ('NewsChannel5', 'NewsCenter17': the spaced 'NewsChannel 5'
is a channel word and a number)."""
GLUED = re.compile(r"[a-z][A-Z][a-z]")
"""Words run together by a crawl ('ChangJane DoeSuperior Court'): a name with two such tokens is page debris."""
EXTRA_OUTLET_WORDS = frozenset("statesman enterprise blade ledger leader democrat republican advocate media pilot "
                               "constitution picayune courant bee beacon newspaper newspapers patch fm".split())
"""Newspaper words beyond :data:`metadata.OUTLET_WORDS` ('The Virginian-Pilot', 'Journal-Constitution', a local news
network's town site 'the Portvale Patch'); in a hyphenated word each part counts ('Review-Journal'); a radio station
closing with 'FM' ('Portvale FM', international pages; the gunviolence dev pages name none, and a Texas road 'FM
1960' opens with it)."""
PAPER_OPENERS = frozenset({"Daily", "Weekly"})
"""A name opening with these is a paper's whatever its last word ('The Daily Illini', 'Daily Portvalian')."""
UNIT = re.compile(r"\b(?:Post|Troop|District|Precinct|Unit|Division|Company|Squad|Station)\s+[A-Z]?\d+\b")
"""A police or fire unit ('KSP Post 15', 'Troop B'): not a station's name even beside call-sign-like letters."""

OWNER_WORDS = frozenset("inc incorporated llc corp corporation company co group holdings broadcasting communications "
                        "enterprises media ltd limited plc partners television".split())
OWNERS = frozenset("nexstar sinclair tegna gannett raycom meredith hearst scripps gray cox tribune media general "
                   "worldnow frankly graham quincy griffin lin".split())
"""Station and newspaper owners named in copyright lines: the company, not the outlet a reader names."""


WIDELY_CITED = frozenset({"cnn", "msnbc", "npr", "fox news", "nbc news", "abc news", "cbs news", "new york times",
                          "washington post", "usa today", "wall street journal", "politico", "los angeles times"})
"""National outlets that local and regional pages cite ('told CNN'): a mention of them is not the outlet's own
name. Their own pages still name them by a dateline, a copyright line, a prompt or the URL."""
INTERNATIONAL_CITED = frozenset({"al jazeera", "al jazeera tv", "al jazeera english", "financial times"})
"""International outlets that US outlets' pages cite for what someone told them ('Korb told Al Jazeera', 'a community
leader told the Financial Times'): in the AllSides dev articles (962, national and international outlets' pages) the
three 'told' of these names cite another outlet (Fox News, Newsmax, New York Post), and no article of these outlets
names itself so; their own pages name them by the URL (the domain table) or a dateline. Left out for want of
evidence, or against it: 'told Daily Mail Online' is how the Daily Mail's own page (gunviolence dev 545525) names
itself, and the BBC's and The Guardian's articles (26 and 20 in the file) have no 'told' of either. Hyphens count as
spaces ('Al-Jazeera TV')."""
BARE_NETWORKS = frozenset({"nbc", "cbs", "abc", "fox", "pbs", "cw", "fox business", "cnbc"})
"""A network named alone ('NBC's Jane Doe', 'told Fox'): pages cite other networks' hosts so, and no local station
or network newsroom names itself by the bare network ('NBC 6', 'NBC News' do)."""
TRAILING = re.compile(rf"(?:\s+(?:App|Apps|Online|for|and|the|of|&|[a-z]+|{WEEKDAY_ALTERNATION.title()}))+$|[.\s]+$")
"""What a name does not end with: a lower-case word ('Copyright 2015 The Daily X modified'), 'App', a dot, a weekday
('told the Daily X Wednesday')."""
LEADING = re.compile(rf"^[{DASHES}\s•·*|>:]+|^(?:(?:A|An|Call|Contact|Email|E-mail|Reach|Follow|Watch|Visit|Read|"
                     rf"Listen to|{WEEKDAY_ALTERNATION.title()}|\d{{3,}})\s+)+(?=\S)")
"""A leading dash or bullet ('- The Homicide Report', '• KXYZ') is not part of a name, nor an article ('A Daily X
analysis found'), a prompt's verb ('Call Daily X reporter ...'), a weekday ('By 6:40 p.m. Thursday Channel 4's
Jane Doe') or a number of three digits or more ('Copyright 216 WXYZ', a typo for the year)."""
AGE_OR_COUNT = re.compile(r"\s+\d+-[a-z].*$")
"""A name ends before '29-year-old' ('told WXYZ 29-year-old Jane Doe was ...')."""
GENERIC_WORDS = frozenset("breaking news latest local top live world national headlines video photos weather "
                          "sports today story stories".split())
"""A name made of these words only ('Breaking News', 'Top Stories') is a section label, not an outlet."""
LIST_WORDS = frozenset({"stories"})
"""A name holding these is a list's title ('Get The Top 7 News Stories Every Morning'), not an outlet's ('Fox 2 News
Headlines' is a site's name)."""
NOT_MEDIA = re.compile(r"\b(?:Medical Examiner|Examiner'?s Office)\b", re.I)
"""Offices whose names end in a newspaper word: the county's medical examiner is no paper."""


def is_owner(name: str) -> bool:
    """An owning company: ends in 'Inc', 'Corporation', 'Group', 'Broadcasting' ... or is a known owner."""
    tokens = [t.lower().strip(".,") for t in name.split()]
    return bool(tokens) and (tokens[-1] in OWNER_WORDS or tokens[0] in OWNERS)


def cited(name: str) -> bool:
    """A media-shaped name that is neither a wire agency nor a national outlet everyone cites."""
    return (media_like(name) and not agency(name) and not re.match(AGENCY_ALTERNATION, name, re.I)
            and not national(name))


def national(name: str) -> bool:
    """A national outlet everyone cites (:data:`WIDELY_CITED`, a bare network, 'CNN's Jane Doe', an international one of
    :data:`INTERNATIONAL_CITED`)."""
    key = re.sub(r"^the ", "", name.casefold())
    return (key in WIDELY_CITED | BARE_NETWORKS or key.split()[0] in WIDELY_CITED
            or key.replace("-", " ") in INTERNATIONAL_CITED)


def split_names(name: str) -> list[str]:
    """'KXYZ.com and KXYZ 5', 'Portvale Now and The Daily X' -> two names; 'The Post and Courier' stays one
    (after 'and' neither call letters, a network or brand, nor a name of its own opening with 'The')."""
    parts = re.split(r"\s+(?:and|&)\s+", name)
    if len(parts) > 1 and (parts[-1].startswith("The ") or any(media_token(t) for t in parts[-1].split())
                           or media_like(parts[-1])):
        return parts
    return [name]


def shortest_media_name(name: str) -> str:
    """Leading words that are not part of the name go: 'Call IndyStar' -> 'IndyStar', but 'Portvale Valley
    Media' and 'The Post and Courier' stay whole (no call letters, network or brand after the first word)."""
    tokens = name.split()
    while len(tokens) > 1 and not media_token(tokens[0]) and any(media_token(t) for t in tokens[1:]) \
            and not AM_DIAL.match(" ".join(tokens)):  # '1010 WXYZ' keeps its dial position
        tokens = tokens[1:]
    return " ".join(tokens)


def media_token(token: str) -> bool:
    return bool(call_sign(token) or NETWORK.match(token) or DOMAIN.match(token) or BRAND.match(token))


def media_like(name: str) -> bool:
    """A name shaped like a news outlet's: call letters, a network or channel number, a domain, a brand, or
    a name ending in a newspaper word ('The Buffalo News', 'Tribune-Review'), or in one and 'Group' ('Portvale Media
    Group': a media group that obtains documents and is told things, gunviolence dev 589072; an owner named in a
    copyright line stays an owner, :func:`is_owner`); never a police unit or a list's title (:data:`LIST_WORDS`)."""
    tokens = re.sub(r"^the\s+", "", name, flags=re.I).split()
    if not tokens or len(tokens) > MAX_NAME_WORDS or UNIT.search(name) or NOT_MEDIA.search(name):
        return False
    if all(t.lower() in GENERIC_WORDS for t in tokens) or sum(bool(GLUED.search(t)) for t in tokens) > 1 \
            or any(t.lower() in LIST_WORDS for t in tokens):
        return False
    final = tokens[-2] if len(tokens) > 2 and tokens[-1].lower() == "group" else tokens[-1]  # 'Seacoast Media Group'
    last = {part.lower() for part in final.split("-")}
    channel = any(t.lower() in CHANNEL_WORDS for t in tokens) and any(t.isdigit() for t in tokens)
    several = len(tokens) > 1 or "-" in tokens[0] or name.lower().startswith("the ")
    paper = several and bool(last & (OUTLET_WORDS | EXTRA_OUTLET_WORDS) or tokens[0] in PAPER_OPENERS)
    return any(media_token(t) for t in tokens) or channel or paper or _known_shape(name, tokens)


def _known_shape(name: str, tokens: list[str]) -> bool:
    """A name of the packaged domain table ('Al Jazeera', 'Deutsche Welle', 'NDTV'), unless it is one plain word
    ('Metro', 'Time', 'Politico': words a page uses otherwise; a site name after the title still counts,
    :func:`outlet_cues.title_names`)."""
    return (len(tokens) > 1 or not re.fullmatch(r"[A-Z][a-z]+", tokens[0])) and known_name(name)


BLURB_WORDS = frozenset("weather sports traffic".split())
"""Words of a site's description before its brand in a title ('Portvale, North Portvale News & Weather KXYZ.com'):
the description is no part of the outlet's name."""


def site_brand(name: str) -> str:
    """The brand in a site's name after a title: the first media-shaped one of names joined by slashes ('NBC Portvale
    Now/KXYZ/KXYA Tri-Cities' -> 'NBC Portvale Now'), and a description before call letters, a network or a domain
    left out ('North Portvale News & Weather KXYZ.com' -> 'KXYZ.com'); else the name (a slash between channel numbers
    stays: 'ABC 33/40')."""
    parts = [part.strip() for part in re.split(r"(?<=[A-Za-z])\s*/\s*(?=[A-Za-z])", name) if part.strip()]
    if len(parts) > 1:
        name = next((part for part in parts if media_like(part)), name)
    tokens = name.split()
    at = next((i for i, token in enumerate(tokens) if media_token(token)), 0)
    if at and any(token.lower() in BLURB_WORDS for token in tokens[:at]):
        return " ".join(tokens[at:])
    return name


def call_sign(token: str) -> bool:
    return bool(CALL_SIGN.match(token)) and token.split("-")[0].split(".")[0] not in NOT_CALL_SIGNS


def named(part: str) -> bool:
    """A short capitalised name: 'WSFA 12 News', 'Local10.com', 'The Daily X'."""
    tokens = part.split()
    opens = bool(part) and (part[0].isupper() or part[0].isdigit() or bool(DOMAIN.match(part)))
    return 1 <= len(tokens) <= MAX_NAME_WORDS and opens and bool(re.search(r"[A-Za-z]{2}", part)) \
        and tokens[0].lower() not in {"us", "our", "this", "all"}


GLUED_SENTENCE = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]).*$")
"""A sentence run on without its space ('spoke to KXYZ News.Police said ...', a crawl dropping the line breaks): the
name ends at the period ('St.' or 'U.S.' has no lower-case letter before the period and a capital word after)."""
AM_DIAL = re.compile(r"^(?:5[3-9]\d|[6-9]\d\d|1[0-6]\d\d|170\d)\s+(?=[KW][A-Z]{2,3}\b)")
"""An AM radio station's dial position before its call letters ('1010 WXYZ', '1140 KXYZ-AM': 530 to 1709 kHz) is
part of its name, unlike another number of three digits or more before a name (:data:`LEADING`)."""


def trim(name: str) -> str:
    name = GLUED_SENTENCE.sub("", name.strip())
    dial = AM_DIAL.match(name)
    if dial:
        return dial.group(0) + trim(name[dial.end():])
    return TRAILING.sub("", AGE_OR_COUNT.sub("", LEADING.sub("", name)))
