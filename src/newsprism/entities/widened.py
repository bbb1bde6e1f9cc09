"""A name spaCy cut short where another mention of the story spells it in full: in "the ultraconservative House
Freedom Caucus" spaCy tagged "House" alone, where another article's "The House Freedom Caucus" is one span (D26's
seed-101 reading, AllSides 5836: two of the caucus's mentions joined the House). A mention the text runs on into a
longer name the story tags elsewhere is that name, with the longer name's type (:func:`widen_cut_names`): a name
only into one of its own type (:func:`_fits`), and not over a lower-case word (:data:`_LOWER_WORD`)."""

from __future__ import annotations

import re

from newsprism.entities.mentions import Mention, make_mention, voted_type
from newsprism.model import EntityType

_NAME_END = re.compile(r"(?![\w-])")
"""No word character or hyphen right after the longer name: it ends where the text's word ends."""
_LOWER_WORD = re.compile(r"\b[a-z]")
"""A lower-case word in the longer name's added words: such a run is a title or phrase more often than a name ECB+ dev
tags ("the reigning National Player | of the Year", topic 31: type accuracy on the tune half .9234 -> .9225 with
it widened); left out, ECB+ dev is byte-identical (D26). It also leaves "Customs | and Border Protection" cut."""


def widen_cut_names(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Each article's mentions, those the text runs on into a longer tagged name widened to it (see the module's
    docstring); a widening over another mention's start is left out."""
    forms = _longer_forms([m for mentions in per_article for m in mentions])
    if not forms:
        return per_article
    starting = _by_opening(forms)
    return [_widened(mentions, text, forms, starting) for mentions, text in zip(per_article, texts, strict=True)]


def _longer_forms(mentions: list[Mention]) -> dict[str, EntityType]:
    """Written form of several words → its voted type, descriptions left out."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if len(m.tokens) > 1 and not m.descriptive:
            groups.setdefault(m.text, []).append(m)
    return {form: voted_type(group) for form, group in groups.items()}


def _widened(mentions: list[Mention], text: str, forms: dict[str, EntityType],
             starting: dict[str, list[str]]) -> list[Mention]:
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        longer = [form for form in starting.get(m.text, ())
                  if text.startswith(form, m.start) and m.start + len(form) <= limit
                  and _NAME_END.match(text, m.start + len(form)) and _fits(m.label, forms[form])
                  and not _LOWER_WORD.search(form, len(m.text))]
        if longer:
            form = max(longer, key=len)
            m = make_mention(m.article, text, (m.start, m.start + len(form)), forms[form], m.paragraph)
        out.append(m)
    return out


def _by_opening(forms: dict[str, EntityType]) -> dict[str, list[str]]:
    """Each form under every opening of it that ends before a space (``form.startswith(opening + " ")``), in the
    forms' order: a mention is compared with the forms it opens, not every form of the story."""
    starting: dict[str, list[str]] = {}
    for form in forms:
        for at in [at for at, char in enumerate(form) if char == " "]:
            starting.setdefault(form[:at], []).append(form)
    return starting


def _fits(label: EntityType, longer: EntityType) -> bool:
    """A name is widened only into a longer name of its own type: a given name into a person's ("Tim | Mead"), a
    body's into a body's ("House | Freedom Caucus"), a place's into a place's ("Lumo | Capitol"). Across types the
    votes of spaCy's labels for the longer name are too weak a word (ECB+ dev, issue #19: "Kimani | (Kiki) Gray", a
    person, would have become a body; "Ohio | State" a place a body)."""
    return label == longer
