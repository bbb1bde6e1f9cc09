"""The entity stage: parsed articles → :class:`EntityIndex` (people, places, organisations merged across articles)."""

from __future__ import annotations

from dataclasses import replace

from newsprism.entities.descriptors import descriptor_mentions
from newsprism.entities.index import EntityIndex
from newsprism.entities.mentions import Mention, article_mentions
from newsprism.entities.merge import Resolved, build_entity, cluster, rank
from newsprism.entities.names import initial_variants
from newsprism.entities.surnames import StoryNames, resolve_article, story_names
from newsprism.nlp.sentences import ParsedArticle


def find_entities(parsed: list[ParsedArticle]) -> EntityIndex:
    """Every person, place and organisation of the story, merged across articles, most-mentioned first."""
    per_article = _unify_initials([article_mentions(p) for p in parsed])
    names = story_names([m for mentions in per_article for m in mentions])
    resolved: list[Resolved] = []
    for article, mentions in zip(parsed, per_article, strict=True):
        named = [Resolved(_as_target(m, target, names), target)
                 for m, target in zip(mentions, resolve_article(mentions, names), strict=True)]
        people = {(r.mention.start, r.mention.end): r.target for r in named if names.is_person(r.target)}
        resolved.extend(named)
        resolved.extend(Resolved(m, target) for m, target in descriptor_mentions(article, people))
    return EntityIndex(rank([build_entity(group) for group in cluster(resolved)]))


def _as_target(mention: Mention, target: str, names: StoryNames) -> Mention:
    """A short name resolved to a full name votes with the full name's type ("Trump" tagged ORG is a person)."""
    return mention if target == mention.key else replace(mention, label=names.types[target])


def _unify_initials(per_article: list[list[Mention]]) -> list[list[Mention]]:
    """Person names written with middle initials take the key of the same name without them, where unambiguous."""
    people = {m.tokens for mentions in per_article for m in mentions if m.label == "person" and len(m.tokens) > 1}
    rewrite = initial_variants(people)
    return [[replace(m, key=rewrite[m.key]) if m.key in rewrite else m for m in mentions] for mentions in per_article]
