"""A page header that prints the headline again, run into one line with the lead: 'Four hurt in shooting News Four
hurt in shooting Police say four people …' over '- Police say four people …'.

A station template (seen on the gunviolence dev pages of eight stations of one group) opens its text with one
line holding the headline, a section label ('News', 'Local News'), the headline again and the article's first
paragraph, then prints that paragraph on its own. The label guide calls such a line `title` ("a header repeating
the title and the lead"); kept, it gives the reader the headline and the lead twice. It is the page's first line
after the headline that opens with the headline and holds the opening of the next line: that next line is the lead,
so nothing of the article goes with it. A line that opens with the headline and goes on with the article
('Boy shot on porch.The boy's mother said …', the title a copy of the lead's first sentence) holds no opening of
the next line and stays.

A tabloid headline in its caption template ('Pictured: the two victims of …') is read as a picture caption by the
single-line rules (:data:`newsprism.clean.widget_credits.PICTURE_CUE_CAPTION`); a caption line with the very words of
the page's title is the headline printed again, so it is `title`. On the 2,781 gunviolence dev pages (round 31) this
renames 2 lines of one page (the headline and its copy) from caption to title; no kept line changes.
"""

from __future__ import annotations

from newsprism.clean.lines import Line, lower_words
from newsprism.model import ClutterKind

LEAD_OPENING_WORDS = 8
"""The words of the next line's opening that the header line must hold. On the 2,781 gunviolence dev pages
(round 28) the rule takes 11 header lines of 8 stations of the template, each holding the whole lead (5 on labelled
pages, all `title`); three other lines that open with their headline stay: a lead run into its own first sentence
and two headlines with a deck not printed again. Eight words tell the lead from a sentence that merely starts like
it."""
TITLE_MIN_WORDS = 4
"""A headline shorter than this ('Shooting', 'Local news') opens too many lines to be a copy's mark."""


def mark_header_copy(lines: list[Line], kinds: list[ClutterKind | None], title: str | None) -> None:
    """The first free line, when it opens with ``title`` and holds the opening of the next free line, is `title`;
    so is a caption with the title's words."""
    head = lower_words(title) if title else ()
    for index, line in enumerate(lines):
        if kinds[index] == "caption" and head and lower_words(line.text) == head:
            kinds[index] = "title"
    free = [index for index, kind in enumerate(kinds) if kind is None][:2]
    if len(head) < TITLE_MIN_WORDS or len(free) < 2:
        return
    first, lead = lower_words(lines[free[0]].text), lower_words(lines[free[1]].text)[:LEAD_OPENING_WORDS]
    if first[:len(head)] == head and len(lead) == LEAD_OPENING_WORDS and _holds(first[len(head):], lead):
        kinds[free[0]] = "title"


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[start:start + len(part)] == part for start in range(len(words) - len(part) + 1))
