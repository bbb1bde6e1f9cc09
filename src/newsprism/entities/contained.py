"""A place's or body's name written in full and shortened: "Betty Ford Center" is the "Betty Ford Treatment
Center", "Mount Cook" the "Aoraki Mount Cook" of the same story.

Two names of the story that are not people's join when the shorter has two words or more, ends in the same word
as the longer, and its words are the longer one's words in the same order with some left out; and only when the
longer name is the one name of the story that way (two longer names holding it, "Indiana Supreme Court" and "Ohio
Supreme Court", leave "Supreme Court" alone), and never when the story writes the two side by side in a list
(:func:`side_by_side`), nor when the longer name is the body with a person's name of the story before it ("Trump
White House": :mod:`.holders`). One-word names ending a longer one are left to
:func:`~.merge.absorb_bodies`, people to :mod:`.variants`.

A one-word name opening a longer one (:func:`join_openings`: "the North" for "North Korea", "Lumo" for the "Lumo
Cosmodrome") joins it when the longer name is the one name of the story it opens (or opens the others: "Lumo
Recovery" and "Lumo Recovery Center"), both have the same voted type
and the story writes the longer name more often: a word written on its own more often than the name it opens
("Moscow" beside one "Moscow Region") is a name of its own. A one-word name that only spaCy's labels make a person
joins too (see :func:`_opens`), and so does one opening a street's name, whatever its type ("Church" of "Church
Ave.", :func:`_street`), a place's name opening a sea's, river's or island's ("Lumo" of "Lumo Sea"), and a body's
word heading the one "<word> of ..." body of the story ("House" of "House of Representatives", :func:`_head_of`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from newsprism.entities.body_heads import GENERIC_HEADS
from newsprism.entities.evidence import CUE_WEIGHT
from newsprism.entities.holders import held_by_person, surnames
from newsprism.entities.kind_words import (
    BODY_WORDS,
    CHAMBER_WORDS,
    HOSPITAL_WORDS,
    NOT_NOUNS,
    PLACE_WORDS,
    ROLES_BEFORE_NAMES,
    STREET_WORDS,
)
from newsprism.entities.mentions import Mention, voted_type
from newsprism.entities.names import COUNTRIES, STATE_SHORT_FORMS, name_tokens
from newsprism.entities.panels import CHAMBERS, PANEL_WORDS
from newsprism.grouping import DisjointSets
from newsprism.lexicon import COUNTRIES as LEXICON_COUNTRIES
from newsprism.model import EntityType

Tokens = tuple[str, ...]


def join_contained(written: list[tuple[str, Mention]], roots: DisjointSets[str],
                   texts: dict[str, str] | None = None) -> None:
    """Join the keys (``written``: each mention with the key it stands for) of shortened names to the one longer
    name holding them (see the module's docstring; ``texts``, article id → text, tell a list's gap from a
    sentence's end)."""
    written_names = multiword_names(written)
    names = {key: _core(tokens) for key, tokens in written_names.items()}
    headed = {key: names[key] != tokens for key, tokens in written_names.items()}
    listed = side_by_side(written, texts)
    people = surnames(written)
    by_last: dict[str, list[tuple[Tokens, str]]] = defaultdict(list)
    for key, tokens in names.items():
        by_last[tokens[-1]].append((tokens, key))
    for group in by_last.values():
        for tokens, key in group:
            longer = {roots.find(other) for other_tokens, other in group if len(other_tokens) > len(tokens)
                      and _held(tokens, other_tokens, headed[key] and not headed[other])
                      and not _parent(tokens, other_tokens) and frozenset((key, other)) not in listed
                      and not held_by_person(tokens, other_tokens, people)}
            longer.discard(roots.find(key))
            if len(longer) == 1:
                roots.join(key, longer.pop())


LIST_GAP = 6
"""Most characters between two names written side by side in a list (" and ", ", "): "treated at Southwest Lumo
Hospital and Lumo Hospital" names two hospitals (gun-violence incident 487891, issue #19)."""
_LISTED = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*")
"""What stands between two names of a list: a comma, 'and', 'or', '&' or a slash (not a sentence's end: issue #19's
tenth round, "... Lumo Crime Stoppers. A Crime Stopper tip")."""


def side_by_side(written: list[tuple[str, Mention]], texts: dict[str, str] | None = None) -> set[frozenset[str]]:
    """Pairs of keys of two names written next to each other in one article (at most :data:`LIST_GAP` characters
    apart, with a list's comma or 'and' between where the text is known: "... Crime Stoppers. A Crime Stopper tip"
    is no list): two things of the story, whatever their words share."""
    by_article: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for key, mention in written:
        by_article[mention.article].append((key, mention))
    pairs: set[frozenset[str]] = set()
    for items in by_article.values():
        items.sort(key=lambda item: item[1].start)
        for (key, mention), (other, after) in pairwise(items):
            text = texts.get(mention.article) if texts else None
            if key != other and 0 < after.start - mention.end <= LIST_GAP and (
                    text is None or _LISTED.fullmatch(text, mention.end, after.start)):
                pairs.add(frozenset((key, other)))
    return pairs


def join_openings(written: list[tuple[str, Mention]], roots: DisjointSets[str],
                  texts: dict[str, str] | None = None) -> None:
    """Join the keys of one-word names to the one longer name they open (see the module's docstring; ``texts``,
    article id → text, tell a name written before the noun it modifies, :func:`_modifier`)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for key, mention in written:
        if key == mention.key and not mention.descriptive:
            groups[key].append(mention)
    kinds = {key: voted_type(group) for key, group in groups.items()}
    opened: dict[str, set[str]] = defaultdict(set)
    people: set[str] = set()
    for key, group in groups.items():
        if len(group[0].tokens) > 1:
            if kinds[key] != "person" and "and" not in group[0].tokens:  # "Lumo and Kade Police": Lumo is a place
                opened[group[0].tokens[0]].add(key)
                if (headed := uncountried(group[0].tokens)) != group[0].tokens and headed[1:2] == ("of",):
                    opened[headed[0]].add(key)  # "U.S. House of Representatives": opened by "House" too
            else:
                people.update(group[0].tokens)
    for key, group in groups.items():
        longer = opened.get(key, set()) if len(group[0].tokens) == 1 else set()
        shortest = min(longer, key=lambda other: len(groups[other][0].tokens), default="")
        if not longer or any(groups[other][0].tokens[:len(groups[shortest][0].tokens)] != groups[shortest][0].tokens
                             and roots.find(other) != roots.find(shortest) for other in longer) or _panel_of(
                                 key, groups[shortest][0].tokens):
            continue
        written_longer = [m for other in longer for m in groups[other]]
        if _opens(group, kinds[key], written_longer, voted_type(written_longer), people) or _street(
                group, groups[shortest]) or (
                _feature(group, kinds[key], groups[shortest], voted_type(written_longer))) or (
                _head_of(group, kinds[key], written_longer, voted_type(written_longer))) or (
                _modifier(group, kinds[key], written_longer, texts or {})):
            roots.join(key, shortest)


def _panel_of(key: str, longer: Tokens) -> bool:
    """A chamber's word alone ("the House", "the Senate") is never the committee's name it opens ("House of
    Representatives Committee", "Senate Judiciary Committee": :data:`.panels.PANEL_WORDS`): the chamber is a body of
    its own (AllSides 5830, D29's seed-106 reading: "House Speaker" and "the House Republican conference" held in the
    select committee's record)."""
    return key in CHAMBERS and longer[-1] in PANEL_WORDS


_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")
_NOT_MODIFIED = NOT_NOUNS | {"said", "says", "told", "tells"}


def _modifier(short: list[Mention], kind: EntityType, longer: list[Mention], texts: dict[str, str]) -> bool:
    """A one-word body's name written only before a noun it modifies ("a Lumo student", "Lumo researchers") is the
    one body's name it opens ("Lumo University"), however often each is written: the attributive short form of the
    body (NeuS train line 563, 1-based: "Stanford" apart from "Stanford University", issue #19's known wrong kinds).
    A body's or place's noun names a body of its own ("the Lumo party" is no "Lumo National Convention") unless it
    is the longer name's own last word ("the Lumo foundation", "Lumo Foundation"). A chamber's word is the chamber's
    own ("Republican House members" are no House Budget Committee's: NeuS train 1940, 0-based, issue #19's
    eighteenth round)."""
    if kind != "organisation" or voted_type(longer) != "organisation" or short[0].tokens[0] in CHAMBER_WORDS:
        return False
    nouns = [_NOUN_AFTER.match(texts.get(m.article, ""), m.end) for m in short]
    return all(noun is not None and noun.group(1) not in _NOT_MODIFIED and not noun.group(1).endswith("ed") and (
        noun.group(1) not in BODY_WORDS | PLACE_WORDS or noun.group(1) == longer[0].tokens[-1]) for noun in nouns)


CONJOINED_HEADS = BODY_WORDS | PLACE_WORDS | frozenset({"hospital", "center", "centre", "school", "academy"})
"""Last words of a name that a longer name may continue with "and" and a second head: "St. Lumo Hospital" is the
"St. Lumo Hospital and Health Care Center"."""


def join_conjoined(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """A place's or body's name of two words or more ending in a head word (:data:`CONJOINED_HEADS`) joins the one
    longer name of the story that it opens followed by "and" ("Lumo Hospital" / "Lumo Hospital and Medical Center"),
    unless that longer name ends in a role ("Lumo Police and Crime Commissioner" is an office of its own)."""
    keys: dict[Tokens, str] = {}
    for key, mention in written:
        if key == mention.key and not mention.descriptive and mention.label != "person":
            keys.setdefault(mention.tokens, key)
    for tokens, key in keys.items():
        if len(tokens) < 2 or tokens[-1] not in CONJOINED_HEADS:
            continue
        longer = {roots.find(other) for other_tokens, other in keys.items()
                  if other_tokens[:len(tokens) + 1] == (*tokens, "and") and len(other_tokens) > len(tokens) + 1
                  and other_tokens[-1] not in ROLES_BEFORE_NAMES}
        longer.discard(roots.find(key))
        if len(longer) == 1:
            roots.join(key, longer.pop())


_ACRONYM_OPENING = re.compile(r"(?:[A-Z]\.?){2,6}(?=\s)")
"""An acronym opening a name ("UK Hospital", "U.K. Hospital")."""
_SKIPPED = frozenset({"of", "the", "and", "for", "at", "de"})


def join_acronym_heads(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """A place's or body's name opening with an acronym ("UK Hospital") joins the one longer name of the story with
    the same last words whose first words the acronym spells, one more word of a name before those last words
    allowed ("University of Kentucky Chandler Hospital"): a body's name written short and in full."""
    names: dict[str, Mention] = {}
    for key, mention in written:
        if key == mention.key and not mention.descriptive and mention.label != "person":
            names.setdefault(key, mention)
    for key, mention in names.items():
        opening = _ACRONYM_OPENING.match(mention.text)
        if opening is None:
            continue
        letters = opening.group(0).replace(".", "").lower()
        tail = name_tokens(mention.text[opening.end():])
        longer = {roots.find(other) for other, m in names.items()
                  if tail and len(m.tokens) > len(tail) and m.tokens[-len(tail):] == tail
                  and _spells(letters, m.tokens[:-len(tail)])}
        longer.discard(roots.find(key))
        if len(longer) == 1:
            roots.join(key, longer.pop())


def _spells(letters: str, words: Tokens) -> bool:
    content = [w for w in words if w not in _SKIPPED]
    return len(letters) <= len(content) <= len(letters) + 1 and all(
        w[:1] == c for w, c in zip(content, letters, strict=False))


def join_named_places(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """A name of two words or more that only spaCy's labels make a person (no title, honorific or person's
    apposition in any mention) and that opens longer names of places or bodies in the story joins the one of them
    written most often: the person's name a facility bears stands for the facility ('at Betty Ford' beside 'the
    Betty Ford Center')."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for key, mention in written:
        if key == mention.key and not mention.descriptive:
            groups[key].append(mention)
    kinds = {key: voted_type(group) for key, group in groups.items()}
    for key, group in groups.items():
        tokens = group[0].tokens
        taken = all(m.cue is not None and m.cue.taken_to for m in group)  # "taken to Lumo Kade": the facility's
        if (kinds[key] != "person" and not taken) or len(tokens) < 2 or min(map(len, tokens)) < 2 or any(
                m.honorific or (m.cue is not None and m.cue.type == "person") for m in group):
            continue
        longer = [other for other, other_group in groups.items() if kinds[other] in ("place", "organisation")
                  and len(other_group[0].tokens) > len(tokens) and other_group[0].tokens[:len(tokens)] == tokens]
        if longer:
            roots.join(key, max(longer, key=lambda other: (len(groups[other]), other)))


_BLEND = re.compile(r"([A-Z][a-z]*)([A-Z][a-z]+)")


def join_blends(written: list[tuple[str, Mention]], roots: DisjointSets[str]) -> None:
    """A one-word name written as two capitalised pieces that open a person's first and last names ('LiLo', 'JLo')
    joins that person when the story holds one such person: a nickname made of the full name's openings."""
    people: dict[str, Tokens] = {}
    blends: dict[str, tuple[str, str]] = {}
    for key, mention in written:
        if key != mention.key or mention.descriptive:
            continue
        if (match := _BLEND.fullmatch(mention.text)) is not None:
            blends[key] = (match.group(1).lower(), match.group(2).lower())
        elif mention.label == "person" and len(mention.tokens) > 1:
            people[key] = mention.tokens
    for key, (first, last) in blends.items():
        found = {roots.find(other) for other, tokens in people.items()
                 if tokens[0].startswith(first) and tokens[-1].startswith(last)}
        if len(found) == 1:
            roots.join(key, found.pop())


def _street(short: list[Mention], longer: list[Mention]) -> bool:
    """The one-word name opens a street's name ("Church" beside "Church Ave.": "at Church and Snyder"), is written no
    more often than it, and nothing marks it as a person's (no title, honorific or age) nor as a place of its own
    ("in Lumo": the town of "Lumo High Street"): the street, whatever spaCy tags the word; the same for a hospital's
    name ("taken to Lumo" beside "Lumo Hospital")."""
    return (longer[0].tokens[-1] in STREET_WORDS or longer[0].tokens[-1] in HOSPITAL_WORDS) and len(short) <= len(
        longer) and not any(
        m.honorific or (m.cue is not None and m.cue.type in ("person", "place") and not m.cue.taken_to) for m in short)


GEOGRAPHIC_ENDINGS = frozenset({"sea", "ocean", "gulf", "river", "island", "islands", "strait", "peninsula",
                                "desert", "mountains", "village", "township", "borough"})
"""Last words of a natural feature's name whose first word alone names it too ("Lumo" for the "Lumo Sea"), however
often each is written, and of a municipality's ("Lumo Village", "Lumo Township": the town "Lumo" as a
government, gun-violence incident 653539); a town's name is not read so ("Lumo Bay" or "Lumo Lake" may be a town
beside its bay)."""


def _feature(short: list[Mention], kind: EntityType, longer: list[Mention], longer_kind: EntityType) -> bool:
    """The one-word place name opens a natural feature's name (:data:`GEOGRAPHIC_ENDINGS`): the feature; not when
    the word is a country's (:data:`_COUNTRY_WORDS`)."""
    return kind == longer_kind == "place" and longer[0].tokens[-1] in GEOGRAPHIC_ENDINGS and (
        "".join(short[0].tokens) not in _COUNTRY_WORDS)


_COUNTRY_WORDS = frozenset(country.replace("_", "") for country in LEXICON_COUNTRIES.split())
"""Countries' names (:data:`newsprism.lexicon.COUNTRIES`): a country written alone is the country, never the sea,
strait or river named after it ("Lumo" beside the "Lumo Strait"; D9's honest reading of AllSides roundup 5630:
"Taiwan" joined the "Taiwan Strait" and the record was shown as the strait)."""


def _opens(short: list[Mention], kind: EntityType, longer: list[Mention], longer_kind: EntityType,
           people: set[str]) -> bool:
    """Whether the one-word name of mentions ``short`` stands for the longer name it opens: same type, written
    less often and never strongly cued as a place of its own ("Lumo, Calif.", "Lumo police": the town, not the "Lumo
    Garlic Festival"), nor at all when the longer name is a street's ("in Lumo" beside "Lumo Street"); or voted a
    person's name by spaCy's labels alone (no title, honorific or age, no word of a person's full name in the
    story), which a place's or body's name does not contradict ("Morningside" tagged PERSON beside "Morningside
    Recovery")."""
    if kind == "person":
        return short[0].tokens[0] not in people and not any(
            m.honorific or (m.cue is not None and m.cue.type == "person") for m in short)
    street = longer[0].tokens[-1] in STREET_WORDS  # "in Lumo" is no "Lumo Street" (ECB+ dev topic 18)
    return longer_kind == kind and len(longer) > len(short) and not any(
        m.cue is not None and m.cue.type == "place" and (m.cue.weight >= CUE_WEIGHT or street) for m in short)


def _head_of(short: list[Mention], kind: EntityType, longer: list[Mention], longer_kind: EntityType) -> bool:
    """The one-word body's name is the head of the one "<word> of ..." body of the story ("the House" beside one
    "House of Representatives", NeuS train 1867, issue #19), however often each is written: a capitalised common
    noun standing alone for the body the story names in full, a country opening it or not ("the House"
    beside "the U.S. House of Representatives", NeuS train 1344, 0-based, issue #19's nineteenth round's honest
    reading)."""
    tokens = uncountried(longer[0].tokens)
    return kind == longer_kind == "organisation" and len(tokens) > 2 and tokens[1] == "of" and (
        len({m.key for m in longer}) == 1)


_NATIONS = COUNTRIES - {state.lower() for state, _ in STATE_SHORT_FORMS}
"""Keys of the countries (not the states: a state's "Lumo House of Representatives" is no federal "House")."""


def uncountried(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A body's name without the country opening it ("U.S. House of Representatives": "House of Representatives";
    "U.S." is read "united states"), as written when no country opens it."""
    for cut in range(1, min(len(tokens) - 1, 4)):
        if "".join(tokens[:cut]) in _NATIONS:
            return tokens[cut:]
    return tokens


def multiword_names(written: list[tuple[str, Mention]]) -> dict[str, Tokens]:
    """Key → words of each name of two words or more written as itself (not a description, not a short name
    resolved to a longer one) whose mentions do not vote for a person."""
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for key, mention in written:
        if key == mention.key and len(mention.tokens) > 1 and not mention.descriptive:
            mentions[key].append(mention)
    return {key: group[0].tokens for key, group in mentions.items() if voted_type(group) != "person"}


def _core(tokens: Tokens) -> Tokens:
    """A body's name without a generic head after its body's word ("Lumo Village Police | Department"), so that
    "Village Police" is read within it, and "Police Department" still within "Lumo Police Department"."""
    return tokens[:-1] if len(tokens) > 1 and tokens[-1] in GENERIC_HEADS and tokens[-2] in BODY_WORDS else tokens


def _held(short: Tokens, long: Tokens, only_headed: bool) -> bool:
    """``short`` is read within ``long`` (both without a generic head); a name written with its head ("County Police
    Department") beside a longer one written without ("Prince Lumo's County Police") only as its end, so that a
    name glued to a force's ("Lumo Daily News Police") takes no force written in full ("Lumo Police Department")."""
    return long[len(long) - len(short):] == short if only_headed else within(short, long)


def _parent(short: Tokens, long: Tokens) -> bool:
    """``short`` is what follows "of" in ``long``: the body a unit belongs to ("Portvale University" of the "Seismology
    Institute of Portvale University"), another name; not when one body's word alone comes before "of" ("Homeland
    Security" is the "Department of Homeland Security")."""
    before = long[:len(long) - len(short) - 1]
    return "of" in long and long[len(long) - len(short) - 1:] == ("of", *short) and not (
        len(before) == 1 and before[0] in GOVERNMENT_HEADS)


GOVERNMENT_HEADS = frozenset({"department", "ministry", "bureau", "office", "agency", "administration"})
"""Heads of a government unit's name written "<head> of <what>": the unit is called by its "what" alone
("Homeland Security", "Health and Human Services"); a university, bank or church of a place is not that place
("University of South Wales", "Bank of England")."""


def within(short: Tokens, long: Tokens) -> bool:
    """``short``'s words are ``long``'s in the same order, some of ``long``'s left out."""
    words = iter(long)
    return all(word in words for word in short)
