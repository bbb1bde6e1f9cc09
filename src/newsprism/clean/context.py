"""Line kinds that depend on the lines around a line: repeats, embeds, video titles, related-link runs, lists.

Single-line rules (:mod:`newsprism.clean.rules`, :mod:`newsprism.clean.widgets`) name most clutter. Some
clutter only shows in context: a paragraph printed a second time; the first lines of an embedded post, cut
into pieces before its '— Name (@handle) date' signature; a video's title above its blurb; the headlines
listed under a 'Related:' marker. And some body lines look like a footer only out of context: a list or a
fact box ('Age – 17') that closes the article. Each pass takes the page's lines and their kinds so far and
fills in or keeps kinds; none ever marks a line that reads as several sentences of prose.
"""

from __future__ import annotations

import re

from newsprism.clean.fact_boxes import closing_box_end
from newsprism.clean.lines import (
    ABBREVIATIONS,
    Line,
    ends_sentence,
    sentence_count,
    title_case_ratio,
    whole_paragraph,
    words,
)
from newsprism.clean.widget_galleries import EMBED_SIGNATURE, PUBLISHED_STAMP
from newsprism.clean.widget_quote_titles import quote_title
from newsprism.model import ClutterKind

Kinds = list[ClutterKind | None]

REPEAT_MIN_WORDS = 6
"""A line printed again later on the page is a duplicate from this length on. Shorter lines repeat by nature
('Photos', 'Advertisement', a name label) and are left to the other rules; the shortest doubled paragraph on the
dev pages has 9 words."""
EMBED_PIECE_WORDS = 30
"""Longest piece of an embedded post that is cut off before its signature (the dev pages' longest: 12 words)."""
MEDIA_TITLE_WORDS = 15
"""Longest video title standing above a video blurb (dev pages: 4 to 10 words; a headline's length)."""
RELATED_TITLE_CASE = 0.75
"""After a 'Related' marker, a line with at least this share of capitalised content words is a linked
headline even when it ends with a period (PolNeAR's HuffPost pages end every linked headline with one);
body prose after such a marker has a ratio under 0.5."""
RELATED_HEADLINE_WORDS = 20
LINKISH = re.compile(r"https?://|www\.|\||\b(?:share|click|subscribe)\b", re.I)
"""A link, a menu separator or a widget verb: a closing line with one is the page's, not the article's."""
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
LIST_ITEM = re.compile(r"^(?:[-–—•·▪■*]\s*|\(?\d{1,2}[.)]\s+|[a-z][.)]\s+)\S")
"""A list item: a bullet or a number before the text."""
FACT_LINE = re.compile(r"^[A-Z][\w/&’' -]{0,40}\s(?:[–—-]|:)\s+\S[^|]{0,60}$")
"""A fact box or table row: 'Age – 17', 'Weapon Information – N/A', 'Address: 2138 Main Street'."""
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?"
_NUMERIC_DAY = (r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?(?:\s*(?:@|at|,|[–—-])?\s*(?:" + _CLOCK
                + r"|[0-2]?\d:?[0-5]\d\b(?![/-])))?")
"""A day in figures with its time: '1-16-17 15:00', '12/3, 4 p.m.', '8/2/16 @ 7:05p.m.', the 24-hour clock
('1-17-17 1000') only after the day."""
UPDATE_MARKER = re.compile(
    r"^\W*(?:(?:update[ds]?)(?:\s*(?:@|at|[–—:-])?\s*(?:" + _NUMERIC_DAY + "|" + _CLOCK + "|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?))?|"
    r"original(?: story| post| report| article)?|(?:our )?(?:first|initial|earlier|previous) (?:report|story|post)|"
    r"earlier|"
    r"previously(?: reported)?|" + _CLOCK + r"\s+update[ds]?)"
    r"(?:\s*\((?=[^()]*(?:\d|day\b))[^()]{1,40}\))?\W*$", re.I)
"""A live story's own mark between its versions, standing alone: 'UPDATE:', 'UPDATE @ 7:30 p.m.', 'Update 5 p.m.
ET', 'FIRST REPORT', 'Original story:', 'Update (4:15 a.m. Sunday)', the time first '8:45 p.m. update' (unlabelled dev
pages: two), 'EARLIER' over the earlier version (batch 15 and two unlabelled dev pages: three, all removed before
round 17) (labels/README.md calls them body). Short and
all-capitals, they look like the labels of page widgets; the line classifier is never asked about one (batch 5 of
the dev labels: a live story lost all eight of its markers)."""


def mark_repeats(lines: list[Line], kinds: Kinds) -> None:
    """A paragraph printed a second time further down the page is a duplicate: the first copy stays. A copy
    right under the first is left to :func:`newsprism.clean.text._mark_body` (a caption shown twice goes twice)."""
    seen: dict[str, int] = {}
    for index, line in enumerate(lines):
        key = " ".join(w.lower() for w in words(line.text))
        if len(words(line.text)) < REPEAT_MIN_WORDS:
            continue
        if seen.get(key, index - 1) < index - 1 and kinds[index] is None:
            kinds[index] = "duplicate"
        seen.setdefault(key, index)


def mark_embeds(lines: list[Line], kinds: Kinds) -> None:
    """The pieces of an embedded post before its signature line: open fragments running into it."""
    for index, line in enumerate(lines):
        if kinds[index] != "media" or not EMBED_SIGNATURE.search(line.text):
            continue
        before = index - 1
        while before >= 0 and kinds[before] is None and _piece(lines[before].text):
            kinds[before] = "media"
            before -= 1


def _piece(text: str) -> bool:
    return not ends_sentence(text) and len(words(text)) <= EMBED_PIECE_WORDS and not text.rstrip().endswith(":")


CONTINUED_KINDS = frozenset({"footer", "signoff", "promo", "newsletter"})
"""Kinds whose line may be cut by links into several physical lines (PolNeAR's editor's notes)."""


def mark_continuations(lines: list[Line], kinds: Kinds) -> None:
    """A line that goes on in lower case right under a note or prompt whose sentence is open ('Editor's note:
    Jane Roe regularly' / 'incites' / 'violence ...') is the rest of it and takes its kind."""
    for i in range(1, len(lines)):
        previous = lines[i - 1]
        if (kinds[i] is None and kinds[i - 1] in CONTINUED_KINDS and not previous.alone and not lines[i].alone
                and lines[i].text[:1].islower() and not ends_sentence(previous.text)):
            kinds[i] = kinds[i - 1]


TAGS_LABEL = re.compile(r"^(?:tags|topics|keywords|filed under)\s*:\s*$", re.I)
"""A tag box's label standing alone; its tags follow on the next line."""
SENTENCE_MARK = re.compile(r"[.!?]")


def mark_tag_lists(lines: list[Line], kinds: Kinds) -> None:
    """The line right under a lone 'Tags:' label, without a sentence's full stop in it, is the tag list: the label's
    kind ('drive-by shooting "shooting in Portvale" news' under 'Tags:')."""
    for i in range(1, len(lines)):
        if kinds[i] is None and kinds[i - 1] is not None and TAGS_LABEL.match(lines[i - 1].text.strip()) and \
                not SENTENCE_MARK.search(lines[i].text):
            kinds[i] = kinds[i - 1]


def mark_media_titles(lines: list[Line], kinds: Kinds) -> None:
    """A short headline-shaped line right above a video blurb ('… (Published June 8, 2016)') is its title; a headline
    quoting a speaker on a topic (:func:`newsprism.clean.widget_quote_titles.quote_title`) below the page's first
    line is a video's or another story's (the page's own title, marked before, may have that shape)."""
    for index in range(len(lines) - 1):
        text = lines[index].text
        if kinds[index] is None and PUBLISHED_STAMP.search(lines[index + 1].text) and \
                len(words(text)) <= MEDIA_TITLE_WORDS and sentence_count(text) == 1 and \
                (not ends_sentence(text) or title_case_ratio(text) >= RELATED_TITLE_CASE):
            kinds[index] = "media"
    for index in range(1, len(lines)):
        if kinds[index] is None and quote_title(lines[index].text.strip()):
            kinds[index] = "media"


RUNNING_TIME = re.compile(r"^\d{1,2}:[0-5]\d\s+(?![ap]\.?\s?m\b)[\w\"“‘'(]", re.I)
"""A video's running time before its title ('1:37 Officer charged after ...'); a clock time takes 'a.m.'/'p.m.'."""
PLAYLIST_MIN = 3
"""So many lines in a row opening with a running time are a video playlist; a live blog's entries open with a clock
time ('10:15 a.m.') and are told apart by it."""
PLAYLIST_TITLE_WORDS = 20
"""Longest playlist entry: a video title of a headline's length with its running time (batch 5: 8 to 12 words)."""


def mark_playlists(lines: list[Line], kinds: Kinds) -> None:
    """A run of at least :data:`PLAYLIST_MIN` short lines opening with a video's running time ('0:47 Title …') is a
    player's playlist: every entry is media, also one that reads as a quote ('0:13 Judge: \'…?\'')."""
    run: list[int] = []
    for index in [*range(len(lines)), len(lines)]:
        if index < len(lines) and RUNNING_TIME.match(lines[index].text.strip()) and \
                len(words(lines[index].text)) <= PLAYLIST_TITLE_WORDS:
            run.append(index)
            continue
        if len(run) >= PLAYLIST_MIN:
            for entry in run:
                kinds[entry] = "media" if kinds[entry] != "title" else "title"
        run = []


POLL_CONTROL = re.compile(r"^(?:vote(?: now)?|submit(?: (?:your )?vote)?|(?:view|see|show) (?:the )?results)\W*$",
                          re.I)
"""A poll's button standing alone: 'Vote', 'View Results'."""
POLL_CHOICE_WORDS = 30
"""Longest poll answer ('4. No. Besides keeping people safe, the new cameras bring the town money it badly needs.': 16
words in batch 6 of the dev labels)."""


def mark_polls(lines: list[Line], kinds: Kinds) -> None:
    """The answers of a reader poll: the numbered or bulleted lines right above its 'Vote' / 'View Results' button.
    A list of the article's own is never followed by a poll's button."""
    for index, line in enumerate(lines):
        if not POLL_CONTROL.match(line.text.strip()):
            continue
        above = index - 1
        while above >= 0 and kinds[above] is None and LIST_ITEM.match(lines[above].text.strip()) and \
                len(words(lines[above].text)) <= POLL_CHOICE_WORDS:
            kinds[above] = "promo"
            above -= 1


def mark_related_runs(lines: list[Line], kinds: Kinds) -> None:
    """The headlines listed under a 'Related' marker, also when they end with a period."""
    in_related = False
    for index, line in enumerate(lines):
        if kinds[index] == "related":
            in_related = True
        elif kinds[index] is None and in_related and len(words(line.bare)) <= RELATED_HEADLINE_WORDS and \
                sentence_count(line.bare) == 1 and title_case_ratio(line.bare) >= RELATED_TITLE_CASE and \
                not update_marker(line.text):  # 'UPDATES:' under the list opens the story's own update notes
            kinds[index] = "related"
        else:
            in_related = False
    _mark_teaser_tail(lines, kinds)


TEASER_WORDS = 45
"""Longest teaser under a closing 'More stories' box: a headline run into its blurb, cut off with '…' (batch 5 of the
dev labels: 21 to 32 words)."""
TEASER_TAIL_LINES = 8
"""Most teasers a closing box lists; a longer tail after the marker is more likely the article going on."""
LIST_HEADER = re.compile(r"^(?:more|other|related|recommended|latest|top|popular|trending)\b[\w\s'’-]{0,50}"
                         r"\b(?:stories|articles|headlines|news|videos)\b[\w\s.'’-]{0,40}$", re.I)
"""A related-items box's own header line, no headline in it: 'More stories you may like on KXYZ', 'Related Stories'."""
REPORTED = re.compile(r"\b(?:said|says|told|according to)\b|\d{3}[-.)\s]+\d{3}[-.]\d{4}", re.I)
"""A sentence of the article's report (attributed, or a tip line's phone number): never a teaser."""


TRUNCATED = re.compile(r"(?:…|\.\.\.)\s*$")
"""A teaser's blurb cut off by the box ('... the engin…')."""


def _mark_teaser_tail(lines: list[Line], kinds: Kinds) -> None:
    """Teasers under a related box's header that closes the page: every line after the header to the end, when
    they are few, short, none reads as the article's report (:data:`REPORTED`) and at least half are cut off like a
    box's blurbs (:data:`TRUNCATED`). The article going on under a 'RELATED ARTICLES' box is whole sentences."""
    header = next((i for i in range(len(lines) - 1, -1, -1) if kinds[i] == "related"
                   and LIST_HEADER.match(lines[i].bare.strip())), None)
    if header is None:
        return
    tail = [i for i in range(header + 1, len(lines)) if kinds[i] is None]
    if not tail or len(range(header + 1, len(lines))) > TEASER_TAIL_LINES or any(
            len(words(lines[i].text)) > TEASER_WORDS or REPORTED.search(lines[i].text) for i in tail) or \
            2 * sum(bool(TRUNCATED.search(lines[i].text)) for i in tail) < len(tail):
        return
    for i in tail:
        kinds[i] = "related"


LIST_HEADING_WORDS = 4
"""A fact box's section heading ('Victim Information') between its rows: a short line without a period."""
LIST_ITEM_WORDS = 15
"""After a lead-in line that ends with a colon, lines up to this length are the list's items (a recipe's
ingredients, ten names); a related-links block never follows a colon on the dev pages."""
CLOSING_CASE = 0.4
"""A closing line without final punctuation is still prose when fewer than this share of its content words
are capitalised: linked headlines and labels are in Title Case or are names (ratio 0.6 and up on the dev
pages); a last sentence that lost its period reads in sentence case."""


BIO_WORDS = 60
"""Longest author bio closing an opinion piece (PolNeAR train: 47 words, three authors in one line)."""
BIO = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?:, [^\"“”]{3,160}?,)? is (?:a |an |the )?(?:[\w-]+ ){0,6}"
    r"(?i:columnist|contributor|author|writer|editor|fellow|professor|director|president|founder|historian|"
    r"playwright|analyst|host|correspondent|editor-at-large|chair(?:man|woman)?)\b[^\"“”]*$")
"""An author bio: 'Jane Roe, a former diplomat, is senior fellow at …', 'Ola Berg is a columnist for …'; the
appositive may hold commas ('Jane Roe, former adviser to Senator Ola Berg, Jr., is Senior Fellow at …')."""
NOT_BIO = re.compile(r"\b(?:said|says|told|according to|police|suspect|victim|shot|killed|arrested)\b", re.I)
"""Words of a news sentence about a person, never of an author's bio."""


def closing_bios(lines: list[Line], kinds: Kinds, body: list[int]) -> None:
    """Author bios that close the body: name, 'is', a writer's or expert's role; marked as footer."""
    for index in reversed(body):
        text = lines[index].text
        if kinds[index] is not None or len(words(text)) > BIO_WORDS or not BIO.match(text) or NOT_BIO.search(text):
            return
        kinds[index] = "footer"


def body_list_end(lines: list[Line], kinds: Kinds, start: int, min_words: int) -> int:
    """Where the body's closing part ends (``start`` if it has none): a last sentence that lost its period, a
    list or fact box right after the body, with the short headings between its rows, or the items that follow
    a lead-in line ending with a colon. A row that states a date ('Date – February 19, 2016') is the box's,
    not the article's: it is given back to the body."""
    index = end = start
    if index < len(lines) and kinds[index] is None and _closing_sentence(lines[index].text, min_words):
        index = end = index + 1
    listing = index > 0 and lines[index - 1].text.rstrip().endswith(":")
    while index < len(lines) and kinds[index] in (None, "date"):
        text = lines[index].text
        if list_line(text) or (listing and kinds[index] is None and len(words(text)) <= LIST_ITEM_WORDS):
            kinds[index] = None
            index = end = index + 1
        elif kinds[index] is None and _heading(text) and index + 1 < len(lines) and list_line(lines[index + 1].text):
            index += 1
        elif kinds[index] is None and text.rstrip().endswith(":"):
            listing, index = True, index + 1
            end = index
        else:
            break
    return closing_box_end(lines, kinds, end)


TIP_LINE = re.compile(r"\banyone with (?:any )?information\b|"
                      r"\b(?:is|are) (?:asked|urged|encouraged) to (?:call|contact)\b|"
                      r"\bcrime ?stoppers\b|\btip ?line\b", re.I)
"""A tip-line appeal: the article's own closing request, even when it lost its period and names an officer in capitals
('... Anyone who saw something is urged to call Det. Jane Roe at 555-0100': batch 6 of the dev labels)."""


def _closing_sentence(text: str, min_words: int) -> bool:
    """A tip-line appeal may end with the tip line's web address ('… call Crime Stoppers at … or at www.x.org'):
    round 28's final fresh reading lost one so; on the dev labels no closing line with an address is one."""
    tip = bool(TIP_LINE.search(text))
    if len(words(text)) < min_words or LINKISH.search(WEB_ADDRESS.sub(" ", text) if tip else text):
        return False
    return tip or title_case_ratio(text) < CLOSING_CASE


def _heading(text: str) -> bool:
    return len(words(text)) <= LIST_HEADING_WORDS and not ends_sentence(text)


UPDATE_PREFIX = re.compile(r"^\W*(?i:update[ds]?)\b[^:.!?]{0,30}:\s+(?=[A-Z\"“])")
"""An update marker opening a paragraph of the update ('UPDATE: Police responded to ...'): without it the paragraph
is a plain sentence of the article."""


def update_marker(text: str) -> bool:
    """A live story's update marker standing alone (:data:`UPDATE_MARKER`)."""
    return bool(UPDATE_MARKER.match(text.strip()))


def list_line(text: str) -> bool:
    """A list item or a fact box's row ('• a rifle', 'Age – 17'): the article's own structure when the rules
    kept it."""
    return bool(LIST_ITEM.match(text) or FACT_LINE.match(text)) and "|" not in text


CUT_OFF = re.compile(r"(?:[^\s.!?\"”’')\]]|\w\s)(?:…|\.\.\.)\s*$")
"""A line cut off mid-sentence by a box or a gallery ('... shot inside a home on the...', '... police found...'),
or by a listing page with a space before its ellipsis ('... closed the bridge on ...'), not a sentence closed before
an ellipsis ('He said. ...'). Round 23: the spaced form changes 1 of the 2,781 dev pages (all its lines, all right):
batch 20's 226496, a list of another site's headlines, each over its blurb cut off so, with no article. PolNeAR's
cleaned bodies and the AllSides crawl's articles are unchanged (none has three such lines)."""
CUT_OFF_MIN = 3
"""A page's lines cut off so are a gallery's captions or a box's teasers from this many: a crawl cuts an article's
prose once at most, at its end (AllSides' paragraphs, one per article). On the unlabelled dev pages (2,781, round 13)
4 pages have 3 to 50 such lines (a gallery's captions, two listing pages' teasers), 12 pages have one or two."""


def mark_cut_off_runs(lines: list[Line], kinds: Kinds) -> None:
    """The lines the rules keep that are cut off mid-sentence, when the page has at least :data:`CUT_OFF_MIN` of
    them."""
    cut = [i for i, line in enumerate(lines) if kinds[i] is None and CUT_OFF.search(line.text)]
    if len(cut) >= CUT_OFF_MIN:
        for i in cut:
            kinds[i] = "related"


CUT_OFF_HEAD_WORDS = 20
"""A line cut off mid-sentence above the article's first whole paragraph is a picture's caption or a video's or
teaser's headline that its box cut ('Authorities gather outside a home outside X where they...', 'Two Hurt, One
Held After Crash in...'): batches 2 and 12 of the dev labels, 9 and 7 words; on the unlabelled dev pages one more
(a gallery's caption, 13 words). A crawl cuts the article's own prose at its end, never above its first paragraph."""


def mark_cut_off_head(lines: list[Line], kinds: Kinds) -> None:
    """Lines cut off mid-sentence (:data:`CUT_OFF`) of up to :data:`CUT_OFF_HEAD_WORDS` words above the first whole
    paragraph the rules keep are captions (none when no whole paragraph follows: a page of one cut paragraph; never the
    page's first line, a headline cut off)."""
    cut: list[int] = []
    for i, line in enumerate(lines):
        if kinds[i] is not None:
            continue
        count = len(words(line.text))
        if CUT_OFF.search(line.text):
            cut += [i] if i > 0 and count <= CUT_OFF_HEAD_WORDS else []  # a first line cut off is the headline
        elif whole_paragraph(line.text):
            for j in cut:
                kinds[j] = "caption"
            return


NAME_LABEL = re.compile(r"^(?:\d{1,3}-year[- ]old )?[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}(?:, \d{1,3})?"
                        r"(?P<stop>\.)?$")
"""A name under a picture, with its full stop: 'Jane Roe.', '21-year old Jane Roe.', 'Jane Roe, 2.' (dev labels
batches 3 and 11: captions; the unlabelled dev pages: three such lines kept before, all name labels, and one end of
a street's name after a line break at 'Dr.', which :func:`mark_name_labels` leaves). Without the full stop a name is a
label only over its picture's credit (:data:`CREDIT_LINE`)."""
CREDIT_LINE = re.compile(r"^\W*(?:photo|image|picture)s?\s*(?:credit|courtesy)?\s*:|^\W*(?:credit|courtesy)\b|"
                         r"^\(?(?:photo|image)s?\s*(?:by|from|courtesy)\b", re.I)
"""A picture's credit on its own line ('Photo credit: Family of Jane Roe', 'Courtesy …', '(Photo by …'). Round 24
(issue #16, helper B10): on the 2,781 dev pages three lines that are only a name stand right over one, all labels
of a picture (the line model took them before; leave-outlets-out it kept one, batch 17); PolNeAR has none."""
PLACE_WORDS = frozenset("""st ave rd blvd dr ln ct pl pkwy hwy street avenue road boulevard drive lane court place
parkway highway way county city park""".split())
"""A name ending in one of these is a place, not a person under a picture."""


def mark_name_labels(lines: list[Line], kinds: Kinds) -> None:
    """A person's name standing alone with a full stop, or right over a picture's credit (:data:`NAME_LABEL`), is a
    picture's label (``caption``), unless the line before it ends with an abbreviation (a sentence broken at 'Dr.') or
    the name is a place's."""
    for i, line in enumerate(lines):
        text = line.text.strip()
        label = NAME_LABEL.match(text) if kinds[i] is None and not text.isupper() else None
        if label is None or not (label["stop"] or (i + 1 < len(lines) and CREDIT_LINE.search(lines[i + 1].text))):
            continue
        last = words(text)[-1].lower()
        before = words(lines[i - 1].text)[-1].lower().rstrip(".") if i and words(lines[i - 1].text) else ""
        if last not in PLACE_WORDS and before not in ABBREVIATIONS:
            kinds[i] = "caption"
