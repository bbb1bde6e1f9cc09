"""What a page's text says of the outlets that took part in its reporting: 'told News 2', 'obtained by the Daily
X', "KXYZ's Jane Doe", 'News 12 has learned', 'reporter for the Daily X', 'The Daily X is not naming', 'Daily X
columnist Jane Doe', and the outlet's own staff credited for help ("KXYZ's Jane Doe contributed").

Read by :func:`newsprism.clean.outlets.text_credits` as ``mention`` evidence: only media-shaped names, a national
outlet only in what it says of itself ('CNN has learned'); a name told something once and mentioned no other way
ranks below the page's picture credits (:func:`told_aside`).
"""

from __future__ import annotations

import re
from collections import Counter

from newsprism.clean import prefilter
from newsprism.clean.metadata import OUTLET_WORDS, agency
from newsprism.clean.outlet_names import (
    BARE_NETWORKS,
    EXTRA_OUTLET_WORDS,
    NAME_RUN,
    WIDELY_CITED,
    cited,
    media_like,
    named,
    national,
    shortest_media_name,
    split_names,
    trim,
)
from newsprism.clean.outlet_table import known_name

OWN_LIVE_PAGE = r"live[- ]?(?:blog|coverage|updates)\b"
"""A possessive outlet's running coverage: "check The Daily X's live blog", "KXYZ's live coverage": a page points to
its own outlet's live page (gunviolence dev: the one such pointer, on a paper's site, names that paper; no dev page
points so to another outlet's)."""
STAFF_ROLE = r"(?:reporter|columnist|photographer|photojournalist|anchor|meteorologist|correspondent|editor|writer)"
MENTION_BEFORE = re.compile(
    rf"\b(?:told|tells?|telling|obtained by|released to|provided to|reached by|contacted by|"
    rf"(?:OBTAINED BY|TOLD)(?=\s+(?:[Tt]he\s+)?[A-Z][a-z])|"
    rf"(?:spoke|speak|speaks|speaking|talk|talks|talked|talking|comment|commenting)(?: exclusively)?(?: on camera)? "
    rf"(?:with|to)|exclusively (?:[a-z]+ )?to|"
    rf"calls? from|confirm(?:s|ed)? to|explain(?:s|ed)? to|sa(?:y|ys|id|ying)(?: more| much| anything)? to|"
    rf"interview with|statement (?:sent |released |given )?to|(?:release|e-?mail|message|letter) sent to|showed|"
    rf"requests? (?:by|from)|"
    rf"{STAFF_ROLE} (?:for|with)|reports? for|reporting for|reported for)\s+(?:the\s+)?(?P<name>{NAME_RUN})")
"""'told News 2', 'obtained by the Daily X', 'declined to say more to the Daily X', 'in an interview with KXYZ', 'in a
statement to the Daily X', 'spoke exclusively to KXYZ', 'has exclusively revealed to the Daily X' (on the gunviolence
dev pages the 3 'exclusively ... to' names are all the page's own), 'showed KXYZ a bullet hole', 'in a message sent to
KXYZ' (2 of 2 there the page's own); a lead's opening words in capitals ('DOCUMENTS OBTAINED BY The Daily X', not a
transcript's 'TOLD NEWS 4 ...')."""
MENTION_ROLE = re.compile(
    rf"\b(?:[Ii]s|[Ww]as|[Aa]s|[Ww]hen|[Aa]nd|told|tells?|to)\s+(?:an?|the)\s+(?P<name>{NAME_RUN})\s+(?:[a-z]+\s+){{0,2}}"
    rf"{STAFF_ROLE}s?\b")
"""'Jane Doe is a Daily X staff writer.', 'when a Telegraph reporter stopped by', 'is the Daily X public safety
reporter', 'told a Daily X reporter': the outlet's own staff."""
MENTION_TAIL = (
    rf"(?:['’]s?\s+(?:[A-Z][a-z]+\s+[A-Z]|reporters?\b|crews?\b|cameras?\b|attempts?\b|"
    rf"team\b|investigation\b|calls?\b|sister (?:station|paper|publication)s?\b|{OWN_LIVE_PAGE})|"
    rf"\s+(?:has |have )?(?:learned|obtained|received|confirmed)\b|\s+understands\s+(?=that\b)|"
    rf"\s+(?:went to|reached out|tried to (?:reach|contact)|is (?:not )?(?:publishing|naming|identifying)|is learning|"
    rf"has decided not to (?:name|identify|publish)|will provide (?:updates|more)|could not (?:verify|confirm)|"
    rf"spoke (?:to|with)|will (?:keep you|update|have (?:updates|more)|continue to (?:update|follow|bring)|bring you|"
    rf"deliver)|can (?:confirm|report)|is told|has not (?:seen|verified|independently)|could not independently|"
    rf"(?:crews?|cameras?) (?:observed|saw|found|arrived|captured|were|was)|"
    rf"(?:analysis|investigation|review|survey)(?=[^.]{{0,40}}\b(?:of|found|finds|shows?|showed)\b)|"
    rf"(?:does|did) not (?:publish|name|identify)|(?:Investigators|Investigates|I-Team)|"
    rf"encourages (?:you|viewers|readers|anyone|everyone)|(?:plans|will|is going) to (?:live[- ]?)?stream|"
    rf"will (?:live[- ]?)?stream|is (?:live[- ]?)?streaming|"
    rf"(?i:is (?:covering|following)(?= (?:breaking|this|the (?:story|latest)|coverage|developing)))|"
    rf"continues to (?:follow|cover|monitor)|is working to (?:learn|find out|get|bring|confirm|gather)|"
    rf"has (?:a crew|crews|a reporter|reporters) (?:at|on|en route|headed)|is (?:at|on) the scene)\b|"
    rf"\s+(?:staff\s+)?{STAFF_ROLE}\s+[A-Z])")
MENTION_AFTER = re.compile(rf"(?P<name>{NAME_RUN}){MENTION_TAIL}")
FIRST_PARTY = re.compile(r"\s+(?:(?:has|have) (?:learned|obtained)|can (?:confirm|report)|is told|has not (?:seen|"
                         r"verified|independently)|could not independently|understands that)\b")
"""What only the outlet says of itself ('CNN has learned', 'Fox News can confirm', 'NBC News has not seen the
cable', the British 'The Daily X understands that'): a national outlet named so is the page's own, though other
pages cite it ('told CNN')."""
ARTICLED = re.compile(r"The [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
"""'told The Portvalian': a name written with a capital 'The' mid-sentence is a publication's, media words or not."""
MENTION_CUE = re.compile(MENTION_TAIL)
"""What follows a name :data:`MENTION_AFTER` reads ('’s reporters', ' has learned'): a line without it holds no
such mention, and this search is far cheaper than trying a name run at every capital."""


def staff_names(credit: str) -> list[str]:
    """The outlet's own staff credited for help: "KXYZ's Jane Doe", 'Daily X staff writer Jane Doe' (before
    'contributed to this report'); 'Jane Doe of the Daily X' or a bare 'KXYZ' is another outlet's help."""
    return [shortest_media_name(trim(match.group("name"))) for match in MENTION_AFTER.finditer(credit)
            if re.match(r"['’]s?\s+[A-Z]|\s+(?:staff\s+)?" + STAFF_ROLE, credit[match.end("name"):])
            and _paper_or_cited(shortest_media_name(trim(match.group("name"))))]


def _paper_or_cited(name: str) -> bool:
    """A media name, or a paper's short name ('Courant staff writer Jane Doe')."""
    return cited(name) or (name.lower() in OUTLET_WORDS | EXTRA_OUTLET_WORDS and named(name))


def mention_names(line: str, told: list[str] | None = None, national_told: list[str] | None = None) -> list[str]:
    """Media names the text cites as a party to the reporting ('told News 2'): only media-shaped names. ``told``
    collects those named after a verb of telling or obtaining ('told X', 'obtained by X'), which another outlet's
    page writes too; ``national_told`` the national outlets named so and left out (:func:`repeated_national`)."""
    names = []
    for pattern in (MENTION_BEFORE, MENTION_AFTER, MENTION_ROLE):
        if pattern is MENTION_AFTER and not MENTION_CUE.search(line):
            continue
        for match in prefilter.finditer(pattern, line):
            name = re.split(r"['’]s\b", match.group("name"))[0]  # 'told Fox Business's Jane Doe' -> 'Fox Business'
            for part in split_names(_without_count(trim(name), line[match.end("name"):])):
                found = _mentioned(shortest_media_name(part), pattern, line, match)
                names += found
                if told is not None and pattern is MENTION_BEFORE:
                    told += found
                if national_told is not None and not found and pattern is MENTION_BEFORE and national(part) \
                        and not re.search(r"['’]", match.group("name")) \
                        and not NOT_SCOOP_AFTER.match(line, match.end("name")):  # not 'told CNN's Jane Doe'
                    national_told.append(shortest_media_name(part))
    return names


REPEATED_NATIONAL = 3
"""A national outlet told something this many times ('officials told CNN.', 'Luton told CNN.', 'a source told CNN by
phone') is the page's own: a page relaying another outlet's reporting cites it once or twice. Calibrated on the
gunviolence dev pages (2,781) and the AllSides dev articles (961): the one page naming a national outlet so 3 times
or more (5 times) is that network's own; the 2 naming one twice cite another outlet (a local station's two pages
relaying its network's story). A possessive ('told CNN's Jane Doe') is how other pages cite a network's show: not
counted."""


def repeated_national(national_told: list[str]) -> list[str]:
    """The national outlets told something at least :data:`REPEATED_NATIONAL` times, most told first."""
    counts = Counter(name.casefold() for name in national_told)
    return [name for name in dict.fromkeys(national_told) if counts[name.casefold()] >= REPEATED_NATIONAL]


FORMAL_STATION = re.compile(r"[KW][A-Z]{2,3}-TV")
"""A station's call letters with their '-TV' ('told WXYZ-TV'): how another outlet's page cites a station; the station's
own page says 'told WXYZ', 'told Channel 7' or 'told 7 News'. Calibrated on the gunviolence dev pages: of the 126
whose outlet came from a name told something once, the 5 such names (after 'told', 'later told', 'he told ... (Channel
4)') all named another outlet's station (a Chicago station on a New York paper's page, an Atlanta one on a county
weekly's, a fire-news blog's source), none the page's own; of the 121 other names about 107 were the page's own and 14
another outlet's, papers and stations under the plain names the outlets' own pages use too."""


def told_aside(mentions: list[str], told: list[str]) -> tuple[list[str], list[str]]:
    """(mentions, names told something once and never otherwise mentioned): 'told KQRS' once is also how another
    outlet's page cites a station or a paper, so such a name ranks below the page's own picture credits ('(Photo:
    Jane Roe, The Daily X)'); a station told something once under its formal name (:data:`FORMAL_STATION`) is
    another outlet's, left out."""
    once = {name.casefold() for name in told if sum(m.casefold() == name.casefold() for m in mentions) == 1}
    return ([name for name in mentions if name.casefold() not in once],
            [name for name in mentions if name.casefold() in once and not FORMAL_STATION.fullmatch(name)])


def _mentioned(name: str, pattern: re.Pattern[str], line: str, match: re.Match[str]) -> list[str]:
    """The name a mention gives, when it is an outlet's: media-shaped, or a national outlet in what only the outlet
    says of itself, or a publication's name with a capital 'The' after 'told'."""
    if cited(name):
        return [name]
    paper = pattern is MENTION_ROLE and name.lower() in OUTLET_WORDS | EXTRA_OUTLET_WORDS
    own = pattern is MENTION_AFTER and media_like(name) and not agency(name) and FIRST_PARTY.match(
        line, match.end("name"))
    articled = pattern is MENTION_BEFORE and bool(ARTICLED.fullmatch(name)) and not agency(name) and not national(name)
    return [name] if (paper and named(name)) or own or articled or _scoop(name, pattern, line, match) else []


SCOOP_CUE = re.compile(
    r"(?:\b(?:[Ss]ources?|[Oo]fficials?)\s+(?:have told|has told|tell|tells)|"
    r"\b(?:tells|tell)|\bconfirmed to|\b(?:statement|release|email|e-mail) (?:sent |given |emailed )?to)"
    r"\s+(?:the\s+)?$")
"""How a national outlet's own page credits its reporting: 'two sources have told X', 'officials tell X', 'a
source familiar with the plan tells X', 'confirmed to X', 'in a statement to X', 'a press release sent to X'. A
plain 'sources told X' is also how a local page relays a national scoop (tests/clean/test_outlets_pages.py), and
another outlet's page cites a national one for what a named person told its show or host ('Jane Roe told X's Jane
Doe', 'told X on Monday'): these cues leave both out. Calibrated on the AllSides dev articles (961, national
outlets' own pages): the cues name the page's own outlet in 8 articles and another outlet in none (a wire is a
credit, never the outlet; a first try that let a name stand between 'aide' and 'told' named another outlet once);
a named person's 'told X' names the page's own outlet in 9 and another in 14, 'obtained by' and 'reviewed by'
another outlet in 3 of 4."""
NOT_SCOOP_AFTER = re.compile(r"\s*(?:['’]|affiliate\b|\s+[\"“])")
"""After the name: a possessive ('X's Jane Doe', "X' 'The Show'"), 'affiliate' or a show's quoted title."""


def _scoop(name: str, pattern: re.Pattern[str], line: str, match: re.Match[str]) -> bool:
    """A national outlet or one of the domain table's named in a scoop's credit (:data:`SCOOP_CUE`)."""
    national_name = re.sub(r"^the ", "", name.casefold()) in WIDELY_CITED | BARE_NETWORKS
    if pattern is not MENTION_BEFORE or agency(name) or not (national_name or known_name(name)) \
            or not re.sub(r"^the\s+", "", match.group("name"), flags=re.I).startswith(name):
        return False  # 'tells Jane Roe X ...': the name must follow the cue
    return bool(SCOOP_CUE.search(line, max(0, match.start("name") - 120), match.start("name"))) \
        and not NOT_SCOOP_AFTER.match(line, match.end("name"))


COUNTED = frozenset("shots rounds bullets casings people persons victims men women children kids teens officers "
                    "deputies times percent homes houses cars vehicles years months weeks days hours minutes".split())
"""Nouns a number counts ('80 shots were fired'): after a media name's closing number they make it a count."""


def _without_count(name: str, after: str) -> str:
    """'Eyewitness News 80' in 'told Eyewitness News 80 shots were fired': a closing number before a counted
    noun is a count, not the channel's ('told News 2 the man ...', 'obtained by FOX 12 names ...' keep it)."""
    head, _, number = name.rpartition(" ")
    following = re.match(r"\s*([a-z]+)", after)
    if head and number.isdigit() and following and following.group(1) in COUNTED and media_like(head):
        return head
    return name
