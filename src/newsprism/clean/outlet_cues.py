"""Cues about media names in a page's text: the site's name beside the title and in what only the site says of
itself, and names the text cites as someone else's reporting (never the page's outlet). Picture credits, the
weakest evidence, are :mod:`newsprism.clean.outlet_photos`.

Used by :func:`newsprism.clean.outlets.text_credits`. A page cites another outlet the way a reader sees it:
'the Daily X reported', 'according to the Daily X', 'KXYZ, WXYZ's sister station', 'NBC affiliate KXYZ',
'told KXYZ-TV (http://...)' (the wire's link to a member station's story), 'told KXYZ in Portvale' (a station
placed somewhere else). A page in wire copy (a dateline credits an agency and no outlet) quotes other outlets
only: the wire's own name is 'The Associated Press'.
"""

from __future__ import annotations

import re

from newsprism.clean import prefilter
from newsprism.clean.metadata import DATE_EXPR, OUTLET_WORDS, agency
from newsprism.clean.outlet_bylines import ROLE_WORDS
from newsprism.clean.outlet_colons import colons_site
from newsprism.clean.outlet_names import (
    CHANNEL_WORDS,
    CONNECTOR,
    DOMAIN,
    GENERIC_WORDS,
    NAME_RUN,
    call_sign,
    is_owner,
    media_like,
    media_token,
    named,
    national,
    site_brand,
    trim,
)
from newsprism.clean.outlet_table import known_name
from newsprism.lexicon import MONTH_PREFIX, WEEKDAY_ALTERNATION
from newsprism.typography import DASHES

NOT_PLACE = rf"(?:(?i:{MONTH_PREFIX}|(?:{WEEKDAY_ALTERNATION})\b)|(?:The|An?|His|Her|Their|It|Its)\b)"
CITED = re.compile(
    rf"\b(?:[Aa]ccording to|(?:first )?reported by|[Cc]ited by)\s+(?:the\s+)?(?P<according>(?>{NAME_RUN}))"
    rf"(?!['’]?s?\s+(?:own\s+)?(?:archives?|files|records)\b)|"
    rf"(?<![Aa]s )(?<![Aa]s the )\b(?![Aa]s\s)(?:the\s+)?(?P<reported>{NAME_RUN})\s+reported"
    rf"(?=[.,;]|\s+(?:that|on|in|last)\b)|"
    rf"(?P<sister>{NAME_RUN}),?\s+(?:an?\s+|the\s+)?(?:[\w.-]+['’]s?\s+)?(?:sister (?:station|paper)|affiliate|"
    rf"news partner)\b(?!\s+(?:station\s+)?[A-Z])|"
    rf"\b(?:affiliate|sister (?:station|paper))\s+(?P<affiliate>{NAME_RUN})|"
    rf"(?P<linked>{NAME_RUN})\s*\((?:https?://|www\.)|"
    rf",\s+(?:the\s+)?(?P<reports>{NAME_RUN})\s+reports(?=[.,;])|"
    rf"\b(?:TV|television|radio|news) (?:station|outlet|affiliate)\s+(?P<station>{NAME_RUN})|"
    rf"^(?:the\s+)?(?P<partner>{NAME_RUN})\s+contributed\b|^[Ii]nformation from:?\s+(?P<member>{NAME_RUN})|"
    rf"\b(?:told|tells?|to)\s+(?:the\s+)?(?P<placed>{NAME_RUN})\s+in\s+(?!{NOT_PLACE})[A-Z][a-z]")
"""A media name given as someone else's reporting: 'according to the Daily X', 'the Daily X reported.' (not 'as
KXYZ reported', the outlet's own earlier story), ', the Daily X reports.', 'KXYZ, WXYZ's sister station', 'NBC
affiliate KXYZ' (the station named after 'affiliate', not the network before it: 'told CNN affiliate KXYZ-TV' cites
KXYZ on CNN's own page), 'local TV station KXYZ', 'told KXYZ-TV (http://...)', 'told KXYZ in Portvale', a bare 'KXYZ
contributed.' (a partner's help; "KXYZ's Jane Doe contributed" is the outlet's own staff), the wire's
'Information from: The Daily X' (a member paper's story)."""


def cited_elsewhere(lines: list[str]) -> set[str]:
    """Keys (:func:`name_key`) of the media names the text cites as another outlet's reporting."""
    keys: set[str] = set()
    for line in lines:
        for match in prefilter.finditer(CITED, line):
            name = next(group for group in match.groups() if group)
            if named(name):
                keys.add(name_key(name))
    return keys


STATION_SUFFIX = re.compile(r"(?:-(?:tv|dt|fm|am)|\.com)$")
"""What a station's name may carry beyond its call letters ('KXYZ-TV', 'KXYZ.com'): the same station as 'KXYZ'."""


def name_key(name: str) -> str:
    """'The Daily X' -> 'daily x'; 'KXYZ-TV' -> 'kxyz'."""
    key = STATION_SUFFIX.sub("", " ".join(name.casefold().split()))
    return key[4:] if key.startswith("the ") else key


def fuller_name(name: str, others: list[str]) -> str:
    """The name as another credit spells it out: 'the Tribune' ('the Tribune has learned') beside a picture credit
    'Jane Roe, Portvale Tribune' -> 'Portvale Tribune', 'Free Press' -> 'Portvale Free Press' (a short form names
    the paper the page calls so in full); else the name."""
    key = name_key(name)
    fuller = [other for other in others if name_key(other).endswith(" " + key)]
    return fuller[0] if fuller else name


def is_cited(name: str, cited: set[str]) -> bool:
    """The name, or a longer or shorter form of it ('Post-Gazette' for 'Portvale Post-Gazette'), is cited."""
    key = name_key(name)
    return any(key == other or other.endswith(" " + key) or key.endswith(" " + other) for other in cited)


TITLE_SEPARATOR = re.compile(rf"\s+(?:[{DASHES}|:@]|::)\s+")
"""What separates a title from the site's name: 'Headline - The Daily X', 'Headline | KXYZ.com', 'The Daily X :
Headline' (a colon with a space before it: 'Police: ...' opens a headline), 'Headline @ Portvale News'."""
CLAUSE = re.compile(r"\s*[a-z]+\b(?![.-])")
"""A segment opening with a lower-case word is the headline's own clause after a dash, never the site's name (a
domain 'kxyz.com' or a brand 'abc27' opens one)."""
TITLE_DOMAIN = re.compile(r"^(?P<domain>[A-Z][\w-]*\.(?:com|net|org|tv))\s+[A-Z]")
"""A crawl that ran the site's domain into the headline: 'PortvaleOnline.com Officer On Leave After ...'."""


def title_names(line: str) -> list[str]:
    """The site's name after the title, else before it: 'Headline - Longview Daily X' -> ['Longview Daily X'];
    'Headline - KXYZ.com: Quincy News, Weather' -> ['KXYZ.com']; a site blurb ('Youngstown news, ...') is none."""
    segments = TITLE_SEPARATOR.split(line)
    if len(segments) == 1:
        domain = TITLE_DOMAIN.match(line)
        return [domain.group("domain")] if domain else _name_alone(line)
    for segment in segments[1:] + segments[:1]:  # the site's name after, else before
        if CLAUSE.match(segment):
            continue  # 'Headline — but most voters back more patrols, Lumo-Quill poll finds': the headline goes on
        head = _branded_part(segment)
        domain = re.match(r"^[A-Za-z][\w-]*\.(?i:com|net|org|tv)(?=$|-|\s)", head)
        name = domain.group(0) if domain else trim(head)
        if not domain and (_site_blurb(name, segment[len(head):]) or SLOGAN.search(name)):
            continue
        capitalised = all(t[0].isupper() or t[0].isdigit() or re.fullmatch(CONNECTOR, t) for t in name.split())
        if name and (domain or (capitalised and named(name))) \
                and (media_like(name) or _paper_first(name) or known_name(name)) and not agency(name):
            return [name if domain else station_name(site_brand(name))]
    return colons_site(line)


def _paper_first(name: str) -> bool:
    """A site's name after the title opening with a newspaper word: 'Times Portvalian' (its last word is no
    newspaper word, so :func:`media_like` does not take it)."""
    tokens = re.sub(r"^The\s+", "", name).split()
    return 2 <= len(tokens) <= MAX_NAME_TITLE_WORDS and tokens[0].lower() in OUTLET_WORDS - GENERIC_WORDS \
        and tokens[-1].lower() not in PLACE_WORDS


PLACE_WORDS = frozenset("square street avenue road park plaza building center centre".split())
"""A name ending so is a place ('Times Square'), not a paper."""


MAX_NAME_TITLE_WORDS = 4
"""A title line of at most this many words that is a media name ('The Portvale Press', 'KXYZ 12 News') is the
site's name standing as the page's title; a headline has more words or no media shape."""


CREDIT_TAIL = frozenset("wire staff team reports report services".split())
"""A title line ending so is a credit line ('Daily X Wire', 'KXYZ Staff'), read as one by the outlet reader."""


def _name_alone(line: str) -> list[str]:
    """A title that is only the site's name: 'The Portvale Press' -> ['The Portvale Press']; not a headline that
    opens with call-letter-shaped initials ('KPD still investigating shooting': its lower-case words are no name's)."""
    name = trim(line)
    if len(re.findall(r"\w+", name)) != len(re.findall(r"\w+", line)):
        return []
    tokens = name.split()
    capitalised = all(t[0].isupper() or t[0].isdigit() or re.fullmatch(CONNECTOR, t) for t in tokens)
    if 0 < len(tokens) <= MAX_NAME_TITLE_WORDS and capitalised and named(name) \
            and (media_like(name) or known_name(name)) \
            and not agency(name) and not is_owner(name) and tokens[-1].lower() not in CREDIT_TAIL:
        return [station_name(name)]
    return []


def _branded_part(segment: str) -> str:
    """The segment's first part ('Portvale News' of 'Portvale News, Weather'), or a later part with call letters
    or a brand when the first has none ('Portvale News, FOX9-KXYZ TV' -> 'FOX9-KXYZ TV')."""
    parts = re.split(r":\s|,\s|\s+\(", segment)
    if len(parts) > 1 and not _brand(parts[0]):
        return next((part.strip() for part in parts[1:] if _brand(part)), parts[0])
    return parts[0]


def _brand(part: str) -> bool:
    return any(media_token(piece) for token in part.split() for piece in [token, *token.split("-")])


SITE_BLURB = re.compile(r"^\s*(?:,|&|and)\s*(?:Weather|Sports|Traffic)\b", re.I)
SLOGAN = re.compile(r"\w['’]s\s+(?:\w+\s+)*(?:News|Source|Station|Leader|Channel)\b")
"""A site's slogan after the title ('Headline - Northern Portvale's News Leader'): a possessive before the media
word, never a paper's name."""


def _site_blurb(name: str, rest: str) -> bool:
    """'Portvale News, Weather & Sports' after the title: a description of the site, unless the name has call
    letters, a network or a brand in it ('KXYZ News, Weather')."""
    return bool(SITE_BLURB.match(rest)) and not any(media_token(t) for t in name.split())


def station_name(name: str) -> str:
    """A station's name without what a site title adds after it: 'KXYZ Portvale' -> 'KXYZ', 'KXYZ News 12
    Portvale' -> 'KXYZ News 12', 'FOX 8 KXYZ Portvale News' -> 'FOX 8', 'KXYZ-TV 7-News' -> 'KXYZ-TV 7';
    a network's regional name stays ('NBC Portvale'); a paper's name is not a station's ('The Portvale News')."""
    tokens = name.split()
    if not tokens or not media_token(tokens[0]) or DOMAIN.match(tokens[0]):
        return name
    kept = [tokens[0]]
    for token in tokens[1:]:
        if kept[-1].isdigit():
            break
        if re.fullmatch(r"\d+-[A-Za-z]+", token):  # 'KXYZ-TV 7-News': the number ends the name
            kept.append(token.split("-")[0])
            break
        station_word = media_token(token) or token.isdigit() or token.lower() in CHANNEL_WORDS
        if not station_word and (any(call_sign(t) for t in kept) or any(t[-1].isdigit() for t in kept)):
            break
        kept.append(token)
    return " ".join(kept)


STAMP_SITE = re.compile(
    r"\b(?:\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?|(?:19|20)\d\d)\s+(?P<name>[A-Za-z][\w-]*\.(?:com|net|tv))$")
"""A date stamp followed by the site's domain, closing the line: 'Created: 03/12/2015 2:47 PM KXYZ.com'."""


SITE_HEADER = re.compile(r"^(?P<name>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*\|\s*"
                         r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|tv)\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?"
                         + DATE_EXPR.pattern.removeprefix(r"\b"), re.I)
"""A site's header: its name, its domain and the date: 'The Daily X | dailyx.com Wed Jul 17, 2013 8:05 PM'."""


def stamp_site(line: str) -> list[str] | None:
    """['KXYZ.com'] for 'Created: 03/12/2015 2:47 PM KXYZ.com', ['The Daily X'] for a site header 'The Daily X |
    dailyx.com Wed Jul 17, 2013 8:05 PM'; None when the line is no such stamp."""
    header = SITE_HEADER.match(line) if " | " in line[:50] else None
    if header and named(header.group("name")) and header.group("name")[0].isupper():
        return [header.group("name")]
    stamped = STAMP_SITE.search(line) if line.lower().endswith((".com", ".net", ".tv")) else None
    return [stamped.group("name")] if stamped else None


BYLINE_ALONE = re.compile(r"^(?:[Bb]y|BY):?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$")
"""A byline giving the writer's name alone ('By JANE ROE', 'By Jane Roe')."""


def under_byline(previous: str, line: str) -> list[str]:
    """The writer's outlet on the line under a byline that gives the name alone: 'By JANE ROE' above 'THE DAILY X |'
    or 'The Daily X' (a media-shaped name standing alone; a role such as 'Staff Writer' is none)."""
    if not BYLINE_ALONE.match(previous):
        return []
    name = trim(line.strip(" |" + DASHES).split(",")[0])  # 'Portvale News, Washington': the outlet, then a place
    tokens = name.split()
    if ":" in name or not 0 < len(tokens) <= MAX_NAME_TITLE_WORDS or not named(name) or agency(name) or is_owner(name):
        return []
    return [name] if media_like(name) and not {t.lower() for t in tokens} & ROLE_WORDS else []


SITE_DOMAIN = r"(?:www\.)?[A-Za-z][\w-]*\.(?i:com|net|org|tv)\b"
OWN_SITE = re.compile(
    rf"\b(?:[Yy]our|[Oo]ur)\s+(?P<profile>{SITE_DOMAIN})\s+(?:profile|account|membership)\b|"
    rf"\b(?:by|when) using\s+(?P<using>{SITE_DOMAIN})(?=\s+you\b)|"
    rf"\b(?:uploaded|submitted|sent)\s+(?:by|to)\s+(?P<uploaded>{SITE_DOMAIN})(?=\s+(?:u\s?local|users?|members?|"
    rf"readers?|viewers?)\b)|"
    rf"^(?P<policy>[A-Z][\w.&'’-]+(?:\s+[A-Z][\w.&'’-]+){{0,2}})\s+(?:commenting|comment|comments)\s+policy$|"
    rf"^[Rr]ead\s+(?:the\s+)?(?P<more>{NAME_RUN})(?:\s+and\s+{SITE_DOMAIN})?\s+for more\b|"
    rf"^From\s+(?P<wiki>[A-Z][\w-]+), the free encyclopedia$|"
    rf"\b[Ww]atch\s+(?P<watch>{NAME_RUN})\s+on\s+(?:Roku|Apple TV|Amazon Fire|Fire TV|Android TV|Chromecast)\b|"
    rf"\b(?:notifications on|[Ww]henever)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,2}}\s+\|\s+(?P<writer>{NAME_RUN})|"
    rf"^(?:19|20)\d\d\s+(?P<year>(?:{NAME_RUN})(?:\s*/\s*(?:{NAME_RUN}))?)$")
"""What only the site says of itself: 'activate your KXYZ.com profile', 'by using DailyX.com you agree to our
Terms', 'photos uploaded by KXYZ.com u local members', 'DailyX commenting policy', 'Read The Daily X and
dailyx.com for more', a wiki's 'From Portwiki, the free encyclopedia', a footer's copyright line that lost its
mark: '2015 Click2Portvale/KXYZ2' (the year, then the site's names, alone on the line), a writer's follow
widget: 'Get email notifications on Jane Roe | The Daily X daily!', 'Whenever Jane Roe | The Daily X posts', the
station's streaming prompt: 'watch KXYZ 4 on Roku'."""


def site_names(line: str) -> list[str]:
    """Names a line gives the site itself (:data:`OWN_SITE`): a domain, or a capitalised name."""
    if not (". " in line or "olicy" in line or line[:5] in ("Read ", "read ", "From ") or line[:2] in ("19", "20")
            or " using " in line or "our " in line or "ed by " in line or "ed to " in line or " | " in line
            or "atch " in line):
        return []
    names = []
    for match in prefilter.finditer(OWN_SITE, line):
        kind = match.lastgroup or ""
        name = re.split(r"\s*/\s*", trim(match.group(kind)))[0].removeprefix("www.")
        if not named(name) or agency(name) or national(name):
            continue
        if kind in ("more", "year", "writer", "watch") and not media_like(name):
            continue
        names.append(name)
    return names
