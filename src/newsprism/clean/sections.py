"""Section labels read by what they head: a label over the article's prose is the article's, one over link titles
is the page's.

A short line ending with a colon or standing alone looks the same whether it opens a widget or a part of the article:
'PREVIOUS COVERAGE:' over a list of linked headlines is a related-stories box, over the earlier version of the story
(a dateline and paragraphs of prose) it is the article's update marker; 'Read the full news release below:' over a
police release is a lead-in. A name standing alone is a caption's label under a picture, or the sub-heading of a
list of victims when the paragraph under it opens with that name. And the headlines under a label the line
classifier removed ('PREVIOUS STORIES' over '+ 2 dead in …') belong to the same box. Each reading depends on the
next line only, not on any site's strings (issue #16, round 11: batch 9 of the dev labels, read before any tuning,
lost three such labels and two such sub-headings as clutter).
"""

from __future__ import annotations

import re

from newsprism.clean.context import list_line, update_marker
from newsprism.clean.lines import Line, ends_sentence, words
from newsprism.clean.rules import stray_fragment
from newsprism.clean.widgets import RELATED_HEADLINE_WORDS
from newsprism.model import ClutterKind

Kinds = list[ClutterKind | None]

LABEL_WORDS = 8
"""A section label ending with a colon is this short ('PREVIOUS COVERAGE:', 'Read full news release below:')."""
HEADED_PROSE_WORDS = 20
"""What a label heads is the article's prose from this length, ending like a sentence: on the dev labels (batches
1-9) the related and link labels (by the rules) ending with a colon over such a paragraph are 3, all body (update
markers and a lead-in); none heads a linked headline that long."""
LEAD_IN_KINDS = frozenset({"related", "link"})
BOX_LABEL = re.compile(r"\b(?:related|trending|popular|recommended|latest|top|most|more|other|(?:stories|headlines|"
                       r"articles|links|videos|photos|posts))\b", re.I)
"""A box of several items names itself so ('TRENDING NOW:', 'Related Berrien County shooting stories:', 'More
headlines:'); the teaser paragraph under it is no part of the article (on a third of the unlabelled dev pages three
such labels over a teaser were given back to the article before this guard)."""
NAME_HEADING_WORDS = 4
"""A sub-heading naming a person or a topic ('Lorne Ahrens', 'ORDAINED PRIEST, SCHOOL LEADER') is this short."""
NAMED_AGAIN_WORDS = 6
"""The paragraph under such a sub-heading names it again among its first words ('Senior Cpl. Lorne Ahrens, 48,
…', 'Krol, an eight-year veteran …'); on the dev labels (batches 1-9) 7 capitalised short lines are followed so, 6
body (a list of fallen officers, a profile's sections) and one an outlet's name the rules already take."""
PARAGRAPH_WORDS = 8
RUN_LABEL_WORDS = 4
"""A box's label the classifier removes before its headlines ('PREVIOUS STORIES', 'More headlines') is this short."""
RUN_MIN = 2
"""A box lists at least two headlines: a single short line under a removed label is as often the article's
sub-heading under a wrongly removed one (a roundup's 'January' over 'Bullets fired from upstairs', on the
unlabelled dev pages: eleven such sub-headings were taken with a run of one)."""
RUN_HEADLINE_WORDS = RELATED_HEADLINE_WORDS
"""A linked headline runs to 20 words (:data:`newsprism.clean.widgets.RELATED_HEADLINE_WORDS`)."""
NAME_WORD = re.compile(r"[A-Za-z][\w’'-]{2,}")


def heads_prose(lines: list[Line], kinds: Kinds, i: int) -> bool:
    """A short label ending with a colon, naming no box of several items, right over two paragraphs of prose: the
    article's lead-in or update marker."""
    stripped = lines[i].text.strip()
    if not stripped.endswith(":") or len(words(stripped)) > LABEL_WORDS or BOX_LABEL.search(stripped):
        return False
    following = _next_texts(lines, i, 2)
    return (len(following) == 2 and len(words(following[0])) >= HEADED_PROSE_WORDS
            and all(ends_sentence(text) and len(words(text)) >= PARAGRAPH_WORDS for text in following))


def _next_texts(lines: list[Line], i: int, count: int) -> list[str]:
    found: list[str] = []
    for line in lines[i + 1:]:
        if len(found) == count:
            break
        if not stray_fragment(line.text):
            found.append(line.text)
    return found


def mark_lead_ins(lines: list[Line], kinds: Kinds) -> None:
    """Give back to the article the related and link labels of the rules that head its prose."""
    for i in range(len(lines)):
        if kinds[i] in LEAD_IN_KINDS and heads_prose(lines, kinds, i):
            kinds[i] = None


def name_heading(lines: list[Line], kinds: Kinds, i: int) -> bool:
    """A short capitalised line that the paragraph right under it names again among its first words, on a page
    that has at least two such lines (a list of people or a profile's sections; a name alone once is a picture's
    label: 'Jane Roe' over 'Roe is wanted for …' under a mugshot, on the unlabelled dev pages)."""
    return _named_below(lines, kinds, i) and sum(_named_below(lines, kinds, j) for j in range(len(lines))) >= 2


def _named_below(lines: list[Line], kinds: Kinds, i: int) -> bool:
    stripped = lines[i].text.strip()
    tokens = stripped.split()
    if not 1 <= len(tokens) <= NAME_HEADING_WORDS or ends_sentence(stripped) or stripped.endswith(":"):
        return False
    if not all(token[:1].isupper() for token in tokens) or i + 1 >= len(lines) or kinds[i + 1] is not None:
        return False
    named = {w.lower() for w in NAME_WORD.findall(stripped)}
    opening = lines[i + 1].text.split()
    return (len(opening) >= PARAGRAPH_WORDS
            and bool(named & {w.lower() for w in NAME_WORD.findall(" ".join(opening[:NAMED_AGAIN_WORDS]))}))


def continue_runs(lines: list[Line], kinds: Kinds, removed: list[int]) -> list[int]:
    """The kept lines under a box's label in ``removed`` (the classifier's verdicts) that read as its headlines:
    short lines that do not end like a sentence, up to the first line that is anything else."""
    more: list[int] = []
    for i in removed:
        label = lines[i].text.strip()
        if len(words(label)) > RUN_LABEL_WORDS or ends_sentence(label) or list_line(label):
            continue
        j = i + 1
        run: list[int] = []
        while j < len(lines) and j not in removed and kinds[j] is None and _headline(lines, kinds, j):
            run.append(j)
            j += 1
        if len(run) >= RUN_MIN:
            more += run
    return more


def _headline(lines: list[Line], kinds: Kinds, j: int) -> bool:
    text = lines[j].text.strip()
    return (2 <= len(words(text)) <= RUN_HEADLINE_WORDS and not ends_sentence(text) and not text.endswith(":")
            and not list_line(text) and not update_marker(text) and not name_heading(lines, kinds, j))


HEADING_WORDS = 8
"""A long feature's sub-heading is this short ('January', 'Shot in the butt with a pink gun'); a related headline
standing alone between paragraphs runs longer or is marked ('Related: …')."""
HEADING_RUN = 2
"""A sub-heading block is one line or two ('March' over a case's heading 'Gun burglar charged')."""
FEATURE_PROSE_WORDS = 20
"""The paragraph under a sub-heading is prose of this length, ending like a sentence (:data:`HEADED_PROSE_WORDS`); the
line over it ends like a sentence (a section may close on a short one: 'More on this case in a May update.')."""
FEATURE_HEADINGS_MIN = 2
"""A page has at least this many such blocks. On the dev labels (batches 1-21) the lines so read are 109 on 15 pages,
all body (a year's notebook of cases under its months, a profile's, a police log's and a live story's sections);
where a page has a single short line between two long paragraphs, 6 of 13 are clutter (a link, a caption, an ad's
'Continue Reading Below', a box's label)."""

MEDIA_LINK = re.compile(r"\b(?:videos?|photos?|gallery|slideshow|watch|live|mug ?shots?)\b|\||\.com\b|www\.", re.I)
"""A short line naming the page's media or a link ('PHOTOS | Shooting at …', 'Weird News Photos: …', 'WATCH LIVE AT
KXYZ.COM') is a link to a gallery or a player, not a sub-heading: on the unlabelled dev pages the first version of
:func:`feature_headings` gave back 5 such links between paragraphs; no sub-heading it reads on the dev labels names
one."""


def feature_headings(lines: list[Line], kinds: Kinds, first: int, last: int) -> set[int]:
    """The sub-headings of a long feature: blocks of one or two short kept lines inside the body (not ending like a
    sentence nor with a colon, not a list item nor a media link: :data:`MEDIA_LINK`) under a line that ends like a
    sentence and over a paragraph of prose, on a page with at least :data:`FEATURE_HEADINGS_MIN` such blocks. The
    article's own; the line classifier took a year's notebook's months and case sub-headings for widget labels (batch
    21 of the dev labels, 18 body lines). A live story's update markers are its sections too, but a line right over
    one closes the version above it (a sheriff's release signed by its officer over 'UPDATE 1-16-17 15:00', an
    unlabelled dev page) and is left to the classifier."""
    kept = [i for i in range(first, last + 1) if kinds[i] is None]
    blocks: list[list[int]] = []
    n = 1
    while n < len(kept) - 1:
        run = 0
        while run < HEADING_RUN and n + run < len(kept) - 1 and _heading_line(lines[kept[n + run]].text):
            run += 1
        if run and ends_sentence(lines[kept[n - 1]].text) and _feature_prose(lines[kept[n + run]].text):
            block = kept[n:n + run]
            blocks.append(block[-1:] if update_marker(lines[block[-1]].text) else block)
        n += max(run, 1)
    return {i for block in blocks for i in block} if len(blocks) >= FEATURE_HEADINGS_MIN else set()


def _heading_line(text: str) -> bool:
    stripped = text.strip()
    return (0 < len(words(stripped)) <= HEADING_WORDS and not ends_sentence(stripped) and not stripped.endswith(":")
            and not list_line(stripped) and (stripped[:1].isalnum() or stripped[:1] in "'‘\"“")
            and not MEDIA_LINK.search(stripped))


def _feature_prose(text: str) -> bool:
    return len(words(text)) >= FEATURE_PROSE_WORDS and ends_sentence(text)
