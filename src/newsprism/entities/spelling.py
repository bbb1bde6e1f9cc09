"""One name written two ways by a slip of spelling: "Klitschko" and "Klistchko", "Champs-Elysees" and
"Champs-Elysee" in one story are one entity.

Two keys of the story join when they differ by one letter (one left out, added, changed, or two neighbours swapped),
open with the same letter, have the same number of words, all of them equal but one, and the story votes them the
same type (a place's or body's name of two words or more written with and without a possessive, "St. Lumo's
Parish", whatever the votes; and one opening with a direction's initial joins the name with the word, "E. Lumo" /
"East Lumo"); the word that differs has :data:`MIN_MISSPELT_WORD` letters or more, so short names that differ by a
letter and are different ("Iran", "Iraq"; "Jon Lee", "Jan Lee") stay apart. A key with two such neighbours
("Hanson" beside "Hansen" and "Hanssen") joins neither. Candidates are found by the keys' one-letter deletions
(each key's deletions indexed once), never by comparing every pair of keys: linear in the story's names.
"""

from __future__ import annotations

from collections import defaultdict

from newsprism.entities.mentions import Mention, voted_type
from newsprism.entities.names import DIRECTIONS
from newsprism.grouping import DisjointSets

MIN_MISSPELT_WORD = 6
"""Fewest letters of the word two spellings of a name differ in. Five-letter words one letter apart are often two
names ("Bryan" / "Brian", "Grant" / "Grand"); chosen on ECB+ 24 and the earlier read's "Klistchko"."""


def join_misspelt(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """Join the keys (``written``: each mention with the key it stands for) of names spelt one letter apart (see
    the module's docstring)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    target: dict[str, str] = {}
    standing: dict[str, list[Mention]] = defaultdict(list)
    for key, mention in written:
        standing[key].append(mention)
        if key == mention.key and not mention.descriptive:
            form = "".join(mention.tokens)  # as written: "John Lee" whose key became "John Ernest Lee"'s
            groups[form].append(mention)
            target.setdefault(form, key)
    types = {key: voted_type(mentions) for key, mentions in standing.items()}
    long_keys = [key for key in groups if len(key) >= MIN_MISSPELT_WORD]
    by_deletion: dict[str, set[str]] = defaultdict(set)
    for key in long_keys:
        for variant in _deletions(key):
            by_deletion[variant].add(key)
    partners: dict[str, set[str]] = {}
    for key in long_keys:
        deletions = _deletions(key)
        near = {other for variant in (key, *deletions) for other in by_deletion.get(variant, ())}
        near.update(variant for variant in deletions if variant in groups)
        near.discard(key)
        partners[key] = {other for other in near if _slip(groups[key], groups[other], _alike(
            types[target[key]], types[target[other]], groups[key], groups[other]))}
    for key, near in partners.items():
        if len(near) == 1 and partners.get(other := next(iter(near))) == {key}:
            roots.join(target[key], target[other])
    _join_misspelt_surnames(groups, target, roots)
    _join_directions(groups, target, roots)


def _join_misspelt_surnames(groups: dict[str, list[Mention]], target: dict[str, str],
                            roots: DisjointSets[str]) -> None:
    """A one-word name voted a person's, or with no cue of any type around it (spaCy's label alone: "Teague said"
    tagged a body beside "Ana Teage", gun-violence incident 412069), one letter off the surname of one full person
    name of the story and of no other ("Klistchko" beside "Vitali Klitschko"), is that person."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.items():
        if len(group[0].tokens) > 1 and voted_type(group) == "person":
            surnames[group[0].tokens[-1]].add(target[key])
    by_deletion: dict[str, set[str]] = defaultdict(set)
    for surname in surnames:
        for variant in (surname, *_deletions(surname)):
            by_deletion[variant].add(surname)
    for key, group in groups.items():
        word = group[0].tokens[0] if len(group[0].tokens) == 1 else ""
        if len(word) < MIN_MISSPELT_WORD or word in surnames or not (voted_type(group) == "person" or all(
                m.cue is None for m in group)):
            continue
        near = {s for variant in (word, *_deletions(word)) for s in by_deletion.get(variant, ())}
        people = {key for s in near if s[:1] == word[:1] and _one_edit(word, s) for key in surnames[s]}
        if len(people) == 1:
            roots.join(target[key], people.pop())


def _deletions(key: str) -> list[str]:
    """The key with one letter left out, each way."""
    return [key[:at] + key[at + 1:] for at in range(len(key))]


def _alike(one_type: str, other_type: str, one: list[Mention], other: list[Mention]) -> bool:
    """Two names voted the same type: by every mention standing for them (the bare surnames resolved to a full name
    vote with it: "Freida Lumo", tagged a body once, and the "Lumo said" after it are a person, gun-violence
    incident 206303, issue #19's tenth round), and by their own mentions when those agree."""
    return one_type == other_type or voted_type(one) == voted_type(other)


def _slip(one: list[Mention], other: list[Mention], alike: bool) -> bool:
    """Two names spelt one letter apart in one word of :data:`MIN_MISSPELT_WORD` letters, same first letter, same
    number of words and voted type (``alike``)."""
    a, b = one[0].tokens, other[0].tokens
    if len(a) != len(b) or one[0].key[:1] != other[0].key[:1]:
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    if len(a) == 1 and (x + "s" == y or y + "s" == x):
        return False  # "Mitchell" and "the Mitchells": a person and a family
    if _possessive(one, other, x, y) or _plural_slip(one, other, x, y):
        return True
    return min(len(x), len(y)) >= MIN_MISSPELT_WORD and x[:1] == y[:1] and _one_edit(x, y) and (
        alike or _bare_long(one, other, x, y))


MIN_BARE_MISSPELT = 8
"""Fewest letters of a one-word name that joins its other spelling whatever spaCy's labels, when no word around any
mention of one of them says what it is ("from Schnectady" tagged a person beside the town "Schenectady", ECB+ dev
topic 21, issue #19's thirteenth round): spaCy labels a misspelt word by its letters alone. Chosen on ECB+ dev topic 21
("Schnectady", ten letters); shorter words one letter apart are more often two names ("Harwick" / "Hardwick")."""


def _bare_long(one: list[Mention], other: list[Mention], x: str, y: str) -> bool:
    """Two one-word names of :data:`MIN_BARE_MISSPELT` letters or more, one of them never cued."""
    return len(one[0].tokens) == 1 and min(len(x), len(y)) >= MIN_BARE_MISSPELT and (
        all(m.cue is None for m in one) or all(m.cue is None for m in other))


MIN_PLURAL_SLIP_WORDS = 3
"""Fewest words of a body's name that joins the same name with one word's plural "s" added or left out ("Joints
Chiefs of Staff" / "Joint Chiefs of Staff": an outlet's slip, AllSides roundup 5666, D10's honest miss); two-word
names so apart are more often two ("Lumo Star" / "Lumo Stars": a player and a team), and places so apart too ("St.
Kades Parish" / "St. Kade Parish", "Twin Lake Road" / "Twin Lakes Road": only a possessive's apostrophe joins them)."""


def _plural_slip(one: list[Mention], other: list[Mention], x: str, y: str) -> bool:
    """Two names of :data:`MIN_PLURAL_SLIP_WORDS` words or more, both voted a body's, one word of one the other's
    with an "s" after it."""
    return len(one[0].tokens) >= MIN_PLURAL_SLIP_WORDS and len(min(x, y, key=len)) >= 3 and (
        x + "s" == y or y + "s" == x) and voted_type(one) == voted_type(other) == "organisation"


def _possessive(one: list[Mention], other: list[Mention], x: str, y: str) -> bool:
    """A place's or body's name of two words or more written once with a possessive and once without it ("St.
    Lumo's Parish" / "St. Lumo Parish"), whatever the two spellings' votes: one name."""
    if len(one[0].tokens) < 2 or not (x + "s" == y or y + "s" == x):
        return False
    possessed = one if len(x) > len(y) else other
    return not _personal(one, other) and any("'" in m.text or "’" in m.text for m in possessed)


def _join_directions(groups: dict[str, list[Mention]], target: dict[str, str], roots: DisjointSets[str]) -> None:
    """A place's or body's name of two words or more opening with a direction's initial ("E. Lumo") joins the same
    name with the word ("East Lumo") when the story writes both and neither is voted a person's."""
    by_tokens = {group[0].tokens: form for form, group in groups.items()}
    for tokens, form in by_tokens.items():
        if len(tokens) < 2 or len(tokens[0]) != 1:
            continue
        word = DIRECTIONS.get(tokens[0])
        other = by_tokens.get((word, *tokens[1:])) if word is not None else None
        if other is not None and not _personal(groups[form], groups[other]):
            roots.join(target[form], target[other])


def _personal(one: list[Mention], other: list[Mention]) -> bool:
    """Either name is voted a person's: initials and possessives of people are read elsewhere."""
    return voted_type(one) == "person" or voted_type(other) == "person"


def _one_edit(x: str, y: str) -> bool:
    """``x`` and ``y`` differ by one letter left out, added or changed, or two neighbouring letters swapped."""
    if abs(len(x) - len(y)) > 1 or x == y:
        return False
    if len(x) == len(y):
        diff = [at for at in range(len(x)) if x[at] != y[at]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]]
                                  and x[diff[1]] == y[diff[0]])
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return any(long[:at] + long[at + 1:] == short for at in range(len(long)))
