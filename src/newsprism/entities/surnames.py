"""One-word person mentions ("Putin", "Kim", "Mr Kim") → the full name they stand for.

The rule, per article, in text order:

1. A one-word mention is a *short name* when it is labelled PERSON, or ORG (spaCy often tags a
   bare surname ORG: "Trump", "Lynch"), or GPE where the story never gives that word a place's cue
   ("in Chohan", "Chohan Street"), or when the story's mentions with that key are mostly
   PERSON; never a one-word name written in capitals unless the story mostly tags it PERSON
   ("UN" never becomes "Kim Jong Un"), nor an abbreviation of the name tables (its key is not
   its word). Its candidates are the article's full person names (two words or more) whose
   first or last word is that word ("Putin" → "Vladimir Putin"; "Kim" → "Kim Jong Un", Korean
   names put the surname first). With no candidate in the article, the whole story's full
   person names are the candidates.
2. One candidate (whatever its spelling: "Kim Jong-un" and "Kim Jong Un" share a key): the
   short name is that person, whether the full name comes before or after it.
3. Several candidates ("Kim Jong Un" and the analyst "Kim Dong-yub"): the candidate named
   most recently before the mention wins if that was at most :data:`RECENCY_PARAGRAPHS`
   paragraphs earlier ("Kim said" in the paragraph after "Kim Dong-yub, a professor, ..." stays with the
   professor); only full names count as naming someone: a short name resolved this way does not renew the window,
   else one "Gray" after the victim's sister "Mahnefah Gray" would carry every later "Gray" of the victim with it;
   otherwise the candidate the story names far more often (:data:`DOMINANCE`) wins; otherwise
   the mention is ambiguous (:data:`AMBIGUOUS`): it is no one's and no entity of its own ("Kim" beside "Kim Jong
   Un" and "Kim Yo Jong"; read on fresh stories, such leftovers, "Grant", "Ortiz", were wrong records).
4. A word the story also uses for something other than a person (the first or last word of a place's or a
   body's name, "Samsung Electronics", "Indianapolis Colts"; a one-word name with a place's or body's cue) and
   not mostly as a person is resolved only to a full name the story gives a person's cue (a title, an
   honorific, an age): a longer name absorbs a shorter one only when nothing else in the story claims it.
5. Honorifics: a candidate an article has called "Mr" is never the person of a later "Mrs"/"Ms"
   short name, and the other way round (once an article has written "Mr. Clinton" for Bill
   Clinton, its "Mrs. Clinton" is never him). Candidates are filtered by this before rules 2
   and 3.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from newsprism.entities.evidence import CUE_WEIGHT
from newsprism.entities.given_names import given_gender, given_name
from newsprism.entities.kind_words import SURNAME_PARTICLES
from newsprism.entities.mentions import Mention, voted_type
from newsprism.entities.names import TITLE_OPENING, name_key
from newsprism.entities.variants import surname
from newsprism.model import EntityType

RECENCY_PARAGRAPHS = 1
"""How many paragraphs (non-empty lines, :func:`by_lines`) back a full name still decides an ambiguous short
name. Calibrated on the seed story: an analyst named in one paragraph and quoted as "Kim told ..." in the next, while
the leader's "Kim" returns three paragraphs later; news paragraphs are one to three sentences, so one paragraph back
is the reader's "just named" (on pages of one sentence a line, ECB+'s, one sentence back)."""

DOMINANCE = 2.0
"""How many times more often (story-wide full-name mentions) the leading candidate must be named than the next one
to take an ambiguous short name outside the recency window. Calibrated on the seed story (the leader named in full
7 times, the analyst once): 2 keeps two equally prominent namesakes apart while a story's protagonist still wins."""


AMBIGUOUS = ""
"""The target of a short name two or more of the story's people could own with nothing to choose between them: the
caller leaves the mention out (it is neither person's, and a record of the bare surname is no entity)."""


@dataclass(frozen=True)
class StoryNames:
    """Story-wide facts about keys: the majority spaCy type and how often each key is written."""

    types: dict[str, EntityType]
    counts: Counter[str]
    full_persons: dict[str, set[str]] = field(default_factory=dict)
    """word → keys of the story's full person names whose first or last word it is"""
    elsewhere: set[str] = field(default_factory=set)
    """words the story also uses for something other than a person: the first and last words of its place and body
    names, one-word names with a strong place or body cue (see :func:`story_names`)"""
    cued: set[str] = field(default_factory=set)
    """full person keys the story gives a person's cue (a title, an honorific, an age)"""
    placed: set[str] = field(default_factory=set)
    """keys with a place's cue somewhere in the story ("in X", "X Street")"""
    sexes: dict[str, str] = field(default_factory=dict)
    """full person key → the sex the census gives its first word (:func:`.given_names.given_gender`), if any"""

    def is_person(self, key: str) -> bool:
        return self.types.get(key) == "person"


_LINE_START = re.compile(r"(?:^|\n)(?=[^\n])")


def by_lines(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Each mention numbered by the text's non-empty line it stands on (its ``paragraph`` for the recency rule):
    pages whose paragraphs are single lines (one sentence a line, no blank line between) count each line as one,
    as pages with blank lines between paragraphs count each paragraph."""
    numbered: list[list[Mention]] = []
    for mentions, text in zip(per_article, texts, strict=True):
        starts = [match.end() for match in _LINE_START.finditer(text)]
        numbered.append([replace(m, paragraph=max(0, bisect_right(starts, m.start) - 1)) for m in mentions])
    return numbered


_ONE_WORD = re.compile(r"\S+")
"""A name written as one word of several parts ("Lumo-Kade"): a surname, whose parts a bare name is not
("Lumo" of "Lumo-Kade" stays the story's other "Ana Lumo": gun-violence incident 143723, issue #19's twelfth
round)."""


def story_names(mentions: list[Mention]) -> StoryNames:
    """Majority type and count of every key; the story's full person names by first and last word."""
    by_key: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_key.setdefault(mention.key, []).append(mention)
    types = {key: voted_type(group) for key, group in by_key.items()}
    types.update(dict.fromkeys(_relatives_by_surname(by_key, types), "person"))
    names = StoryNames(types, Counter(m.key for m in mentions))
    for mention in mentions:
        if _full_person(mention, names):
            for word in name_ends(mention.tokens):
                names.full_persons.setdefault(word, set()).add(mention.key)
            if (sex := given_gender(mention.tokens[0])) is not None:
                names.sexes[mention.key] = sex
            if mention.honorific or (mention.cue is not None and mention.cue.type == "person"):
                names.cued.add(mention.key)
        strong = mention.cue is not None and mention.cue.type != "person" and mention.cue.weight >= CUE_WEIGHT
        if not names.is_person(mention.key) and (strong or not mention.short):
            names.elsewhere.update({mention.tokens[0], mention.tokens[-1]})
        if mention.cue is not None and mention.cue.type == "place":
            names.placed.add(mention.key)
    _cued_surnames(by_key, names)
    return names


def _relatives_by_surname(by_key: dict[str, list[Mention]], types: dict[str, EntityType]) -> list[str]:
    """Two-word names spaCy's labels make a body or place that open with a census given name and end in the surname
    of a person of the story (a full name or a bare surname typed a person) and that no mention cues otherwise
    ("Crystal Lumo was at ...", tagged ORG, beside "her husband, Mark Lumo" and "Lumo said"): a person, so that the
    story's bare surnames have them as a candidate (gun-violence incident 377047, issue #19's tenth round: every
    "Lumo said" of the mother went to the husband named once). :func:`.kin.family_members` types them so too, but
    only once the short names are resolved. Written as two words only ("Leola-Frederick", a team, is none)."""
    surnames = {key for key, kind in types.items() if kind == "person" and len(by_key[key][0].tokens) == 1} | {
        by_key[key][0].tokens[-1] for key, kind in types.items() if kind == "person" and len(by_key[key][0].tokens) > 1}
    return [key for key, group in by_key.items()
            if types[key] != "person" and len(tokens := group[0].tokens) == 2 and tokens[1] in surnames
            and len(group[0].text.split()) == 2 and not _JOINED.search(group[0].text)
            and given_name(tokens[0]) and len({m.tokens for m in group}) == 1
            and not any(m.cue is not None and m.cue.type != "person" for m in group)]


_JOINED = re.compile(r"[-/–]")
"""A hyphen or slash inside a name ("Leola-Frederick", "Leola/Frederick": two towns' joint school team): no given name
and surname."""


def name_ends(tokens: tuple[str, ...]) -> set[str]:
    """The words a full person name is written alone by: its first and its last word, and its surname before a
    generation suffix ("Baker" of "Rushern L. Baker III")."""
    return {tokens[0], tokens[-1], surname(tokens)}


def _cued_surnames(by_key: dict[str, list[Mention]], names: StoryNames) -> None:
    """A one-word name the story's labels make a body or place, which is the first or last word of a full person name
    of the story and which a title or an age marks as a person's at least once ("Lumo offered Teixeira", tagged ORG in
    most mentions, beside "Mark Teixeira" and "Teixeira, 28,"): the person's surname, typed a person."""
    for key, group in by_key.items():
        if (names.types[key] != "person" and group[0].short and key in names.full_persons
                and any(m.cue is not None and m.cue.type == "person" and m.cue.weight >= CUE_WEIGHT for m in group)):
            names.types[key] = "person"


@dataclass
class _Seen:
    """What one article has said so far: where each full name was last named, which honorifics it took."""

    last: dict[str, tuple[int, int]] = field(default_factory=dict)
    honorifics: dict[str, set[str]] = field(default_factory=dict)

    def named(self, key: str, mention: Mention) -> None:
        self.last[key] = (mention.paragraph, mention.start)
        if mention.honorific:
            self.honorifics.setdefault(key, set()).add(mention.honorific)

    def compatible(self, key: str, mention: Mention) -> bool:
        """False when the mention's "Mrs"/"Mr" contradicts the one this person was given before."""
        other = {"male": "female", "female": "male"}.get(mention.honorific or "")
        return other is None or other not in self.honorifics.get(key, set())


def resolve_article(mentions: list[Mention], names: StoryNames) -> list[str]:
    """The key each mention of one article (in text order) stands for: its own, or a full name's."""
    full: dict[str, set[str]] = {}
    """first or last word → the keys of the article's full person names that begin or end with it"""
    for m in mentions:
        if _full_person(m, names):
            for word in name_ends(m.tokens):
                full.setdefault(word, set()).add(m.key)
    seen = _Seen()
    targets: list[str] = []
    for mention in mentions:
        target = mention.key
        surname_word = particle_surname(mention) if names.is_person(mention.key) else None
        if surname_word is None and not mention.short and names.is_person(mention.key):
            seen.named(mention.key, mention)
        elif surname_word is not None or _is_short_name(mention, names):
            word = surname_word or mention.tokens[0]
            resolved = _resolve_short(mention, word, full, names, seen)
            target = mention.key if resolved is None else resolved
        elif (titled_word := _titled_surname(mention, full, names)) is not None:
            titled = _resolve_short(mention, titled_word, full, names, seen, titled=True)
            target = titled if titled else mention.key  # two namesakes: the span stays itself
        targets.append(target)
    return targets


def _full_person(mention: Mention, names: StoryNames) -> bool:
    """A person's name of two words or more that is no surname alone (:func:`particle_surname`)."""
    return (not mention.short and names.is_person(mention.key) and not _ONE_WORD.fullmatch(mention.text)
            and particle_surname(mention) is None)


def particle_surname(mention: Mention) -> str | None:
    """The surname's last word of a person's name written as a particle and one word ("de Lorca", "Van Ostrum":
    :data:`.kind_words.SURNAME_PARTICLES`): a short name, which stands for the story's full name ending in that
    word ("Ana de Lorca"), not a full name of its own (AllSides 5811, D22's seed-93 reading: "De Blasio" and "Mayor
    de Blasio" two records apart from Bill de Blasio)."""
    tokens = mention.tokens
    particle = len(tokens) == 2 and tokens[0] in SURNAME_PARTICLES and len(mention.text.split()) == 2
    return tokens[1] if particle else None


def _titled_surname(mention: Mention, full: dict[str, set[str]], names: StoryNames) -> str | None:
    """The surname of a title and one word that spaCy tagged a body or place ("Sheriff Fuller" beside "Sheriff Tim
    Fuller"): the word, when it ends a full person name of the article or the story; resolved as a short name (a
    word the story also uses for something else only to a full name with a person's cue, rule 4)."""
    if mention.label == "person" or len(mention.tokens) != 2 or _cued_otherwise(mention):
        return None
    title = TITLE_OPENING.match(mention.text)
    word = mention.tokens[1]
    if title is None or name_key(mention.text[title.end():]) != word:
        return None
    return word if word in full or word in names.full_persons else None


def _is_short_name(mention: Mention, names: StoryNames) -> bool:
    if not mention.short or mention.key != mention.tokens[0] or _cued_otherwise(mention):
        return False
    if names.is_person(mention.key):
        return True
    return (mention.label != "place" or mention.key not in names.placed) and not mention.text.isupper()


def _cued_otherwise(mention: Mention) -> bool:
    """A strong cue of another type on this very mention ("the Lumo crime family", "Lumo police"): no person's."""
    return mention.cue is not None and mention.cue.type != "person" and mention.cue.weight >= CUE_WEIGHT


def _resolve_short(mention: Mention, word: str, full: dict[str, set[str]], names: StoryNames,
                   seen: _Seen, titled: bool = False) -> str | None:
    """The full name a short name stands for (``titled``: its title is the person's cue rule 4 asks for)."""
    candidates = set(full.get(word, ()))
    if not candidates:
        candidates = names.full_persons.get(word, set())
    candidates = _same_sex({k for k in candidates if seen.compatible(k, mention)}, mention, names)
    if word in names.elsewhere and not names.is_person(word) and not titled:
        candidates &= names.cued  # "Samsung" of "Samsung Electronics" is no "Samsung Apps" without a person's cue
    recent = [(seen.last[k], k) for k in candidates
              if k in seen.last and mention.paragraph - seen.last[k][0] <= RECENCY_PARAGRAPHS]
    if len(candidates) == 1:
        chosen: str | None = next(iter(candidates))
    elif recent:
        chosen = max(recent)[1]
    else:
        dominant = _dominant(candidates, names.counts)
        return AMBIGUOUS if dominant is None and len(candidates) > 1 else dominant
    if chosen is not None and mention.honorific:
        seen.honorifics.setdefault(chosen, set()).add(mention.honorific)
    return chosen


def _same_sex(candidates: set[str], mention: Mention, names: StoryNames) -> set[str]:
    """Of two or more people of one surname, those whose first name's sex does not contradict the mention's honorific
    or the pronoun after it (:mod:`.pronouns`: "Wright leaned on her backing" beside "Ana Wright" and "Ben Wright"),
    when some but not all are left; else all of them."""
    sex = mention.honorific or mention.pronoun
    if len(candidates) < 2 or sex is None:
        return candidates
    other = "female" if sex == "male" else "male"
    agreeing = {k for k in candidates if names.sexes.get(k) != other}
    return agreeing if agreeing and len(agreeing) < len(candidates) else candidates


def _dominant(candidates: set[str], counts: Counter[str]) -> str | None:
    ranked = sorted(candidates, key=lambda k: (-counts[k], k))
    if len(ranked) < 2:
        return ranked[0] if ranked else None
    return ranked[0] if counts[ranked[0]] >= DOMINANCE * counts[ranked[1]] else None
