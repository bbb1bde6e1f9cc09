"""A described source its own article leaves unnamed ('The House speaker said', 'The state Supreme Court said'), tied
to the one person or body the whole story names with that title ('House Speaker Ana Ruiz' in another outlet's
article, 'the Lumo Supreme Court'): each article is read alone before (:mod:`newsprism.quotes.speakers`), so a
title another article writes before the name never reached it (NeuS train 1353 and 1271, read in issue #19's
eighteenth round's honest check)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from newsprism.lexicon import SPOKESPERSON, SPOKESPERSON_NOUNS, TITLES
from newsprism.model import Entity, QuoteVariant
from newsprism.quotes.speakers import TitledDescription, titled_description, titles_before
from newsprism.quotes.story_index import story_index

_BODY_TAIL = re.compile(r"^[Tt]he\s+(?:[a-z][\w-]*\s+){1,2}((?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*)$")
"""A definite description whose lower-case words qualify a body's capitalised name ('The state Supreme Court', 'the
federal Election Commission'): the body the story names in full with that ending ('Lumo Supreme Court')."""


class MentionTitles:
    """:func:`~newsprism.quotes.speakers.titles_before` of each mention, read once per story (issue #20: every
    anonymous titled description read every person mention of the story again: 215,640 reads for 60 descriptions
    of a 100-article planted story, the largest cost of the analysis after the encoder and spaCy)."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        self._read: dict[tuple[str, int], tuple[set[str], list[str]]] = {}

    def at(self, article: str, start: int) -> tuple[set[str], list[str]] | None:
        """The titles and words before the mention at ``start`` of ``article`` (None: no text for it)."""
        found = self._read.get((article, start))
        if found is None:
            text = self.texts.get(article, "")
            if not text:
                return None
            found = self._read[(article, start)] = titles_before(text, start)
        return found


def story_holder(variant: QuoteVariant, entities: Sequence[Entity], texts: Mapping[str, str],
                 titles: MentionTitles | None = None) -> Entity | None:
    """The one entity of the story an anonymous description stands for: the one person titled so before a name
    anywhere in the story (:func:`~newsprism.quotes.speakers.titled_description`; its party adjective read
    by :func:`_party_apart`), the one politician marked with
    the party a description names (:data:`PARTY_DESCRIPTION`), or the one body whose name ends in the
    description's capitalised words; none when the description is a name of its own, or several hold it."""
    source = variant.source
    if not variant.anonymous or source is None or (variant.speaker or "").strip() != source.text.strip():
        return None
    words = source.text.strip()
    return story_index(entities, texts).answer("story_holder", words, lambda: _holder(words, entities, texts, titles))


def _holder(words: str, entities: Sequence[Entity], texts: Mapping[str, str],
            titles: MentionTitles | None) -> Entity | None:
    """:func:`story_holder`'s answer for a description's words (kept per story: it depends on nothing else)."""
    if (party := PARTY_DESCRIPTION.match(words)) is not None:
        return _one({e.id: e for e in entities if e.type == "person" and any(
            _of_party(party, texts.get(m.article, ""), m.start, m.end) for m in e.mentions)}.values())
    if (tail := _BODY_TAIL.match(words)) is not None:
        return _one({e.id: e for e in entities if e.type == "organisation"
                     and e.name.endswith(" " + tail.group(1))}.values())
    titles = titles or MentionTitles(texts)
    described = titled_description(_GOP.sub("Republican", words))
    if described is None:
        return _spokesperson(words, entities, texts, titles) or _place_title(words, entities, titles)
    described, other = _party_apart(described)
    kinds = [replace(described, title=title) for title in TITLE_KINDS.get(described.title, (described.title,))]
    people = [e for e in entities if e.type == "person" and not (other is not None and any(
        _of_party(other, texts.get(m.article, ""), m.start, m.end) for m in e.mentions))]
    reads = dict(zip((e.id for e in entities), titled_reads(entities, texts, titles), strict=True))
    holders = {e.id: e for e in people if any(_holds(kind, read) for read in reads[e.id] for kind in kinds)}
    return _one((holders or {e.id: e for e in people if _holds_by_letter(kinds, e, texts, titles)}).values())


def _holds_by_letter(kinds: Sequence[TitledDescription], person: Entity, texts: Mapping[str, str],
                     titles: MentionTitles) -> bool:
    """A mention of ``person`` titled as the description is, whose place the party's letter or an 'of <Place>' after
    the name gives ('Sen. Ana Ruiz (R-Lumo)' or 'Rep. Ana Ruiz of Lumo' for 'the Lumo lawmaker', which :func:`_holds`
    asks for before the name: E30's report, issue #19's thirty-ninth round, left 'the Texas lawmaker' anonymous so);
    asked only when no person holds the description with its place written before the name."""
    if not any(kind.capitals for kind in kinds):
        return False
    for mention in person.mentions:
        read, text = titles.at(mention.article, mention.start), texts.get(mention.article, "")
        after = text[mention.end:mention.end + PARTY_MARK_CHARS]
        letter = re.match(_PARTY_LETTER.format(letter="[DRI]"), after) or _OF_PLACE.match(after)
        if read is None or letter is None:
            continue
        state = next(group for group in letter.groups() if group)
        for kind in kinds:
            places = [word for word in kind.capitals if word not in read[1]]
            if places and kind.matches(read[0]) and _place_agrees(state, places):
                return True
    return False


_OF_PLACE = re.compile(r"[^\S\n]+of[^\S\n]+([A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*){0,2})")
"""The place a member is 'of' after the name ('Rep. Ana Ruiz of Lumo'), the state a party's letter gives."""


_GOP = re.compile(r"\bGOP\b")
"""'the GOP senator' is 'the Republican senator' (a party word the title reader takes in capitals only so)."""
TITLE_KINDS = {"congressman": ("representative",), "congresswoman": ("representative",),
               "lawmaker": ("senator", "representative"), "legislator": ("senator", "representative")}
"""Nouns a story re-mentions a member of Congress by, and the titles written before the name they stand for ('Rep.
Ana Ruiz' … 'the congresswoman said'; 'Sen. Ana Ruiz' … 'the lawmaker said'): the one person so titled."""


def titled_reads(entities: Sequence[Entity], texts: Mapping[str, str],
                 titles: MentionTitles) -> list[list[tuple[set[str], list[str]]]]:
    """Per entity, in order, the reads (:meth:`MentionTitles.at`) of its mentions with a title before them, a
    person's (none of another type's), read once per story: a mention with none holds no titled description
    (:meth:`~newsprism.quotes.speakers.TitledDescription.matches` of no titles is false), and 5,614 person mentions
    were read again for each of 34 descriptions at one-event 20 (issue #20)."""
    index = story_index(entities, texts)
    if index.titled is None:
        index.titled = [[read for m in e.mentions if (read := titles.at(m.article, m.start)) is not None and read[0]]
                        if e.type == "person" else [] for e in entities]
    return index.titled


OTHER_PARTY = {"Republican": "the Democrat", "Democratic": "the Republican"}
"""A party adjective in a titled description ('The Republican governor') and the other party, whose mark on a person
rules the description out for them."""


def _party_apart(described: TitledDescription) -> tuple[TitledDescription, re.Match[str] | None]:
    """The description without its party adjective, which is no word of the title written before a name ('Texas
    Governor X … The Republican governor announced': AllSides 5947, read in issue #19's twenty-eighth round's honest
    check, left anonymous), and the other party's :data:`PARTY_DESCRIPTION` match, if it names a party."""
    party = next((w for w in described.capitals if w in OTHER_PARTY), None)
    if party is None:
        return described, None
    kept = [w for w in described.capitals if w != party]
    return replace(described, capitals=kept), PARTY_DESCRIPTION.match(OTHER_PARTY[party])


_SPOKESPERSON = re.compile(r"^[Aa]\s+((?:[A-Z][\w.&'’-]*\s+){1,3})" + SPOKESPERSON + "$")
"""An unnamed spokesperson of a named body ('a Lumo Party spokesperson said'): the one person the story writes with
that body's spokesperson title ('Lumo Party spokesman Ana Ruiz' in another outlet's article; AllSides 5777, read in
issue #19's twenty-third round's honest check, where 'a Taliban spokesperson said' at the same press conference was
left unnamed). Only with the body named: a bare 'a spokesman' may be any of several."""


def _spokesperson(words: str, entities: Sequence[Entity], texts: Mapping[str, str],
                  titles: MentionTitles) -> Entity | None:
    """The one person of the story titled a spokesperson of the body an indefinite description names
    (:data:`_SPOKESPERSON`), with the body's capitalised words in the title; None when none or several are."""
    match = _SPOKESPERSON.match(words)
    if match is None:
        return None
    capitals = [word.rstrip(".") for word in match.group(1).split()]
    spokes = [TitledDescription(title=noun, owners=[], qualifiers=frozenset(), capitals=capitals)
              for noun in SPOKESPERSON_NOUNS]
    return _one({e.id: e for e, reads in zip(entities, titled_reads(entities, texts, titles), strict=True)
                 if e.type == "person" and any(_holds(described, read) for read in reads
                                               for described in spokes)}.values())


PARTY_DESCRIPTION = re.compile(r"^[Tt]he\s+(?:[\w.’'-]+\s+){0,4}(Democrat|Republican)$")
"""A re-mention of a politician by party ('the moderate West Virginia Democrat said'): the one person the story
writes with that party's mark (NeuS/AllSides stories name senators so; AllSides 5978's honest reading, issue #19's
twentieth round, where the description was left anonymous though the other outlets write 'Democratic Sen. X')."""
PARTY_MARK_CHARS = 40
"""Most characters a party's mark is read in around a name: a title of a few words between the adjective and the
name ('Democratic Senate Majority Leader Ana Ruiz') or a short apposition after it (', a moderate Democrat'); set by
hand."""
_PARTY_LETTER = (r"[^\S\n]*(?:\({letter}(?:-|\.?,[^\S\n]*)([A-Z][\w. ]*)\)"
                 r"|,[^\S\n]*{letter}-([A-Z][\w.]*(?: [A-Z][\w.]*)*),)")
"""A party's letter and state after a name: in brackets, '(D-Lumo)', or with a point and a comma as some papers write
it, '(D., Lumo)' / '(R, Lumo)' (AllSides 5832, read in E30's reading of R5s's misses: 'Sen. Ana Ruiz (D., Lumo) said
… The Democrat argued …' was left anonymous); or between commas as the AP writes it, ', D-Lumo,'."""
_PARTY_APPOSED = (r"(?:[^\S\n]+of[^\S\n]+((?:[A-Z][\w.]*[^\S\n]?){{1,3}}))?,[^\S\n]+(?:an?|the)[^\S\n]+"
                  r"(?:[\w-]+[^\S\n]+){{0,3}}{party}\b")
"""An apposition naming the party after a name ('Ruiz, a moderate Democrat'), after the place the person is 'of' too
('Rep. Ana Ruiz of Lumo, the top Republican on the panel'), which the description's place must agree with."""


def _of_party(party: re.Match[str], text: str, start: int, end: int) -> bool:
    """The mention at ``start``-``end`` is marked with the description's party (``party``: a match of
    :data:`PARTY_DESCRIPTION`): its adjective before the name with only a title's words between ('Democratic Sen.
    Ana Ruiz', 'Republican Lumo senator Ana Ruiz'; the mention may hold them), an apposition naming the party after
    it ('Ruiz, a moderate Democrat'), or the party's letter in brackets (:data:`_PARTY_LETTER`) with a state the
    description's place agrees with ('Ana Ruiz (D-Lumo)' for 'the Lumo Democrat'; not '(D-N.Y.)' for 'The
    California Democrat': NeuS train 1444, 0-based, in this rule's flip audit)."""
    name = party.group(1)
    adjective = "Democratic" if name == "Democrat" else "Republican"
    window = text[max(0, start - PARTY_MARK_CHARS):end]
    marks = list(re.finditer(rf"\b{adjective}\s+", window))
    if marks and all(word[:1].isupper() or word.lower() in TITLES for word in window[marks[-1].end():].split()):
        return True
    after = text[end:end + PARTY_MARK_CHARS]
    apposed = re.match(_PARTY_APPOSED.format(party=name), after)
    if apposed is not None and (apposed.group(1) is None or _same_place(apposed.group(1).strip(), party.group(0))):
        return True
    letter = re.match(_PARTY_LETTER.format(letter=name[0]), after)
    return letter is not None and _same_place(letter.group(1) or letter.group(2), party.group(0))


def _same_place(state: str, description: str) -> bool:
    """A state's short form in a party's brackets ('Calif.', 'N.Y.', 'Lumo') agrees with the capitalised words of
    the description before its party word ('The California Democrat', 'the New York Democrat', 'the West Virginia
    Democrat' for 'W.Va.'): a prefix of one of them, or their initials (the short form's capitals); a description
    with no capitalised place agrees with any."""
    return _place_agrees(state, [word for word in description.split()[1:-1] if word[:1].isupper()])


def _place_agrees(state: str, places: Sequence[str]) -> bool:
    """:func:`_same_place` for the capitalised words ``places`` of a description."""
    short = state.replace(".", "").replace(" ", "")
    initials = "".join(w[0] for w in places)
    return not places or initials in (short, "".join(c for c in short if c.isupper())) or any(
        w.startswith(short) for w in places)


def _holds(described: TitledDescription, read: tuple[set[str], list[str]] | None) -> bool:
    """The title written right before a mention (``read``: :meth:`MentionTitles.at`) is the description's ('House
    Speaker Ana Ruiz' for 'The House speaker'), with its capitalised words there too."""
    if read is None:
        return False
    titles, before = read
    return described.matches(titles) and all(word in before for word in described.capitals)


def _one(found: Iterable[Entity]) -> Entity | None:
    holders = list(found)
    return holders[0] if len(holders) == 1 else None


_PLACE_TITLE = re.compile(r"^([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+((?:[a-z-]+\s+){0,3}[a-z-]+)$")
"""A title of a named place's office ("Lumo's secretary of state said", "Borovia's health minister"): the one person
the story writes with that place and title before a name ('Lumo Secretary of State Ana Ruiz'; AllSides 5937, read in
issue #19's twenty-fourth round's honest check, left "Georgia's secretary of state" unnamed though two articles name
him so)."""


def _place_title(words: str, entities: Sequence[Entity], titles: MentionTitles) -> Entity | None:
    """The one person of the story whose words before a name are the place's and end in the title's
    (:data:`_PLACE_TITLE`); None when none or several are, or the title is none of :data:`TITLES` (nor ends in
    one)."""
    match = _PLACE_TITLE.match(words)
    if match is None or (match.group(2) not in TITLES and match.group(2).split()[-1] not in TITLES):
        return None
    place, title = match.group(1).lower().split(), match.group(2).lower().split()

    def holds(read: tuple[set[str], list[str]] | None) -> bool:
        before = [word.lower() for word in read[1]] if read is not None else []
        return len(before) > len(title) and before[-len(title):] == title and \
            before[:-len(title)][-len(place):] == place

    return _one({e.id: e for e in entities if e.type == "person" and any(
        holds(titles.at(m.article, m.start)) for m in e.mentions)}.values())
