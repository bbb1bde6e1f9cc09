"""Person conflicts from quote clusters: the same words attributed to different speakers.

Only variants whose speaker is *named* count: the source words resolve to a person entity and are not a
pronoun. On the seeds, the clusters with ``speakers_differ`` all rest on a pronoun resolved to the wrong
person ('He said ...'), a relaying outlet ('Russian state television', 'RIA Novosti') or 'they': none of them
is a disagreement between sources about who spoke.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from newsprism.conflicts.explain import explain
from newsprism.conflicts.sides import Claim, build_sides
from newsprism.lexicon import SUBJECT_PRONOUNS
from newsprism.model import Conflict, ConflictSide, Quote, QuoteVariant

PRONOUNS = SUBJECT_PRONOUNS | {"his", "her", "their", "this", "that"}
"""Source words that name nobody: a pronoun or a demonstrative ('he said', 'this, they said')."""


JOINED_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?!(?:said|says|told|added|noted)\b)\w", re.I)
JOINED_BEFORE = re.compile(r"\b(?:and|&)\s*$", re.I)
"""A speaker named as one of a joint subject ('the House speaker and other Democratic leaders said', NeuS train
318 in session 31's audit; 'Ann Lee and the mayor said'): the words are several people's, so another article that
credits them to one of the others does not disagree about who spoke."""

SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]|\n")
"""A sentence end between a quote and the words naming its speaker: the name was taken from another sentence."""


def speaker_conflicts(quotes: list[Quote], origin: Callable[[str], int],
                      texts: Mapping[str, str] | None = None) -> list[Conflict]:
    """One 'person' conflict per cluster whose variants name different speakers (``speakers_differ``); with the
    articles' ``texts``, only speakers named in the quote's own sentence count (on ECB+ 18/ecbplus a quote
    followed by 'Undersheriff James Gage said' took 'Sheriff Robert J. Pickell' from the sentence before)."""
    conflicts = []
    for quote in quotes:
        if not quote.speakers_differ:
            continue
        variants = [v for v in quote.variants
                    if texts is None or (_own_sentence(v, texts) and not _one_of_several(v, texts))]
        claims = [c for c in map(_claim, variants) if c is not None]
        sides = build_sides(claims, origin, _same_speaker)
        if len(sides) >= 2 and not _named_alike(variants) and not (
                texts is not None and _names_another(variants, sides, texts)):
            about = f"who said “{_short(quote.text)}”"
            conflicts.append(Conflict(kind="person", about=about, sides=sides,
                                      explanation=explain("person", about, sides)))
    return conflicts


def _named_alike(variants: list[QuoteVariant]) -> bool:
    """Two variants credited to different people name the speaker with the same words ('Felt insisted ...' in two
    articles, resolved to the father in one and to his son in the other; ECB+ 28/ecb): the articles agree on who
    spoke, the entity stage told the name apart."""
    named: dict[str, str] = {}
    for variant in variants:
        claim = _claim(variant)
        if claim is None or variant.source is None:
            continue
        words = " ".join(variant.source.text.lower().split())
        if words in named and not _same_speaker(named[words], claim.key):
            return True
        named.setdefault(words, claim.key)
    return False


def _names_another(variants: list[QuoteVariant], sides: list[ConflictSide], texts: Mapping[str, str]) -> bool:
    """Some variant's sentence names another side's speaker ('Netanyahu waved away Biden's plea to "calm
    things down"', AllSides 6029 paraphrased, credited to Netanyahu): the words may well be that speaker's, so the
    sources do not clearly disagree about who spoke."""
    surnames = {side.claim: side.claim.split()[-1] for side in sides if side.claim.split()}
    for variant in variants:
        text = texts.get(variant.content.article)
        if text is None or variant.speaker is None:
            continue
        sentence = _sentence_around(text, variant.content.start, variant.content.end)
        if any(re.search(rf"\b{re.escape(surname)}\b", sentence) for claim, surname in surnames.items()
               if claim != variant.speaker and surname not in variant.speaker.split()):
            return True
    return False


def _one_of_several(variant: QuoteVariant, texts: Mapping[str, str]) -> bool:
    """The words naming the speaker are one part of a joint subject (``JOINED_AFTER`` / ``JOINED_BEFORE``)."""
    source, text = variant.source, texts.get(variant.content.article)
    if source is None or text is None:
        return False
    before = text[max(0, source.start - 8):source.start]
    return bool(JOINED_AFTER.match(text, source.end) or JOINED_BEFORE.search(before))


def _sentence_around(text: str, start: int, end: int) -> str:
    before = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    after = next((m.start() for m in SENTENCE_BREAK.finditer(text, end)), len(text))
    return text[max(0, before - 1):after + 1]


def _own_sentence(variant: QuoteVariant, texts: Mapping[str, str]) -> bool:
    """The words naming the speaker are in the quote's own sentence: no sentence end between them."""
    source, content, text = variant.source, variant.content, texts.get(variant.content.article)
    if source is None or text is None:
        return True
    if source.end <= content.start:
        gap = text[source.end:content.start]
    elif content.end <= source.start:
        gap = text[content.end:source.start]
    else:
        return True
    return not SENTENCE_BREAK.search(gap.strip())


def _claim(variant: QuoteVariant) -> Claim | None:
    """The variant's speaker as a claim, when it is a named person; keyed by entity id."""
    if (variant.speaker is None or variant.entity is None or not variant.entity.startswith("person:")
            or variant.source is None or variant.source.text.strip().lower() in PRONOUNS):
        return None
    return Claim(variant.speaker, variant.entity, variant.content)


def _same_speaker(a: str, b: str) -> bool:
    """One person: the same entity, or two entities one of whose names is the other's with a name more in front
    ('Tayyip Erdogan' / 'Recep Tayyip Erdogan', which the entity stage left apart on NeuS val)."""
    if a == b:
        return True
    x, y = sorted((a.split(":", 1)[-1].split("-"), b.split(":", 1)[-1].split("-")), key=len)
    return len(x) >= 2 and y[len(y) - len(x):] == x


def _short(text: str, words: int = 10) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
