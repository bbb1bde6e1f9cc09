"""The entities newsprism finds in texts written for a test: one parse, one entity pass, shared by the entity tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.evidence import Cue, cue
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    """The entity index of ``texts`` read as one story of plain-text articles a0, a1, ..."""
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def cue_of(text: str, name: str) -> Cue | None:
    """The type evidence around the first ``name`` in ``text``."""
    start = text.index(name)
    return cue(text, start, start + len(name), tuple(name.lower().split()))
