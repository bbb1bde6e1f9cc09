"""Names spaCy ran into other words: two names in one span ("Lopez and Carrasquillo", "Jaguars at Jacksonville
Municipal Stadium") split into one mention each, and a nationality glued to a name ("American Ana Lee") cut off.

A span is cut at a joining word (:data:`_JOIN`: "and", "&", "at", "in", "vs", a possessive) when every piece is a
name the story writes on its own elsewhere (the key of another mention, or the surname of a person's full name:
"Lee's Kade Avenue", gun-violence incident 412069); "Procter and Gamble" stays whole because
neither half is written alone, "Johnson & Johnson" because its halves are one name, and so does a body's name
ending in a body's word ("Lumo and Kade Fire and Rescue Service"). Each piece takes the type the story's mentions
of that name vote for. A span "<Owner>'s <Words>" that a survey's name goes on after ("... and Kade Turnover
Survey") is cut to its owner, and "<Station>'s <Given> <Surname>" before "reported" is split into the station, a
body, and its reporter, a person. The other way round, names spaCy cut at an "and" inside a body's name are joined
(:func:`join_bodies`).

A first word the story's parses tag as a nationality (NORP: "American", "Greek") is cut from a mention when what
follows is a name of several words the story writes without it ("American Hasim Rahman" where the story also says
"Hasim Rahman"); "American Airlines" stays whole as "Airlines" alone is no name of the story. A nationality's
plural on its own ("Greeks") is a people, no entity, whatever spaCy tags it, and so is "Native" beside a
nationality or a place ("Native American", "Alaska Native", "Native Hawaiian": census race groups).
"""

from __future__ import annotations

import re
from collections import defaultdict

from newsprism.entities.given_names import given_name
from newsprism.entities.kind_words import BODY_WORDS, CHAMBER_WORDS
from newsprism.entities.mentions import Mention, make_mention, voted_type
from newsprism.entities.reporting import MOST_REPORTER_WORDS, REPORTS_AFTER
from newsprism.lexicon import CONTAINERS
from newsprism.model import EntityType

_JOIN = re.compile(r"\s+(?:and|&|at|in|on|near|vs\.?|v\.?)\s+|(?<=\w)['’]s\s+|(?<=[a-z])-(?=[A-Z])")
"""The words that join two names in one span ("High Street in Lumo", "Lumo Medical Center on Kade Island",
"Lumaria's Ana Lee" where both are the story's names), and a hyphen between two names ("the Lumo Sox-Kade talks"
where "Lumo Sox" and "Kade" are written alone; "Yale-New Haven Hospital", "Mercedes-Benz" stay whole while their
halves are no names of the story)."""

_POSSESSIVE = re.compile(r"['’]s\s+")
_SURVEY_GOES_ON = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w'’-]*\s+)+(?:Survey|Index|Report)\b")
"""An "and" and capitalised words up to a survey's, index's or report's word after a span holding a possessive ("the
Lumo Bureau's Job Openings | and Labor Turnover Survey"): spaCy ran the survey's owner into the first words of the
survey's name (D11's honest reading of AllSides roundup 5886); the owner alone is the mention."""

_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|and|&|of))*")
"""Capitalised words with the connectors a body's name may hold ("Devon and Somerset Fire and Rescue Service")."""
_AND = re.compile(r"\s(?:and|&)\s")
_PLURAL_PLACES_AFTER = re.compile(r"\s+(?:streets|avenues|roads|boulevards|drives|lanes|counties|hospitals)\b")
"""A plural place word after a span ("in the area of Lumo and Kade avenues", gun-violence incident 653539): the span
names two places of that kind, split whether or not the story writes either alone."""


def join_bodies(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Names spaCy cut at an "and" inside a body's name ("Devon" / "Somerset Fire" / "Rescue" of "Devon and Somerset
    Fire and Rescue"): the mentions inside one run of capitalised words holding an "and" and ending in a body's
    word become one organisation's mention, from the first mention's start to the run's end; not when a piece
    before the last holds a body's word or the last is a name of several words ("Lumo Institute and Kade Times",
    two bodies)."""
    return [_joined_bodies(mentions, text) for mentions, text in zip(per_article, texts, strict=True)]


def _joined_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    result = list(mentions)
    for run in _RUN.finditer(text):
        if run.group(0).split()[-1].lower().strip(".") not in BODY_WORDS or not _AND.search(run.group(0)):
            continue  # read first: most runs hold no "and" or end in no body's word
        inside = [m for m in mentions if run.start() <= m.start and m.end <= run.end()]
        if not inside or not _AND.search(text, inside[0].start, run.end()) or any(
                BODY_WORDS.intersection(m.tokens) for m in inside[:-1]) or len(inside[-1].tokens) > 1:
            continue  # "Lumo Institute and Kade Times" are two bodies, each named in full
        if len(inside) > 1 and {inside[-2].tokens[-1], inside[-1].tokens[-1]} <= CHAMBER_WORDS:
            continue  # "the (GOP) House and Senate": two chambers (D9's honest reading of AllSides roundups 5722, 5843)
        body = make_mention(inside[0].article, text, (inside[0].start, run.end()), "organisation",
                            inside[0].paragraph)
        result = [m for m in result if m not in inside] + [body]
    return sorted(result, key=lambda m: (m.start, m.end))


def split_pairs(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Each article's mentions with joined names split (see the module's docstring)."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for mentions in per_article:
        for m in mentions:
            by_key[m.key].append(m)
    types = {key: voted_type(group) for key, group in by_key.items()}
    for group in by_key.values():  # a surname written only inside full names owns things too ("Lee's Kade Ave")
        if len(group[0].tokens) > 1 and voted_type(group) == "person":
            types.setdefault(group[0].tokens[-1], "person")
    return [sorted((piece for m in mentions for piece in _pieces(m, text, types)), key=lambda m: (m.start, m.end))
            for mentions, text in zip(per_article, texts, strict=True)]


def cut_nationalities(per_article: list[list[Mention]], texts: list[str], nationalities: set[str]
                      ) -> list[list[Mention]]:
    """Each article's mentions with a leading nationality word cut off (see the module's docstring)."""
    keys = {m.key for mentions in per_article for m in mentions}
    return [[_without_nationality(m, text, keys, nationalities) for m in mentions
             if not _a_people(m, nationalities) and not _a_native_people(m, text, nationalities)]
            for mentions, text in zip(per_article, texts, strict=True)]


_NEXT_WORD = re.compile(r"[ -]([A-Z][a-z]+)")


def _a_native_people(mention: Mention, text: str, nationalities: set[str]) -> bool:
    """"Native" with a nationality or a place before or after it ("Alaska Native", "Native" of "Native American",
    AllSides roundup 5785, spaCy tagged both persons): a people, no entity. "Native Instruments" stays."""
    words = mention.text.split()
    if "Native" not in words or len(words) > 2:
        return False
    others = [word for word in words if word != "Native"]
    if not others:
        follower = _NEXT_WORD.match(text, mention.end)
        others = [follower.group(1)] if follower else []
    return bool(others) and (others[0] in nationalities or others[0].lower() in CONTAINERS)


def _a_people(mention: Mention, nationalities: set[str]) -> bool:
    """A nationality's plural tagged a person or body ("Greeks" where the parses tag "Greek" or "Greeks" a
    nationality elsewhere): a people, no entity."""
    text = mention.text
    return mention.short and text.endswith("s") and (text in nationalities or text[:-1] in nationalities)


def _without_nationality(mention: Mention, text: str, keys: set[str], nationalities: set[str]) -> Mention:
    first, _, rest = mention.text.partition(" ")
    if first not in nationalities or len(mention.tokens) < 3 or not rest[:1].isupper():
        return mention
    cut = make_mention(mention.article, text, (mention.end - len(rest), mention.end), mention.label,
                       mention.paragraph)
    return cut if cut.key in keys else mention


def _pieces(mention: Mention, text: str, types: dict[str, EntityType]) -> list[Mention]:
    if mention.descriptive or not _JOIN.search(mention.text) or mention.tokens[-1] in BODY_WORDS:
        return [mention]  # "Devon and Somerset Fire and Rescue Service" is one body's name
    possessive = _POSSESSIVE.search(mention.text)
    if possessive is not None and _SURVEY_GOES_ON.match(text, mention.end):
        return [make_mention(mention.article, text, (mention.start, mention.start + possessive.start()), mention.label,
                             mention.paragraph)]  # "the Lumo Bureau's | Job Openings and Kade Survey": the owner
    if possessive is not None and (reported := _station_and_reporter(mention, text, possessive)) is not None:
        return reported  # "Kopa7's Ana Lee | reported": the station and its reporter
    if _PLURAL_PLACES_AFTER.match(text, mention.end) and _AND.search(mention.text) and len(mention.tokens) > 2:
        return _places(mention, text)
    bounds = [mention.start]
    for join in _JOIN.finditer(mention.text):
        bounds.extend((mention.start + join.start(), mention.start + join.end()))
    bounds.append(mention.end)
    pieces = [make_mention(mention.article, text, (bounds[i], bounds[i + 1]), mention.label, mention.paragraph)
              for i in range(0, len(bounds), 2)]
    if any(not piece.text[:1].isupper() or piece.key == mention.key or piece.key not in types for piece in pieces) or (
            len({piece.key for piece in pieces}) == 1):
        return [mention]  # one name repeated ("Lumo & Lumo"): a firm's name, no pair (AllSides roundup 6105, D18)
    return [make_mention(p.article, text, (p.start, p.end), types[p.key], p.paragraph) for p in pieces]


def _places(mention: Mention, text: str) -> list[Mention]:
    """The names an "and" joins in a span before a plural place word, each a place."""
    bounds = [mention.start]
    for join in _AND.finditer(mention.text):
        bounds.extend((mention.start + join.start(), mention.start + join.end()))
    bounds.append(mention.end)
    return [make_mention(mention.article, text, (bounds[i], bounds[i + 1]), "place", mention.paragraph)
            for i in range(0, len(bounds), 2)]


def _station_and_reporter(mention: Mention, text: str, possessive: re.Match[str]) -> list[Mention] | None:
    """A span "<Station>'s <Given> <Surname>" before a reporting verb ("Kopa7's Ana Lee reported", gun-violence
    incidents 513903 and 223936, AllSides roundup 5681: spaCy tagged the whole a body): the station, a body, and
    its reporter, a person; None when the words after the possessive are no given name's and a surname's."""
    if not REPORTS_AFTER.match(text, mention.end):
        return None
    reporter = make_mention(mention.article, text, (mention.start + possessive.end(), mention.end), "person",
                            mention.paragraph)
    if not 2 <= len(reporter.tokens) <= MOST_REPORTER_WORDS or not given_name(reporter.tokens[0]):
        return None
    station = make_mention(mention.article, text, (mention.start, mention.start + possessive.start()), "organisation",
                           mention.paragraph)
    return [station, reporter]
