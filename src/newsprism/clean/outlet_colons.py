"""The site's name in a title a content system joins with ' :: ' ('Portvale DA :: 9.9.15: Title', 'Title :: KXYZ.com').

Read by :func:`newsprism.clean.outlet_cues.title_names` when no media-shaped name stands at either end of the title.
"""

from __future__ import annotations

import re

from newsprism.clean.metadata import agency
from newsprism.clean.outlet_names import named

SITE_COLONS = " :: "
"""A content system's separator of the site's name and the page's title: on such a title the short name at either end
is the site's, media-shaped or not (a prosecutor's or a city's office publishing its own release). Among the
gunviolence pages' titles (4,195 pages) 19 distinct ones hold it: 18 'Headline :: WRAL.com', one 'Sacramento DA ::
9.9.15: Headline'."""
MAX_SITE_WORDS = 4
"""The longest site name read so (as :data:`outlet_cues.MAX_NAME_TITLE_WORDS`); the title beside it is longer."""


def colons_site(line: str) -> list[str]:
    """The site's name at an end of a title split by :data:`SITE_COLONS`: a short capitalised name, not a wire's,
    beside a longer title, without a colon or a closing stop of a headline ('Police: Man Shot' is none)."""
    if SITE_COLONS not in line:
        return []
    parts = [part.strip() for part in line.split(SITE_COLONS)]
    for name in (parts[-1], parts[0]):
        words = name.split()
        others = len(line.split()) - len(words)
        if 1 <= len(words) <= MAX_SITE_WORDS < others and all(w[0].isupper() for w in words) \
                and named(name) and not agency(name) and not re.search(r"[:;,!?]|\.$", name):
            return [name]
    return []
