"""A name cut where a page's excerpt ends ("failed to file with the Department of...", "former officer Ana..."): the
words before the ellipsis are no name of their own. The mention joins the one longer name of the story that begins
with them ("Ana Lee", "Department of Labor", written whole elsewhere) and is dropped where it looks cut (D30's
seed-112 reading: AllSides roundup excerpts cut "the Department of..." and "officer Derek..." into records)."""

from __future__ import annotations

import re
from dataclasses import replace

from newsprism.entities.given_names import given_name
from newsprism.entities.mentions import Mention
from newsprism.entities.names import name_tokens

_CUT_AFTER = re.compile(r"((?:\s+(?:of|for|de|van|von))*)\s*(?:\.\.\.|…)")
"""An ellipsis right after the name, maybe after the small words inside a longer name ("Department | of..."); the
group holds those words. Not "and" or "the": "Lumo Times and the..." is a list cut after a whole name (AllSides
roundup 5649)."""
_ELLIPSIS_END = re.compile(r"\s*(?:\.\.\.|…)$")
"""The ellipsis inside the mention's text ("Derek..." tagged whole)."""


def join_excerpt_cuts(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Each article's mentions, a name cut by an excerpt's ellipsis joined to the story's one longer name that begins
    with its words, dropped where the story has none and it looks cut (see the module's docstring)."""
    cuts = [[(m, _cut_words(m, text)) for m in mentions] for mentions, text in zip(per_article, texts, strict=True)]
    whole = {m.tokens: m for read in cuts for m, words in read if words is None}
    return [[joined for m, words in read if (joined := _joined(m, words, whole)) is not None] for read in cuts]


def _joined(mention: Mention, words: tuple[str, ...] | None, whole: dict[tuple[str, ...], Mention]) -> Mention | None:
    """The mention as it stays, given the words an ellipsis cuts it after (``words``, None when none does): itself
    when none does or the story writes its words whole elsewhere, the one longer name beginning with its words, None
    when it looks cut (:func:`_looks_cut`), else itself."""
    if words is None or mention.tokens in whole:
        return mention
    longer = {tokens for tokens in whole if len(tokens) > len(words) and tokens[:len(words)] == words}
    if len(longer) == 1:
        name = whole[next(iter(longer))]
        return replace(mention, key=name.key, label=name.label)
    return None if _looks_cut(mention, words) else mention


def _looks_cut(mention: Mention, words: tuple[str, ...]) -> bool:
    """A name the ellipsis cuts rather than follows: small words of a longer name before it ("the Department of..."),
    a given name alone ("officer Ana..."), a lone initial last ("Ana L..."). A whole name before it ("Ana Lee...",
    "Lumo...") is kept: excerpts end after whole names as often as inside them (805 AllSides and NeuS stories)."""
    tokens = mention.tokens
    return len(words) > len(tokens) or (len(tokens) == 1 and given_name(tokens[0])) or len(tokens[-1]) == 1


def _cut_words(mention: Mention, text: str) -> tuple[str, ...] | None:
    """The name's words up to the ellipsis that cuts it (with the small words between: "department", "of"), or
    None where no ellipsis follows the name."""
    if _ELLIPSIS_END.search(mention.text):
        return name_tokens(_ELLIPSIS_END.sub("", mention.text))
    after = _CUT_AFTER.match(text, mention.end)
    if after is None:
        return None
    return (*mention.tokens, *after.group(1).lower().split())
