"""A definite description with no title that re-mentions the story's one named holder of its head noun ('The
Lumo-based drugmaker said' for 'Vexo, a drugmaker based in Lumo'; 'the hardline cleric said' for 'Ana Ruiz, a
hardline cleric who ...'). Issue #19's twenty-sixth round: the titled forms
(:func:`~newsprism.quotes.story_holders.story_holder`) read titles written before a name, not appositions after it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsprism.model import Entity, QuoteVariant
from newsprism.quotes.cues import CUE_FORMS
from newsprism.quotes.story_index import story_index

_DESCRIBED = re.compile(r"^[Tt]he\s+((?:[\w'’-]+\s+){1,3})([a-z]+)$")
"""'the hardline cleric', 'The New Jersey-based drugmaker': 'the', one to three modifiers, a lower-case head noun. A
bare 'the man', 'the agency' is not read: in E's flip set both stood for the nearest antecedent (a second suspect; a
division named the sentence before), not the story's one apposed holder."""
APPOSITION_REACH = 80
"""Characters after a name where its apposition is read: four words and the phrase after them (', a drugmaker based
in New Jersey,'). Not tuned: the one real apposition that ties (NeuS train 1092, ', the chief scientific adviser
for <operation>') runs 55 characters."""
_APPOSED = r"^,\s+(?:an?|the)\s+((?:[\w'’-]+\s+){{0,3}}?){head}(?![\w'’-])"
"""An apposition right after a name (', a drugmaker based in ...', ', the hardline cleric who ...'): its article, at
most three modifiers and the description's head noun (formatted in as ``head``)."""
_NOT_MODIFIERS = frozenset({
    "of", "for", "at", "in", "on", "with", "from", "by", "to", "the", "a", "an", "and", "or", "who", "which", "that",
})
"""Words that end a noun phrase: an apposition whose head word comes after one ('a spokesman for the drugmaker')
does not give its head noun to the name."""
_HOLDER_TYPES = frozenset({"person", "organisation"})
"""A description that speaks stands for a person or a body, never a place."""


def apposed_holder(variant: QuoteVariant, entities: Sequence[Entity], texts: Mapping[str, str]) -> Entity | None:
    """The one person or body of the story given the description's head noun in an apposition right after a name
    (:data:`_APPOSED`), with every modifier of the description there too ('New Jersey-based': 'new', 'jersey',
    'based'; "the operation's adviser": 'operation'), when it is named in the description's own article; None when
    none or several are."""
    source = variant.source
    match = _DESCRIBED.match(source.text.strip()) if source is not None else None
    if source is None or match is None:
        return None
    holder = story_index(entities, texts).answer("apposed_holder", match.group(0),
                                                 lambda: _one_given(match, entities, texts))
    return None if holder is None or all(m.article != source.article for m in holder.mentions) else holder


def _one_given(match: re.Match[str], entities: Sequence[Entity], texts: Mapping[str, str]) -> Entity | None:
    """The one person or body given the described words (``match``: :data:`_DESCRIBED`'s) in an apposition (kept
    per story: it depends on nothing else); None when none or several are."""
    modifiers = {re.sub(r"['’]s$", "", part.lower()) for word in match.group(1).split() for part in word.split("-")
                 if part}
    holders = [entity for entity in entities
               if entity.type in _HOLDER_TYPES and _given(entity, match.group(2), modifiers, texts)]
    return holders[0] if len(holders) == 1 else None


def _given(entity: Entity, head: str, modifiers: set[str], texts: Mapping[str, str]) -> bool:
    """Some mention of ``entity`` is followed by an apposition whose head noun is ``head``, with every word of
    ``modifiers`` within :data:`APPOSITION_REACH` ('based', 'new', 'jersey' in ', a drugmaker based in New
    Jersey')."""
    for mention in entity.mentions:
        if mention.part is not None or (text := texts.get(mention.article)) is None:
            continue
        after = text[mention.end:mention.end + APPOSITION_REACH]
        apposed = re.match(_APPOSED.format(head=head), after)
        if apposed is not None and not _subject(after[apposed.end():]) and \
                not _NOT_MODIFIERS.intersection(apposed.group(1).lower().split()) and \
                all(re.search(rf"\b{re.escape(word)}\b", after, re.IGNORECASE) for word in modifiers):
            return True
    return False


def _subject(rest: str) -> bool:
    """The phrase after the comma is the subject of a cue ('..., Ana Ruiz, the mayor's aide said'), not an apposition
    to the name before it (NeuS train 1377's 'the <owner>'s son said' after another name)."""
    following = rest.split(maxsplit=1)
    return bool(following) and following[0].lower() in CUE_FORMS
