"""The sex a pronoun right after a name gives it: "Lee leaned on her backing", ", Lee said he ...".

Read only for a name that opens its sentence or clause (after a sentence's end or a comma) and is not a possessor
("Lee's son said he"): the pronoun that follows in the same clause, with no capitalised word between, is then most
often the name's own. :mod:`.surnames` uses it to choose between two people of one surname (a widow and her late
husband, "Ana Lee" and "Ben Lee") when recency alone would choose; gun-violence and NeuS stories of issue #19
(family members sharing a surname, NeuS train 1072 in session 29's tune stories).
"""

from __future__ import annotations

import re
from typing import Literal

_OPENS_CLAUSE = re.compile(r"(?:^|[.!?,;:][\"”’']?\s+|\n\s*)$")
"""What stands right before a name that opens its sentence or clause."""

_PRONOUN_AFTER = re.compile(r"(?![’']s\b)[^.!?;:\"“”\nA-Z]{0,60}?\b(he|his|him|himself|she|her|hers|herself)\b")
"""The first personal pronoun in the name's clause, no capitalised word, quotation mark or stop before it."""
_OBJECT_HER = re.compile(r"\s+(?:that|to|the|an?|and|or|in|on|at|for|with|of|by|from|about|as|if|when|while|after|"
                         r"before)\b|\s*[^\w\s]")
"""What follows "her" as an object, not a possessive ("told her that", "saw her."): not the name's own."""
_MALE = frozenset({"he", "his", "himself"})
_FEMALE = frozenset({"she", "hers", "herself"})

PRONOUN_WORDS = 5
"""Most words between the name and its pronoun: a verb and its object's few words ("Lee leaned heavily on her
backing"); further on the pronoun is more often an object's owner ("Lee held it up as one more sign of his contempt",
a paraphrase of a PolNeAR dev sentence, where "his" is another man's). Read on the 100 gun-violence dev incidents
and PolNeAR dev of session 29."""

PRONOUN_LOOK_BACK = 4
"""Characters read before a name for the clause's opening (a stop, a closing quotation mark and a space)."""


def pronoun_after(text: str, start: int, end: int) -> Literal["male", "female"] | None:
    """The sex of the pronoun that follows the name ``text[start:end]`` in its clause, when the name opens it."""
    if not _OPENS_CLAUSE.search(text[max(0, start - PRONOUN_LOOK_BACK):start]):
        return None
    match = _PRONOUN_AFTER.match(text, end)
    word = match.group(1) if match and len(text[end:match.start(1)].split()) <= PRONOUN_WORDS else ""
    if word in _MALE:
        return "male"
    if word in _FEMALE or (word == "her" and not _OBJECT_HER.match(text, match.end() if match else 0)):
        return "female"
    return None  # none, or an object's "him"/"her": someone else's
