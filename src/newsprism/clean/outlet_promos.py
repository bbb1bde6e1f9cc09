"""The outlet's own prompts and what only the outlet says of itself: 'Stay with WXYZ for updates', 'Download the WXYZ
4 News app', 'premium content from The Daily X', 'see the Oct. 3 edition of The Daily X', 'Via The Daily X', 'Read
the full article here: The Daily X', 'like KXYZ News on Facebook', 'from the Daily X archives', an obituary
platform's 'Published in The Daily X on July 23, 2015', an edition pointed to ('read Tuesday's Record').

Read by :func:`newsprism.clean.outlets.text_credits` as ``promo`` evidence.
"""

from __future__ import annotations

import re

from newsprism.clean import prefilter
from newsprism.clean.metadata import OUTLET_WORDS, agency, is_name
from newsprism.clean.outlet_cues import site_names
from newsprism.clean.outlet_names import (
    EXTRA_OUTLET_WORDS,
    NAME_RUN,
    call_sign,
    media_like,
    named,
    national,
    shortest_media_name,
    split_names,
    trim,
)
from newsprism.lexicon import MONTH_PREFIX, WEEKDAY_ALTERNATION

PROMO = re.compile(
    rf"(?i:\b(?:stay (?:with|tuned to)|keep (?:checking|it on|watching)|(?:download|get) (?:the|our)(?: free)?|"
    rf"content from|edition of|item from|^via|via (?:its |our )?(?:affiliate|sister station|partner)s?(?: at)?|"
    rf"subscribe(?:r)? to|for more from|preview of|"
    rf"(?:with|in|on) the(?=\s+\S+(?:\s+\S+)?\s+app\b)|check back (?:with|on)|thanks? (?:you )?for reading|"
    rf"(?:news |breaking news )?alerts from(?: the)?|media partner of|^also on|"
    rf"(?:please )?return to|^refresh|^take|^follow|watch (?:it )?live(?: here)? on|read \w+['’]s|listen to|"
    rf"advertise (?:on|with|in)|"
    rf"^(?:\w+\s+)?news from(?: the)?|"
    rf"read (?:more|the (?:full|complete|whole|rest of the) (?:article|story))(?: here| online)?(?: at| on|:)))\s+"
    rf"(?P<name>(?:{NAME_RUN}|[a-z]{{3,}})(?:\s+and\s+(?:{NAME_RUN}))?)")
"""The outlet's own prompts and credits to the station whose story a page carries ('Via KXYZ', 'following coverage
... via affiliate KXYZ': the carried story's station, as a dateline's credit names it)."""


SOCIAL = re.compile(rf"\b(?:[Ll]ike|[Ff]ollow)\s+(?:the\s+)?(?P<name>{NAME_RUN})\s+on (?:Facebook|Twitter|Instagram)\b")
"""'You can also like KXYZ News on Facebook', 'For more, follow KXYZ on Twitter' (:func:`promo_names`; media-shaped
names only: 'follow Jane Roe on Twitter' names a writer; gunviolence dev: the 3 'follow X on' of media names are the
pages' own)."""
APP = re.compile(rf"(?P<name>{NAME_RUN})\s+(?:mobile\s+|news\s+|weather\s+)?apps?\b")
"""'Link: KXYZ mobile app', 'alerts in the KXYZ 12 mobile app': the outlet's own app (a media-shaped name only)."""
LOWER_BRAND_APP = re.compile(r"\b(?:[Dd]ownload|[Gg]et|[Ww]ith) the (?:(?:free|FREE|Free)\s+)?"
                             r"(?P<name>[a-z]+\d{1,2}[a-z]*)\s+(?:mobile\s+|news\s+)?app\b")
"""A station's app by its lower-case brand and channel number: 'Download the kxyz5 app', 'with the FREE portnews5 app'
(a digit is required: 'get the free weather app' names no outlet; gunviolence dev: the one such prompt is the
page's own station's)."""
ARCHIVES = re.compile(
    rf"\b(?:[Ff]rom|[Ii]n|[Aa]ccording to)\s+(?:the\s+)?(?P<name>{NAME_RUN})(?:['’]s?)?\s+archives?\b")
"""'only available from the Daily X archives', 'According to Daily X archives': the outlet's own archives; any
capitalised name."""

PUBLISHED_IN = re.compile(
    rf"\b[Pp]ublished in\s+(?:the\s+)?(?P<name>{NAME_RUN})\s+(?:on|from)\s+(?i:{MONTH_PREFIX})\s*\d")
"""An obituary platform's notice of the paper that printed it: 'Published in The Daily X on July 23, 2015', 'Published
in Portvale Herald-Ledger from Aug. 3 to Aug. 5, 2016' (a media-shaped name and a full date: not a study 'published in
JAMA on Monday')."""

RECEIVE = re.compile(
    r"\b[Ss]ubscribe to receive\s+(?P<name>[A-Z][\w.-]+)\s+(?:messages|alerts|notifications|e-?mails)\b")
"""A news-release platform's own box: 'Subscribe to receive PortAlert messages from Portvale Police' (a media-shaped
name, or one word with a capital inside: 'PortAlert', not 'Amber')."""

SIGN_UP = re.compile(rf"\b[Ss]ign up (?:to|for) (?:the\s+)?(?P<name>{NAME_RUN})\s+(?:[a-z]+\s+){{0,2}}"
                     rf"(?:newsletters?|e-?mails?|alerts|headlines)\b")
"""The outlet's own newsletter box: 'Sign up for KXYZ 2 newsletters', "Sign up to The Daily X's morning email" (a
media-shaped name, the possessive dropped; gunviolence dev: the one such box names the page's own station)."""


EDITION = re.compile(
    rf"\b(?:[Rr]ead|[Ss]ee|[Pp]ick up)\s+(?i:{WEEKDAY_ALTERNATION}|today|tomorrow)['’]s\s+(?:edition of\s+)?(?:the\s+)?"
    rf"(?P<name>[A-Z][\w-]+)(?=(?P<end>[.!]?\s*$)|\s*[.,;!)]|\s+(?:for|to|and)\b)")
"""The printed edition a story points to, by its one-word name: 'For the full story, read Monday's Courier.', 'see
Friday's Sentinel.' (closing the line, any capitalised word; inside it, a newspaper word: 'see Monday's Herald for
the list'); longer names pass :data:`PROMO`'s 'read X's' as media names."""


SIGN_OFF = re.compile(
    r"(?:^|(?<=[.!?\"”])\s+)(?!(?i:for)\s)(?:(?:I['’]m|I'M|I’M)\s+)?(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}),\s+"
    r"(?P<name>[A-Z0-9][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,3})\.(?=\s|$)|"
    r"(?:^|(?<=[.!?\"”])\s+)(?i:for)\s+(?P<for>[A-Z0-9][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,3}),\s+"
    r"(?:I['’]m|I'M|I’M)\s+(?P<signer>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\.?(?=\s|$)")
"""A broadcast reporter's sign-off, a sentence of its own: 'Jane Roe, Channel 4 News.', a caption transcript's 'JANE
ROE, LOCAL 4.', 'For KXYZ News, I'm Jane Roe.' (a person's name and a media-shaped name; gunviolence dev: the one
such sign-off, in capitals, is the page's own station's)."""


def sign_off_names(line: str) -> list[str]:
    """The station a reporter's sign-off names (:data:`SIGN_OFF`)."""
    names = []
    for match in SIGN_OFF.finditer(line):
        who, name = (match.group("who") or match.group("signer")).rstrip("."), match.group("name") or match.group("for")
        if is_name(who.title() if who.isupper() else who) and media_like(name) and not agency(name):
            names.append(name)
    return names


def promo_names(line: str) -> list[str]:
    """Names in the outlet's own prompts ('Stay with WJZ for the latest') and what only the site says of itself
    (:func:`outlet_cues.site_names`); any capitalised name passes."""
    # 'Portvale Online archives' keeps 'Online'
    names = [match.group("name") for match in prefilter.finditer(ARCHIVES, line)
             if named(match.group("name")) and not agency(match.group("name"))]
    if "ublished in" in line:  # cheap: most lines hold neither notice
        names += [match.group("name") for match in PUBLISHED_IN.finditer(line) if named(match.group("name"))
                  and media_like(match.group("name")) and not agency(match.group("name"))]
    if "ign up" in line:  # cheap: most lines hold no newsletter box
        names += [name for match in SIGN_UP.finditer(line) for name in [re.split(r"['’]s$", match.group("name"))[0]]
                  if named(name) and media_like(name) and not agency(name)]
    if "receive" in line:
        names += [match.group("name") for match in RECEIVE.finditer(line)
                  if media_like(match.group("name")) or re.search(r"[a-z][A-Z]", match.group("name"))]
    if "'s " in line or "’s " in line:  # cheap: an edition's weekday is possessive
        names += [match.group("name") for match in EDITION.finditer(line)
                  if match.group("end") is not None or match.group("name").lower() in OUTLET_WORDS | EXTRA_OUTLET_WORDS]
    names += [match.group("name") for match in prefilter.finditer(SOCIAL, line)
              if named(match.group("name")) and media_like(match.group("name")) and not agency(match.group("name"))]
    if " app" in line:  # cheap: most lines name no app
        names += [name for match in APP.finditer(line) for name in [shortest_media_name(trim(match.group("name")))]
                  if named(name) and media_like(name) and not agency(name) and not national(name)]
        names += [match.group("name") for match in LOWER_BRAND_APP.finditer(line)]
    for match in prefilter.finditer(PROMO, line):
        for part in split_names(trim(re.sub(r"^the\s+(?=[\dA-Z])", "", match.group("name")))):  # 'with the Daily X'
            if named(part) and not agency(part) and (media_like(part) or re.match(r"The [A-Z]\w+ [A-Z]", part)):
                names.append(_without_radio(part) if match.group(0)[:6].lower() == "listen" else part)
    if ", " in line:  # cheap: a sign-off has a comma
        names += sign_off_names(line)
    return names + site_names(line)


SITE_RADIO = re.compile(r"(?P<site>.+?)\s+Radio")
"""A site's own radio show or stream in its prompt: 'listen to PortvaleNow Radio here' (:func:`_without_radio`)."""


def _without_radio(name: str) -> str:
    """The site a 'listen to X Radio' prompt names: X, when X is a media name of its own and no station's call letters
    ('KXYZ Radio' is a station of its own: kept whole). Calibrated on the gunviolence dev pages: the 16 'listen to X
    Radio' prompts are all one news site's closing line, whose outlet the labels name without 'Radio'."""
    match = SITE_RADIO.fullmatch(name)
    site = match.group("site") if match else ""
    if site and media_like(site) and not call_sign(site.split()[0]):
        return site
    return name
