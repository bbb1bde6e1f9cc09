"""The publication date the text states near its top, from a few named line shapes.

"Near the top" (:func:`top_lines`): the lines up to the first paragraph of prose (the lead), or the first
:data:`TOP_LINES` lines of a text without one. Shapes, tried on each top line in order (:data:`SHAPES`):

``date-line``  a line that is a date and little else: 'December 30, 2014 11:50 AM', 'Updated: Apr 27, 2016 -
               1:23 PM', 'Published: Monday, 03/07/2016 - Updated: 3 weeks ago' (:func:`metadata.date_line`);
``labelled``   a date after a publication label anywhere in a short line: 'by: Jane Doe Updated: Oct 23, 2016',
               'Headline Posted: Thursday, October 9, 2014 6:40 PM EST Updated: ...', 'Created: 11/25/2015',
               'from www.example.com - Posted 01/31/15' (a two-digit year only after a label);
               'Published'/'Posted'/'Created' win over 'Updated' in one line;
``release``    a release's header run into one line: 'Subject: ... Date: 04-22-2016 03:14:09 From: ...'
               (a 'Date:' row beside a release's 'Case:' or 'Prosecutor:' rows is a date line, no fact box);
``byline``     a byline with a date after a bar: 'By Jane Doe in News | August 2, 2016 at 10:41AM';
``title``      the title line ending in a date: 'Blotter, Dec. 19, 2016';
``dateline``   a dateline's bracketed date opening the lead: '(10/31/16) - Two children ...',
               'LUMO COUNTY, Ore. (Feb. 9, 2015)— A boy ...';
``update``     an entry's update stamp: 'UPDATE March 5, 2016: ...', '2:45 p.m. April 6, 2016 UPDATE:', 'UPDATE
               (8:15 p.m. 3/12/17)'; when the top holds one, the update entries below it count too (the earliest
               stamp wins: the story's first run);
``lead-date``  a lead opening with its date and a dash: 'June 17, 2013 - Police are investigating ...' (not
               when two lines open so: that is a timeline);
``stamp-end``  a short line, not a sentence, ending in a date and a time: 'Two Hurt In Shooting May 11, 2013
               1:28 PM', 'The Daily X | dailyx.example Wed Jul 17, 2013 8:05 PM'.

A label may stand before a clock time and the date ('Posted 3:57 AM, May 26, 2015', 'Updated at 5:48 pm,
November 21st, 2016') or a poster's name ('Posted by Jane Doe on 05 Jan 2016'). A 'Label: value' line next to
a headline after a colon ('Police: Man held') or a dateline ('CITY - Police said') is no fact box: a fact box's
values are short (:data:`newsprism.clean.fact_boxes.FACT_VALUE_WORDS`).

Never: a video's '(Published Monday, June 8, 2016)', an embedded post's '— Name (@handle) July 8, 2016', a
reader's comment stamp 'jane_roe Mar 9, 2014 8:41 PM', a fact box's row ('Date – February 19th, 2016' between
'Type – Shooting' rows), a caption, a sentence that merely names a date ('marking three weeks since the March 1,
2016 shooting'), or anything below the top (save the update entries of a story whose top holds one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.clean.fact_boxes import fact_row
from newsprism.clean.lines import ends_sentence, words
from newsprism.clean.metadata import DATE_EXPR, DAY_FIRST_DATE, US_NUMERIC_DATE, date_line, is_name, parse_date
from newsprism.lexicon import UI_WORDS
from newsprism.typography import DASHES

TOP_LINES = 10
"""The top of a text without a lead is this many non-blank lines. On the gunviolence pages (dev part and
unlabelled pages) the publication stamps stand in the first 4 lines, 8 at most when a site menu comes first;
10 leaves room."""
PROSE_WORDS = 25
"""A line of this many words ending like a sentence is prose: the top ends after the first one (which may
open with a dateline and its date)."""
MAX_LABELLED_WORDS = 40
"""A line longer than this is prose even with 'updated' in it; the longest stamp line seen on the gunviolence
pages (a headline followed by 'Posted: ... Updated: ...') has 29 words."""

PUBLISHED_LABEL = r"(?:first\s+)?(?:published|posted|created)"
UPDATED_LABEL = r"(?:last\s+)?(?:updated|modified)"
WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
TIME = r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?"
CLOCK = r"(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:[ECMP][SD]?T|GMT|UTC))?"
"""A clock time that cannot be a day of the month: '3:57 AM', '7 p.m. ET', '14:02'."""
LABELLED_DATE = (r"\s*[:\-]?\s*(?:on\s+)?(?:(?:at\s+)?" + CLOCK + r",?\s+(?:on\s+)?)?" + WEEKDAY + r"(?P<date>"
                 + DATE_EXPR.pattern + ")")
"""A date after a label, the clock time before it or not: 'Posted: Dec 3, 2015', 'Posted 3:57 AM, May 26, 2015',
'Updated at 5:48 pm, November 21st, 2016', 'Published at 9:12 a.m. on Dec. 4, 2016'."""
POSTED_BY = re.compile(r"^\W*posted\s+by\s+[^|:]{2,40}?\s+on\s+" + WEEKDAY + r"(?P<date>" + DATE_EXPR.pattern + ")",
                       re.I)
"""'Posted by Jane Doe on 05 Jan 2016' opening a line: the poster's name between the label and the date. Only at
the line's start: an embedded social post ends with '... Posted by Jane Doe on Sunday, July 24, 2016'."""
POSTED_IN = re.compile(r"\bposted\s+in\s+[^|:.]{2,40}?\s+on\s+" + WEEKDAY + r"(?P<date>" + DATE_EXPR.pattern + ")",
                       re.I)
"""A blog's stamp 'posted in Bicycle Accidents on Tuesday, June 11, 2013' (its category between the label
and the date), anywhere in a short line ('On behalf of Jane Roe, Esq. posted in ...')."""
VIDEO_STAMP = re.compile(r"\(\s*published\b", re.I)
POST_STAMP = re.compile(r"\(@\w+\)|pic\.twitter\.com")
CAPTION = re.compile(r"\((?:photo|credit|file)\b|\bphoto:|\bimage \d+ of \d+", re.I)
STAMP_LABEL = re.compile(r"\b(?:published|posted|created|updated|modified|date)\b", re.I)


@dataclass(frozen=True)
class StatedDate:
    """A publication date and the shape of the line that states it."""

    iso: str
    shape: str
    line: int
    """0-based index among the text's non-blank lines"""


def publication_date(text: str) -> StatedDate | None:
    """The publication date the top of ``text`` states (see the module's docstring), else None. Where the top
    holds several stamps ('Updated: ...' above 'Posted: ...', a live blog's 'UPDATE <date>:' entries), the
    earliest of the first stamp and the later date lines, labelled and update stamps is the publication: an
    update comes after it (a caption's time never counts: caption lines are skipped)."""
    lines = [SPACED_CLOCK.sub(_joined, " ".join(line.split())) for line in text.split("\n") if line.strip()]
    stamps = [stamp for index in range(top_lines(lines)) for stamp in [_stamp(lines, index)] if stamp]
    if not stamps:
        return None
    timeline = sum(bool(LEAD_DATE.match(line)) for line in lines) > 1
    stamps = [stamp for stamp in stamps if not (timeline and stamp.shape == "lead-date")]
    if not stamps:
        return None
    if any(stamp.shape == "update" for stamp in stamps):
        stamps += _later_updates(lines, top_lines(lines))
    labelled = [stamp for stamp in stamps[1:] if stamp.shape in EARLIEST_SHAPES]
    return min([stamps[0], *labelled], key=lambda stamp: stamp.iso[:10])


def _later_updates(lines: list[str], top: int) -> list[StatedDate]:
    """A live or updated story's update entries below the top, read when the top opens with one: the newest
    entry stands first, the story's first run is the earliest ('UPDATE (8:15 p.m. 3/12/17)' at the top, five
    entries down to 'UPDATE (7:40 a.m. 3/9/17)'). Only the update shape counts below the top: its 'UPDATE'
    opening the line names the page's own entry."""
    later = (_stamp(lines, index) for index in range(top, len(lines)))
    return [stamp for stamp in later if stamp and stamp.shape == "update"]


SPACED_CLOCK = re.compile(r"\b(?P<hour>\d{1,2})\.\s(?P<minute>\d\d)(?=\s?[AaPp]\.?\s?[Mm]\b)|"
                          r"\b(?P<half>[AaPp])\.\s(?P<m>[Mm])\.")
"""A clock time a tokenised page spaces out: '05. 51AM', '10:55 P. M.' (ECB+ writes its stamps so: 'TNN Nov 12,
2011, 05. 51AM IST', '10:55 P. M. FEB. 2, 2009'); joined back ('05.51AM', 'P.M.') before the stamps are read."""


def _joined(match: re.Match[str]) -> str:
    if match.group("hour"):
        return f"{match.group('hour')}.{match.group('minute')}"
    return f"{match.group('half')}.{match.group('m')}."


EARLIEST_SHAPES = frozenset({"date-line", "labelled", "update", "dateline", "lead-date", "stamp-end"})
"""Below the first stamp, the shapes that state when the article first ran: an earlier one of them is the
publication ('Update (May 11, 2016) --' above 'CITY (April 20, 2016) -- ...'); a byline's or a title's date
below the first stamp is not weighed."""


def _stamp(lines: list[str], index: int) -> StatedDate | None:
    line = lines[index]
    if VIDEO_STAMP.search(line) or POST_STAMP.search(line) or CAPTION.search(line) or fact_row(lines, index):
        return None
    for shape, read in SHAPES:
        found = read(line, index)
        if found:
            return StatedDate(found, shape, index)
    return None


def top_lines(lines: list[str]) -> int:
    """How many lines make the top: up to the first prose line (the lead, which may open with a dateline and
    its date), else TOP_LINES. A date line below the lead belongs to the article (a press release quoted whole,
    a timeline): on the gunviolence dev pages every stamp below the lead was one."""
    prose = next((i for i, line in enumerate(lines) if len(words(line)) >= PROSE_WORDS and ends_sentence(line)),
                 None)
    return min(len(lines), TOP_LINES if prose is None else prose + 1)


RELEASE_HEADER_DATE = re.compile(r"^Subject:.{0,120}?\bDate:\s*(?P<month>1[0-2]|0?[1-9])[-/]"
                                 r"(?P<day>3[01]|[12]\d|0?[1-9])[-/](?P<year>(?:19|20)\d\d)\b")
"""A release's header run into one line: 'Subject: Weapon Discharge Date: 04-22-2016 03:14:09 From: ...' (a US
date, month first, with dashes or slashes)."""


def _date_line(line: str, index: int) -> str | None:
    """A date and little else; a bare numeric date ('10/12/1952', a birth date in a list) needs a label or a clock
    time beside it ('8:13 AM PDT 8/2/2013')."""
    numeric = US_NUMERIC_DATE.search(line) or DAY_FIRST_DATE.search(line)
    if len(words(line)) > MAX_LABELLED_WORDS or (numeric and not STAMP_LABEL.search(line)
                                                  and not re.search(CLOCK, line, re.I)):
        return None
    if re.search(rf"\d{{4}}\s*[{DASHES}]\s*\w+\.? \d", line):  # a range of dates, not a stamp
        return None
    return date_line(line, UI_WORDS)


def _labelled(line: str, index: int) -> str | None:
    if len(words(line)) > MAX_LABELLED_WORDS:
        return None
    posted_by = POSTED_BY.search(line) or POSTED_IN.search(line)
    if posted_by:
        return parse_date(posted_by.group("date"))
    clocked = SHORT_NUMERIC_STAMP.match(line)
    if clocked:
        return _short_numeric(clocked)
    for label in (PUBLISHED_LABEL, UPDATED_LABEL):
        match = re.search(r"\b" + label + LABELLED_DATE, line, re.I)
        if match:
            return parse_date(match.group("date"))
        short = re.search(r"\b" + label + SHORT_NUMERIC_DATE, line, re.I)
        if short:
            return _short_numeric(short)
    return None


SHORT_NUMERIC_DATE = (r"\s*[:\-]?\s*(?:on\s+)?" + WEEKDAY
                      + r"(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d\d)(?![\d/])")
"""A US date with a two-digit year after a publication label: 'Posted 01/31/15', 'Updated: 3/4/16'. Only after
a label: a bare '1/31/15' may be a count or a code."""


SHORT_NUMERIC_STAMP = re.compile(r"^\W*" + WEEKDAY + r"(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/"
                                 r"(?P<year>\d\d)\s*(?:at\s+|[,|@" + DASHES + r"-]\s*)?" + CLOCK + r"\W*$", re.I)
"""A line that is a two-digit-year date and a clock time and nothing else: '8/2/13 at 1:30 PM' (a magazine's stamp
above its headline); a bare '1/31/15' without a label or a clock may be a count or a code."""


def _short_numeric(match: re.Match[str]) -> str | None:
    return parse_date(f"{match.group('month')}/{match.group('day')}/20{match.group('year')}")


BYLINE_END_DATE = re.compile(r"^(?:written\s+)?by\b[^|]{2,80}?[\s,;:" + DASHES + r"-]\s*(?:on\s+)?" + WEEKDAY
                             + r"(?P<date>" + DATE_EXPR.pattern + r")(?:[,\s]+(?:at\s+)?" + CLOCK + r")?\s*$", re.I)
"""A byline closing with its date, no bar between: 'By Jane Roe, The Daily X December 5, 2016', 'By Jane Roe on
December 5, 2016', 'Written by Jane Roe Monday, 05 December 2016 17:45', 'By Jane Roe - Staff Writer - Monday,
December 5, 2016' (international and wire pages)."""
BYLINE_WORDS = 12
"""Such a byline has at most this many words before its date: a sentence opening with 'By ...' and ending in a
date has more."""


BAR_BYLINE_DATE = re.compile(r"^(?:by\b[^|·•]{2,60}?|(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}))"
                             r"(?:\s*[|·•]\s*[^|·•]{1,40}?){0,2}\s*[|·•]\s*" + WEEKDAY + r"(?P<date>"
                             + DATE_EXPR.pattern + ")", re.I)
"""A byline whose parts a bar or a dot parts, the date last: 'By Jane Roe | May 3, 2015', 'By Jane Roe | The Daily X |
03 May 2015', an international page's 'Jane Roe | PVTV News | Sunday 3 May 2015' (the writer's name first, no 'By'),
'By Jane Roe · mail · May 3, 2015' (at most two parts between the name and the date)."""


def _byline(line: str, index: int) -> str | None:
    match = BAR_BYLINE_DATE.match(line)
    if match and (not match.group("who") or is_name(match.group("who"))):
        return parse_date(match.group("date"))
    ending = BYLINE_END_DATE.match(line)
    if ending and len(words(line[:ending.start("date")])) <= BYLINE_WORDS:
        return parse_date(ending.group("date"))
    return None


def _title(line: str, index: int) -> str | None:
    if index != 0 or (ends_sentence(line.rstrip(")")) and not re.search(r"\d{4}\)?$", line)):
        return None
    match = re.search(rf"[,(|{DASHES}]\s*" + WEEKDAY + r"(?P<date>" + DATE_EXPR.pattern + r")\)?$", line, re.I)
    return parse_date(match.group("date")) if match else None


DATELINE_DATE = re.compile(
    rf"^(?:UPDATE:?\s*)?(?:[A-Z][\w.'’-]*(?:[\s,]+[A-Z][\w.'’-]*){{0,5}},?\s*)?\((?P<date>[^()]{{6,20}})\)\s*[{DASHES}:]")


PLACE_DATELINE_DATE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:[\s,]+[A-Z][A-Za-z.'’-]*){0,4},\s*" + WEEKDAY + r"(?P<date>" + DATE_EXPR.pattern
    + rf")\s*(?:/[^/]{{2,30}}/)?\s*[{DASHES}-]+\s*(?-i:[A-Z“\"])", re.I)
"""A dateline in capitals stating its date before the dash: 'PORTVALE, Dec. 5, 2016 /PRNewswire/ -- Police ...',
'PORTVALE, Ga., December 5, 2016 - Police ...' (press releases, wire and international leads)."""


DATED_CREDIT = re.compile(r"^[A-Z][\w.' ]{1,40}?,\s*(?i:" + WEEKDAY + r"(?P<date>" + DATE_EXPR.pattern
                          + r")\s*[/,]?\s*(?:" + CLOCK + r")?)\s*\([A-Z][^()]{1,40}\)")
"""A wire's or an international outlet's dateline with its date, time and credit: 'Portvale, Aug 21, 2010 / 04:35 pm
(XNA).- Police ...' (a place in any case: 'Vatican City'). Calibrated on ECB+ dev (the one such dateline,
34_9ecbplus; no gunviolence dev page has one)."""


def _dateline(line: str, index: int) -> str | None:
    placed = PLACE_DATELINE_DATE.match(line)
    if placed and line.split(",")[0].isupper():
        return parse_date(placed.group("date"))
    credited = DATED_CREDIT.match(line)
    if credited:
        return parse_date(credited.group("date"))
    match = DATELINE_DATE.match(line)
    if not match:
        return None
    value = match.group("date").strip()
    short = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d\d)", value)
    if short:
        value = f"{short.group(1)}/{short.group(2)}/20{short.group(3)}"
    return parse_date(value) if DATE_EXPR.fullmatch(value) else None


UPDATE_STAMP = re.compile(rf"^\W*update[ds]?\b\s*[:({DASHES}-]*\s*" + WEEKDAY + r"(?P<date>" + DATE_EXPR.pattern + r")",
                          re.I)
"""A live blog's or an updated story's entry: 'UPDATE March 5, 2016: ...', 'Update (3/5/2016 8:10 a.m.): ...',
'Update-- Oct. 8, 2015, 9:52 a.m.: ...'."""
CLOCK_FIRST_UPDATE = re.compile(r"^\W*" + CLOCK + r",?\s+" + WEEKDAY + r"(?P<date>" + DATE_EXPR.pattern
                                + r")\s*[,:]?\s*update[ds]?\b", re.I)
"""The same with the time first: '2:45 p.m. April 6, 2016 UPDATE: ...'."""


BRACKET_UPDATE = re.compile(r"^\W*update[ds]?\W{0,3}\(\s*(?:" + CLOCK + r",?\s+)?" + WEEKDAY
                            + r"(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?:20)?(?P<year>\d\d)"
                            r"(?:,?\s+(?:at\s+)?" + CLOCK + r")?\s*\)", re.I)
"""An update stamp in brackets with a US numeric date, the clock time before or after it: 'UPDATE (8:15 p.m.
3/12/17)', 'UPDATE (3/12/17 at 8 a.m.):' (gunviolence dev: 2 pages of one station's site; a third outlet's
'UPDATE: (03/12/17) -' is read as a dateline). The year may have two digits: the 'UPDATE' label vouches for it."""


def _update(line: str, index: int) -> str | None:
    match = UPDATE_STAMP.match(line) or CLOCK_FIRST_UPDATE.match(line)
    if match:
        return parse_date(match.group("date"))
    bracketed = BRACKET_UPDATE.match(line)
    if bracketed:
        return _short_numeric(bracketed)
    short = re.match(r"^\W*update[ds]?\b" + SHORT_NUMERIC_DATE, line, re.I)  # 'UPDATE: 6/21/16 4:35 p.m. -'
    return _short_numeric(short) if short else None


LEAD_DATE = re.compile(r"^" + WEEKDAY + r"(?P<date>" + DATE_EXPR.pattern + rf")\s*[{DASHES}-]+\s*(?-i:[A-Z“\"])", re.I)
"""A lead opening with its own date and a dash: 'June 17, 2013 - Police are investigating ...',
'February 26, 2017-The coroner ...' (a press release's dateline)."""
LEAD_WORDS = 12
"""A dated lead is a sentence of at least this many words; a timeline's or a related list's entry ('Feb. 12,
2013 - Three hurt at a home, police say') is a headline, shorter or without a closing period."""


def _lead_date(line: str, index: int) -> str | None:
    match = LEAD_DATE.match(line)
    if not match or len(words(line)) < LEAD_WORDS or not ends_sentence(line):
        return None
    return parse_date(match.group("date"))


STAMP_AT_END = re.compile(r"(?:^|\s)" + WEEKDAY + r"(?P<date>" + DATE_EXPR.pattern
                          + r"),?\s+\d{1,2}[:.]\d\d(?::\d\d)?\s*[ap]\.?m\.?(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|IST))?"
                          r"(?:\s+(?-i:[A-Z][A-Z.' -]{2,30}):)?$", re.I)
"""A headline or a site's name followed by the date and time it was posted: 'Two Hurt In Shooting May 11, 2013
1:28 PM', 'The Daily X | dailyx.example Wed Jul 17, 2013 8:05 PM', an international desk's 'XNN | Oct 3, 2012,
07.12AM IST' (a dot in the time, a comma before it: ECB+ dev 12_7ecbplus, the one such stamp), the lead's dateline
place run on after it ('XNN Nov 12, 2011, 05.51AM IST PORTVALE:', a capitalised place and a colon)."""
STAMP_AT_END_WORDS = 25
"""A line ending in a date and a time is a stamp when it has at most this many words and does not read as a
sentence (a caption ends with its credit or a period); the longest such line on the gunviolence dev pages has
17 words."""


ISO_AT_END = re.compile(r"(?:^|\s)(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)$")
"""A short header ending in an ISO date: 'City Briefs 2017-03-07' (no clock time needed: the form is no prose's)."""
ISO_AT_END_WORDS = 8
DATE_THEN_AUTHOR = re.compile(r"(?:^|\s)(?i:" + WEEKDAY + r"(?P<date>" + DATE_EXPR.pattern + r"))\s+"
                              r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[a-z])")
"""A page header's date followed by the writer's name: 'Home Region Headline August 12th, 2016 Jane Roe Portvale'
(a theme's breadcrumb, title, date and author run into one line)."""


USER_HANDLE = re.compile(r"^@?(?:\w+_\w+|[a-z]+\d+)$")
"""A commenter's user name ('jane_roe', 'anonymous_1234', 'jroe1985') before a date and a time: a reader's comment
stamp, not the page's (gunviolence dev: the one such line heads a comments page)."""


def _stamp_at_end(line: str, index: int) -> str | None:
    match = STAMP_AT_END.search(line)
    if match and USER_HANDLE.match(line[:match.start()].strip()):
        return None
    if match and len(words(line)) <= STAMP_AT_END_WORDS and not ends_sentence(line[:match.start()].rstrip()):
        return parse_date(match.group("date"))
    iso = ISO_AT_END.search(line)
    if iso and len(words(line)) <= ISO_AT_END_WORDS:
        return parse_date(iso.group("date"))
    return None


def _date_then_author(line: str, index: int) -> str | None:
    """A header line (no sentence: it does not end with a period) with a date and the writer's name after it."""
    if len(words(line)) > STAMP_AT_END_WORDS or ends_sentence(line):
        return None
    match = DATE_THEN_AUTHOR.search(line)
    return parse_date(match.group("date")) if match and is_name(match.group("who")) else None


def _release_header(line: str, index: int) -> str | None:
    match = RELEASE_HEADER_DATE.match(line)
    return parse_date(f"{match.group('month')}/{match.group('day')}/{match.group('year')}") if match else None


SHAPES: list[tuple[str, Callable[[str, int], str | None]]] = [
    ("date-line", _date_line), ("labelled", _labelled), ("release", _release_header), ("byline", _byline),
    ("title", _title),
    ("dateline", _dateline), ("update", _update), ("lead-date", _lead_date), ("stamp-end", _stamp_at_end),
    ("date-author", _date_then_author),
]
