"""Entity records of the merged clusters: the type voted over all of an entity's mentions, the name it shows, the
order of the story's records (most mentioned first) and their unique ids. The clusters come from
:func:`newsprism.entities.merge.cluster`."""

from __future__ import annotations

import re
from collections import Counter

from newsprism.entities.mentions import Mention, type_votes, voted_type
from newsprism.entities.names import alias_name, slug
from newsprism.entities.states import state_key, state_name
from newsprism.model import Entity, EntityType, Evidence


def build_entity(mentions: list[Mention]) -> Entity:
    """The entity record of one cluster; ``id`` is made unique later by :func:`rank`."""
    kind = entity_type(mentions)
    named = [m for m in mentions if not m.descriptive] or mentions
    forms = Counter(m.text for m in named)
    keys = Counter(m.key for m in mentions)
    name = next((alias for key, _ in keys.most_common() if (alias := alias_name(key)) is not None), None)
    if name is None and kind == "place":
        name = state_name(list(forms))  # "N.Y." alone: New York
    if name is None:
        fullness = _fullness(named)
        name = max(forms, key=lambda form: (fullness[form], _INITIAL_OPENING.match(form) is None,
                                            state_key(form) is None and state_key(f"{form}.") is None,
                                            forms[form]))  # a state's name, not its short form ("Pa")
    ordered = sorted(mentions, key=lambda m: (m.article, m.start))
    return Entity(
        id=f"{kind}:{slug(name)}",
        name=name,
        type=kind,
        aliases=[form for form, _ in forms.most_common() if form != name],
        mentions=[Evidence.model_construct(_EVIDENCE_FIELDS, article=m.article, start=m.start, end=m.end, text=m.text)
                  for m in ordered],
        articles=len({m.article for m in mentions}),
    )


_EVIDENCE_FIELDS = {"article", "start", "end", "text"}
"""The given fields of every mention's evidence (all but ``part``), one set for all: a mention's offsets and text
are a parse's, valid by construction, and a validated record kept a set of its own (216 of its 547 bytes; issue
#20: a one-event story's entity mentions grow with its articles)."""


LONE_NAME_PERSON_WEIGHT = 0.5
"""Votes of spaCy's PERSON label on a name nothing marks as a person's (no title, honorific, age or description)
when the story never gives it a person's full name (one word: "dispute with Oracle", tagged PERSON in five of nine
mentions; news names a person in full at least once) or half its mentions or more have another type's cue (a film's
"the ‘Lumo Kade’ and ‘Tarn’ films", "the first two Lumo Kade films"). Chosen on NeuS train 1100 and ECB+ 6; a name
spaCy tags only PERSON stays a person, and one quoted once among plain mentions too ("MTV's ``Ana Lee''")."""


def entity_type(mentions: list[Mention]) -> EntityType:
    """The entity's type: the vote of its mentions (:func:`~.mentions.voted_type`), spaCy's PERSON labels counting
    :data:`LONE_NAME_PERSON_WEIGHT` on a name nothing marks as a person's (see there)."""
    kind = voted_type(mentions)
    if kind != "person" or any(m.descriptive or m.honorific or (m.cue is not None and m.cue.type == "person")
                               for m in mentions):
        return kind
    otherwise = sum(m.cue is not None for m in mentions)
    if any(len(m.tokens) > 1 for m in mentions) and (otherwise < MIN_CUED or 2 * otherwise < len(mentions)):
        return kind
    votes = type_votes(mentions)
    votes["person"] -= (1 - LONE_NAME_PERSON_WEIGHT) * sum(m.label == "person" for m in mentions)
    labelled = {m.label for m in mentions}
    order: tuple[EntityType, ...] = ("person", "organisation", "place", "work")
    return max((other for other in order if other in labelled or (other == "work" and otherwise >= MIN_CUED)),
               key=lambda other: (votes[other], -order.index(other)))


MIN_CUED = 2
"""Fewest mentions with another type's cue that let :data:`LONE_NAME_PERSON_WEIGHT` apply to a name of two words or
more, or make a work of a one-word name: one cue may be a slip ("the Lumo Kade novel" of an author)."""


_INITIAL_OPENING = re.compile(r"[A-Z]\.?\s")
"""A name opening with an initial ("J. Sosa"): the name a record shows is the one written in full ("Jesus Sosa")
when both have as many words."""


def _fullness(mentions: list[Mention]) -> dict[str, int]:
    """Each form's most tokens among the mentions written that way (one pass: an entity has many mentions)."""
    most: dict[str, int] = {}
    for m in mentions:
        most[m.text] = max(most.get(m.text, 0), len(m.tokens))
    return most


def rank(entities: list[Entity]) -> list[Entity]:
    """Most-mentioned first (then most articles, then name); ids made unique with a numeric suffix."""
    ordered = sorted(entities, key=lambda e: (-len(e.mentions), -e.articles, e.name))
    seen: Counter[str] = Counter()
    unique: list[Entity] = []
    for entity in ordered:
        seen[entity.id] += 1
        if seen[entity.id] > 1:
            entity = entity.model_copy(update={"id": f"{entity.id}-{seen[entity.id]}"})
        unique.append(entity)
    return unique

