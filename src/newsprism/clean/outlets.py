"""The outlet that published an article, from the most trusted evidence available.

Order of trust (:func:`choose_outlet`): the container's metadata (a JSON ``outlet``, a feed's title, a page's
site name), then the URL's domain in the packaged table (:mod:`newsprism.clean.outlet_table`), then what the
text itself says, strongest first (:func:`text_credits`):

``dateline``  a dateline credit: 'CITY, St. (WXYZ) — ...', '(KXYZ.com) - ...'; an agency there is a credit;
``line``      a line that names the outlet: the title's suffix ('Headline - The Daily X', 'Headline | KXYZ.com:
              Weather, Sports'), a line that is only the name ('The Harbour Gazette', found by the line
              cleaner), a credit line 'The Daily X staff reports', 'Daily X Wire';
``copyright`` '© 2016 WXYZ', 'Copyright 2015 The Daily X. All rights reserved' (:mod:`outlet_copyright`; an
              owning company such as 'Nexstar Broadcasting, Inc.' or 'Cox Media Group' is not the outlet, but
              'KXYZ Broadcasting Corporation' and '..., on behalf of KXYZ-TV' name the station; '(c)' is a
              copyright mark only before a year: '(c) Subsection (a) does not apply' is a legal text's list item);
``email``     a name the text writes that spells a staff address's domain ('the Portvale Eagle' beside
              'jdoe@portvaleeagle.com', :mod:`newsprism.clean.outlet_contacts`);
``promo``     the outlet's own prompts: 'Stay with WXYZ for updates', 'Download the WXYZ 4 News app',
              'premium content from The Daily X', 'see the Oct. 3 edition of The Daily X', 'Via The Daily X',
              'Read the full article here: The Daily X';
``mention``   the outlet named as a party to the reporting: 'told News 2', 'obtained by FOX 8',
              "WXYZ's Jane Doe", 'News 12 has learned', 'reporter for the Daily X', 'when WXYZ went to',
              'The Daily X is not naming', 'Daily X columnist Jane Doe' (the most frequent one); then, weakest,
              a picture credit naming a station or a brand domain: '(Photo: KXYZ 11)', '(kxyz.com)'.

A staff e-mail address ('jdoe@dailyx.com') alone names no outlet: pages quote other papers' reporters. A company
the text says owns the outlet ('a division of KXYZ Radio Inc.', 'is part of KXYZ Television Stations') is never
the outlet (:func:`owner_keys`).
A name keeps its connectors ('The Post and Courier', 'Times of the Isles') unless the words after 'and' are a
media name of their own ('Stay with KXYZ.com and KXYZ 5'); a leading dash or bullet is not part of a name.
Then the bare registrable domain of the URL ('kxyz.com') when nothing better names it; a text name that
spells the unknown domain ('KXYZ 12 News' on kxyz.com) is preferred to it. A wire agency (AP, Reuters, Bay
City News ...) is never the outlet: it is the article's ``credit``. Nothing names the outlet: None.
What a media name looks like (call letters, channel brands, newspaper words) is :mod:`newsprism.clean.outlet_names`;
mentions are read by :mod:`newsprism.clean.outlet_mentions`, prompts by :mod:`newsprism.clean.outlet_promos`,
picture credits by :mod:`newsprism.clean.outlet_photos`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from newsprism.clean import prefilter
from newsprism.clean.dates import CLOCK
from newsprism.clean.metadata import AGENCY_ALTERNATION, CONTRIBUTED, DATE_EXPR, agency, is_name
from newsprism.clean.outlet_bylines import byline_outlet
from newsprism.clean.outlet_contacts import contact_names
from newsprism.clean.outlet_copyright import copyright_names
from newsprism.clean.outlet_cues import (
    cited_elsewhere,
    fuller_name,
    is_cited,
    name_key,
    stamp_site,
    title_names,
    under_byline,
)
from newsprism.clean.outlet_mentions import mention_names, repeated_national, staff_names, told_aside
from newsprism.clean.outlet_names import (
    MAX_NAME_WORDS,
    NAME_RUN,
    OWNER_WORDS,
    call_sign,
    is_owner,
    media_like,
    split_names,
    trim,
)
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlet_promos import promo_names
from newsprism.clean.outlet_table import known_outlet, registrable_domain
from newsprism.typography import DASHES

OutletSource = Literal["metadata", "domain", "dateline", "line", "copyright", "promo", "mention", "email",
                       "bare-domain"]
"""'email': a name the text writes that spells a staff address's domain (:mod:`outlet_contacts`)."""


@dataclass(frozen=True)
class OutletEvidence:
    """A name for the outlet and the kind of evidence that gave it."""

    name: str
    source: OutletSource


@dataclass(frozen=True)
class TextCredits:
    """What the text's credits say: outlet evidence, strongest first, and a wire agency credited."""

    outlets: list[OutletEvidence]
    agency: str | None
    owners: frozenset[str] = frozenset()
    """keys (:func:`outlet_cues.name_key`) of the companies the text says own the outlet: never the outlet"""



DATELINE_CREDIT = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?:[\s,/&]+[A-Z][\w.'’-]*){{0,6}},?\s*(?:[{DASHES}]\s*)?)?\((?P<credit>[^()]{{2,60}})\)\s*"
    rf"(?:(?P<dash>[{DASHES}]+|:)\s*\S|(?=[A-Z“]|$))")
"""'DURHAM, N.C. (WNCN) — Police ...', 'SANDY, Utah (ABC4 Utah)- A ...', '(WXYZ) - Five people ...', 'PORTVALE, Ore. —
(KXYZ) Police ...',
'PORTVALE-(KXYZ.com): A ...', '(CBS/AP) Police ...' (no dash: the next word opens with a capital, or the line
ends: 'Portvale, AL (KXYZ)' standing above the lead)."""

CREDIT_LINE = re.compile(
    rf"^(?:(?:posted\s+|written\s+)?by:?\s+|source:\s*)?(?:the\s+)?(?P<name>{NAME_RUN})\s+"
    rf"(?:staff(?: and wire)?(?: reports?)?|(?:news )?team|wire|news services?|(?:staff )?(?:reporter|correspondent)|"
    rf"(?:and|&) (?:wires?|(?:news )?agencies)(?: reports?)?)$", re.I)
"""A credit line 'The Daily X staff reports', 'Daily X Wire', 'By KXYZ News Team', 'Posted by KXYZ Web Staff',
an international paper's unsigned 'Daily X Staff Reporter', 'Daily X Correspondent',
'KXYZ.com and Wires', an international outlet's 'Source: Portvale TV and news agencies' (the outlet's story with wire
copy in it): the outlet's own staff."""
WIRE_SIGNATURE = re.compile(
    r"^\((?:[Aa]dditional )?[Rr]eporting by [^()]*?[;,]\s*(?:[Ww]riting|[Ee]diting) by [^()]*\)$")
"""A wire story's closing credits: '(Reporting by Jane Roe; Editing by John Doe)', '(Additional reporting by Jane Roe,
Writing by ...; Editing by ...)': wire copy, whose 'told the Daily X' cites other outlets."""
REPORTED_AS: dict[str, OutletSource] = {"dateline": "dateline", "copyright": "copyright", "title": "line",
                                        "credit": "line", "email": "email", "promo": "promo", "mention": "mention",
                                        "photo": "mention", "told": "mention"}
"""Evidence kinds in the order of trust, and the ``outlet_source`` each is reported as (a title suffix and a
credit line are lines naming the outlet; a picture credit is a mention)."""


def text_credits(lines: Iterable[str], outlets: bool = True) -> TextCredits:
    """Outlet evidence in the text's lines, strongest kind first; ``agency``: a wire credited on the way.
    Mentions, picture credits and prompts of a name the text cites as another outlet's reporting are left out
    ('the Daily X reports. ... Read more at the Daily X': an aggregator's page), and mentions and picture credits
    all in wire copy (a dateline crediting an agency and no outlet, or a wire's closing credits,
    :data:`WIRE_SIGNATURE`): the wire quotes other outlets.
    ``outlets`` False: the agency alone, no outlet evidence (read when the container names the outlet)."""
    lines = [" ".join(line.replace("{}", " ").split()) for line in lines if line.strip()]
    found: dict[str, list[str]] = {kind: [] for kind in REPORTED_AS}
    found["title"] = title_names(lines[0]) if lines and outlets else []
    agencies: list[str] = []
    wire_copy = False
    previous = ""
    told: list[str] = []
    national_told: list[str] = []
    for line in lines:
        if outlets:
            found["credit"] += under_byline(previous, line)
        previous = line
        if prefilter.search(CONTRIBUTED, line):  # a credit to others: never the outlet, an agency there is the credit
            head = re.split(CONTRIBUTED.pattern, line, flags=re.I)[0]
            agencies += [wire for wire in [agency(head)] if wire]
            found["mention"] += staff_names(head)
            continue
        outlet, wire = dateline_credit(line)
        found["dateline"] += [outlet] if outlet else []
        agencies += [wire] if wire else []
        signed = "eporting by" in line and bool(WIRE_SIGNATURE.match(line))
        wire_copy = wire_copy or bool(wire and not outlet) or signed
        names, wires = copyright_names(line)
        found["copyright"] += names
        agencies += wires
        if outlets:
            found["credit"] += credit_line_names(line)
            found["promo"] += promo_names(line)
            found["mention"] += mention_names(line, told, national_told)
            found["photo"] += photo_names(line)
    if not outlets:
        return TextCredits([], agencies[0] if agencies else None)
    found["email"] = contact_names(lines)
    cited_keys = cited_elsewhere(lines)
    owners = owner_keys(lines)
    found = {kind: [name for name in names if name_key(name) not in owners] for kind, names in found.items()}
    found["mention"], found["told"] = told_aside(found["mention"] + repeated_national(national_told), told)
    for kind in ("mention", "photo", "told"):
        found[kind] = [] if wire_copy else [name for name in found[kind] if not is_cited(name, cited_keys)]
    found["promo"] = [name for name in found["promo"] if not is_cited(name, cited_keys)]  # 'Read more at the X'
    evidence = [OutletEvidence(_most_named(names) if kind in ("mention", "photo", "told") else names[0],
                               REPORTED_AS[kind])
                for kind, names in found.items() if names]
    return TextCredits(evidence, agencies[0] if agencies else None, owners)


OWNER_CLAUSE = re.compile(
    rf"\b(?:an?\s+(?:division|subsidiary|unit)\s+of|(?:is|are)\s+(?:a\s+)?part\s+of)\s+(?:the\s+)?(?P<owner>{NAME_RUN})")
"""What a page says of its owner: '(©2016 KXYZ Local Media, a division of KXYZ Radio Inc.)', 'KXYZ-TV is part of
KXYZ Television Stations' (the gunviolence pages' only such clauses are these footers; 'owned by' there tells of
guns and houses)."""


def owner_keys(lines: list[str]) -> frozenset[str]:
    """Keys of the companies an owner clause names, owner words dropped ('KXYZ Radio Inc' -> 'kxyz radio')."""
    keys = set()
    for line in lines:
        if " of " in line:
            for match in prefilter.finditer(OWNER_CLAUSE, line):
                tokens = match.group("owner").split()
                while len(tokens) > 1 and tokens[-1].lower().strip(".,") in OWNER_WORDS:
                    tokens.pop()
                keys.add(name_key(" ".join(tokens)))
    return frozenset(keys)


MAX_DATELINE_ALONE = 40
"""Longest line that is a dateline standing above the lead ('Portvale, AL (KXYZ)'); a longer line ending in
brackets is a caption ('... at the scene. (KXYZ)')."""


DATED_PLACE = re.compile(rf"^([A-Z][\w.' ]{{1,40}}?),\s*(?i:{DATE_EXPR.pattern})\s*[/,]?\s*(?:{CLOCK})?\s*"
                         rf"(?=\([^()]+\)\.?\s*[{DASHES}-])")
"""A dateline's date and time between its place and its credit: 'Portvale, Aug 21, 2010 / 04:35 pm (XNA).- ...' (an
international outlet's or wire's dateline, ECB+ dev 34_9ecbplus) reads as 'Portvale (XNA).- ...'."""


def dateline_credit(line: str) -> tuple[str | None, str | None]:
    """(outlet, agency) credited in a dateline: 'DETROIT (WWJ/AP) – ...' -> ('WWJ', 'AP')."""
    if "(" in line and line[:1].isupper():
        line = DATED_PLACE.sub(r"\1 ", line).replace(").-", ") -", 1)
    match = prefilter.match(DATELINE_CREDIT, line)
    if not match:
        return None, None
    outlet = wire = None
    parts = re.split(r"\s*/\s*|\s*,\s*|\s+and\s+", re.sub(r"^via\s+", "", match.group("credit").strip(), flags=re.I))
    pieces = [re.split(PICTURE_CREDIT_DASH, part) for part in parts]
    if any(len(split) > 1 and any(is_name(piece) for piece in split) for split in pieces):
        return None, None  # '(Jane Roe — The Daily X)' opening a line: a picture's credit, read as one
    if not match.group("dash") and not all(agency(part) or media_like(part) for part in parts):
        return None, None  # without a dash only a credit of media names: '(Harris County, TX) ...' is a place
    if match.end() == len(line) and (match.start("credit") < 3 or len(line) > MAX_DATELINE_ALONE):
        return None, None  # a line ending at the brackets is a dateline only as a place and credit standing alone
    for part in parts:
        if agency(part):
            wire = wire or agency(part)
        elif outlet is None and _credit_name(part) and (media_like(part) or re.fullmatch(r"[A-Z]{2,5}\d*", part)):
            outlet = part
    return outlet, wire


PICTURE_CREDIT_DASH = rf"\s+[{DASHES}]+\s+|\s*--\s*"
"""What joins a photographer's name and the paper in a picture's credit: '(Jane Roe — The Daily X)'; a dateline's
brackets hold a station or an agency, never a person's name beside it (the gunviolence pages' picture credits run
into the caption and the lead when the crawl drops the line breaks)."""


def _credit_name(part: str) -> bool:
    """A name in a dateline's brackets, not a date ('Nov. 18, 2015') or a photo note."""
    tokens = part.split()
    return (1 <= len(tokens) <= MAX_NAME_WORDS and part[0].isupper() and not re.search(r"\d{1,2},|\b\d{4}\b", part)
            and tokens[0].lower().rstrip(":") not in {"photo", "file", "video", "update", "updated", "editor's"})


def credit_line_names(line: str) -> list[str]:
    """'The Daily X staff reports' -> ['The Daily X']; an agency's wire is a credit, not the outlet; a stamp line
    closing with the site's domain or a byline naming the writer's outlet (:func:`outlet_cues.stamp_site`,
    :func:`outlet_bylines.byline_outlet`) names it."""
    site = stamp_site(line) or byline_outlet(line)
    if site is not None:
        return site
    line = line.lstrip(" " + DASHES)  # '—Daily X Wire' closing the story
    match = prefilter.match(CREDIT_LINE, line)
    # 'X Web Staff', 'X Staff Reporter'
    name = re.sub(r"\s+(?:web|digital|online|staff)$", "", match.group("name"), flags=re.I) if match else ""
    names = split_names(trim(name)) if match else []  # 'By Jane Doe and KXYZ 7 Staff'
    if "tory by" in line or "nformation provided" in line or "eport by" in line:
        names += [trim(found.group("name")) for found in STORY_CREDIT.finditer(line)]
    return [name for name in names if name and media_like(name) and not agency(name) and not agency(line)]


STORY_CREDIT = re.compile(
    rf"(?:^|\(|[.!?]\s*)(?i:story|report|information)\s+(?:provided\s+)?by\s+(?:the\s+)?(?P<name>{NAME_RUN})"
    rf"(?=\s*[,.)]|$)")
"""A carried story's credit to the station or paper that wrote it: '... in custody yet.(story by KXYZ, Portvale)',
'Information provided by KXYZ.' (a media-shaped name only: 'Story by Jane Roe' is a byline)."""


def _most_named(names: list[str]) -> str:
    """The name mentioned most often (case-insensitive); ties go to the first mentioned."""
    counts = Counter(name.casefold() for name in names)
    best = max(counts.values())
    return next(name for name in names if counts[name.casefold()] == best)


def with_footer(credits: TextCredits, footer: Iterable[str]) -> TextCredits:
    """The text's credits and the copyright lines of a page's footer, which the body extraction left out ('© 2016
    KXYZ' under an HTML page): after the text's datelines, title and copyright lines, before its prompts."""
    names = [name for block in footer for name in copyright_names(" ".join(block.split()))[0]]
    if not names:
        return credits
    at = sum(e.source in ("dateline", "line", "copyright") for e in credits.outlets)
    return TextCredits([*credits.outlets[:at], OutletEvidence(names[0], "copyright"), *credits.outlets[at:]],
                       credits.agency, credits.owners)


def choose_outlet(container: str | None, url: str | None, line_outlet: str | None,
                  credits: TextCredits) -> OutletEvidence | None:
    """The outlet from the most trusted evidence (see the module's docstring); None when nothing names it."""
    if container and container_outlet(container):
        return OutletEvidence(container.strip(), "metadata")
    if url and known_outlet(url):
        return OutletEvidence(known_outlet(url) or "", "domain")
    text = list(credits.outlets)
    line_outlet = _after_writer(trim(line_outlet)) if line_outlet else None
    if line_outlet and _line_name(line_outlet) and name_key(line_outlet) not in credits.owners:
        text.insert(sum(e.source in ("dateline", "copyright", "line") for e in text), _longest(line_outlet, text))
    domain = registrable_domain(url) if url else None
    if domain:
        spelled = next((e for e in text if _spells(e.name, domain)), None)
        return spelled or OutletEvidence(domain, "bare-domain")
    if not text:
        return None
    name = printed_brand(fuller_name(text[0].name, [e.name for e in text]), [e.name for e in text])
    return OutletEvidence(bare_call_letters(name), text[0].source)


PLAIN_STATION_WORDS = frozenset({"tv", "news"})
"""Words that follow a station's call letters without being a brand of their own: 'KXYZ TV', 'KXYZ News' (a title's
site name, a 'By KXYZ News Team' byline) are the station a reader calls 'KXYZ'. Calibrated on the gunviolence dev
pages: 2 labelled pages (batches 12 and 14) were given 'KXYZ News' and 'KXYZ TV' where the labels name the call
letters; every labelled dev page whose label is such a name ('KXYZ TV', 'KXYZ News') also lists the bare call letters;
a channel number or brand word after them ('KXYZ News Channel 3', 'KXYZ Action News 5') keeps the whole name."""


def bare_call_letters(name: str) -> str:
    """'KXYZ TV', 'KXYZ News' -> 'KXYZ' (:data:`PLAIN_STATION_WORDS`); any other name unchanged."""
    tokens = name.split()
    if len(tokens) > 1 and call_sign(tokens[0]) and all(t.lower() in PLAIN_STATION_WORDS for t in tokens[1:]):
        return tokens[0]
    return name


def printed_brand(name: str, others: list[str]) -> str:
    """A station's brand where the text also prints it alone: 'KXYZ-TV News Channel 25' (a title's site name) beside
    'Stay with News Channel 25' -> 'News Channel 25', the name a reader calls the station; else the name."""
    tokens = name.split()
    tail = " ".join(tokens[1:])
    if len(tokens) > 1 and call_sign(tokens[0]) and media_like(tail) \
            and any(name_key(other) == name_key(tail) for other in others):
        return tail
    return name


def container_outlet(container: str | None) -> bool:
    """Whether the container's outlet field names the outlet (an agency there is a credit): then it is the outlet,
    whatever the text says."""
    return bool(container and container.strip() and not agency(container))


def _longest(line_outlet: str, text: list[OutletEvidence]) -> OutletEvidence:
    """The outlet line, or a credit that spells it out further ('WXYZ Action News' -> 'WXYZ Action News 5')."""
    longer = [e.name for e in text if e.name.casefold().startswith(line_outlet.casefold() + " ")]
    return OutletEvidence(min(longer, key=len) if longer else line_outlet, "line")


LINE_NOT_FIRST = frozenset("by with watch top more latest breaking world cable local national news".split())
LINE_NOT_LAST = frozenset("staff team reporter reporters release services week wire".split())


SIGNED_NAME = re.compile(r"(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}),\s+(?P<name>\S.*)")
"""A writer's sign-off line: 'Jane Roe, The Daily X' closing an article (the writer, then the outlet)."""


def _after_writer(line: str) -> str:
    """The outlet of a line naming the writer or the writer's role first ('Jane Roe, The Daily X', 'Staff Reporter |
    The Daily X' -> 'The Daily X'); else the line."""
    signed = SIGNED_NAME.fullmatch(line)
    if signed and is_name(signed.group("who")) and media_like(signed.group("name")):
        return signed.group("name")
    parts = [part.strip() for part in re.split(r"\s*[|·•]\s*", line)]
    if len(parts) == 2 and re.fullmatch(rf"(?:[A-Z]\w+\s+)?{WRITER_ROLE}", parts[0], re.I) and media_like(parts[1]):
        return parts[1]
    return line


WRITER_ROLE = r"(?:reporter|correspondent|writer|editor|desk)"
"""A writer's role standing for the name in an unsigned byline ('Staff Reporter', 'Our Correspondent')."""


def _line_name(line: str) -> bool:
    """A line the line cleaner took for the outlet's name, unless it is a byline, a prompt or a label:
    'By The Associated Press', 'Watch Eyewitness Morning News', 'News Staff', 'World News'."""
    tokens = re.findall(r"[\w'-]+", line.lower())
    return (bool(tokens) and tokens[0] not in LINE_NOT_FIRST and tokens[-1] not in LINE_NOT_LAST
            and not re.search(AGENCY_ALTERNATION, line, re.I) and not is_owner(line) and media_like(line))


def _spells(name: str, domain: str) -> bool:
    """'KXYZ 12 News' or 'KXYZ.com' for kxyz.com: the name's first token spells the domain's first label."""
    head = re.sub(r"\W", "", name.split()[0].lower().removesuffix(".com")) if name.split() else ""
    label = re.sub(r"\W", "", domain.split(".")[0])
    return len(head) >= 3 and (label == head or (label.startswith(head) and len(head) >= 4))
