"""Whom each article quotes: named people and bodies, and the unnamed sources it gives only a description of.

A speaker the quote stage resolved to an entity is named. Where the quote stage marks a speaker anonymous (its
``anonymous`` flag, when present), that decides. Otherwise the speaker's words decide: a description whose head
is a word for an unnamed person ("a senior official", "analysts", "a hospital spokeswoman") is anonymous; a body
("the port authority", "Russian media") or a capitalised name is named; a bare pronoun or a bare reference back
("they", "The minister") is nobody a reader can tell apart, and is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newsprism.lexicon import SUBJECT_PRONOUNS
from newsprism.model import Evidence, Quote, QuotedSource, QuoteVariant

ANONYMOUS_HEADS = frozenset(
    "official officials source sources analyst analysts expert experts observer observers spokesman spokeswoman "
    "spokesperson spokespeople aide aides diplomat diplomats person people insider insiders resident residents "
    "witness witnesses reporter reporters critic critics activist activists lawyer lawyers employee employees "
    "staffer staffers worker workers member members officer officers investigator investigators".split())
"""Head words of a description that stands for an unnamed person. Written from the unattributed speakers of the
seeds and the example story ("analysts", "a spokesman", "Russian officials", "a hospital spokeswoman")."""
BODY_WORDS = frozenset(
    "authority authorities service guard ministry ministers police agency media television radio press company "
    "government court department office military army navy embassy council committee commission board "
    "parliament university hospital union party firm bank institute newspaper".split())
"""Words that make a lowercase speaker an institution the reader can identify ('the port authority')."""
PRONOUNS = SUBJECT_PRONOUNS | {"his", "her", "their", "one"}
"""Words that stand for a speaker named elsewhere, or for nobody in particular ('one')."""


@dataclass
class _Tally:
    anonymous: bool
    evidence: list[Evidence] = field(default_factory=list)


def quoted_sources(article: str, quotes: Sequence[Quote]) -> list[QuotedSource]:
    """Every source ``article`` quotes: named first, then unnamed; most quoted first within each."""
    return _sources([v for quote in quotes for v in quote.variants if v.content.article == article])


def quoted_by_article(quotes: Sequence[Quote]) -> dict[str, list[QuotedSource]]:
    """Article id → :func:`quoted_sources` for it (every article that quotes anyone), in one pass over the quotes."""
    variants: dict[str, list[QuoteVariant]] = {}
    for quote in quotes:
        for variant in quote.variants:
            variants.setdefault(variant.content.article, []).append(variant)
    return {article: _sources(found) for article, found in variants.items()}


def _sources(variants: list[QuoteVariant]) -> list[QuotedSource]:
    """The sources of one article's quote variants (in the quotes' order)."""
    tallies: dict[str, _Tally] = {}
    for variant in variants:
        kind = speaker_kind(variant)
        if kind is None or variant.speaker is None:
            continue
        tally = tallies.setdefault(variant.speaker, _Tally(kind == "anonymous"))
        tally.evidence.append(variant.content)
    found = [QuotedSource(name=name, anonymous=t.anonymous, quotes=len(t.evidence),
                          evidence=sorted(t.evidence, key=lambda e: e.start))
             for name, t in tallies.items()]
    return sorted(found, key=lambda s: (s.anonymous, -s.quotes, s.name.lower()))


def speaker_kind(variant: QuoteVariant) -> str | None:
    """'named', 'anonymous', or None when the speaker is unknown or only a pronoun or bare reference. The quote
    stage's flag says 'anonymous' ('a senior official'); otherwise an entity says 'named', else the words decide."""
    if variant.anonymous and variant.speaker:
        return "anonymous"
    if variant.entity is not None:
        return "named"
    words = (variant.speaker or "").replace("’", "'").split()
    if not words:
        return None
    lowered = [w.lower().strip(".,'") for w in words]
    if lowered[-1] in ANONYMOUS_HEADS:
        return "anonymous"
    if lowered[-1] in PRONOUNS or (len(words) == 1 and lowered[0] in PRONOUNS):
        return None
    if any(w in BODY_WORDS for w in lowered) or any(w[:1].isupper() for w in words[1:]):
        return "named"
    return None
