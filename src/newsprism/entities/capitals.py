"""Names found in text written in capitals (TV transcripts, shouted social posts): kept only where the story
supports them otherwise (issue #19).

In a line written mostly in capitals, capitalisation carries no evidence that a word is a name, and spaCy tags
common nouns ("LEG", "BAR"), clause pieces ("WE'RE TOLD") and surnames apart from their full names. A mention found
in such a line is kept when the story writes the same name (compared case-folded, as keys are) outside capitals,
when it is the given name or surname of a full name so kept, or when its shape is a name's whatever the case: a
multi-word name ending in a place's, street's or body's word ("AMERICAN LEGION HALL"), a name after a title
("OFFICER ANA LEE"), a US state or a country, an abbreviation the alias tables expand ("U.S.")."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

from newsprism.entities.kind_words import BODY_WORDS, FACILITY_CENTERS, PLACE_WORDS, STREET_WORDS
from newsprism.entities.mentions import Mention
from newsprism.entities.names import name_key, name_tokens
from newsprism.lexicon import CONTAINERS, TITLES
from newsprism.model import Entity, EntityType

CAPS_SHARE = 0.8
"""A line is written in capitals when at least this share of its cased letters are upper case. Measured on the
gunviolence (SemEval-2018 task 5) dev pages, 43,616 lines of 30 cased letters or more: 38,710 below 0.1, 4,798
from 0.1 to 0.5 (names, acronyms, headlines in title case), 16 from 0.5 to 0.8 (bylines with names in capitals,
app links, photo credits), none from 0.8 to 0.9 and 92 at 0.9 or more (TV transcripts and
shouted posts, in 25 incidents): any cut between 0.73 and 0.9 splits them alike."""
CAPS_MIN_LETTERS = 30
"""A shorter line (a caption cut into short lines, a heading "BREAKING NEWS") is judged with the non-empty lines
on either side of it; still shorter, it is not judged: a name there is a heading's, which the other stages read."""

_NAME_ENDS = PLACE_WORDS | BODY_WORDS | STREET_WORDS | FACILITY_CENTERS
_TITLE_WORDS = frozenset(t for t in TITLES if " " not in t)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def shouted(text: str, at: int) -> bool:
    """The line of ``text`` holding offset ``at`` is written in capitals (:data:`CAPS_SHARE`); a line too short to
    judge alone (a caption cut into short lines, "AGAIN.") is judged with the non-empty lines on either side of it."""
    start, end = _line(text, at)
    upper, cased = _letters(text[start:end])
    if cased < CAPS_MIN_LETTERS:
        before, after = len(text[:start].rstrip("\n")), len(text) - len(text[end:].lstrip("\n"))
        for line in ([_line(text, before - 1)] if before else []) + ([_line(text, after)] if after < len(text) else []):
            more_upper, more_cased = _letters(text[line[0]:line[1]])
            upper, cased = upper + more_upper, cased + more_cased
    return cased >= CAPS_MIN_LETTERS and upper >= CAPS_SHARE * cased


def _line(text: str, at: int) -> tuple[int, int]:
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, end if end >= 0 else len(text)


LINES_KEPT = 16_384
"""Lines whose letters :func:`_letters` keeps counted: each mention asks for its line's, and a story analysed again
(issue #20: an article added) asks for the same lines. A 200-article planted story (``bench_story.py``) has 4,704
non-empty lines, 3,179 distinct; counted per mention, its lines were read character by character 11,906 times on
each analysis."""


@functools.lru_cache(maxsize=LINES_KEPT)
def _letters(line: str) -> tuple[int, int]:
    """Upper-case letters and cased letters of the line."""
    upper = sum(map(str.isupper, line))
    return upper, upper + sum(map(str.islower, line))


def drop_shouted(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Mentions in lines written in capitals only where the story supports them (see the module); a one-word one
    that is the last word of one full person name of the story only ("SPEARS" beside "MARY SPEARS"), or the first
    word where the story does not write that word alone ("COLTS" beside "Colts" and "Colts QB Ana Lee"), takes
    that name's key: the capitals say nothing, the surname rule (:mod:`.surnames`) would leave it apart."""
    loud = [[shouted(text, m.start) for m in mentions] for mentions, text in zip(per_article, texts, strict=True)]
    written: dict[str, Counter[EntityType]] = {}
    for mentions, flags in zip(per_article, loud, strict=True):
        for m, flag in zip(mentions, flags, strict=True):
            if not flag:
                written.setdefault(m.key, Counter())[m.label] += 1
    supported = [[not flag or ((m.key in written or _name_shape(m, text)) and not _common_word(m, text))
                  for m, flag in zip(mentions, flags, strict=True)]
                 for mentions, flags, text in zip(per_article, loud, texts, strict=True)]
    owners = _owners(per_article, supported, written)
    return [[_typed(_owned(m, owners) if flag and m.short else m, flag, written)
             for m, flag, mark in zip(mentions, flags, marks, strict=True)
             if mark or (m.short and len(owners.get(m.tokens[0], ())) == 1)]
            for mentions, flags, marks in zip(per_article, loud, supported, strict=True)]


def _owners(per_article: list[list[Mention]], supported: list[list[bool]],
            written: dict[str, Counter[EntityType]]) -> dict[str, set[str]]:
    """The full person names kept, by their last word and by their first word where the story does not write that
    word alone as a name of its own."""
    owners: dict[str, set[str]] = {}
    for mentions, marks in zip(per_article, supported, strict=True):
        for m, mark in zip(mentions, marks, strict=True):
            if mark and m.label == "person" and len(m.tokens) > 1:
                first = () if m.tokens[0] in written else (m.tokens[0],)
                for token in (*first, m.tokens[-1]):
                    owners.setdefault(token, set()).add(m.key)
    return owners


def _typed(mention: Mention, flag: bool, written: dict[str, Counter[EntityType]]) -> Mention:
    """A mention in capitals of a name the story writes otherwise takes the type spaCy gives it there ("DETROIT"
    tagged a body in a transcript, "Detroit" a place in the article beside it)."""
    votes = written.get(mention.key) if flag else None
    return replace(mention, label=votes.most_common(1)[0][0]) if votes else mention


def _owned(mention: Mention, owners: dict[str, set[str]]) -> Mention:
    """A one-word mention in capitals as the one full person name it is a word of, if there is one."""
    names = owners.get(mention.tokens[0], set())
    return replace(mention, key=next(iter(names)), label="person") if len(names) == 1 else mention


_COMMON_IN_CAPITALS = frozenset({"us", "it", "am", "or", "in", "me", "ok", "hi", "oh", "so"})
"""Abbreviations that are everyday words too ("US", "IT", "OR", "ME"): in capitals, "POLICE TELL US", "HE JOINS US
LIVE" (a TV transcript of gun-violence incident 206303, issue #19's tenth round, made "US" the United States)."""
_THE_BEFORE = re.compile(r"\bTHE\s+$")


def _common_word(mention: Mention, text: str) -> bool:
    """A mention in capitals that is an everyday word too, not after "THE" ("THE US" is the country)."""
    return mention.text.casefold() in _COMMON_IN_CAPITALS and not _THE_BEFORE.search(
        text, max(0, mention.start - 6), mention.start)


def _name_shape(mention: Mention, text: str) -> bool:
    """A name whatever its case: a multi-word name ending in a place's or body's word, a state or country, an
    abbreviation the alias tables expand (its key is not its words), a name after a title."""
    if len(mention.tokens) > 1 and mention.tokens[-1] in _NAME_ENDS:
        return True
    if " ".join(mention.tokens) in CONTAINERS or mention.key != "".join(name_tokens(mention.text)):
        return True
    before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return before is not None and before.group(1).casefold() in _TITLE_WORDS


def written_name(entity: Entity) -> Entity:
    """An entity named in capitals ("MARY SPEARS", the transcript's form, more frequent) that the story also writes
    in normal case under the same key ("Mary Spears") is named in normal case."""
    if not entity.name.isupper():
        return entity
    key = name_key(entity.name)
    written = next((a for a in entity.aliases if not a.isupper() and name_key(a) == key), None)
    if written is None:
        return entity
    return entity.model_copy(update={"name": written, "aliases": [entity.name, *(a for a in entity.aliases
                                                                              if a != written)]})
