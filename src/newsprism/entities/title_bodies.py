"""A person's title written "<title> of the <body>" before the name: spaCy runs the body into the name ("Speaker of the
[House Ana Lee]", "Chairman of the [Senate Rules Committee Tom Berg]"), one record typed as spaCy labelled it. The name
is a person's and starts after the body's last word when two capitalised words or more follow it (AllSides roundup
5964, D18's honest reading of issue #19's twenty-ninth round: "House Nancy Pelosi" an organisation). A department's
words count as the body's ("Secretary of [Defense Ana Lee]", "Secretary of [Health and Human Services Ana Lee]":
AllSides roundup 5756, D26's honest seed-102 reading, "Defense Lloyd Austin" a body)."""

from __future__ import annotations

import re

from newsprism.entities.kind_words import BODY_WORDS, CHAMBER_WORDS, ROLES_BEFORE_NAMES
from newsprism.entities.not_entities import DEPARTMENT_WORDS
from newsprism.lexicon import TITLES
from newsprism.model import EntityType

_TITLE_WORDS = frozenset({*(title.split()[-1] for title in TITLES), *ROLES_BEFORE_NAMES, "speaker"})
"""Last words of titles and roles ("Speaker", "Secretary", "Chairman"): the word before "of (the)" that makes the body
after it part of a person's title."""
_DEPARTMENT_ENDS = frozenset({*(words[-1] for words in DEPARTMENT_WORDS), "state", "services", "development"})
"""Last words of a department's name after "Secretary of" (:data:`.not_entities.DEPARTMENT_WORDS`; "State", "Health
and Human | Services", "Housing and Urban | Development"): where the body's name ends before the person's."""
_TITLE_OF = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
_WORD = re.compile(r"\S+")


def titled_name(text: str, start: int, end: int, label: EntityType) -> tuple[int, EntityType]:
    """Where the name in ``text[start:end]`` starts once a title's body spaCy ran into it is cut off, and its type: a
    person after the body's last word; ``start`` and ``label`` when no "<title> of (the)" comes right before or the
    span (past its "the") is no capitalised run ending in a body's word that two capitalised words or more follow."""
    words = [word for word in _WORD.finditer(text, start, end) if word.group() != "the" or word.start() != start]
    before = _TITLE_OF.search(text[max(0, start - 40):words[0].start()] if words else "")
    if before is None or before.group(1).lower() not in _TITLE_WORDS or not all(
            word.group()[0].isupper() or word.group() == "and" for word in words):
        return start, label
    bodies = [i for i, word in enumerate(words) if word.group().lower() in BODY_WORDS | CHAMBER_WORDS | (
        _DEPARTMENT_ENDS)]
    if not bodies or bodies[-1] >= len(words) - 2 or any(word.group() == "and" for word in words[bodies[-1]:]):
        return start, label
    return words[bodies[-1] + 1].start(), "person"
