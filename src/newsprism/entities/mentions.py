"""spaCy's entity spans → cleaned mentions of people, places and organisations, in text order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from newsprism.entities.names import clean_span, name_key, name_tokens
from newsprism.model import EntityType
from newsprism.nlp.sentences import ParsedArticle

LABELS: dict[str, EntityType] = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "organisation",
}
"""spaCy label → entity type; NORP, DATE, MONEY and the other labels are not entities here."""


@dataclass(frozen=True)
class Mention:
    """One cleaned entity mention: ``text == article.text[start:end]``."""

    article: str
    start: int
    end: int
    text: str
    label: EntityType
    """the type spaCy's label gives this one mention (the entity's type is the majority over its mentions)"""
    key: str
    """:func:`newsprism.entities.names.name_key` of the text"""
    tokens: tuple[str, ...]
    paragraph: int
    """index of the paragraph in the article, for the recency rule of short names"""
    honorific: Literal["male", "female"] | None = None
    """"Mr" (male) or "Mrs", "Ms", "Miss" (female) written right before the name"""
    descriptive: bool = False
    """a description ("North Korean leader") rather than a name: counted as a mention, never as a name"""

    @property
    def short(self) -> bool:
        """A one-word name: a surname, a given name or a one-word place or body."""
        return len(self.tokens) == 1


def article_mentions(parsed: ParsedArticle) -> list[Mention]:
    """Every person, place and organisation spaCy found in the article, cleaned, in text order."""
    text = parsed.article.text
    found: list[Mention] = []
    for index, paragraph in enumerate(parsed.paragraphs):
        for ent in paragraph.doc.ents:
            label = LABELS.get(ent.label_)
            if label is None:
                continue
            span = clean_span(text, paragraph.start + ent.start_char, paragraph.start + ent.end_char, label)
            if span is None:
                continue
            mention = make_mention(parsed.article.id, text, span, label, index)
            if mention.key:
                found.append(mention)
    return sorted(found, key=lambda m: (m.start, m.end))


def make_mention(article: str, text: str, span: tuple[int, int], label: EntityType, paragraph: int) -> Mention:
    """A :class:`Mention` of ``text[span[0]:span[1]]``."""
    start, end = span
    written = text[start:end]
    return Mention(article=article, start=start, end=end, text=written, label=label, key=name_key(written),
                   tokens=name_tokens(written), paragraph=paragraph, honorific=honorific(text, start))


_HONORIFIC = re.compile(r"\b(Mrs|Ms|Miss|Mr)\.?\s+$")


def honorific(text: str, start: int) -> Literal["male", "female"] | None:
    """The gender an honorific right before ``start`` states: "Mr" → male; "Mrs", "Ms", "Miss" → female."""
    match = _HONORIFIC.search(text, max(0, start - 8), start)
    if match is None:
        return None
    return "male" if match.group(1) == "Mr" else "female"
