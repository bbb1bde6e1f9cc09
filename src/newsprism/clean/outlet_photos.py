"""Picture credits: the stations and papers a page's pictures are credited to, the weakest outlet evidence.

Read by :func:`newsprism.clean.outlets.text_credits` as ``photo`` evidence (reported as a mention): '(Photo: KXYZ
11)', '(kxyz.com)', 'Photo: Jane Roe / The Daily X', '(KXYZ File Photo)', a credit standing alone ('Jane Roe/KXYZ'),
a caption closing with its credit, and a reporter's post signature (:mod:`newsprism.clean.outlet_signatures`).
Pictures are also credited to other outlets, so these rank below every other kind of evidence.
"""

from __future__ import annotations

import re

from newsprism.clean import prefilter
from newsprism.clean.metadata import AGENCY_ALTERNATION, OUTLET_WORDS, agency, is_name
from newsprism.clean.outlet_names import DOMAIN, cited, is_owner, media_like, media_token, named, national, trim
from newsprism.clean.outlet_signatures import handle_names, leading_credit, post_names

PHOTO_CREDIT = re.compile(
    r"\((?:photo|image|video|picture)(?:\s+(?:source|credit|courtesy))?\s*:\s*(?P<name>[^()]{2,40})\)|"
    r"\b(?:photo|image) source\s*:\s*(?P<source>[^()]{2,40}?)\)?$|\((?P<domain>[\w-]+\.(?:com|net|tv))\)|"
    r"\b(?:(?:photo(?:graph)?|picture|image)(?:\s+credit)?|credit):\s*(?P<bare>[^()|:]{2,60}?)"
    r"(?=\s+image \d|\s*$)|"
    r"(?-i:\(\s*(?P<pair>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*(?:[/|,]|--|[–—])\s*[^()]{2,40}?)\s*\))|"

    r"(?-i:\((?P<own>[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3})\s+(?:[Ff]ile\s+)?[Pp]hoto\b[^()]{0,40}\))|"
    r"(?-i:\. ?\((?P<station>[KW][A-Z]{2,3}(?:-TV)?)\)$)|"
    r"(?-i:(?:^|\|\s*)(?P<filed>[A-Z][\w.&'’-]*(?:\s+(?:and\s+)?[A-Z0-9][\w.&'’-]*){0,3})\s+(?:[Ff]ile|[Ss]taff)\s+"
    r"[Pp]hotos?\b)|"
    r"(?-i:(?:\b[A-Z][\w.'’-]+\s*/\s*[Ff]or|^(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s+for)\s+"
    r"(?P<for>(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?:"
    + "|".join(sorted(word.capitalize() for word in OUTLET_WORDS)) + r")\b))", re.I)
"""A picture credit naming a station ('(Photo: KXYZ 11)', '(Photo Source: KXYZ 5)'), a brand domain in
brackets ('(kxyz.com)'), or a paper after the photographer ('Photo: Jane Roe / The Daily X' closing a caption,
'(Jane Roe | The Daily X)', '(Jane Roe -- The Daily X)', 'Jane Roe/for The Daily X', a caption opening with
'Jane Roe for The Daily X' (a person's name: :func:`photo_names` reads it), a caption closing with
'. Jane Roe | The Daily X'), or a station's own picture ('(KXYZ File Photo)',
'(KXYZ Photo / Jane Roe)', 'KXYZ file photo' or 'Daily X staff photos' opening a caption or after its bar
('... | Daily X file photo'), call letters in brackets closing a caption ('... on Friday. (KXYZ)')): the weakest
evidence, since pictures are also credited
to other outlets."""


CREDIT_PARTS = r"\s*(?:/|,|\||[–—―]|--)\s*|\s*-\s+|\s+-\s*"
"""What separates a picture credit's parts: 'Jane Roe / The Daily X', 'Jane Roe -- The Daily X', 'KXYZ- Jane Roe'."""
TAIL_CREDIT = re.compile(r"[.|]\s+(?P<tail>[A-Z][a-z]+(?:\s+[A-Z][\w.'’]*){1,2}\s*(?:[/|]|-(?=The\s))\s*"
                         r"(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\.?$")
"""A caption closing with its credit: '... on Friday. Jane Roe | The Daily X', '... on Friday. Jane Roe-The Daily
X.' (tried only on a line with a bar, a spaced slash or '-The ': the regular expression would otherwise run on
every line)."""
CAPTION_CREDIT = re.compile(r"\b(?:View Full|Hide|Show)?\s*[Cc]aption\s*\+?\s+(?P<credit>[^()+]{2,60}?)\s*$")
"""A caption's credit after the page's caption button, closing the line: '... View Full Caption DNAinfo/Jane Roe',
'Caption + Jane Roe, The Daily X' (the outlet, then or after the photographer's name)."""
NOT_PICTURE_OUTLET = frozenset("facebook twitter instagram youtube getty shutterstock istock file staff photo "
                               "courtesy handout police family".split())
"""Sources a picture is credited to that are no outlet ('Facebook/Jane Roe')."""
PHOTO_WORD = re.compile(r"\s+(?:[Ff]ile(?:\s+[Pp]hotos?)?|[Pp]hotos?)$")
"""'KXYZ File Photo' names KXYZ."""
BARE_INITIAL = re.compile(r"(?<=\s)([A-Z])(?=\s)")
"""A middle initial a picture credit writes without its dot ('Jane Q Roe, USA TODAY'): still a person's name."""
COURTESY = re.compile(r"\b(?:courtesy|provided|submitted|handout)\b", re.I)
"""'(Photo: Courtesy portvale.net)': a picture someone gave the outlet, not the outlet's own."""
WIRE_PHOTO = re.compile(rf"\b(?:{AGENCY_ALTERNATION}|Getty|EPA)\b(?:\s+(?:Photo|Images))?", re.I)


LONE_CREDIT = re.compile(r"^(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]*){1,2})\s*[/|]\s*"
                         r"(?P<what>[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3})\s*$")
"""A picture's credit standing alone on its line: 'Jane Roe/KXYZ', 'Jane Roe | 12News' (the photographer, then a
media-shaped name: on the gunviolence dev pages 9 such lines, 7 on the outlet's own site, one a wire's picture, one
'Copyright Associated Press / NBC 6 ...' whose station is the site's)."""
LONE_OWN_CREDIT = re.compile(r"^(?P<what>(?:The\s+)?[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3})\s*/\s*"
                             r"(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]*){1,2})\s*$")
"""The same credit with the outlet first, standing alone: 'KXYZ / Jane Roe', 'The Daily X/Jane Roe' (a byline or a
picture credit: the outlet, a slash, then a person's name, as the outlet's own bracketed credits write it, '(KXYZ
Photo/Jane Roe)', '(Photo: The Daily X / Jane Roe)'). On the gunviolence dev pages (2,116 texts) that order stands
alone on no line; in brackets it names the page's own outlet on every one of its 6 pages (:data:`PHOTO_CREDIT`
reads those)."""
GLUED_PAPER_CREDIT = re.compile(
    r"(?:^|[.!?”\"]\s+)(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]*){1,2})/"
    r"(?P<run>(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})")
"""A picture credit run into its caption with an unspaced slash: 'Jane Roe/The Daily X Police inspect the car ...',
opening a line or a sentence (the photographer, then the paper: its last word a newspaper word, :func:`_glued_paper`).
Calibrated on the gunviolence dev pages: 2 pages (one paper's, 3 credits) name their own paper only so; the 'Jane
Roe/for The Daily X' form is :data:`PHOTO_CREDIT`'s; the other unspaced 'X/Y Caption' runs there name a wire's
picture ('Jane Roe/Getty Images'), a place ('Broadway/Pike') or no paper."""
MAX_LONE_CREDIT = 60
PAPER_CLOSING = re.compile(r"[.!?]\s+\((?P<paper>(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][a-z]+)\)$")
"""A caption closing with a paper's name alone in brackets: '... outside the building. (The Daily X)' (a video's or a
picture's credit to the page's own paper; :func:`_paper_closing`). Calibrated on the gunviolence dev pages: of the
line-closing bracketed names that follow a sentence, the 3 papers ('(The X Post)', '(X Daily News)') are the pages'
own; channel brands there ('(FOX10 News)', '(NBC4)') credit other outlets' pictures and are left out, call letters
are :data:`PHOTO_CREDIT`'s."""
NOT_PAPER_WORDS = frozenset("radio tv television broadcasting network wire report".split())
"""Media words that name no paper: a channel's or a wire's picture ('(Portvale Wire)') credits another outlet."""
LABELLED_PAIR = re.compile(r"\b[Cc]redit:\s*(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*/\s*"
                           r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)")
"""A labelled picture credit with the outlet before its photographer: 'Photo Credit: The Daily X / Jane Roe', also when
the crawl runs the next caption on after the name ('Credit: Harbourday / Jane Roe Divers search ...'). One
capitalised word passes there (a paper's one-word nameplate): the label says it is a credit. Calibrated on the
gunviolence dev pages: the 2 such credits (one page) name the page's own paper; the 4 other 'Credit: X / Y' put the
photographer first (a wire's, a sister paper's picture) and are left to :data:`PHOTO_CREDIT`."""


def photo_names(line: str) -> list[str]:
    """Stations and brand domains a picture credit names: '(Photo: KXYZ 11)' -> ['KXYZ 11']; a reporter's post
    signature (:func:`post_names`)."""
    names = post_names(line) + handle_names(line) if "@" in line else []
    names += leading_credit(line) if "|" in line[:40] else []
    lone = LONE_CREDIT.match(line) if len(line) <= MAX_LONE_CREDIT and ("/" in line or "|" in line) else None
    if lone and is_name(lone.group("who")) and cited(lone.group("what")) and not is_owner(lone.group("what")):
        names.append(lone.group("what"))
    own = LONE_OWN_CREDIT.match(line) if len(line) <= MAX_LONE_CREDIT and "/" in line and not names else None
    if own and is_name(own.group("who")) and cited(own.group("what")) and not is_owner(own.group("what")) \
            and not WIRE_PHOTO.search(own.group("what")):
        names.append(own.group("what"))
    names += _glued_paper(line) if "/" in line else []
    tail = TAIL_CREDIT.search(line) if "|" in line or " / " in line or "-The " in line else None
    caption = CAPTION_CREDIT.search(line) if "aption" in line else None
    names += _paper_closing(line) if line.endswith(")") else []
    credits = [credit for match in prefilter.finditer(PHOTO_CREDIT, line) for credit in [_credit_of(match)] if credit]
    for credit in credits + ([tail.group("tail")] if tail else []) + ([caption.group("credit")] if caption else []):
        if WIRE_PHOTO.search(credit) or COURTESY.search(credit):  # another paper's picture via a wire, a handout
            continue
        credit = re.sub(r"(?<=[a-z])-(?=The\s)", " - ", credit)  # 'Jane Roe-The Daily X'
        parts = [PHOTO_WORD.sub("", trim(part)) for part in re.split(CREDIT_PARTS, credit) if part.strip()]
        # 'Jane Roe / The Daily X', 'Jane Roe, The Daily X': the media part; 'Jane Roe' alone names no outlet
        name = next((part for part in parts if media_like(part)), parts[-1] if len(parts) == 1 else "")
        # a national outlet beside its own photographer: 'Jane Roe, USA TODAY' (alone it is any page's wire picture)
        staff = bool(name) and national(name) and any(is_name(BARE_INITIAL.sub(r"\1.", part))
                                                      for part in parts if part != name)
        if (cited(name) or staff) and named(name) and not is_owner(name) and (
                _media_domain(name) if DOMAIN.match(name) else True):
            names.append(name)
        elif not name:
            names += _beside_photographer(parts)
    return names or (_labelled_pair(line) if "redit:" in line else [])


def _credit_of(match: re.Match[str]) -> str:
    """The credit a :data:`PHOTO_CREDIT` match gives; a caption opening 'X for The Daily X' gives the paper only when
    X is a person's name and the caption's own words start after it ('Jane Roe for The Daily X Police inspect ...',
    not 'Memorial Service for Daily X reporter ...')."""
    if match.group("who"):
        caption = re.match(r"\s*$|\s+[A-Z]", match.string[match.end("for"):])
        return match.group("for") if is_name(match.group("who")) and caption else ""
    return next(group for group in match.groups() if group)


def _beside_photographer(parts: list[str]) -> list[str]:
    """In a two-part picture credit whose other part is a person's name, the part that is a publication's:
    'The Gleaner' of 'Jane Roe / The Gleaner' (a capital 'The'), 'PortInfo' of 'PortInfo/Jane Roe' (one word
    shaped as a brand, not a plain word: 'Jane Roe | Portvale' names a place)."""
    if len(parts) != 2:
        return []
    for own, other in (parts, parts[::-1]):
        one_word = bool(re.fullmatch(r"[A-Z][\w.&'’-]{2,}", own)) and (
            not re.fullmatch(r"[A-Z][a-z]+", own) or own.lower() in PAPER_SHORT_NAMES)
        if (ARTICLED_NAME.fullmatch(own) or one_word) and is_name(other) and not agency(own) and not national(own) \
                and own.removeprefix("The ").lower() not in NOT_PICTURE_OUTLET:
            return [own]
    return []


PAPER_SHORT_NAMES = frozenset("herald times post journal tribune gazette telegraph courier chronicle examiner dispatch "
                               "sentinel inquirer register bee blade ledger courant statesman".split())
"""A paper's nameplate word that stands for the paper beside its photographer ('Jane Roe — Register', 'Jane Roe /
Courant'), as the paper's own pages write it; words that also name a person's role or a section ('Reporter',
'Citizen', 'News', 'Star') are left out."""


ARTICLED_NAME = re.compile(r"The [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
"""A publication's name with a capital 'The' ('The Gleaner')."""


def _media_domain(domain: str) -> bool:
    """A domain spelled like a station's or a paper's: 'kxyz.com', 'abc3340.com', 'dailyxnews.com'; not a
    site a picture was taken from ('(eventsite.com)')."""
    label = domain.lower().split(".")[0]
    station = re.fullmatch(r"[kw][a-z]{2,3}\d*(?:tv)?|(?:abc|nbc|cbs|fox|cw|news)\d*\w*", label)
    return bool(station) or any(len(word) >= 4 and word in label for word in OUTLET_WORDS)


def _paper_closing(line: str) -> list[str]:
    """The paper a caption closes with in brackets (:data:`PAPER_CLOSING`): its last word a newspaper word, no
    station's call letters, network or channel number in it; a national paper too (its own pages' captions)."""
    match = PAPER_CLOSING.search(line)
    if not match:
        return []
    paper = match.group("paper")
    tokens = paper.split()
    last = tokens[-1].lower()
    if last not in OUTLET_WORDS or last in NOT_PAPER_WORDS or agency(paper) or any(media_token(t) for t in tokens):
        return []
    return [paper]


def _glued_paper(line: str) -> list[str]:
    """The papers of :data:`GLUED_PAPER_CREDIT` credits: a person's name before the slash, a newspaper word closing the
    name after it, no wire, owner or national outlet."""
    names = []
    for match in GLUED_PAPER_CREDIT.finditer(line):
        tokens = match.group("run").split()
        # the paper's name ends at its last newspaper word: the caption's own words follow ('... News Two men ...')
        ends = [i for i, token in enumerate(tokens) if token.lower() in OUTLET_WORDS - NOT_PAPER_WORDS]
        paper = " ".join(tokens[:ends[-1] + 1]) if ends else ""
        if paper and is_name(match.group("who")) and cited(paper) and not WIRE_PHOTO.search(paper) \
                and not is_owner(paper):
            names.append(paper)
    return names


def _labelled_pair(line: str) -> list[str]:
    """The outlet of a labelled 'Credit: The Daily X / Jane Roe' (:data:`LABELLED_PAIR`)."""
    names = []
    for match in LABELLED_PAIR.finditer(line):
        name, who = match.group("name"), match.group("who")
        one_word = bool(re.fullmatch(r"[A-Z][\w.&'’-]{2,}", name))
        if (media_like(name) or one_word) and is_name(who) and not agency(name) and not WIRE_PHOTO.search(name) \
                and not is_owner(name) and name.removeprefix("The ").lower() not in NOT_PICTURE_OUTLET:
            names.append(name)
    return names
