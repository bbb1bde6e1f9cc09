"""The entities newsprism finds in texts written for a test: one parse, one entity pass, shared by the entity tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.evidence import Cue, cue
from newsprism.entities.mentions import make_mention
from newsprism.entities.names import name_tokens
from newsprism.model import Article, Entity, EntityType
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    """The entity index of ``texts`` read as one story of plain-text articles a0, a1, ..."""
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def owner(index: EntityIndex, article: str, start: int) -> str | None:
    """The name of the entity whose mention in ``article`` starts at ``start``, None for no such mention."""
    return next((e.name for e in index.entities for m in e.mentions if m.article == article and m.start == start),
                None)


def cue_of(text: str, name: str) -> Cue | None:
    """The type evidence around the first ``name`` in ``text``."""
    start = text.index(name)
    return cue(text, start, start + len(name), tuple(name.lower().split()))


def holding(index: EntityIndex, form: str) -> list[Entity]:
    """The entities one of whose mentions is written ``form``."""
    return [e for e in index.entities if any(m.text == form for m in e.mentions)]


def held_record(index: EntityIndex, form: str) -> tuple[str, str, list[str]]:
    """The one entity a mention written ``form`` is in: its name, type and the forms of its mentions."""
    found = holding(index, form)
    assert len(found) == 1, [(e.name, [m.text for m in e.mentions]) for e in index.entities]
    return found[0].name, found[0].type, sorted({m.text for m in found[0].mentions})


def forms(index: EntityIndex, name: str) -> set[str]:
    """The forms of the mentions of the one entity a mention written ``name`` is in."""
    found = holding(index, name)
    assert len(found) == 1
    return {m.text for m in found[0].mentions}


def record(index: EntityIndex, name: str) -> list[str]:
    """The forms of the mentions of the entity (at most one) a mention written ``name`` is in, [] for none."""
    found = holding(index, name)
    assert len(found) <= 1
    return sorted({m.text for m in found[0].mentions}) if found else []


def type_of(index: EntityIndex, form: str) -> str:
    """The type of the one entity a mention written ``form`` is in."""
    return held_record(index, form)[1]


def records(index: EntityIndex, form: str) -> list[tuple[str, str]]:
    """Name and type of each entity a mention written ``form`` is in."""
    return [(e.name, e.type) for e in holding(index, form)]


def records_naming(index: EntityIndex, word: str) -> list[tuple[str, str]]:
    """Name and type of each entity whose name or an alias holds ``word``."""
    return [(e.name, e.type) for e in index.entities if word in e.name or any(word in a for a in e.aliases)]


def names_of(index: EntityIndex) -> dict[str, tuple[str, set[str]]]:
    """Each entity's name, with its type and the forms of its mentions."""
    return {e.name: (e.type, {m.text for m in e.mentions}) for e in index.entities}


def mention_forms(index: EntityIndex) -> list[set[str]]:
    """The forms of each entity's mentions."""
    return [{mention.text for mention in entity.mentions} for entity in index.entities]


def around(text: str, name: str) -> tuple[str, str]:
    """The 40 characters before the first ``name`` in ``text`` and the 30 after it."""
    start = text.index(name)
    return text[max(0, start - 40):start], text[start + len(name):start + len(name) + 30]


def mention_cue(text: str, name: str, label: EntityType = "person") -> str | None:
    """The cue type of the mention of ``name`` made in article a1 with ``label``."""
    start = text.index(name)
    mention = make_mention("a1", text, (start, start + len(name)), label, 0)
    return None if mention.cue is None else mention.cue.type


def cue_and_weight(text: str, name: str) -> tuple[str, float] | None:
    """The type and weight of the evidence around the first ``name`` in ``text``."""
    start = text.index(name)
    found = cue(text, start, start + len(name), name_tokens(name))
    return None if found is None else (found.type, found.weight)
