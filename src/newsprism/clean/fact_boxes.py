"""Fact boxes at a page's top: short 'Label – value' rows ('Type – Shooting', 'Date – February 19th, 2016') whose
date is no publication stamp (:mod:`newsprism.clean.dates` skips such a row).

And a fact box closing the article under a removed line (a '—-' separator, a picture's caption): 'Label: value'
rows under short headings ('MORE ABOUT THE CANDIDATES', a candidate's name, 'Age: 47', 'Party: …'; a district's
crime counts 'Robbery: 4', 'Burglary: 12'). The label guide calls a box about the article's story body; cut with the
page's footer before. A site's footer rows ('Phone: …', 'Newsroom: …') are about the outlet, not the story: the box
is the article's only when most of its values are plain figures or hold a word of the body (:func:`closing_box_end`).
"""

from __future__ import annotations

import re

from newsprism.clean.lines import Line, ends_sentence, lower_words, words
from newsprism.model import ClutterKind
from newsprism.typography import DASHES

ROW = re.compile(rf"^(?P<label>[A-Za-z][\w' ]{{0,30}}?)\s*(?:[{DASHES}]|:)\s+\S")
STAMP_LABELS = frozenset("published posted created updated modified last updated last modified date by source "
                         "first published".split())
RELEASE_LABELS = frozenset("subject from to case prosecutor contact media contact release".split())
"""A press release's header rows ('Case: Jane Roe', 'Prosecutor: ...', 'Subject: ...'): beside them a 'Date:' row is
the release's own date, no fact box's (the gunviolence dev pages' 'Date:' rows at the top: 7, two of them
releases, two in an incident's fact box of 'Type – Shooting' rows)."""
FACT_VALUE_WORDS = 6
"""A fact box's value is short ('Shooting', 'City Police', '2630 Waldron Rd.'); a headline after a colon
('Police: Man who hurt firefighters freed from jail', 8 words) or a dateline's lead ('ATLANTA - Police
are investigating ...') is longer. On the gunviolence dev pages fact-box values have 1 to 5
words."""


def fact_row(lines: list[str], index: int) -> bool:
    """A short 'Label – value' row beside another short row whose label is not a publication label: a fact box.
    The title line is no row ('Portvale Shooting: Teen killed at school' above 'Updated: Mar 28, 2017')."""
    own = ROW.match(lines[index])
    if not own or not _short_row(lines[index], own):
        return False
    for other in (index - 1, index + 1):
        row = ROW.match(lines[other]) if 0 < other < len(lines) else None
        label = row.group("label").strip().lower() if row else ""
        if row and label not in STAMP_LABELS | RELEASE_LABELS and _short_row(lines[other], row):
            return True
    return False


def _short_row(line: str, row: re.Match[str]) -> bool:
    value = line[row.end("label"):].lstrip(" :" + DASHES)
    return len(words(value)) <= FACT_VALUE_WORDS


PASSED_KINDS = ("fragment", "caption")
"""Removed lines a closing box may sit under: a separator line and a picture's caption."""
BOX_MIN_ROWS = 3
"""Fewest 'Label: value' rows of a closing box; the two boxes on the gunviolence dev pages that motivated the rule
(round 31, seed 616's whio page and a Shreveport page) have 10 and 12."""
BOX_HEADING_WORDS = 12
"""Longest heading between a closing box's rows (a district's crime table headed by an 11-word line naming the
district and its park); a line ending a sentence is prose and ends the box."""
ROWS_PER_HEADING = 2
"""A box has at least this many rows per heading line (the two boxes: 10 rows to 3 headings); a video playlist
under a story ('Raw: …', 'Mayor: …' among plain headlines, two dev pages) has more headlines than rows."""
TOPIC_SHARE = 0.5
"""Share of a closing box's values that must be a plain figure or hold a word of the body (both boxes: all)."""
FIGURE = re.compile(r"^\$?\d[\d,.]*%?$")
"""A plain figure ('47', '3', '$1,200', '12%'); a phone number or a date has other marks."""
VALUE_WORD_MIN = 4
"""A value's word shared with the body counts from this length ('Clayton', 'Democrat'; not 'of', 'the')."""


def closing_box_end(lines: list[Line], kinds: list[ClutterKind | None], start: int) -> int:
    """Where a closing fact box past ``start`` (the body's end) ends, ``start`` if there is none; the body is the
    free lines above ``start``."""
    index = start
    while index < len(lines) and kinds[index] in PASSED_KINDS:
        index += 1
    passed, values, end = index - start, [], start
    while index < len(lines) and kinds[index] is None:
        text = lines[index].text.strip()
        row = ROW.match(text)
        if row and ":" in text[row.end("label"):row.end()] and not ends_sentence(text) and not text.endswith(":"):
            values.append(text[row.end() - 1:].strip())
            end = index + 1
        elif len(words(text)) > BOX_HEADING_WORDS or ends_sentence(text):
            break
        index += 1
    if len(values) < BOX_MIN_ROWS:
        return start  # no box: the body's words are read only for one
    body = {word for i in range(start) if kinds[i] is None for word in _long_words(lines[i].text)}
    shared = [value for value in values if FIGURE.match(value) or body & _long_words(value)]
    enough = len(values) >= max(BOX_MIN_ROWS, ROWS_PER_HEADING * (end - start - len(values) - passed))
    return end if enough and len(shared) >= TOPIC_SHARE * len(values) else start


def closing_box_rows(lines: list[Line], kinds: list[ClutterKind | None], last: int) -> set[int]:
    """The free lines of a closing box under the body's ``last`` line (:func:`closing_box_end`)."""
    return {i for i in range(last + 1, closing_box_end(lines, kinds, last + 1)) if kinds[i] is None}


def _long_words(text: str) -> set[str]:
    return {word for word in lower_words(text) if len(word) >= VALUE_WORD_MIN}
