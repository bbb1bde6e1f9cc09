"""A person's full name spaCy left untagged while it tagged the surname alone a body or place ("One of Raj Vell's
tenants ... Vell said he was owed rent", "Vell" tagged ORG; AllSides 5805, D28's seed-105 reading: a landlord typed a
body, his given name left out). The surname alone, followed in its clause by a personal pronoun, is a person's, and
the capitalised word written right before it inside a sentence is the given name: the full name joins the story as a
person's mention, and :mod:`.surnames` gives it the surname's mentions."""

from __future__ import annotations

import re

from newsprism.entities.kind_words import BODY_WORDS, PLACE_WORDS
from newsprism.entities.mentions import Mention, make_mention
from newsprism.entities.names import TITLE_OPENING
from newsprism.entities.pronouns import pronoun_after
from newsprism.lexicon import CALENDAR, ENGLISH_STOPWORDS

_NOT_GIVEN = ENGLISH_STOPWORDS | CALENDAR | BODY_WORDS | PLACE_WORDS


def untagged_full_names(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Each article's mentions with the untagged full names of :func:`_surnames`' words added (the surname's own
    mention there, if any, replaced). An article with no mention is left alone (its id is not known here)."""
    words = _surnames(per_article, texts)
    if not words:
        return per_article
    pattern = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+) (" + "|".join(map(re.escape, sorted(words))) + r")\b")
    result: list[list[Mention]] = []
    for mentions, text in zip(per_article, texts, strict=True):
        spans = _written(text, pattern, mentions) if mentions else []
        full = [make_mention(mentions[0].article, text, span, "person", _paragraph(mentions, span[0]))
                for span in spans]
        inside = [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in spans)]
        result.append(sorted([*inside, *full], key=lambda m: m.start) if full else mentions)
    return result


def _paragraph(mentions: list[Mention], start: int) -> int:
    """The paragraph of the last mention at or before ``start`` (:func:`.surnames.by_lines` numbers them again)."""
    return max((m for m in mentions if m.start <= start), key=lambda m: m.start, default=mentions[0]).paragraph


def _surnames(per_article: list[list[Mention]], texts: list[str]) -> set[str]:
    """One-word names spaCy tagged a body or place only, with no cue of either, one of whose mentions opens a clause
    that a personal pronoun follows ("Vell said he ...": :func:`.pronouns.pronoun_after`)."""
    others = {m.text for mentions in per_article for m in mentions if len(m.tokens) == 1 and m.label == "person"}
    found: set[str] = set()
    uncued: dict[str, bool] = {}
    for mentions, text in zip(per_article, texts, strict=True):
        for m in mentions:
            if len(m.tokens) != 1 or m.label == "person" or not m.text.isalpha() or m.text in others:
                continue
            uncued[m.text] = uncued.get(m.text, True) and m.cue is None
            if pronoun_after(text, m.start, m.end) is not None:
                found.add(m.text)
    return {word for word in found if uncued[word]}


def _written(text: str, pattern: re.Pattern[str], mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of "<Given> <Surname>" in ``text`` inside a sentence, overlapping no mention but the surname's own."""
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        given = match.group(1)
        if given.lower() in _NOT_GIVEN or TITLE_OPENING.match(f"{given} "):
            continue
        if any(m.start < match.end() and match.start() < m.end and m.start != match.start(2) for m in mentions):
            continue
        spans.append((match.start(), match.end()))
    return spans
