"""A government body named for one holder of its office: "Trump White House", "Biden Justice Department", "Obama
Pentagon" is that body at one time, no longer name of the bare body. "The White House" of a story also writing
"the Trump White House" is the body of its own time (AllSides roundup 5632, issue #19: every "the White House said"
of Biden's staff went to a record "Trump White House").

:func:`held_body` tells such a name; :func:`~.contained.join_contained` keeps the bare body apart from it when the
holder is a person of the story (:func:`held_by_person`): the phrase keeps a record of its own, and the bare
body's record keeps the bare body's name.
"""

from __future__ import annotations

from collections import defaultdict

from newsprism.entities.mentions import Mention, voted_type
from newsprism.entities.not_entities import DEPARTMENT_WORDS

Tokens = tuple[str, ...]

_DEPARTMENTS = DEPARTMENT_WORDS | {("state",)}
"""First words of a department's name ("Justice | Department", "State | Department")."""

_OFFICES = frozenset({("white", "house"), ("administration",), ("pentagon",), ("cabinet",), ("kremlin",)})
"""Government bodies (folded words) a holder's name is written before: "the Trump White House", "the Obama
administration", "the Putin Kremlin"."""


def held_body(tokens: Tokens) -> bool:
    """Whether a name's words are one word (a holder's name) then a government body's ("trump white house", "biden
    justice department"; not "social security administration", whose "social" opens no body)."""
    body = tokens[1:]
    return body in _OFFICES or (len(body) == 2 and body[1] == "department" and body[:1] in _DEPARTMENTS)


def held_by_person(short: Tokens, long: Tokens, surnames: set[str]) -> bool:
    """``long`` is ``short``, a government body, with a person's name of the story before it (``surnames``: the
    last words of the names voted people): "white house" in "trump white house" beside "Donald Trump"."""
    return len(long) == len(short) + 1 and long[1:] == short and long[0] in surnames and held_body(long)


def surnames(written: list[tuple[str, Mention]]) -> set[str]:
    """The last words of the story's names (``written``: each mention with its key) voted people's."""
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for key, mention in written:
        if key == mention.key:
            mentions[key].append(mention)
    return {group[0].tokens[-1] for group in mentions.values() if voted_type(group) == "person"}
