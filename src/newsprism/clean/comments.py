"""Readers' comments under an article: a comment section's header, then comments each under its signature.

A reader's comment reads as prose (often longer than the article's paragraphs), so no single-line rule can tell it
from the article. What gives a comment section away is its structure: a header ('Reader Comments', '12 Comments',
'Leave a Reply', 'Join the discussion') under the article, and under it the signatures of the comments ('Article
comment by: Jane Roe', 'Jane Roe says:', a 'Reply | Report abuse' row, 'Jane Roe 3 hours ago'). A section is taken
only with both, below at least one whole paragraph of the article; everything from its header to the end of the page
is the section's (the comments, their dates and the comment form). Without a header, two signatures of the strong
kinds open the section at the first of them.

Calibrated on batch 11 of the dev labels (a local paper's page with five readers' comments under 'Reader Comments',
each under 'Posted: <date>' and 'Article comment by: <name>'), and written against the signatures the common
comment systems print; never fired on a body line of the dev labels, PolNeAR or the unlabelled dev pages.
"""

from __future__ import annotations

import re

from newsprism.clean.lines import Line, whole_paragraph
from newsprism.model import ClutterKind

Kinds = list[ClutterKind | None]

COMMENT_HEADER = re.compile(
    r"^\W*(?:(?:readers?['’]?|users?['’]?|your|\d+|all)\s+)?(?:comments?|responses|replies|discussion)"
    r"(?:\s*\(\d+\))?\s*:?\s*$|^\W*(?:leave|post|add|write|submit) (?:a|your|an article) (?:comment|reply|response)\b|"
    r"^\W*join the (?:conversation|discussion)\b|^\W*what do you think\?\s*$", re.I)
"""A comment section's header standing alone."""
STRONG_SIGNATURE = re.compile(
    r"^\W*(?i:(?:article |reader |user )?comment(?:ed)? by)\s*:?\s*\S.{0,40}$|"
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?i:says|wrote)\s*:\s*$|"
    r"^\W*(?i:reply|report(?: abuse)?|flag(?: as inappropriate)?|permalink)"
    r"(?:\s*[|·•-]?\s*(?i:reply|report(?: abuse)?|flag|like|share|permalink))*\W*$")
"""A comment's own signature: 'Article comment by: Jane Roe', 'Jane Roe says:', 'Reply | Report abuse'."""
WEAK_SIGNATURE = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*[·•|-]?\s*\d{1,2} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
    r"weeks?|months?|years?) ago\s*$|^\W*(?:posted|submitted)\s*:?\s*(?:on\s+)?\w+day\b.{0,30}$", re.I)
"""A signature that only counts under a header: 'Jane Roe 3 hours ago', 'Posted: Monday, April 15, 2013'."""
SIGNATURE_REACH = 6
"""A comment section's first signature stands within so many lines under its header (batch 11: the second line)."""
SECTION_KINDS = frozenset({None, "date", "byline", "title", "subtitle", "related", "boilerplate"})
"""Kinds a comment section's lines take over: a comment's date or author is no metadata of the article."""


def mark_comment_threads(lines: list[Line], kinds: Kinds) -> None:
    """Every line of a readers' comment section (from its header, or its first strong signature, to the page's end)
    becomes ``comments``."""
    start = section_start(lines, kinds)
    if start is None:
        return
    for i in range(start, len(lines)):
        if kinds[i] in SECTION_KINDS:
            kinds[i] = "comments"


def section_start(lines: list[Line], kinds: Kinds) -> int | None:
    """Where a comment section starts, or None: below a whole paragraph, a header with a signature under it, else
    the first of two strong signatures."""
    article = next((i for i, line in enumerate(lines) if kinds[i] is None and whole_paragraph(line.text)), None)
    if article is None:
        return None
    for h in range(article + 1, len(lines)):
        if COMMENT_HEADER.match(lines[h].text) and any(
                _signature(lines[j].text) for j in range(h + 1, min(len(lines), h + 1 + SIGNATURE_REACH))):
            return h
    strong = [i for i in range(article + 1, len(lines)) if STRONG_SIGNATURE.match(lines[i].text)]
    return strong[0] if len(strong) >= 2 else None



def _signature(text: str) -> bool:
    return bool(STRONG_SIGNATURE.match(text) or WEAK_SIGNATURE.match(text))
