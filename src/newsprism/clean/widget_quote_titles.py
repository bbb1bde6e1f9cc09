"""A video's or a related story's headline that quotes a speaker on a topic: 'Sheriff on Elm Street shooting: Our
hearts are broken', 'EXCLUSIVE: DA Roe on the verdict: "It was the right call"'.

The shape is a headline's: a speaker of one to four words, 'on', a topic, a colon and the quoted words, with no verb
before the colon. An article's own sentence that introduces a quotation has its verb there ('X wrote on its
Facebook page: "…"', 'A sign on the door read: "…"' opens with a function word). Read on the 2,781 dev pages of the
gunviolence corpus (round 18, issue #16, helper B2; no test page read): 5 lines have the shape, all clutter (two
videos' titles, a gallery's caption, two other stories' headlines the rules had removed); PolNeAR dev and train: two
articles' own titles ('X on Y: …'), which the page's title rule marks first (the pass skips the first line).
"""

from __future__ import annotations

import re

from newsprism.clean.listings import FINITE_REPORT_VERB
from newsprism.lexicon import GLUE_WORDS

QUOTE_TITLE = re.compile(
    r"^(?:(?:EXCLUSIVE|VIDEO|WATCH|RAW VIDEO)\s*:\s*)?(?P<who>[A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,3})\s+on\s+"
    r"(?P<topic>[^:.!?]{3,80}):\s+[\"“'‘]?[A-Z]")
"""Speaker, 'on', topic, colon, the quotation's capital."""
TITLE_WORDS = 30
"""The dev pages' quoting headlines run to 16 words; a longer line is a paragraph."""
VERBISH = re.compile(r"\b\w+(?:ed|ing)\b|\b(?:read|wrote|posts?|says?|tells?|speaks?|writes?)\b", re.I)
"""A verb before the colon, past or in '-ing', or a verb of saying: a sentence introducing a quotation
('… posted this on her page: "…"'). The topic may hold a noun in '-ing' ('shooting'): only the speaker is read."""


def quote_title(text: str) -> bool:
    """A headline quoting a speaker on a topic (:data:`QUOTE_TITLE`), with no verb before the colon."""
    match = QUOTE_TITLE.match(text)
    if match is None or len(text.split()) > TITLE_WORDS:
        return False
    who, topic = match.group("who"), match.group("topic")
    if who.split()[0].lower() in GLUE_WORDS or VERBISH.search(who):
        return False
    return not FINITE_REPORT_VERB.search(f"{who} {topic}")
