"""The noun a number counts: the person nouns after a count ('129 people', 'two young men', 'three people,
including a child,'), the auxiliaries between it and its measure, and the nouns that name no group of their own
(:mod:`.measures` reads the measure on either side of the count).
"""

from __future__ import annotations

import re

from newsprism import lexicon
from newsprism.figures.sentence_counts import PERSON_NOUNS
from newsprism.lexicon import alternation

GENERIC = frozenset({*lexicon.PEOPLE, *lexicon.PEOPLE.values(), *lexicon.KIN, *lexicon.KIN.values(), "persons",
                     "others", "other people", "more", ""})
"""Counted nouns that name no group of their own (the lexicon's people and kin): '3 people killed' and '3 killed'
are one measure; '3 officers killed' counts a group of its own (its subject is 'officers')."""
AUX = r"(?:(?:was|were|is|are|have|has|had|been|be|being|reportedly|also|later|all|each|now|remain|remained|" \
      r"critically|seriously|severely|badly|gravely|mortally|allegedly|since|then|who|that|got|found|pronounced|" \
      r"later|accidentally|reported|believed|apparently|left)\s+){0,4}"
"""The auxiliaries and adverbs between a counted noun and its measure ('were critically', 'have been')."""
DETERMINERS = frozenset({"a", "an", "his", "her", "their", "the"})
"""Words read as one only before a person noun ('a man was shot', 'killed his daughter')."""
SINGULAR = re.compile(r"\d+-year-old|" + alternation(sorted(lexicon.PEOPLE, key=len, reverse=True)), re.I)
"""Nouns after 'the' that name one victim ('the 6-year-old was shot'): 'the' counts one only before these."""


def generic_noun(noun: str) -> bool:
    """A counted noun that names no group of its own (:data:`GENERIC`, 'concert-goers', '19-year-old')."""
    return noun in GENERIC or noun.endswith("goers") or bool(re.fullmatch(r"\d+-year-old", noun))


FUNCTION_WORDS = alternation(sorted(lexicon.GLUE_WORDS | lexicon.DEMONSTRATIVES | lexicon.POSSESSIVE_DETERMINERS,
                                    key=len, reverse=True))
"""Words that are never an adjective of the counted noun ('told WQRZ 5 that her nephew was hurt': no five nephews)."""
COUNT_WORDS = alternation(sorted(lexicon.NUMBER_WORDS, key=len, reverse=True))
"""Number words, never an adjective of the counted noun ('WPXI 11 News Two brothers ... were shot': the count is
two, not eleven; residue 3 read)."""
INCLUDING = (r"\s*(?:,|--|[—–(])\s*(?:including|\w+\s+of\s+them)\s+[^,;.()—–]{1,40}?\s*(?:,|--|[—–)])|"
             r"\s+including\s+(?:[\w-]+\s+){1,4}?(?=(?:was|were|are|is)\s)|"
             r"\s*,?\s+(?:between\s+)?(?:the\s+)?(?:ages?|aged)\s+(?:of\s+)?\d{1,2}(?:\s*(?:,|and|to|-|through|&)\s*"
             r"\d{1,2})*\s*,?(?=\s)|"
             r"\s+(?:who\s+(?:were|was)\s+)?(?:tied|connected|linked|related)\s+to\s+(?:the\s+|this\s+)?"
             r"(?:incident|shooting|case)\s*,?(?=\s)")
"""A clause naming some of those counted between the count and its verb, set off by commas, dashes or brackets
('Three people, including a 9-year-old, were shot', 'four people -- including a child -- were injured') or
running up to the verb's auxiliary ('3 people including a 30-year-old were injured'), or their ages ('Three girls
between ages 13 and 17 were wounded': residue 14 read), or what ties them to the event ('Two more men linked to the
incident turned up ... with gunshot wounds': residue 14 read)."""


def counted_nouns(after: str) -> list[re.Match[str]]:
    """The counted noun right after a number, or after one or two adjectives ('people', 'young men', '19-year-old
    man'), each reading that fits."""
    shapes = (rf"[\s-]*(?P<noun>{PERSON_NOUNS})\b(?:{INCLUDING})?\s*,?\s*{AUX}",
              rf"[\s-]*(?:(?!(?:{FUNCTION_WORDS}|{COUNT_WORDS})\b)(?:\d+-year-old|[a-z]+(?:-[a-z]+)?),?\s+){{1,2}}"
              rf"(?P<noun>{PERSON_NOUNS})\b(?:{INCLUDING})?\s*,?\s*{AUX}")
    return [m for shape in shapes if (m := re.match(shape, after, re.I))]
