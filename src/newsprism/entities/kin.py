"""Namesakes in one family: a surname written after an office's title is not the relative who shares it.

A story may name one member of a family in full only as someone's relative ("first lady Jill Biden", "his wife,
Ana Lee") and another only by title and surname ("President Biden", "Sen. Lee"). Short-name resolution
(:mod:`.surnames`) sees one full name ending in the surname and gives it every "Biden". Read on the whole story:

1. A surname written right after an office's title (:data:`OFFICE_TITLES`: "President", "Sen.", "Officer"; not
   "Mr"/"Mrs", which :mod:`.surnames` reads) that was resolved to a full name the story introduces after a kin
   noun (:data:`KIN_BEFORE`) and never after that title is no relative's: it keeps its own key, a person of its
   own (the titled namesake).
2. A bare surname of that key resolved to the relative goes to the titled namesake too, unless the relative's full
   name stands in the same or the previous sentence ("..., his wife, Ana Lee. Lee said ...": the relative).
3. A bare surname resolved to a relative whose last full naming stood in a sentence another person of that surname
   held ("Lee said ... her husband, Mark Lee, was killed. ... Lee said.") is that person (:func:`_back_to_subject`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsprism.entities.evidence import CUE_WEIGHT
from newsprism.entities.given_names import given_name
from newsprism.entities.kind_words import BODY_WORDS, PLACE_FIRST, PLACE_WORDS
from newsprism.entities.mentions import Mention, voted_type
from newsprism.lexicon import KIN, TITLES, alternation

if TYPE_CHECKING:
    from newsprism.entities.merge import Resolved

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})
"""Titles that name no office: a relative is written with them as well (:mod:`.surnames` reads "Mr"/"Mrs")."""

OFFICE_TITLES = tuple(title for title in TITLES if title not in HONORIFICS and title not in KIN)
"""Titles of an office or rank before a surname ("President Biden", "Sgt. Lee"); "Father" is left out with the
other kin nouns."""

_OFFICE_BEFORE = re.compile(r"(?<![\w.])(" + alternation(OFFICE_TITLES) + r")\.?\s+$", re.IGNORECASE)
"""An office's title right before a name (the text before the mention ends with it)."""

SPOUSE_ROLES = ("first lady", "first gentleman", "second lady", "second gentleman")
"""Roles a president's or vice-president's spouse is introduced with ("first lady Jill Biden")."""

_FAMILY = tuple(noun for noun in KIN if noun not in {"friend", "neighbor", "neighbour", "roommate", "classmate"})
KIN_BEFORE = re.compile(r"(?<![\w])(?:" + alternation((*SPOUSE_ROLES, *_FAMILY)) + r"),?\s+$", re.IGNORECASE)
"""A kin noun or a spouse's role right before a full name ("his wife, Ana Lee", "first lady Jill Biden"): the name
is introduced as a member of someone's family. Friends and neighbours share no surname by kinship."""

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'(]?[A-Z])")
"""A sentence's end and the next one's capital (counted between a relative's full name and a bare surname)."""


def _breaks(text: str, start: int, end: int) -> int:
    """The sentence breaks between ``start`` and the name at ``end``: the next sentence's capital may be that name's
    own first letter (". Lee served"), so the search reads one character past ``end`` (searched up to ``end``, the
    break right before the name was never seen: AllSides 6009, R5e's seed-107 reading, "his wife Jeanne Warner ...
    said. Warner served" kept the wife's)."""
    return len(_SENTENCE_BREAK.findall(text, start, end + 1))

LOOK_BACK = 60
"""Characters read before a mention for a title or kin noun ("second gentleman " is 17; with the possessive and
comma of "the victim's grandmother, " well inside)."""


@dataclass(frozen=True)
class _Family:
    """What the story writes before each full person name: the titles and whether a kin noun introduces it."""

    titles: dict[str, set[str]]
    relatives: set[str]


def separate_namesakes(resolved: list[Resolved], texts: dict[str, str]) -> list[Resolved]:
    """Short names re-targeted from a relative to the titled namesake (see the module's docstring)."""
    resolved = [replace(r, target=r.mention.key) if _introduced_relative(r, resolved, texts) else r
                for r in resolved]
    family = _family(resolved, texts)
    if not family.relatives:
        return resolved
    resolved = _back_to_subject(resolved, family.relatives, texts)
    namesakes: set[str] = set()
    out: list[Resolved] = []
    for item in resolved:
        m = item.mention
        title = _office(texts.get(m.article, ""), m.start) if m.short else None
        if title is not None and item.target in family.relatives and title not in family.titles[item.target]:
            namesakes.add(m.key)
            item = replace(item, target=m.key)
        out.append(item)
    if not namesakes:
        return out
    return [replace(r, target=r.mention.key) if _bare_namesake(r, namesakes, family, out, texts) else r
            for r in out]


def _back_to_subject(resolved: list[Resolved], relatives: set[str], texts: dict[str, str]) -> list[Resolved]:
    """Rule 3: a bare surname resolved to a relative whose last full naming stood in a sentence that another person of
    that surname already held ("Lee said seeing her son hurt brought back the day her husband, Mark Lee, was
    killed. ... Lee said.") is that other person: the relative was named as theirs, the sentence was about them
    (gun-violence incident 377047, issue #19's tenth round). Not when the relative's full name stands in the bare
    surname's own sentence, nor when the relative's sentence opens with the relative ("His mother, Ana Lee, said")."""
    out: list[Resolved] = []
    for item in resolved:
        m = item.mention
        if m.short and item.target in relatives and (other := _sentence_holder(item, resolved, texts)) is not None:
            item = replace(item, target=other)
        out.append(item)
    return out


def _sentence_holder(item: Resolved, resolved: list[Resolved], texts: dict[str, str]) -> str | None:
    """The other person of the surname who held the sentence of the relative's last full naming before ``item``."""
    m, text = item.mention, texts.get(item.mention.article, "")
    same = [r for r in resolved if r.mention.article == m.article and r.mention.end <= m.start]
    named = [r.mention for r in same if r.target == item.target and not r.mention.short]
    if not named or not _breaks(text, named[-1].end, m.start):
        return None
    relative = named[-1]
    holders = {r.target for r in same if r.target != item.target and r.mention.label == "person"
               and r.mention.tokens[-1] == m.tokens[0] and r.mention.end <= relative.start
               and not _breaks(text, r.mention.end, relative.start)}
    return next(iter(holders)) if len(holders) == 1 else None


def _introduced_relative(item: Resolved, resolved: list[Resolved], texts: dict[str, str]) -> bool:
    """A one-word name a kin noun introduces ("..., Ana Lee Sr. said of his son, Ana,") resolved to a full name
    written before it in the same sentence: the relative, a person of their own, not the one whose relative they
    are (gun-violence incident 595166, issue #19: a father and son sharing a given name)."""
    m = item.mention
    if not m.short or item.target == m.key or m.label != "person":
        return False
    text = texts.get(m.article, "")
    if not KIN_BEFORE.search(text, max(0, m.start - LOOK_BACK), m.start):
        return False
    named = [r.mention.end for r in resolved if r.mention.article == m.article and r.target == item.target
             and not r.mention.short and r.mention.end <= m.start]
    if named and not _breaks(text, max(named), m.start):
        return True
    return _other_persons_kin(item, resolved, text)


def _other_persons_kin(item: Resolved, resolved: list[Resolved], text: str) -> bool:
    """A one-word name a kin noun introduces right after another person of another surname, the kin's possessor
    ("Ana Ode and her husband Ben", "Ode's husband, Ben", :data:`_POSSESSED_KIN`), resolved to a full name of that
    given name ("Ben Lee"): the possessor's relative, a person of their own (ECB+ dev topic 18, issue #19's twelfth
    round: a family friend's husband taken for the accused)."""
    m = item.mention
    full = next((r.mention.tokens for r in resolved if r.target == item.target and not r.mention.short), None)
    before = [r for r in resolved if r.mention.article == m.article and r.mention.end <= m.start
              and m.start - r.mention.end <= LOOK_BACK]
    if full is None or not before:
        return False
    possessor = max(before, key=lambda r: r.mention.end)
    named = next((r.mention.tokens for r in resolved if r.target == possessor.target and not r.mention.short),
                 possessor.mention.tokens)  # "Joseph" stands for "Joseph Lee": his surname, not "Joseph"
    return (possessor.mention.label == "person" and possessor.target != item.target and named[-1] != full[-1]
            and _POSSESSED_KIN.fullmatch(text, possessor.mention.end, m.start) is not None)


_POSSESSED_KIN = re.compile(r"(?:['’]s?|,?\s+and\s+(?:his|her|their))\s+(?:[\w-]+\s+){0,2}?(?:"
                            + alternation(_FAMILY) + r"),?\s+", re.IGNORECASE)
"""What stands between a kin's possessor and the kin's name: a possessive or "and his/her/their", up to two words,
the kin noun ("'s late husband, ", " and her husband ")."""


def _family(resolved: list[Resolved], texts: dict[str, str]) -> _Family:
    titles: dict[str, set[str]] = {}
    relatives: set[str] = set()
    for item in resolved:
        m = item.mention
        if m.short or m.descriptive or m.label != "person" or item.target != m.key:
            continue
        before = texts.get(m.article, "")[max(0, m.start - LOOK_BACK):m.start]
        titles.setdefault(m.key, set())
        if (title := _OFFICE_BEFORE.search(before)) is not None:
            titles[m.key].add(_normal(title.group(1)))
        if KIN_BEFORE.search(before):
            relatives.add(m.key)
    return _Family(titles, {key for key in relatives if not titles[key]})


def _office(text: str, start: int) -> str | None:
    match = _OFFICE_BEFORE.search(text[max(0, start - LOOK_BACK):start])
    return None if match is None else _normal(match.group(1))


def _normal(title: str) -> str:
    return " ".join(title.lower().split())


def _bare_namesake(item: Resolved, namesakes: set[str], family: _Family, resolved: list[Resolved],
                   texts: dict[str, str]) -> bool:
    """A bare surname of a titled namesake resolved to a relative not named in this or the previous sentence."""
    m = item.mention
    if not m.short or m.key not in namesakes or item.target not in family.relatives or m.honorific:
        return False
    text = texts.get(m.article, "")
    named = [r.mention.end for r in resolved if r.mention.article == m.article and r.target == item.target
             and not r.mention.short and r.mention.end <= m.start]
    return not named or _breaks(text, max(named), m.start) > 1


_FAMILY_AFTER = re.compile(r"\s+famil(?:y|ies)\b")
""""family" right after a surname ("the Lumo family"); a possessive ("Lumo's family") names the person, and "the Lumo
crime family" a body: neither is read here."""

MAX_FAMILY_MENTIONS = 2
"""Most mentions of "the X family" a story may write for them to be the relatives of its person X: a family written
more often is an actor of the story (the "Genovese family" of a Mafia story, 13 times in ECB+ 26, a body); the
victims' families of ECB+ 16, 19 and 22 and of a gun-violence story are written once or twice."""


def drop_families(resolved: list[Resolved], texts: dict[str, str]) -> list[Resolved]:
    """A one-word surname of a full person name of the story written before "family" ("sentiments to the Owens
    family") or in the plural ("the Owenses' home") names the person's relatives together: no entity of its own
    (spaCy tags it a body) and none of them (unless the story writes that family more than
    :data:`MAX_FAMILY_MENTIONS` times)."""
    surnames = {r.mention.tokens[-1] for r in resolved if not r.mention.short and r.mention.label == "person"}
    ends = {r.mention.tokens[-1] for r in resolved if not r.mention.short}  # "Tar Heels": a team's, no family's
    families = [r for r in resolved if r.mention.short and ((r.mention.key in surnames and _FAMILY_AFTER.match(
        texts.get(r.mention.article, ""), r.mention.end)) or (_plural_of(r.mention.key, surnames) and (
            r.mention.key not in ends)))]
    counts = Counter(r.mention.key for r in families)
    dropped = {id(r) for r in families if counts[r.mention.key] <= MAX_FAMILY_MENTIONS}
    return [r for r in resolved if id(r) not in dropped]


def _plural_of(key: str, surnames: set[str]) -> bool:
    """A surname of the story's people in the plural ("the Lumos' deaths", "the Kadeses"): the family."""
    return key.endswith("s") and (key[:-1] in surnames or (key.endswith("es") and key[:-2] in surnames))


_NOT_GIVEN = PLACE_FIRST | BODY_WORDS | PLACE_WORDS | frozenset({"st", "saint", "san", "santa", "new", "north",
                                                                 "south", "east", "west", "camp", "the"})
"""First words that open a place's or body's name, never a given name ("Port Lumo", "St. Lumo", "New Lumo")."""


def family_members(groups: list[list[Mention]]) -> list[list[Mention]]:
    """A two-word name that only spaCy's labels make a body or place ("Janice Lumo", tagged ORG) and that ends in the
    surname of another full person name of the story that a title, an honorific or an age marks as a person's ("Mark
    Lumo, 50,"), or of any when it opens with a given name of the census lists (:func:`.given_names.given_name`), is a
    relative's name: a person; not when the surname also ends a place's or body's name of the story
    ("Lumo State" beside "Kade State"). A one-word name tagged a body only, written in an article beside that name,
    which opens it and no other name of the story ("Janice" beside "Janice Lumo"), joins it."""
    voted = [voted_type(group) for group in groups]
    names = [max((m.tokens for m in group), key=len) for group in groups]
    surnames = {tokens[-1]: tokens[0] for tokens, kind, group in zip(names, voted, groups, strict=True)
                if kind == "person" and len(tokens) > 1 and any(_personal_cue(m) for m in group)}
    given = {tokens[-1]: tokens[0] for tokens, kind in zip(names, voted, strict=True)
             if kind == "person" and len(tokens) > 1}
    endings = Counter(tokens[-1] for tokens, kind in zip(names, voted, strict=True) if kind != "person")
    relatives = {i for i, (group, kind) in enumerate(zip(groups, voted, strict=True))
                 if kind != "person" and endings[names[i][-1]] == 1 and (
                     _relative_name(group, surnames) or (_relative_name(group, given) and given_name(names[i][0])))}
    if not relatives:
        return groups
    openers = Counter(tokens[0] for tokens in names if len(tokens) > 1)
    by_first = {names[i][0]: i for i in relatives if openers[names[i][0]] == 1}
    joined: dict[int, int] = {}
    for i, group in enumerate(groups):
        owner = by_first.get(names[i][0]) if len(names[i]) == 1 else None
        if owner is not None and all(m.label == "organisation" for m in group) and not _cued(group) and {
                m.article for m in group} <= {m.article for m in groups[owner]}:
            joined[i] = owner
    out: list[list[Mention]] = []
    for i, group in enumerate(groups):
        if i in joined:
            continue
        members = group + [m for j, owner in joined.items() if owner == i for m in groups[j]]
        out.append([replace(m, label="person") for m in members] if i in relatives else members)
    return out


def _personal_cue(mention: Mention) -> bool:
    return mention.honorific is not None or mention.descriptive or (
        mention.cue is not None and mention.cue.type == "person")


def _relative_name(group: list[Mention], surnames: dict[str, str]) -> bool:
    tokens = group[0].tokens
    return (len({m.key for m in group}) == 1 and len(tokens) == 2 and tokens[1] in surnames
            and surnames[tokens[1]] != tokens[0] and tokens[0] != tokens[1] and tokens[0].isalpha()
            and len(tokens[0]) > 2 and tokens[0] not in _NOT_GIVEN and tokens[1] not in BODY_WORDS | PLACE_WORDS
            and not _cued(group))


def _cued(group: list[Mention]) -> bool:
    """A mention of the group has a strong cue of a body or place ("the Lumo Kade company")."""
    return any(m.cue is not None and m.cue.type != "person" and m.cue.weight >= CUE_WEIGHT for m in group)
