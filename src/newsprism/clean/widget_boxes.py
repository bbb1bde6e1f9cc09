"""Boxes and credits batch 11 of the dev labels (round 13, issue #16) showed: a broadcaster's credit closing a caption,
the printed paper's pointer, a reporter's contact row, a comment section's standing rules, a station group's box and
a newsroom's 'keep following us' prompt. Moved out of :mod:`newsprism.clean.widgets` (which lists them as rules) to
keep that module short; calibrated as each constant says, never on the test part."""

from __future__ import annotations

import re

NOCASE = re.IGNORECASE

BROADCAST_CREDIT = re.compile(
    r"[.!?\"”)]\s+(?:[KW][A-Z]{2,3}(?:-(?:TV|DT))?|\d{1,2}\s?News|News\s?\d{1,2}|Facebook|Instagram|Twitter)\s*$")
"""A caption closed by its picture's source standing alone after the last sentence, a station's call letters or
channel name or a social site ('A passer-by filmed the scramble. 7News', '... makes a plea for information.
KING', '... where bodies were found. WYFF-TV'): batch 11 of the dev labels three captions; over the whole corpus
(4,195 pages) the shape closes 10 lines, all captions; PolNeAR none. Case matters: 'said this' is no call sign."""
PAPER_PROMO = re.compile(
    r"^for (?:more|the (?:full|complete|whole) story)\b[^.!?]{0,40}\b(?:see|read|pick up|get)\s+(?:(?:this|next) )?"
    r"(?:\w+day|today|tomorrow)['’]s\b", NOCASE)
"""A pointer to the printed paper: 'For the full story, read Monday's Lumo Courier.', 'For more on this case, see
Friday's Portvale Ledger.' (batch 11 of the dev labels one; three in the whole corpus, all closing a story)."""
CONTACT_ROW = re.compile(
    r"^\W*(?:reporter|writer|staff writer|columnist|photographer|contact)\s*:\s*(?:\(?\d{3}\)?[\s.-]?\d{3}[.-]\d{4}|"
    r"[\w.+-]+@[\w-]+\.)", NOCASE)
"""The reporter's contact row closing a story: '— Reporter: 541-555-0100, jroe@dailyx.com' (batch 11 of the dev
labels)."""
COMMENT_POLICY = re.compile(
    r"\bnew comments are (?:only )?accepted\b|\breserve the right to remove any (?:content|comments?)\b|"
    r"\bviolates? (?:the|our) community (?:rules|guidelines|standards)\b|\bthis is an anti-?spam device\b|"
    r"\beach (?:submission|comment) must be approved\b", NOCASE)
"""A comment section's standing rules, which run long ('… New comments are accepted for ten days after a story
runs. Editors reserve the right to remove any comment …', 81 words): batch 11 of the dev labels two
such blocks; over the corpus 3 lines, all comment boxes; PolNeAR none."""
COMMENT_POLICY_WORDS = 150
STATION_GROUP = re.compile(
    r"\b(?:is|are) (?:a )?part of [A-Z][^.!?]{0,60}, a (?:division|subsidiary|unit) of\b|"
    r"\bwelcome to [^.!?]{2,60} on [\w-]+\.(?:com|tv)!|\bjoin(?:ed|ing) forces with\b[^.!?]{0,60}\bstations\b", NOCASE)
"""A station group's box about its member stations: 'KXYZ-TV is part of X Television Stations, a division of X Corp.
…', 'Welcome to KXYZ on X.com! KXYZ has joined forces with … other stations …' (an owner box, wording ours: on
the unlabelled dev pages 6 pages of 4 sites, each line the box; no body line of the dev labels, PolNeAR none)."""
STATION_FOLLOW = re.compile(
    r"^(?i:(?:continue to |keep )?follow(?:ing)?|stick with|stay with) (?:us|[A-Z0-9][\w.'’-]*(?: "
    r"[A-Z0-9][\w.'’-]*){0,3}) (?:for|as)\b.{0,40}\b(?:latest|updates|developments|develops|more (?:on this|details|"
    r"information))\b")
"""A newsroom's prompt to keep following it: 'Continue to follow Lumo 4 News as the case
develops.' (the unlabelled dev pages; 'please stay with me' said at a scene names no newsroom and no update). Only
at the line's start: 'Nothing more is known yet. Stay with X for updates.' keeps the article's sentence."""
