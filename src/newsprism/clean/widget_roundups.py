"""What a newsletter or a site adds around an article, patterns :mod:`newsprism.clean.widgets` lists as rules:

- a roundup's items: another outlet's story, its headline in quotation marks credited 'by Outlet's Reporter', often
  under a label and a dash, then an excerpt or a link ('LABEL—"A headline," by The Daily X's Jane Roe: "…"');
- a newsletter's greeting ('Welcome to X's Weekly Report, a weekly digest of …') and its section labels
  ('SHORT READS:');
- a note that the piece was published elsewhere first ('This piece first appeared on X.') or is taken from a
  series or a book ('This is a preview of the third installment of …');
- a show's schedule ('X Daily airs on Channel 5 weekdays from 6:00 a.m. …');
- a social page's prompt ('Do you support X? Like the page:').

Read on the tune part of PolNeAR train (two thirds of its articles by a hash of their names) where its annotators
discarded these lines and cleaning kept them; scanned on PolNeAR train and dev and the gunviolence dev pages for the
article's own lines they would take (see the commit that added them).
"""

from __future__ import annotations

import re

ROUNDUP_ITEM = re.compile(
    r"^(?:[A-Z][A-Z0-9 &'’.,/-]{1,40})?(?:[—–-]\s*)?[\"“][^\"”]{5,200}?[,.]['’]?[\"”]\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&-]*\s){0,4}[A-Z][\w.&-]*['’]s?\s+[A-Z]")
"""A roundup's item: a headline in quotation marks at the line's head, then 'by' and an outlet's possessive before
its reporter's name ('by Times' Jane Roe', 'by the Daily X's Jane Roe'). A sentence quoted in a story is followed by
'said', not by 'by' and a possessive."""
ROUNDUP_WORDS = 200
"""A roundup's item carries its excerpt: the longest of the tune part has 160 words."""
NEWSLETTER_GREETING = re.compile(
    r"^(?:welcome to|thanks? for reading)\b.{0,80}\b(?:newsletter|digest|briefing|report|playbook)\b.{0,80}"
    r"\b(?:daily|weekly|monthly|morning|evening)\b", re.I)
"""A newsletter's greeting: 'Welcome to X's Culture Report, a weekly digest of news from …'."""
ROUNDUP_LABEL = re.compile(r"^(?:short|quick|must|more|other|weekend|further) reads?\s*:?\s*$", re.I)
"""A newsletter's section label over its list of links: 'SHORT READS:'."""
FIRST_PUBLISHED = re.compile(
    r"^(?:this|the) (?:piece|article|post|story|column|essay|op-ed|commentary) (?:first|originally) "
    r"(?:appeared|ran|was published)\b", re.I)
"""A note that the piece was published elsewhere first: 'This piece first appeared on X.'"""
SERIES_NOTE = re.compile(
    r"^(?:editor['’]s note:\s*)?this (?:is|was) (?:a preview of|an excerpt from|adapted from) (?:the |an? )?"
    r"(?:[\w‘’'-]+\s){0,6}(?:installment|series|book|chapter)\b", re.I)
"""An editor's note on what the piece is taken from: 'This is a preview of the third installment of X, the Y series
that …', 'This is an excerpt from the book …'."""
SERIES_NOTE_WORDS = 45
"""Such a note names the series and says what it does: 38 words on the tune part."""
SHOW_SCHEDULE = re.compile(
    r"\bairs (?:on|live|weekdays|daily|every)\b.{0,60}\b(?:weekdays|weeknights|daily|mondays?|sundays?|"
    r"saturdays?|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)", re.I)
"""A show's schedule: e.g. 'X Tonight airs on Radio 7 weekdays at 5:30PM.' (invented)"""
LIKE_PAGE = re.compile(r"\blike (?:the|our|this|my) (?:facebook )?page\s*:?\s*$", re.I)
"""A social page's prompt: 'Do you support Jane Roe? Like the page:'."""
PROMPT_WORDS = 15
"""The prompts and notes above run to 8 words on the tune part; a greeting (19 words) may run to twice this, a
schedule (18) to :data:`SCHEDULE_WORDS`."""
SCHEDULE_WORDS = 20
