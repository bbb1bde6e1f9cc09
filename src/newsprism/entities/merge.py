"""Mentions → entities: cluster by key across articles (the records are built by :mod:`.records`).

Mentions join when they stand for the same key (:mod:`newsprism.entities.names`: spelling,
spacing, hyphenation, case and the abbreviation tables; :mod:`newsprism.entities.surnames`:
short names resolved to full names), whatever spaCy's label, so a name tagged PERSON in
one article and ORG in another is one entity of the majority type. One more rule joins
keys: an acronym written in the story ("KCNA") joins the one multi-word name whose initials
it spells ("Korean Central News Agency"), in its own article, else, when its article spells out none, in the
story's other articles ("FBI" beside another outlet's "Federal Bureau of Investigation"); when two names share
those initials it joins none; a two-letter one ("AP") only in its own article (:data:`MIN_ACRONYM`). A state's
postal code or AP abbreviation ("N.Y.") joins the state's name the story spells out. An
acronym the text ties to a name ("Islamic State (ISIS)", "ISIS, also known as Islamic State") joins it
whatever its letters. A body's name of three words or more ending in 'and <Word>' is spelt by its other words'
initials too ("CDC" of "Centers for Disease Control and Prevention"), where no name spells the acronym whole.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import pairwise

from newsprism.entities.body_heads import join_generic_heads, join_reordered
from newsprism.entities.contained import (
    join_acronym_heads,
    join_blends,
    join_conjoined,
    join_contained,
    join_named_places,
    join_openings,
)
from newsprism.entities.cut_tails import join_cut_tails
from newsprism.entities.district import join_district
from newsprism.entities.given_names import given_name
from newsprism.entities.kin import drop_families, family_members, separate_namesakes
from newsprism.entities.mentions import Mention
from newsprism.entities.names import ABBREVIATIONS, COUNTRY_OPENING, acronym, initials
from newsprism.entities.spelling import join_misspelt
from newsprism.entities.states import state_key
from newsprism.entities.surnames import StoryNames
from newsprism.entities.synonyms import (
    join_country_bureau,
    join_initials_office,
    join_office_holders,
    join_office_words,
    join_possessive_openings,
)
from newsprism.entities.variants import SUFFIXES
from newsprism.grouping import DisjointSets
from newsprism.lexicon import CONTAINERS

MIN_ACRONYM = 3
"""Shortest acronym the initials rule joins. Calibrated on the 84 PolNeAR dev articles: two-letter ones ("VA" taken
for "Voice of America", not Virginia) were wrong as often as right; the well-known ones are in the name tables."""


@dataclass(frozen=True)
class Resolved:
    """A mention and the key it stands for after short-name resolution."""

    mention: Mention
    target: str


def cluster(resolved: list[Resolved], texts: dict[str, str] | None = None) -> list[list[Mention]]:
    """Mentions grouped into entities (in order of first appearance), acronyms joined to their full names, names
    the text ties joined (``texts``: article id → text), shortened names joined to the one longer name holding them
    (:mod:`.contained`); a titled surname is no relative's (:mod:`.kin`)."""
    roots: DisjointSets[str] = DisjointSets()
    if texts:
        resolved = _own_bodies(separate_namesakes(drop_families(resolved, texts), texts), texts)
    for item in resolved:
        roots.find(item.target)
    _join_acronyms(resolved, roots)
    resolved = _join_states(resolved, roots, texts or {})
    join_office_holders(resolved, roots)
    if texts:
        resolved = _join_tied(resolved, roots, texts)
        join_district(resolved, roots, texts)
    written = [(item.target, item.mention) for item in resolved]
    join_contained(written, roots, texts)
    join_cut_tails(written, roots)
    join_openings(written, roots, texts)
    join_office_words(written, roots)
    join_initials_office(written, roots, texts or {})
    join_country_bureau(written, roots)
    venues = join_possessive_openings(written, roots, texts or {})
    join_conjoined(written, roots)
    join_acronym_heads(written, roots)
    join_named_places(written, roots)
    join_blends(written, roots)
    join_reordered(written, roots)
    join_generic_heads(written, roots)
    join_misspelt(written, roots)
    _join_suffixed(written, roots)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for item in resolved:  # a venue's owner word ("Kade" of "Kade's") takes the venue's type (:mod:`.synonyms`)
        kind = venues.get((item.mention.article, item.mention.start))
        groups[roots.find(item.target)].append(replace(item.mention, label=kind, cue=None) if kind else item.mention)
    return family_members(list(groups.values()))


_OFFICERS_AFTER = re.compile(r"\s+(?:Speaker|Majority|Minority|Leader|Chairman|Chairwoman|Clerk|Republicans|"
                             r"Democrats)\b")
"""Officers and members written right after a one-word body's name ("House Speaker", "Senate Majority Leader",
"House Republicans"): the body has its own, it is no shortened longer name, unless that name is the body's own
with a country or state before it ("U.S. Senate", "Ohio State Senate": :func:`_qualified`)."""
_QUALIFIERS = frozenset({*(w.replace(" ", "") for w in CONTAINERS), "us", "usa"})


def _qualified(short: str, target: str) -> bool:
    """``target`` is ``short`` with only a country's or state's name (and "State") before it: "Senate Majority
    Leader" is that body's officer (NeuS train 2328, session 29's honest reading: "Senate" apart from "U.S. Senate")."""
    return target.endswith(short) and target[:-len(short)].removesuffix("state") in _QUALIFIERS


def _own_bodies(resolved: list[Resolved], texts: dict[str, str]) -> list[Resolved]:
    """A one-word name that :func:`absorb_bodies` gave the one longer name ending in it ("House" → "White House")
    stays itself when the story writes it before its own officers or members ("House Speaker Ana Lee"), and a
    chamber's word always stays apart from a residence's name (:data:`_CHAMBERS`: "the House" is no White House)."""
    own = {r.mention.key for r in resolved if r.mention.short and r.target != r.mention.key and (
        (_OFFICERS_AFTER.match(texts.get(r.mention.article, ""), r.mention.end) and not _qualified(
            r.mention.key, r.target)) or _residence(r.mention.key, r.target))}
    if not own:
        return resolved
    return [replace(r, target=r.mention.key) if r.mention.short and r.mention.key in own and (
        r.target.endswith(r.mention.key)) else r for r in resolved]


_CHAMBERS = frozenset({"house", "senate"})
_COLOURS = frozenset({"white", "blue", "red", "green", "black", "grey", "gray", "yellow", "pink"})
"""A legislative chamber's word alone ("the House") and a residence named by a colour and that word ("White House",
"Blue House"): in news "the House" is a chamber, never the president's residence (issue #19's known wrong kinds:
"the House" joined to the White House on NeuS train 317 and 323)."""


def _residence(short: str, target: str) -> bool:
    """The one-word chamber's name ``short`` was given a residence's name of a colour and that word, whatever opens
    it ("Trump White House", NeuS train line 1294, 1-based)."""
    return short in _CHAMBERS and target.endswith(short) and target[:-len(short)].endswith(tuple(_COLOURS))


def _join_suffixed(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """A name whatever spaCy tags it that is a person's full name of the story with a generation suffix after it
    ("Ana Lee Jr" tagged ORG beside "Ana Lee") is that person; a full name is a person's when spaCy tags it so or a
    short name was resolved to it (:mod:`.surnames`). Not when the story writes the name with two suffixes: "Ana Lee
    Jr" and "Ana Lee Sr" are a son and his father."""
    targets = {key for key, m in written if key != m.key}
    people = {m.tokens: key for key, m in written if len(m.tokens) > 1 and (m.label == "person" or key in targets)}
    suffixed: dict[tuple[str, ...], dict[str, str]] = defaultdict(dict)
    for key, mention in written:
        if len(mention.tokens) > 2 and mention.tokens[-1] in SUFFIXES and mention.tokens[:-1] in people:
            suffixed[mention.tokens[:-1]][mention.tokens[-1]] = key
    for base, keys in suffixed.items():
        if len(keys) == 1:
            roots.join(next(iter(keys.values())), people[base])


def _join_acronyms(resolved: list[Resolved], roots: DisjointSets[str]) -> None:
    spelled: dict[tuple[str, str], set[str]] = defaultdict(set)
    personal: set[tuple[str, str]] = set()
    opening: dict[str, set[str]] = defaultdict(set)
    for item in resolved:
        if not item.mention.short and (letters := initials(item.mention.text)):
            spelled[(item.mention.article, letters)].add(item.target)
            spelled[("", letters)].add(item.target)
            bare = initials(COUNTRY_OPENING.sub("", item.mention.text))  # "U.S. Lumo and Kade Board": "LKB"
            dotted = initials(_DOTTED.sub(r"\1 ", item.mention.text))  # "U.S. Lumo Police": "USLP"
            owned = initials(_OWNER.sub("", item.mention.text))  # "Lumo's Office of Kade Review": "OKR"
            for other in {bare, dotted, owned} - {letters}:
                if len(other) >= MIN_ACRONYM:
                    spelled[(item.mention.article, other)].add(item.target)
                    spelled[("", other)].add(item.target)
            if item.mention.label == "person" or not _PLAIN_WORDS.fullmatch(item.mention.text):
                personal.update({(item.mention.article, letters), ("", letters)})
            if item.mention.label != "person" and (head := _AND_LAST.match(item.mention.text)) is not None:
                opening[initials(head.group(1))].add(item.target)
    for item in resolved:
        letters = acronym(item.mention.text)
        local = (item.mention.article, letters)
        if len(letters) < MIN_ACRONYM and not (len(letters) == 2 and (_local_pair(local, spelled, personal) or (
                _local_pair(("", letters), spelled, personal)))):
            continue
        keys = spelled.get(local) or spelled.get(("", letters)) or opening.get(letters, set())
        full = {roots.find(key) for key in keys}  # the article's names first, else the story's
        full.discard(roots.find(item.target))
        if len(full) == 1:
            roots.join(item.target, full.pop())


_AND_LAST = re.compile(r"((?:[Tt]he\s+)?[A-Z]\w*(?:\s+(?:of|for|on)?\s*[A-Z]\w*){2,})\s+and\s+[A-Z]\w*$")
"""A body's name of three words or more before its last 'and <Word>' ("Centers for Disease Control and Prevention"):
an acronym of the words before it ("CDC") names the body too, when no name of the story spells those letters
whole (NeuS train 303, issue #19's tenth round)."""


_DOTTED = re.compile(r"\b([A-Z])\.(?=[A-Z]\.)")
"""A letter of a dotted abbreviation before the next ("U.S."): spelt apart, each letter opens a word of the acronym
("U.S. Capitol Police", "USCP"; initials() read "U.S." as one word: "UCP"; D8's seed-74 reading, NeuS train 2381,
0-based: "USCP" apart from the body it follows in brackets)."""


_OWNER = re.compile(r"^.*\w['’]s\s+(?=[A-Z])")
"""The owner and its possessive before a body's name ("Justice Department's Office of Legal Counsel (OLC)", AllSides
5819, D22's seed-93 reading: "OLC" a record apart): the acronym spells the name after it."""


_PLAIN_WORDS = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|the|and|for)\s+)?[A-Z][a-z]+)+")
"""A name of capitalised words only ("Associated Press"): one with an abbreviation in it ("U.S. Senate", "XP
Professional") holds the letters of a shorter name."""


def _local_pair(local: tuple[str, str], spelled: dict[tuple[str, str], set[str]],
                personal: set[tuple[str, str]]) -> bool:
    """A two-letter acronym joins a name of its own article (``local``: article, letters) or, asked with no article,
    of the story's ("AP" in one article, "Associated Press" in another: AllSides roundup 5700, D11's tune miss),
    never a person's name ("Ana Pérez") nor one holding an abbreviation ("US" and "U.S. Senate") written where it
    is asked (the article, or anywhere in the story), and never when it is a state's postal code ("VA" beside "Voice
    of America": Virginia as often) or a well-known abbreviation ("UK")."""
    return local in spelled and local not in personal and state_key(local[1]) is None and (
        local[1].lower() not in ABBREVIATIONS)


def _join_states(resolved: list[Resolved], roots: DisjointSets[str], texts: dict[str, str]) -> list[Resolved]:
    """A state's postal code or AP abbreviation ("NY", "N.Y.", "Pa.") joins the state's name where the story
    spells it out ("New York") and votes a place, whatever spaCy's label ("SC" tagged ORG); a person's name
    written so does not (:mod:`.states`). The abbreviation's full stop may be left out of the span ("Lumo County,
    Mo | ., residents", gun-violence incident 518436)."""
    keys = {item.target for item in resolved}
    read: list[Resolved] = []
    for item in resolved:
        state = state_key(item.mention.text)
        if state is None and texts.get(item.mention.article, "")[item.mention.end:item.mention.end + 1] == ".":
            state = state_key(item.mention.text + ".")
        if state is not None and state in keys and (item.mention.label != "person" or _TOWN_BEFORE.search(
                texts.get(item.mention.article, ""), max(0, item.mention.start - 30), item.mention.start)):
            roots.join(item.target, state)
            item = Resolved(replace(item.mention, label="place"), item.target)
        read.append(item)
    return read


_TOWN_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s*$")
"""A town's name and a comma before a state's short form ("Lumo, N. Y.", which spaCy tags a person: ECB+ dev topic
21, issue #19's thirteenth round): the state, whatever the label; a person's initials are not written after one."""


_TIE = re.compile(r"\s*\(\s*|,\s+or\s+(?:the\s+)?|,?\s+(?:also known as|known as|formerly|aka)\s+(?:the\s+)?")
"""What ties two names written one after the other: "International Monetary Fund (IMF)", "ISIS (Islamic State)",
"the Islamic State, also known as ISIS", "Lumo, formerly Kopa", "the Kade Fund, or KF"; a plain "or" joins two
things ("the UK or the US")."""


def _join_tied(resolved: list[Resolved], roots: DisjointSets[str], texts: dict[str, str]) -> list[Resolved]:
    """Names the text ties joined; a name spaCy tagged a person whose bracketed acronym spells its initials is a body
    (:func:`_spelled_in_brackets`), unless it opens with a given name ("Ana Lumo Lee (ALL)")."""
    named = sorted((r for r in resolved if not r.mention.descriptive),
                   key=lambda r: (r.mention.article, r.mention.start))
    bodies: set[tuple[str, int]] = set()
    for first, second in pairwise(named):
        a, b = first.mention, second.mention
        if a.article != b.article or a.end > b.start:
            continue
        text = texts.get(a.article, "")
        gap = _TIE.fullmatch(text, a.end, b.start)
        if gap is None or ("(" in gap.group(0) and not text.startswith(")", b.end)):
            continue
        spelled = _spelled_in_brackets(a.text, b.text, gap.group(0))
        if (a.label == "person" or b.label == "person") and not spelled:
            continue
        if (acronym(a.text) or acronym(b.text)) and _same_initial(a.text, b.text):
            roots.join(first.target, second.target)
            if spelled and a.label == "person" and not given_name(a.tokens[0]) and (
                    a.cue is None or a.cue.type != "person"):
                bodies.update({(a.article, a.start), (b.article, b.start)})
    return [Resolved(replace(r.mention, label="organisation", cue=None), r.target)
            if (r.mention.article, r.mention.start) in bodies else r for r in resolved]


def _spelled_in_brackets(name: str, short: str, gap: str) -> bool:
    """A bracketed acronym spelling every initial of the name before it ("Kata'ib Lumo (KL)") names it whatever
    spaCy's labels (AllSides roundup 5915: the militia's name tagged a person, kept apart from its acronym); a
    person's name followed by other letters ("Ana Lee (CEO)") stays apart."""
    return "(" in gap and bool(acronym(short)) and acronym(short) == initials(COUNTRY_OPENING.sub("", name))


def _same_initial(a: str, b: str) -> bool:
    """Two tied names open with the same letter ("ISIS (Islamic State)"); a dateline's agency does not
    ("WASHINGTON (AP)")."""
    a, b = (COUNTRY_OPENING.sub("", name.lstrip("(\"'")) for name in (a, b))
    return a[:1].lower() == b[:1].lower()




def absorb_bodies(resolved: list[Resolved], names: StoryNames) -> list[Resolved]:
    """A one-word name ("Chiefs") joins the one body's or place's name of the story ending in it ("Kansas City
    Chiefs", "Jacksonville Jaguars", which spaCy may tag a place for its city); a name ending another ("City
    Chiefs") counts as the longer one. A word that also opens a body's or place's name ("House" beside the "White
    House" and the "House Rules Committee") may stand for either and joins none.

    Only when exactly one such multi-word name ends with the word, and the word is not itself a place's name in
    the story, nor resolved to a full person name; a word the story's votes make a person's name joins only when
    nothing marks it as one: no full person name begins or ends with it and no mention of it has a title, an
    honorific or an age (a team's "Jaguars" that spaCy tags PERSON)."""
    endings: dict[str, set[str]] = defaultdict(set)
    openings: set[str] = set()
    cued: set[str] = set()
    for item in resolved:
        m = item.mention
        if not m.short and not m.descriptive and names.types.get(item.target) in ("organisation", "place"):
            endings[m.tokens[-1]].add(item.target)
            if not _glued(m, names):
                openings.add(m.tokens[0])
        if m.short and (m.honorific or (m.cue is not None and m.cue.type == "person")):
            cued.add(m.key)
    absorbed: list[Resolved] = []
    for item in resolved:
        word = item.mention.tokens[0]
        longer = outermost_names(endings.get(word, set()))
        if (item.mention.short and item.target == item.mention.key == word and len(longer) == 1
                and word not in openings and _claimable(word, names, cued)):
            item = Resolved(item.mention, next(iter(longer)))
        absorbed.append(item)
    return absorbed


_NAME_LOWER = frozenset({"of", "the", "and", "for", "on", "in", "upon", "de", "du", "des", "la", "le", "del", "da"})
"""Lower-case words a name may hold ("Bank of England", "Stade de France")."""


def _glued(mention: Mention, names: StoryNames) -> bool:
    """A span spaCy ran past one name into other words, which opens no name of its own: a lower-case word other
    than a name's connectors ("Chiefs red"), a role's abbreviation inside it ("Chiefs WR Ana Lee", "Colts QB Tom
    Berg"), or a person's full name of the story at its end."""
    words = mention.text.split()
    return any(w[:1].islower() and w not in _NAME_LOWER for w in words[1:]) or any(
        2 <= len(w) <= 3 and w.isalpha() and w.isupper() for w in words[1:-1]) or (
        len(mention.tokens) > 2 and mention.tokens[-1] in names.full_persons)


def outermost_names(keys: set[str]) -> set[str]:
    """The keys that do not end another key: "Trail Blazers" is the "Portland Trail Blazers" shortened, one name."""
    return {key for key in keys if not any(other != key and other.endswith(key) for other in keys)}


GEOGRAPHIC_WORDS = frozenset({"gulf", "sea", "ocean", "strait", "channel"})
"""One-word place names that are a feature's kind ("the Gulf", "the Channel"): the one place of the story whose name
ends in it ("Lumo Gulf"); other place names written alone ("Georgia") are places of their own."""


def _claimable(word: str, names: StoryNames, cued: set[str]) -> bool:
    """A one-word name that a longer body's or place's name may absorb (see :func:`absorb_bodies`)."""
    kind = names.types.get(word)
    if kind == "place":
        return word in GEOGRAPHIC_WORDS
    return kind != "person" or (word not in names.full_persons and word not in cued)
