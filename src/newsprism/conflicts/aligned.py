"""Conflicts between aligned sentences: statements of one fact whose slots disagree.

For every link of the story alignment, :func:`newsprism.conflicts.compare.disagreements` says which slots the
two sentences fill differently. Every sentence of the same fact (the connected sentences) that states one of
the two values joins that value's side, so a reprint of the wire stands with the wire.

A figure the figures stage read (:mod:`newsprism.figures`: a count of killed, injured, seats ...) is compared
there, by measure and subject across the whole story: a number disagreement between two of its values here
would compare what that stage keeps apart (180 injured in total with 80 dead at one venue), so it is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align.links import sentence_pairs
from newsprism.conflicts.compare import disagreements, states
from newsprism.conflicts.contents import sentence_contents
from newsprism.conflicts.explain import explain
from newsprism.conflicts.measured import of_two_people, people_named, story_surnames
from newsprism.conflicts.possible import KINDS, Slots, could_dispute, slots
from newsprism.conflicts.sides import Claim, build_sides
from newsprism.conflicts.slots import Disagreement, SameEntity
from newsprism.lexicon import NUMBER_WORDS, STOP
from newsprism.model import Conflict, Figure, Sentence
from newsprism.story_table import StoryTable
from newsprism.values import quantities

PairEntities = Callable[[int, int], SameEntity]
"""(global id of sentence a, of sentence b) → the entity check for that pair (each name resolved in its article)."""

MEASURE_WINDOW = 25
"""Characters on each side of a figure read for what it measures: the verb or noun next to it ('injuring 14
people', '14 people were injured'), not the rest of the sentence."""
MEASURE_STOP = STOP | {"more", "also", "said"}
"""Words near a figure that say nothing of what it measures: the function words and 'more', 'also', 'said'."""


def aligned_conflicts(story: StoryTable, same_entity: PairEntities | None,
                      figures: list[Figure] | None = None) -> list[Conflict]:
    """One conflict per fact and disputed slot: the first link of the fact (in link order) that disputes it."""
    table = story.alignment.table
    figured = _figure_spans(figures or [])
    content = sentence_contents(table.sentences)[0]
    people = _People(table.sentences, content, story_surnames(table))
    open_kinds = _OpenKinds(table.sentences, content)
    read: dict[tuple[int, int], _PairReading] = {}
    found: dict[tuple[int, str], tuple[Disagreement, int, int]] = {}
    fact_kinds: dict[int, set[str]] = {}  # the kinds found in each fact, as ``found`` holds them
    for a, b in sentence_pairs(story.alignment.links):  # from the arrays, no record per link (issue #20)
        fact = story.members(a)[0]
        pair = (content[a], content[b])
        reading = read.get(pair)
        done = fact_kinds.setdefault(fact, set())
        if (reading is not None and reading.kinds <= done) or not open_kinds.any_open(a, b, done):
            continue  # nothing this link could dispute is left open in its fact
        if reading is None or not reading.shared:
            reading = _read_pair(story, a, b, same_entity, people)
            read.setdefault(pair, reading)
        for item in reading.found:
            if (fact, item.kind) in found or (item.kind == "number" and (
                    _figured(story, a, item.a, figured) or _figured(story, b, item.b, figured))):
                continue
            found[(fact, item.kind)] = (item, a, b)
            done.add(item.kind)
    copies = _Copies(table.sentences) if found else None
    conflicts = [_conflict(story, item, a, b, copies) for item, a, b in found.values()]
    return [c for c in conflicts if c is not None]


@dataclass(frozen=True)
class _PairReading:
    """The disagreements of one link (``found``). ``shared``: every link of the same two sentence contents has
    them; not when the entity check was asked (its answer depends on the two articles: another such link is read
    again). ``kinds``: the kinds any link of the same two contents can dispute."""

    found: tuple[Disagreement, ...]
    kinds: frozenset[str]
    shared: bool


def _read_pair(story: StoryTable, a: int, b: int, same_entity: PairEntities | None, people: _People) -> _PairReading:
    """The disagreements of sentences ``a`` and ``b``, and whether another pair of the same contents has them."""
    sentences = story.alignment.table.sentences
    asked = False
    check = same_entity(a, b) if same_entity else None

    def recorded(x: Sentence, i: int, y: Sentence, j: int) -> bool:
        nonlocal asked
        asked = True
        return check is not None and check(x, i, y, j)

    items = tuple(d for d in disagreements(sentences[a], sentences[b], recorded if check else None)
                  if d.kind != "number" or not _of_two_people(sentences[a], d.a, sentences[b], d.b, people.surnames,
                                                              (people.of(a), people.of(b))))
    kinds = frozenset(item.kind for item in items) | ({"person"} if asked else frozenset())
    return _PairReading(items, kinds, not asked)


def _of_two_people(a: Sentence, written_a: str, b: Sentence, written_b: str, surnames: set[str],
                   named: tuple[list[tuple[int, str]], list[tuple[int, str]]] | None = None) -> bool:
    """The two figures are two people's (:func:`newsprism.conflicts.measured.of_two_people`): a person is a name
    tagged PERSON or a surname of the story's people (``named``: the two sentences' people, read already)."""
    people_a, people_b = named or (people_named(a, surnames), people_named(b, surnames))
    return of_two_people(a.text, people_a, max(a.text.find(written_a), 0),
                         b.text, people_b, max(b.text.find(written_b), 0))


class _OpenKinds:
    """Whether a pair of sentence contents could dispute a kind (:func:`newsprism.conflicts.possible.could_dispute`),
    each content's slots read once and each kind tested once per pair: a pair that can dispute only kinds its fact
    has found already is not read (issue #20: a one-event story's pairs of contents within a fact grow with the
    square of its articles, and most state the same values in other words).

    A pair's answers are kept as one number under one number (the two contents' numbers): two bits a kind of
    :data:`KINDS` (asked; possible), not a dict of kinds under a tuple of the two contents: 98 bytes a pair with
    every kind asked, against 273 (tracemalloc, tests/conflicts/test_open_kinds_memory.py); the pairs are every
    distinct pair of contents the story's links join, and are held to the end of the check."""

    def __init__(self, sentences: list[Sentence], content: list[int]) -> None:
        self._sentences, self._content = sentences, content
        self._slots: dict[int, Slots] = {}
        self._known: dict[int, int] = {}
        self._width = max(content, default=0) + 1

    def any_open(self, a: int, b: int, done: set[str]) -> bool:
        """Sentences ``a`` and ``b`` could dispute a kind outside ``done``."""
        key = self._content[a] * self._width + self._content[b]
        known = self._known.get(key, 0)
        for place, kind in enumerate(KINDS):
            if kind not in done:
                asked = 1 << 2 * place
                if not known & asked:
                    possible = could_dispute(kind, self._slots_of(a), self._slots_of(b))
                    known |= asked | (asked << 1 if possible else 0)
                    self._known[key] = known
                if known & (asked << 1):
                    return True
        return False

    def _slots_of(self, index: int) -> Slots:
        key = self._content[index]
        if key not in self._slots:
            self._slots[key] = slots(self._sentences[index])
        return self._slots[key]


class _People:
    """The people each sentence names (:func:`newsprism.conflicts.measured.people_named`: names tagged PERSON and
    the story's surnames), read once per sentence content (issue #20: every story surname is looked for in the
    sentence, and a one-event story's surnames grow with its articles)."""

    def __init__(self, sentences: list[Sentence], content: list[int], surnames: set[str]) -> None:
        self._sentences, self._content, self.surnames = sentences, content, surnames
        self._read: dict[int, list[tuple[int, str]]] = {}

    def of(self, index: int) -> list[tuple[int, str]]:
        """The people of sentence ``index`` (as two figures of :func:`of_two_people` read them)."""
        key = self._content[index]
        if key not in self._read:
            self._read[key] = people_named(self._sentences[index], self.surnames)
        return self._read[key]


def _figure_spans(figures: list[Figure]) -> set[tuple[str, int]]:
    """(article, character) of every character of every figure's words."""
    return {(v.mention.article, i) for f in figures for v in f.values for i in range(v.mention.start, v.mention.end)}


def _figured(story: StoryTable, index: int, written: str, figured: set[tuple[str, int]]) -> bool:
    """The value ``written`` in sentence ``index`` is (part of) a figure of the figures stage."""
    sentence = story.alignment.table.sentences[index]
    article = story.article_ids[index]
    at = sentence.text.find(written)
    return at >= 0 and (article, sentence.start + at) in figured


def _conflict(story: StoryTable, item: Disagreement, a: int, b: int, copies: _Copies | None) -> Conflict | None:
    alignment = story.alignment
    table = alignment.table
    members = list(story.members(a)) if a in story.member_of else [a, b]
    claims = [Claim(item.a, "a", table.evidence(a)), Claim(item.b, "b", table.evidence(b))]
    claims += _claims(story, item, [i for i in members if i not in (a, b)], None)
    context = _measure_words(table.sentences[a].text, item.a) & _measure_words(table.sentences[b].text, item.b)
    if item.kind in ("number", "date") and context and copies is not None:
        claims += _outside(story, item, copies, set(members), context)
    sides = build_sides(claims, story.origin, lambda x, y: x == y)
    if len(sides) < 2:
        return None
    about = f"{item.about}: {_short(table.sentences[a].text)}"
    return Conflict(kind=item.kind, about=about, sides=sides, explanation=explain(item.kind, item.about, sides))


def _claims(story: StoryTable, item: Disagreement, indices: list[int], context: set[str] | None) -> list[Claim]:
    """The claims of the sentences ``indices``, in order: each distinct text read once (a one-event story reprints
    each sentence hundreds of times)."""
    table = story.alignment.table
    sides: dict[str, str | None] = {}
    found = []
    for i in indices:
        sentence = table.sentences[i]
        side = sides[sentence.text] if sentence.text in sides else sides.setdefault(
            sentence.text, _side(sentence, item, context))
        if side is not None:
            found.append(Claim(item.a if side == "a" else item.b, side, table.evidence(i)))
    return found


def _outside(story: StoryTable, item: Disagreement, copies: _Copies, inside: set[int], context: set[str]) -> list[
        Claim]:
    """The claims of the story's sentences outside the fact (``inside``), in sentence order: each distinct text
    that holds one of the ``context`` stems read once (no other text can state a value next to one of them)."""
    table = story.alignment.table
    chosen: list[tuple[int, str]] = []
    for indices in copies.holding(context):
        side = _side(table.sentences[indices[0]], item, context)
        if side is not None:
            chosen += [(i, side) for i in indices if i not in inside]
    return [Claim(item.a if side == "a" else item.b, side, table.evidence(i)) for i, side in sorted(chosen)]


class _Copies:
    """Each distinct sentence text with its sentences (in order), and which texts hold a stem: a stem's texts are
    found once per story, not once per conflict (a one-event story has tens of thousands of distinct texts and
    a disputed number or date in most of its facts).

    A text can join a side only if :func:`_measure_words` of it meets the conflict's context stems, and every
    stem it reads is four letters of a ``[a-z]+`` run of the text's lowercased slice, hence a substring of the
    lowercased text: the texts without any of the stems as a substring are the ones passed over."""

    def __init__(self, sentences: list[Sentence]) -> None:
        copies: dict[str, list[int]] = {}
        for i, sentence in enumerate(sentences):
            copies.setdefault(sentence.text, []).append(i)
        self._indices = list(copies.values())
        self._lowered = [text.lower() for text in copies]
        self._by_stem: dict[str, list[int]] = {}

    def holding(self, stems: set[str]) -> list[list[int]]:
        """The sentences of each distinct text that holds one of ``stems``, texts in order of first sentence."""
        found: set[int] = set()
        for stem in stems:
            if stem not in self._by_stem:
                self._by_stem[stem] = [k for k, text in enumerate(self._lowered) if stem in text]
            found.update(self._by_stem[stem])
        return [self._indices[k] for k in sorted(found)]


def _side(sentence: Sentence, item: Disagreement, context: set[str] | None) -> str | None:
    """The side ('a' or 'b') ``sentence`` stands on, if it states exactly one of the two values (outside the fact:
    next to one of the ``context`` words); a function of its text alone."""
    on_a, on_b = states(sentence, item.kind, item.a), states(sentence, item.kind, item.b)
    if context is not None:
        on_a = on_a and bool(_measure_words(sentence.text, item.a) & context)
        on_b = on_b and bool(_measure_words(sentence.text, item.b) & context)
    if on_a == on_b:
        return None
    return "a" if on_a else "b"


def _measure_words(text: str, value: str) -> set[str]:
    """Stems of the words near a figure or date that say what it is about ('injuring 14 people' → {'inju'}): a
    sentence of another fact joins a side only when it states the value next to one of the words both sides of
    the conflict use there ('14 people were injured')."""
    found: set[str] = set()
    for start, end in _spans(text, value):
        words = re.findall(r"[a-z]+", text[max(0, start - MEASURE_WINDOW):end + MEASURE_WINDOW].lower())
        found |= {w[:4] for w in words if len(w) > 3 and w not in NUMBER_WORDS and w not in MEASURE_STOP}
    return found - {w[:4] for w in re.findall(r"[a-z]+", value.lower())}


def _spans(text: str, value: str) -> list[tuple[int, int]]:
    wanted = quantities(value)
    if wanted:
        return [(q.start, q.start + len(q.written)) for q in quantities(text) if q.dimension == wanted[0].dimension]
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(value)}\b", text, re.I)]


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
