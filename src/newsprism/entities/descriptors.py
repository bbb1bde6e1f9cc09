"""Descriptive references ("the North Korean leader") → the person an article has tied them to.

The rule is deliberately narrow: a description counts only where the article itself ties it
to a named person, and only later in that article.

- Tied: a title phrase written right before the name ("Norwegian Prime Minister Anna Berg",
  "ministry spokesman Lars Dahl") or as an apposition right after it ("Anna Berg,
  the prime minister,"). The phrase is two to :data:`MAX_WORDS` adjectives and nouns ending
  in a title word (:data:`TITLE_HEADS`); a bare "the president" is never tied.
- Referred to: a later "the <description>" in the same article, in any case ("the North
  Korean leader", "The Russian president's"), that is not itself next to a person's name.
- A description tied to two different people in one article refers to neither.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from newsprism.entities.mentions import Mention, make_mention
from newsprism.nlp.sentences import ParsedArticle

TITLE_HEADS = frozenset({
    "leader", "president", "chief", "minister", "premier", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "head", "ruler", "dictator", "secretary", "general", "king", "queen", "prince", "envoy",
    "ambassador", "governor", "mayor", "senator", "chairman", "chairwoman", "commander", "strongman", "autocrat",
})
"""Last words of a description that stands for one person (a role), not for a group or a thing."""

MAX_WORDS = 4
"""Longest description tied to a name, in words. Calibrated by reading news titles: "North Korean leader",
"Russian Deputy Prime Minister" fit in four; longer runs of capitalised words before a name are usually names."""

_WORD_POS = frozenset({"PROPN", "ADJ", "NOUN"})


@dataclass(frozen=True)
class Binding:
    """A description the article ties to a person: its words, the person's key, where the tie ends."""

    words: tuple[str, ...]
    target: str
    end: int


def descriptor_mentions(parsed: ParsedArticle, people: dict[tuple[int, int], str]) -> Iterator[tuple[Mention, str]]:
    """Mentions of the later descriptive references in one article, each with the key of its person.

    ``people`` maps the (start, end) of each person mention of the article to the key it stands for."""
    ties = _unambiguous(list(_bindings(parsed, people)))
    text = parsed.article.text
    starts = [p.start for p in parsed.paragraphs]
    nearby = _People(people)
    for binding in ties:
        pattern = re.compile(r"\bthe\s+(" + r"\s+".join(re.escape(w) for w in binding.words) + r")\b", re.IGNORECASE)
        for match in pattern.finditer(text, binding.end):
            span = match.span(1)
            if nearby.next_to(text, span):
                continue
            mention = make_mention(parsed.article.id, text, span, "person", bisect_right(starts, span[0]) - 1)
            yield replace(mention, descriptive=True), binding.target


def _unambiguous(bindings: list[Binding]) -> list[Binding]:
    targets: dict[tuple[str, ...], set[str]] = {}
    for binding in bindings:
        targets.setdefault(binding.words, set()).add(binding.target)
    first: dict[tuple[str, ...], Binding] = {}
    for binding in sorted(bindings, key=lambda b: b.end):
        if len(targets[binding.words]) == 1:
            first.setdefault(binding.words, binding)
    return list(first.values())


class _People:
    """The article's person mentions, sorted, to ask what lies next to a span without reading them all."""

    def __init__(self, people: dict[tuple[int, int], str]) -> None:
        self.spans = sorted(people)
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def next_to(self, text: str, span: tuple[int, int]) -> bool:
        """A person mention overlaps ``span`` or starts right after it (past spaces)."""
        following = span[1]
        while following < len(text) and text[following].isspace():
            following += 1
        at = bisect_left(self.starts, following)
        if at < len(self.starts) and self.starts[at] == following:
            return True
        near = self.spans[bisect_left(self.starts, span[0] - self.longest):bisect_left(self.starts, span[1])]
        return any(span[0] < end for _, end in near)


def _bindings(parsed: ParsedArticle, people: dict[tuple[int, int], str]) -> Iterator[Binding]:
    ordered = sorted(people.items())
    starts = [start for (start, _), _ in ordered]
    for paragraph in parsed.paragraphs:
        doc = paragraph.doc
        first, last = paragraph.start, paragraph.end
        for (start, end), target in ordered[bisect_left(starts, first):bisect_left(starts, last)]:
            span = doc.char_span(start - first, min(end, last) - first, alignment_mode="expand")
            if span is None:
                continue
            if before := _title_before(doc, span.start):
                yield Binding(before, target, end)
            after, after_end = _apposition(doc, span.end)
            if after:
                yield Binding(after, target, first + after_end)


def _title_before(doc: Any, index: int) -> tuple[str, ...]:
    words: list[Any] = []
    i = index - 1
    while i >= 0 and len(words) < MAX_WORDS and _descriptive(doc[i]):
        words.insert(0, doc[i])
        i -= 1
    return _description(words)


def _apposition(doc: Any, index: int) -> tuple[tuple[str, ...], int]:
    if index + 2 >= len(doc) or doc[index].text != "," or doc[index + 1].lower_ != "the":
        return (), 0
    words: list[Any] = []
    i = index + 2
    while i < len(doc) and len(words) < MAX_WORDS and _descriptive(doc[i]):
        words.append(doc[i])
        i += 1
    if i < len(doc) and doc[i].pos_ == "ADP":
        return (), 0
    description = _description(words)
    return (description, words[-1].idx + len(words[-1].text)) if description else ((), 0)


def _descriptive(token: Any) -> bool:
    return bool(token.is_alpha and token.pos_ in _WORD_POS and token.ent_type_ != "PERSON")


def _description(words: list[Any]) -> tuple[str, ...]:
    if len(words) < 2 or words[-1].lower_ not in TITLE_HEADS:
        return ()
    return tuple(w.lower_ for w in words)
