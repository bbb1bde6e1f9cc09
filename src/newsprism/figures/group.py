"""Read every sentence's figures, and group them across articles by measure and subject.

A headline is read as well: a count an article gives only in its title ('Five hurt in Quill Lane shooting' over
'Four people were struck by gunfire and a fifth was hit by glass') is that article's value; where its text gives a
value of the same measure and subject, the text's stands (a headline shortens, the text is the more precise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from newsprism.entities import EntityIndex
from newsprism.figures.another_event import of_another_event
from newsprism.figures.measures import read_claims
from newsprism.figures.sentence_counts import Claim
from newsprism.figures.sports import game_key, person_bracket
from newsprism.figures.title_people import title_claims
from newsprism.figures.verdict import ONE_PERSON
from newsprism.model import Article, Evidence, FigureValue
from newsprism.nlp.encoder import Encoder
from newsprism.nlp.story_encoder import text_vectors
from newsprism.story_table import StoryTable

SUBJECT_COSINE = 0.85
"""Two subjects that name no entity are one when their encoded words are this close ('police officers' /
'officers'); 'at the Bataclan' / 'at the stadium' stay apart (the MiniLM cosine of two different venues' phrases
stays under 0.8 on the Paris and gunviolence stories read)."""


@dataclass(frozen=True)
class Keyed:
    """One figure statement with its grouping key."""

    measure: str
    subject: str | None
    key: str
    """the subject's key: entity ids where it names entities, else its lower-cased words ('' for the event)"""
    value: FigureValue


def read_story(story: StoryTable, entities: EntityIndex | None) -> list[Keyed]:
    """Every figure every sentence of the story states, in article and text order."""
    table = story.alignment.table
    published = {a.id: a.published for a in table.articles}
    texts = {a.id: a.text for a in table.articles}
    found = []
    for i, sentence in enumerate(table.sentences):
        article = story.article_ids[i]
        for claim in read_claims(sentence.text):
            value = _value(claim, article, sentence.start, table.evidence(i), published.get(article))
            key = game_key(claim.measure, _key(claim, article, sentence.text, sentence.start, entities),
                           texts.get(article, ""))
            if key is not None and not person_bracket(claim.measure, key, sentence.text, claim.number.start):
                found.append(Keyed(claim.measure, claim.subject, key, value))
    return found + _titles(table.articles, found)


TITLE_ROUNDUP = re.compile(r"\b(?:shootings|incidents|hours|weekend|toll)\b", re.I)
"""A headline that sums several shootings or a running tally ('Boy, 3 others hurt in 2 overnight shooting
incidents', '3 dead, 5 hurt in a violent 48 hours', '... pushing death toll to 49'): no count of this event."""


def _titles(articles: list[Article], found: list[Keyed]) -> list[Keyed]:
    """The counts headlines give of a measure and subject their article's text does not count in figures (dev
    380: the cached incidents whose count only a title gave); not a roundup's headline (:data:`TITLE_ROUNDUP`)."""
    stated = {(k.value.article, k.measure, k.subject) for k in found if k.value.written.lower() not in ONE_PERSON}
    out = []
    for article in (a for a in articles if not TITLE_ROUNDUP.search(a.title or "")):
        for claim in map(_unscoped, title_claims(article.title or "")):
            if (article.id, claim.measure, claim.subject) not in stated and not of_another_event(claim.subject):
                out.append(Keyed(claim.measure, claim.subject, _key(claim, article.id, article.title or "", 0, None),
                                 title_value(article, claim)))
    return out


def _unscoped(claim: Claim) -> Claim:
    """A headline's venue is the event's ('Six Shot At The Spot Tulsa Nightclub': its title case reads as a
    venue's name): the count is the event's, of its group if any."""
    subject = (claim.subject or "").partition(" at ")[0] if not (claim.subject or "").startswith("at ") else ""
    if of_another_event(claim.subject):
        return claim
    return Claim(claim.measure, subject or None, claim.number, claim.end)


def title_value(article: Article, claim: Claim) -> FigureValue:
    """A headline's statement of a figure, its evidence in the title (``Evidence.part`` 'title')."""
    title = article.title or ""
    start, end = claim.number.start, claim.end
    written = title[start:end].rstrip()
    mention = Evidence(article=article.id, start=start, end=start + len(written), text=written, part="title")
    whole = Evidence(article=article.id, start=0, end=len(title), text=title, part="title")
    return FigureValue(article=article.id, value=claim.number.value, qualifier=claim.number.qualifier,
                       written=claim.number.written, mention=mention, evidence=whole, published=article.published)


def _value(claim: Claim, article: str, offset: int, sentence: Evidence, published: str | None) -> FigureValue:
    start, end = claim.number.start, claim.end
    text = sentence.text[start:end].rstrip()
    mention = Evidence(article=article, start=offset + start, end=offset + start + len(text), text=text)
    return FigureValue(article=article, value=claim.number.value, qualifier=claim.number.qualifier,
                       written=claim.number.written, mention=mention, evidence=sentence, published=published)


def _key(claim: Claim, article: str, text: str, offset: int, entities: EntityIndex | None) -> str:
    """Entity ids of the names in the subject when every name resolves; else the subject's lower-cased words."""
    subject = claim.subject
    if not subject:
        return ""
    words = " ".join(re.findall(r"[\w'’]+", subject.lower()))
    if entities is None:
        return words
    ids = []
    for name in re.findall(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*", subject):
        at = text.find(name)
        entity = entities.resolve(article, offset + at, offset + at + len(name)) if at >= 0 else None
        if entity is None:
            return words
        ids.append(entity.id)
    prefix = "at " if subject.startswith("at ") else ""
    return prefix + " + ".join(sorted(ids)) if ids else words


def group_claims(found: list[Keyed], encoder: Encoder | None) -> list[list[Keyed]]:
    """Statements of one measure and one subject, across the whole story, in order of first statement."""
    groups: dict[tuple[str, str], list[Keyed]] = {}
    merged = _merged_keys(found, encoder)
    for item in found:
        groups.setdefault((item.measure, merged.get((item.measure, item.key), item.key)), []).append(item)
    return list(groups.values())


def _merged_keys(found: list[Keyed], encoder: Encoder | None) -> dict[tuple[str, str], str]:
    """Within each measure, subject keys of plain words that the encoder reads alike → the first of them."""
    if encoder is None:
        return {}
    out: dict[tuple[str, str], str] = {}
    for measure in dict.fromkeys(k.measure for k in found):
        keys = [k for k in dict.fromkeys(x.key for x in found if x.measure == measure) if k and ":" not in k]
        if len(keys) < 2:
            continue
        vectors = text_vectors(encoder, keys)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        unit = vectors / np.where(norms == 0, 1.0, norms)
        similar = unit @ unit.T
        for j, key in enumerate(keys):
            first = next(i for i in range(j + 1) if similar[i, j] >= SUBJECT_COSINE or i == j)
            out[(measure, key)] = out.get((measure, keys[first]), keys[first])
    return out
