"""A joint subject as the speaker: 'the Lumo Health Agency and the Borovia Disease Office said' is the words of both,
not of the first alone (AllSides 5880, read in issue #19's twentieth round's honest check, and 5703: 'Pfizer and
BioNTech said', 'Woodward and Costa write' were credited to the first named). A quote variant holds one entity, so
the speaker names both, as the text writes them ('Lumo Health Agency and Borovia Disease Office'), and the entity
stays the first named's: the link a reader follows from a body or person to its words is kept, and the words are
not credited to one of the two alone. The source span is left as the quote stage read it (the conflicts'
joint-subject guard reads the words after it)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from newsprism.lexicon import NAME_ABBREVIATIONS, TITLES
from newsprism.model import Entity, Evidence, QuoteVariant
from newsprism.quotes.plurals import plural_description
from newsprism.quotes.story_index import StoryIndex, story_index

_JOINED = re.compile(r"[^\S\n]+and[^\S\n]+")
"""What stands between the first name of a joint subject and the second ('X and Y', 'the X and the Y')."""
_LEADING_THE = re.compile(r"^[Tt]he\s+")
_OWNED = re.compile(r"['’]s?\b")
"""A possessive right after the second name ('X and Y's lawyer said': the lawyer, one person, not a joint subject)."""


MAX_GAP_WORDS = 5
"""Most words between 'and' and the second name ('and fellow Lumo Post journalist Ana Ruiz', 'and German partner
X'); set by hand from AllSides 5703 and 5880 (three and two words)."""
BEFORE_CUE_WORDS = 3
"""Most words between the second name and a cue after it ('X and Y on Monday said'); more, and the second name is
the subject of a verb of its own ('X and Y said Z was talking … and told them': a gun-violence dev page in this rule's
flip audit, where Z had joined X); set by hand."""
_NO_GAP = re.compile(r"[,.;:!?()\"“”\n]")
"""Marks that end a joint subject: a second name past one of them is not joined to the first."""
_ABBREVIATED = re.compile(r"\b(?:" + "|".join(NAME_ABBREVIATIONS) + r")s?\.")
"""A title's full stop, which ends no joint subject ('Mr. Ode and Mr. Marr say': a PolNeAR dev article in issue
#19's twenty-fourth round's flip audit), nor a plural title's ('and Reps. Ben Ode, Cleo Marr')."""
_LABEL = re.compile(r"[^\S\n]*\((?:[DRI]-)?[A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?\)")
"""A lawmaker's party and state after the name ('Sen. Ana Ruiz (D-Ore.) and Rep. Ben Ode (R-Utah) said', 'Reps.
Ben Ode (N.Y.), Cleo Marr (Ga.) and …'), which ends no joint subject (AllSides 5611, E23's honest reading of issue
#19: a joint statement's signers cut to the first)."""
_ISSUED_BY = re.compile(r"[^\S\n]+(?:from|by)[^\S\n]+")
"""What joins a document to its issuers ('a joint statement from X and Y')."""


def _past_label(text: str, at: int) -> int:
    """Where the text goes on after a party and state label (:data:`_LABEL`) at ``at``, else ``at``."""
    label = _LABEL.match(text, at)
    return label.end() if label is not None else at


def _issued_by(entity: Entity, source: Evidence, text: str) -> list[tuple[int, int]]:
    """The span of the entity's mention that names the issuer right after a document source ('a joint statement
    from Sen. X and …': X's, the documents stage having credited the statement to X), with nothing but titles
    between ('from' / 'by', :func:`_glue`); empty when there is none."""
    joined = _ISSUED_BY.match(text, source.end)
    return [(m.start, m.end) for m in entity.mentions if joined is not None and m.article == source.article
            and joined.end() <= m.start and _glue(text[joined.end():m.start])][:1]


def joint_speaker(variant: QuoteVariant, entity: Entity, entities: Sequence[Entity],
                  texts: Mapping[str, str]) -> str | None:
    """Both names of a joint subject whose first name is the variant's source (``entity``'s), when 'and' follows
    that name (inside the source phrase or right after it) and then, past at most :data:`MAX_GAP_WORDS` words of
    description, a name of another entity (:func:`_second`), not owning what follows ('X and Y's lawyer'), with no
    third name joined after it ('X and Y and Z') nor a list before ('X, Y and Z': left to the one the source
    names), and the two not one name of either entity; a cue after the source comes right after both names
    (:data:`BEFORE_CUE_WORDS`). A list the source's name opens names all (:func:`_listed`: 'X, Y and Z said in a
    joint statement', issue #19's twenty-fourth round's list); else None."""
    source, text = variant.source, texts.get(variant.content.article, "")
    if variant.anonymous or source is None or not text:
        return None
    index = story_index(entities, texts)
    spans = index.within(entity, source.article, source.start, source.end) or _issued_by(entity, source, text)
    inside = _JOINED.search(text, source.start, source.end)  # 'Lumo and German partner Kade AG' as one source
    first, end = min(spans, default=(source.start, inside.start() if inside else source.end))
    end = _past_label(text, end)
    joined = _JOINED.match(text, end)
    if text[:first].rstrip().endswith(","):
        return None  # the last two of a list ('Former presidents X, Y and Z said': NeuS train 41, 0-based)
    listed = _listed(index, entity, source.article, end, text) if joined is None else None
    if joined is None and listed is None:
        return None
    other = listed[-1] if listed else _second(index, entity, source.article, joined.end() if joined else end,
                                              source.end, text)
    cue = variant.cue
    if other is None or (cue is not None and cue.start > source.start and (
            other[1].end > cue.start or len(text[other[1].end:cue.start].split()) > BEFORE_CUE_WORDS)):
        return None  # a name after the verb is its object, or the subject of its own verb ('X and Y said Z was …')
    after, phrase = text[_past_label(text, other[1].end):][:6], text[first:other[1].end]
    if _OWNED.match(after) or after.startswith(" and ") or phrase in other[0].name or phrase in entity.name:
        return None  # one name holding 'and' ('the Ana and Ben Ode Foundation')
    listed = listed or [other, *(_listed(index, entity, source.article, other[1].end, text) or [])]
    return ", ".join([entity.name, *(_written(*item) for item in listed[:-1])]) + f" and {_written(*listed[-1])}"


_LIST_GAP = re.compile(r",[^\S\n]+(?:and[^\S\n]+)?")
"""What stands between two names of a list ('A, B and C', 'A, B, and C')."""


def _listed(index: StoryIndex, first: Entity, article: str, at: int,
            text: str) -> list[tuple[Entity, Evidence]] | None:
    """The second and later names of a list of names of one type after the first's mention ending at ``at`` ('Ana
    Ruiz, Ben Ode and Cleo Marr said in a joint statement'), each a comma (the last 'and', with or without a comma)
    and titles at most (:func:`_glue`) after the one before, none the first's; None when the list does not end on
    'and' and a name, or holds fewer than three names."""
    found: list[tuple[Entity, Evidence]] = []
    while (gap := _LIST_GAP.match(text, at := _past_label(text, at)) or _JOINED.match(text, at)) is not None:
        mention = _next_mention(index, first, article, gap.end(), text)
        if mention is None or mention[0].id in {first.id, *(e.id for e, _ in found)}:
            return None
        found.append(mention)
        at = mention[1].end
        if gap.group().rstrip().endswith("and"):
            return found if len(found) >= 2 else None
    return None


def _next_mention(index: StoryIndex, first: Entity, article: str, at: int,
                  text: str) -> tuple[Entity, Evidence] | None:
    """The mention of an entity of ``first``'s type that starts after ``at`` with nothing but titles before it."""
    return next(((p.entity, p.mention) for p in index.from_start(article, at)
                 if p.entity.type == first.type and _glue(text[at:p.start])
                 and not _NO_GAP.search(_ABBREVIATED.sub("", text[at:p.start]))), None)


def _written(entity: Entity, mention: Evidence) -> str:
    """The entity's name, or the mention's words where the name only goes on past them ('Ana Ode' of an entity named
    'Ana Ode Foundation': the text names the person; NeuS train 2141, 0-based, where the entity stage had merged
    the second of a couple into their foundation)."""
    written = _LEADING_THE.sub("", mention.text.strip())
    return written if entity.name.startswith(written + " ") else entity.name


def _second(index: StoryIndex, first: Entity, article: str, at: int, source_end: int,
            text: str) -> tuple[Entity, Evidence] | None:
    """The second name of a joint subject after 'and' at ``at``, and its mention: the first mention of another
    entity of the first's type with only a few words of description before it ('and fellow Lumo Post journalist Ana
    Ruiz': the person, not the newspaper), else one of another type (no place) ending the source phrase ('Lumo
    Motors and German partner Kade AG said')."""
    found = []
    for placed in index.from_start(article, at):
        gap = text[at:placed.start]
        if len(gap.split()) > MAX_GAP_WORDS:
            break  # a later mention's gap holds this one's words
        if placed.entity.id != first.id and placed.entity.type != "place" \
                and not _NO_GAP.search(_ABBREVIATED.sub("", gap)):
            found.append((placed.entity, placed.mention))
    same = next(((e, m) for e, m in found if e.type == first.type), None)
    return same or next(((e, m) for e, m in found if m.end == source_end), None)


def pronoun_joint(variant: QuoteVariant, entities: Sequence[Entity],
                  texts: Mapping[str, str]) -> tuple[Entity, str] | None:
    """The first named's entity and the speaker's words for a 'they' the quote stage read as a joint subject
    (:func:`~newsprism.quotes.plurals.joint_antecedent`: the speaker is that subject as written, 'Ana Ruiz, Ben Ode
    and Cleo Marr'): the entities' names when the subject holds nothing else than their mentions ('the Lumo Health
    Agency and the Borovia Disease Office' → their names), else the words as written ('Ana Ruiz and three fellow
    skaters'); None when the words do not open with a mention of an entity (no place) or are not found before the
    'they'."""
    source, speaker, article = variant.source, variant.speaker or "", variant.content.article
    if variant.anonymous or source is None or " and " not in speaker or (
            source.text.strip().lower() != "they" and not plural_description(source.text)):
        return None
    text = texts.get(article, "")
    at = text.rfind(speaker, 0, source.start)
    if at < 0:
        return None
    end = at + len(speaker)
    inside = [(start, stop, e) for start, stop, _, e in sorted(
        (max(p.start, at), p.mention.end, p.order, p.entity) for p in story_index(entities, texts).before(article, end)
        if p.entity.type != "place" and at < p.mention.end <= end)]
    if not inside or not _glue(text[at:inside[0][0]]) or not _JOINED.search(text, inside[0][1] - 1, end):
        return None  # one name holding 'and' ('the Lumo Food and Drug Agency', carried from the last speaker)
    rest = text[at:end]
    for start, stop, _ in reversed(inside):
        rest = rest[:start - at] + " " + rest[stop - at:]
    names = list(dict.fromkeys(e.name for _, _, e in inside))
    if any(m.start < at < m.end for m in inside[0][2].mentions if m.article == article):
        names[0] = text[at:inside[0][1]].strip()  # 'Skaters Ana Ruiz' as one mention: the parse's name, no 'Skaters'
    if len(names) < 2 or not _glue(rest):
        return inside[0][2], _LEADING_THE.sub("", speaker)
    return inside[0][2], ", ".join(names[:-1]) + " and " + names[-1]



def carried_joints(variants: Sequence[QuoteVariant]) -> list[QuoteVariant]:
    """A 'they' credited to the entity of the statement before it in its article, when that one's speaker is a
    joint subject naming that entity first, names the same joint subject ('the Lumo Health Agency and the Borovia
    Disease Office said … they said': the quote stage carries the 'they' to the last speaker, which the joint rule
    then names in full; AllSides 5880, read in issue #19's twentieth round's honest check)."""
    out = list(variants)
    order = sorted(range(len(out)), key=lambda i: (out[i].content.article, out[i].content.start))
    for before, index in pairwise(order):
        last, variant = out[before], out[index]
        source = variant.source
        if (source is not None and source.text.strip().lower() == "they" and variant.entity is not None
                and last.content.article == variant.content.article and last.entity == variant.entity
                and last.speaker and " and " in last.speaker and last.speaker.startswith(variant.speaker or "\0")
                and last.speaker != variant.speaker):
            out[index] = variant.model_copy(update={"speaker": last.speaker})
    return out


_GLUE = frozenset({"", "and", "the", *TITLES})
"""Words a joint subject may hold besides its names' mentions: 'and', 'the', titles ('Mr. Ode and Mr. Marr')."""


_WORD = re.compile(r"\S+")
"""One word of a gap, as ``str.split`` cuts them (the same whitespace)."""


def _glue(words: str) -> bool:
    """Nothing but glue words (:data:`_GLUE`) in ``words``, read word by word up to the first other one: a gap to a
    mention far on in the article is not cut whole (issue #20: ``split`` cut the rest of the article for every later
    mention of every entity, 41 of attribute_speakers' 78 profiled CPU s at one-event 20)."""
    return all(word.group().strip(",.").lower() in _GLUE for word in _WORD.finditer(words))
