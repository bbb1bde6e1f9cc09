"""Event mentions: the sentences of one article with a resolved time expression.

Candidates are spaCy's DATE and TIME entities, widened to the left over the preposition or
qualifier that belongs to them ("on Tuesday", "early on Tuesday"). The tense that decides
how a weekday or a month resolves is read from the verb the expression attaches to
(:func:`is_future`). A clock time takes the day named in its sentence, or else the one day
named by the sentence just before (a documented simple rule: news gives the day, then the
hour); with no day it is skipped. A sentence that names several dates keeps the one it
reports as happening, not the day something was said ("On Wednesday, KCNA said Kim arrived
on Tuesday": Tuesday). Publication stamps ("Published September 13, 2023") are not events.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from newsprism.lexicon import TIME_ZONES
from newsprism.memo import per_article
from newsprism.model import Evidence
from newsprism.nlp.sentences import ParsedArticle
from newsprism.timeline.expressions import Reading, read_expression
from newsprism.values.moments import Clock, TimeValue

LEFT_WORDS = frozenset({"on", "in", "at", "since", "by", "until", "from", "between", "early", "late", "earlier",
                        "later", "during"})
SAY_VERBS = frozenset({"say", "says", "said", "saying", "report", "reports", "reported", "reporting", "tell", "tells",
                       "told", "announce", "announced", "claim", "claimed", "state", "stated", "confirm", "confirmed",
                       "add", "added", "note", "noted", "write", "wrote"})
"""Word forms, not lemmas: the packaged pipeline has no lemmatizer."""
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would"})
"""'would' is reported speech's future ("said the harbour would stay closed until Wednesday": the next Wednesday);
news uses it that way far more than for habit or condition next to a weekday."""
FUTURE_GOVERNORS = frozenset({"expect", "expects", "expected", "scheduled", "plan", "plans", "planned", "planning",
                              "set", "due", "intend", "intends", "intended", "aim", "aims", "going"})
SCHEDULED = frozenset({"scheduled", "slated", "due", "planned"})
"""A date that attaches to these ("the talks were scheduled for Friday") is ahead of the reference."""
STAMP_WORDS = frozenset({"published", "updated", "posted", "modified", "last", "on", "at", "am", "pm", "gmt", "utc",
                         "est", "edt", "kst", "bst", "cet", "by"})
ZONES = frozenset(zone.lower() for zone in TIME_ZONES)
"""Time-zone words (:data:`newsprism.lexicon.TIME_ZONES`) after four digits make them a clock time ('at 1700 GMT')."""
MIN_EVENT_WORDS = 3
"""A sentence with fewer words than this besides its dates and stamp words is a date line, not an event:
every date line and publication stamp of the seeds and the example story has 0 or 1, the shortest event
sentence there ("Kim arrived on Tuesday.") has 3."""


@dataclass(frozen=True)
class Found:
    """One time expression of a sentence and what it means."""

    evidence: Evidence
    reading: Reading
    reports: bool
    """it dates the saying ("said on Wednesday"), not what is said"""


@dataclass(frozen=True)
class Mention:
    """A sentence that dates something: the value, the expressions that give it, and whether it needed the reference."""

    article: str
    sentence: int
    """index of the sentence in the story's sentence table"""
    value: TimeValue
    expressions: tuple[Evidence, ...]
    relative: bool


def find_mentions(parsed: ParsedArticle, reference: date | None, table_index: dict[tuple[str, int], int]
                  ) -> list[Mention]:
    """Every dated sentence of one article, resolved against ``reference`` (None: absolute dates only)."""
    article = parsed.article.id
    known = frozenset(s.start for s in parsed.article.sentences if (article, s.start) in table_index)
    return [replace(m, sentence=table_index[(article, m.sentence)])
            for m in _article_mentions(parsed, reference, known)]


@per_article  # an article's dated sentences are read once per story and reference day (issue #20)
def _article_mentions(parsed: ParsedArticle, reference: date | None, known: frozenset[int]) -> list[Mention]:
    """:func:`find_mentions` with each mention's ``sentence`` given by its start in the article (the story's
    sentence ids change as articles come and go), of the sentences starting at ``known`` offsets alone."""
    article = parsed.article
    mentions: list[Mention] = []
    previous: Mention | None = None
    for start, offset, sent, ents in _sentences(parsed):
        found = list(_expressions(sent, ents, article.id, offset, reference))
        index = start if start in known else None
        sentence = [] if index is None or _is_stamp(sent, found) else _sentence_mentions(article.id, index, found,
                                                                                         previous)
        mentions.extend(_joined(m, article.text) for m in sentence)
        days = [m for m in sentence if m.value.single_day() is not None]
        previous = days[0] if len({m.value.single_day() for m in days}) == 1 else None
    return mentions


def _sentences(parsed: ParsedArticle) -> Iterator[tuple[int, int, Any, list[Any]]]:
    """(start in the article, paragraph offset, spaCy span, its entities) of each sentence, as
    :func:`newsprism.nlp.parse` counts. The entities are ``Span.ents``, read from the Doc's entities once (spaCy
    builds every entity of the Doc for each sentence's).

    A span's text is the Doc's text between its first and last characters (spaCy builds ``Span.text`` token by
    token, which took most of the timeline's reading of a long story's sentences: issue #20); the Doc's text is the
    paragraph's (:attr:`~newsprism.nlp.paragraphs.Paragraph.text`: ``doc.text`` joins every token anew)."""
    for paragraph in parsed.paragraphs:
        whole, ents = paragraph.text, paragraph.doc.ents
        starts = [ent.start for ent in ents]
        for sent in paragraph.doc.sents:
            text = whole[sent.start_char:sent.end_char]
            if text.strip():
                yield (paragraph.start + sent.start_char + len(text) - len(text.lstrip()), paragraph.start, sent,
                       _within(ents, bisect_left(starts, sent.start), sent.end))


def _within(ents: Any, first: int, end: int) -> list[Any]:
    """``Span.ents`` of a sentence ending at token ``end`` whose first entity at or after its start is
    ``ents[first]``: the entities from there on up to the first that ends past the sentence."""
    last = first
    while last < len(ents) and ents[last].end <= end:
        last += 1
    return list(ents[first:last])


def _expressions(sent: Any, ents: list[Any], article: str, offset: int, reference: date | None) -> Iterator[Found]:
    doc = sent.doc
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        first = ent.start
        while first > sent.start and first > ent.start - 2 and doc[first - 1].lower_ in LEFT_WORDS:
            first -= 1
        last = ent.end + (ent.end < sent.end and doc[ent.end].lower_ in ZONES
                          and re.fullmatch(r"\d{4}", doc[ent.end - 1].text) is not None)
        span = doc[first:last]  # '1700' tagged alone before 'GMT' is read with its zone: a time, not a year
        reading = read_expression(span.text, reference, is_future(span))
        if reading is None:
            continue
        start = offset + span.start_char
        yield Found(Evidence(article=article, start=start, end=start + len(span.text), text=span.text), reading,
                    _reports(span))


def _head_verb(span: Any) -> Any:
    token = span.root
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


def is_future(span: Any) -> bool:
    """The verb the expression attaches to (or one it depends on as 'expected/scheduled to ...') is future."""
    verb = _head_verb(span)
    if verb.lower_ in SCHEDULED:
        return True
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and verb.head.lower_ in FUTURE_GOVERNORS:
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _reports(span: Any) -> bool:
    return bool(_head_verb(span).lower_ in SAY_VERBS)


def _is_stamp(sent: Any, found: list[Found]) -> bool:
    if not found:
        return False
    words = [t.lower_ for t in sent if t.is_alpha]
    if re.search(r"\b(?:published|updated|posted)\b", sent.text, re.IGNORECASE):
        return True
    covered = set().union(*(set(re.findall(r"[a-z]+", f.evidence.text.lower())) for f in found))
    return sum(1 for w in words if w not in covered and w not in STAMP_WORDS) < MIN_EVENT_WORDS


def _sentence_mentions(article: str, index: int, found: list[Found], previous: Mention | None) -> list[Mention]:
    """One mention per distinct value; clock times join their day; the dates of a saying go when others remain."""
    days = [f for f in found if isinstance(f.reading.value, TimeValue)]
    if any(not f.reports for f in days):
        days = [f for f in days if not f.reports]
    groups: dict[TimeValue, list[Found]] = {}
    for f in days:
        assert isinstance(f.reading.value, TimeValue)
        groups.setdefault(f.reading.value, []).append(f)
    for clock in (f for f in found if isinstance(f.reading.value, Clock)):
        _attach(clock, groups, previous)
    return [Mention(article, index, value, tuple(sorted((f.evidence for f in fs), key=lambda e: e.start)),
                    any(f.reading.relative for f in fs))
            for value, fs in groups.items()]


def _joined(mention: Mention, text: str) -> Mention:
    """Expressions that touch ("at 11:43 a.m." + "on Wednesday") as the one expression the text writes."""
    joined: list[Evidence] = []
    for e in mention.expressions:
        last = joined[-1] if joined else None
        if last is not None and last.end <= e.start and not text[last.end:e.start].strip(" ,"):
            joined[-1] = Evidence(article=e.article, start=last.start, end=e.end, text=text[last.start:e.end])
        elif last is None or e.start >= last.end:
            joined.append(e)
    return replace(mention, expressions=tuple(joined))


def _attach(clock: Found, groups: dict[TimeValue, list[Found]], previous: Mention | None) -> None:
    """Put a clock time on the nearest single day of its sentence (that day's mention becomes the clock's)."""
    assert isinstance(clock.reading.value, Clock)
    near = sorted((v for v in groups if v.single_day() is not None and v.precision == "day"),
                  key=lambda v: min(abs(f.evidence.start - clock.evidence.start) for f in groups[v]))
    if near:
        day_value = near[0]
        found = groups.pop(day_value)
        day = day_value.single_day()
        assert day is not None
        groups.setdefault(clock.reading.value.on(day), []).extend([*found, clock])
    elif previous is not None and (day := previous.value.single_day()) is not None:
        carried = Found(clock.evidence, Reading(clock.reading.value, previous.relative), clock.reports)
        groups.setdefault(clock.reading.value.on(day), []).append(carried)
