"""A place's or body's name written in full and shortened: "Betty Ford Center" is the "Betty Ford Treatment
Center", "Mount Cook" the "Aoraki Mount Cook" of the same story.

Two names of the story that are not people's join when the shorter has two words or more, ends in the same word
as the longer, and its words are the longer one's words in the same order with some left out; and only when the
longer name is the one name of the story that way (two longer names holding it, "Indiana Supreme Court" and "Ohio
Supreme Court", leave "Supreme Court" alone). One-word names are left to :func:`~.merge.absorb_bodies`, people to
:mod:`.variants`.
"""

from __future__ import annotations

from collections import defaultdict

from newsprism.entities.mentions import Mention, voted_type
from newsprism.grouping import DisjointSets

Tokens = tuple[str, ...]


def join_contained(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """Join the keys (``written``: each mention with the key it stands for) of shortened names to the one longer
    name holding them (see the module's docstring)."""
    names = _names(written)
    by_last: dict[str, list[tuple[Tokens, str]]] = defaultdict(list)
    for key, tokens in names.items():
        by_last[tokens[-1]].append((tokens, key))
    for group in by_last.values():
        for tokens, key in group:
            longer = {roots.find(other) for other_tokens, other in group
                      if len(other_tokens) > len(tokens) and _within(tokens, other_tokens)}
            longer.discard(roots.find(key))
            if len(longer) == 1:
                roots.join(key, longer.pop())


def _names(written: list[tuple[str, Mention]]) -> dict[str, Tokens]:
    """Key → words of each name of two words or more written as itself (not a description, not a short name
    resolved to a longer one) whose mentions do not vote for a person."""
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for key, mention in written:
        if key == mention.key and len(mention.tokens) > 1 and not mention.descriptive:
            mentions[key].append(mention)
    return {key: group[0].tokens for key, group in mentions.items() if voted_type(group) != "person"}


def _within(short: Tokens, long: Tokens) -> bool:
    """``short``'s words are ``long``'s in the same order, some of ``long``'s left out."""
    words = iter(long)
    return all(word in words for word in short)
