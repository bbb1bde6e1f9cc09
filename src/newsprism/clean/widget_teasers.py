"""A promoted story pasted as one line: its Title Case headline glued to its blurb with no space between them.

A site's promoted stories (lifestyle lists, travel tips, a staff list of columnists) lose the break between the
headline and the blurb when the page is pasted as text: 'Best Bike Trails Near The Lake ShoreThe lake shore has
…', 'Holiday Travel Tips: Where To Ring In 2019It's time to …'. The glue is the cue: a word of the headline runs
straight into the capital that opens the blurb. Read on the 2,781 dev pages of the gunviolence corpus (round 17,
issue #16, helper B, session 29; no test page read): 14 lines have the shape, 13 pass the checks below (the 14th is
a press release's header run into its text), all 13 were kept before and all are clutter: other sections' promoted
stories on 9 pages (lifestyle lists, travel tips; one labelled `clutter/promo` in batch 2) and a columnists' list
run into a desk's pitch. None is a labelled body line; cleaning changes no other line of the 2,781 pages. PolNeAR
train and dev: one line, a live blog's comment widget.
"""

from __future__ import annotations

import re

HEAD_WORDS = 4
"""Title Case words of the headline before the glued word: a sentence opening with three capitalised names before
a company's inner capital ('Dozens of Alpha Beta and GammaCorp employees') stays; the dev pages' promoted
headlines have 4 to 12."""
GLUED_TEASER = re.compile(
    r"^(?:[A-Z0-9$#\"“][\w’'&.,:$%-]*\s+(?:(?:of|the|and|in|on|at|for|to|a|an|with|from|by|vs\.?|&)\s+)*)"
    rf"{{{HEAD_WORDS},14}}"
    r"(?!(?:Mc|Mac|La|Le|De|Da|Di|Du|Van|Von|St|O)[A-Z])[A-Z0-9][\w’'&.-]*?(?:[a-z]{2}|\d|[?!])[\"”’]?[A-Z][a-z]")
"""A Title Case headline (small words may stay lower case) whose last word runs into the capital of the next
sentence: 'Lake ShoreThe', 'In 2017It's', 'New Year"Here'. Names with an inner capital ('McCarthy', 'DeGuzman',
'LaShawn') are no glue."""
SHOUTED = re.compile(r"\b[A-Z]{5,}")
"""A word in capitals of five letters or more before the glue: a press release's 'FOR IMMEDIATE RELEASE' header run
into its text, not a promoted headline."""
TEASER_WORDS = 120
"""The dev pages' glued teasers run to 98 words (headline and blurb)."""
BLURB_OPENING_WORDS = 6
"""The blurb reads as a sentence: a word in lower case among its first six ('Malibu is ranked', 'It's time to').
A headline naming a brand spelt with an inner capital runs on in Title Case ('... In The SkyAir Plane Crash.'):
no glue."""


def glued_teaser(text: str) -> bool:
    """A promoted story's headline glued to its blurb on one line (:data:`GLUED_TEASER`)."""
    match = GLUED_TEASER.match(text)
    if match is None or len(text.split()) > TEASER_WORDS or SHOUTED.search(text, 0, match.end()):
        return False
    blurb = text[match.end() - 2:].split()[:BLURB_OPENING_WORDS]
    return any(word[:1].islower() for word in blurb)
