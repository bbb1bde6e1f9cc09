"""The story's own lead printed twice at the top of the page, told from a picture's caption or another story's teaser
printed twice there.

A paragraph printed twice in a row above the article's first single paragraph is most often a gallery's or a
carousel's text and its alternative text, and both copies go (:func:`newsprism.clean.text._mark_first_copy`). A
station template also prints the story's lead (or an earlier version's lead) twice above the article: one copy must
stay. The first stays, as for a paragraph printed twice inside the article (the label guide: the first copy `body`,
later copies `clutter/other`; batch 10 labelled such a pair deck then lead, batch 19 lead then copy).
"""

from __future__ import annotations

from newsprism.clean.edge_patterns import TRAILING_CREDIT
from newsprism.clean.features import content_words
from newsprism.clean.lines import Line, line_key
from newsprism.clean.rules import BRACKET_CREDIT
from newsprism.model import ClutterKind

LEAD_TITLE_WORDS = 3
"""Content words a lead printed twice shares with the headline when that alone names the story's event
('Three hurt outside Lumo bakery …' over 'Deputies say three people were hurt outside a Lumo bakery …').
Calibrated on the 25 top-of-page pairs of the 2,781 dev pages that are not part of a run of pairs: the
story's own leads share 1 to 6 words with the headline, a station's site description 2 ('dubuque', 'news'),
other stories' teasers and promos 0 or 1."""

LEAD_BODY_WORDS = 3
"""With at least one headline word, content words the pair shares with the paragraphs under it
(:data:`BELOW_LINES`): the leads of those pairs share 3 to 15, a teaser of another story on the same site 2
('according', 'sunday'), a site description 2."""

BELOW_LINES = 3
"""How many kept paragraphs under the pair are read for its event's words."""


def story_lead(lines: list[Line], kinds: list[ClutterKind | None], first: int, second: int,
               title: str | None) -> bool:
    """The copies at ``first`` and ``second`` are the story's lead printed twice at the top: nothing is kept above
    them, no other pair is printed right above or under them (a carousel prints its teasers in pairs), no credit
    closes them (a picture's or a video's caption) and they share the headline's event (:data:`LEAD_TITLE_WORDS`,
    :data:`LEAD_BODY_WORDS`)."""
    if any(kind is None for kind in kinds[:first]) or _in_run(lines, first, second) or _credited(lines[first].text):
        return False
    own = content_words(lines[first].text)
    in_title = len(own & content_words(title or ""))
    below = [content_words(lines[i].text) for i in range(second + 1, len(lines)) if kinds[i] is None][:BELOW_LINES]
    in_body = len(own & set().union(*below))
    return in_title >= LEAD_TITLE_WORDS or (in_title >= 1 and in_body >= LEAD_BODY_WORDS)


def _in_run(lines: list[Line], first: int, second: int) -> bool:
    """Another pair of copies ends right above ``first`` or starts right under ``second``, or a third copy
    follows."""
    return ((first >= 2 and _same(lines[first - 2], lines[first - 1]))
            or (second + 1 < len(lines) and _same(lines[second], lines[second + 1]))
            or (second + 2 < len(lines) and _same(lines[second + 1], lines[second + 2])))


def _same(upper: Line, lower: Line) -> bool:
    return line_key(upper.text) == line_key(lower.text)


def _credited(text: str) -> bool:
    return bool(TRAILING_CREDIT.search(text) or BRACKET_CREDIT.search(text))
