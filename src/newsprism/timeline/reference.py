"""Each article's reference date: its publication date, or one inferred from the rest of the story.

An article without a date of its own gets the date most of the other articles share (ties:
the latest), or the day after one of them, whichever fits best the weekdays it names in the
past tense: each must fall on the reference day or at most :data:`WEEKDAY_LAG_DAYS` before
it ("on Sunday" in a story published on Wednesday at the latest). The inferred date
carries a note that says where it came from; relative expressions resolved with it say so
in the event's ``reference``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from newsprism.lexicon import WEEKDAY_NAMES
from newsprism.memo import per_article
from newsprism.nlp.sentences import ParsedArticle
from newsprism.timeline.mentions import is_future

WEEKDAY_LAG_DAYS = 3
"""How far before the reference a weekday named in the past tense may fall. In the five seeds the dated
articles name weekdays 0 to 3 days before their date (a Sunday departure in a Wednesday story); 3 keeps
them all, and the day after that date already fails the check for a story that names its Sunday."""


@dataclass(frozen=True)
class Reference:
    """The date relative expressions of one article are resolved against."""

    day: date | None
    note: str | None = None
    """how the date was inferred; None when it is the article's own"""


def published_day(published: str | None) -> date | None:
    """The date part of an ISO ``published`` value, or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def references(parsed: list[ParsedArticle]) -> list[Reference]:
    """One reference per article, in order."""
    own = [published_day(p.article.published) for p in parsed]
    dated = [(p.article.id, day) for p, day in zip(parsed, own, strict=True) if day is not None]
    return [Reference(day) if day is not None else _infer(p, [(i, d) for i, d in dated if i != p.article.id])
            for p, day in zip(parsed, own, strict=True)]


def _infer(parsed: ParsedArticle, dated: list[tuple[str, date]]) -> Reference:
    """The others' most shared date (or the day after one) that fits the weekdays the article names best."""
    if not dated:
        return Reference(None)
    shared = Counter(day for _, day in dated)
    weekdays = _past_weekdays(parsed)
    candidates = set(shared) | {day + timedelta(days=1) for day in shared}
    best = max(candidates, key=lambda day: (_fits(day, weekdays), shared[day], day))
    sources = [i for i, day in dated if day == best]
    origin = (f"the publication date of {', '.join(sources)}" if sources else
              f"the day after the publication of {', '.join(i for i, d in dated if d == best - timedelta(days=1))}")
    note = f"publication date inferred as {best.isoformat()} ({best.strftime('%A')}) from {origin}"
    if weekdays:
        names = ", ".join(WEEKDAY_NAMES[w].capitalize() for w in sorted(weekdays))
        fit = "fall" if _fits(best, weekdays) == len(weekdays) else "do not all fall"
        note += f"; the weekdays it names ({names}) {fit} within {WEEKDAY_LAG_DAYS} days before"
    return Reference(best, note)


def _fits(day: date, weekdays: frozenset[int]) -> int:
    """How many of the weekdays fall on ``day`` or at most WEEKDAY_LAG_DAYS before it."""
    return sum(1 for w in weekdays if (day.weekday() - w) % 7 <= WEEKDAY_LAG_DAYS)


@per_article  # read once per article and story (issue #20)
def _past_weekdays(parsed: ParsedArticle) -> frozenset[int]:
    """The weekdays the article names in past-tense sentences, without 'last', 'next' or 'this'."""
    found: set[int] = set()
    for paragraph in parsed.paragraphs:
        for ent in paragraph.doc.ents:
            if ent.label_ not in ("DATE", "TIME") or re.search(r"\b(?:last|next|this)\b", ent.text, re.I):
                continue
            names = [w for w in re.findall(r"[a-z]+", ent.text.lower()) if w in WEEKDAY_NAMES]
            if len(names) == 1 and not is_future(ent):
                found.add(WEEKDAY_NAMES.index(names[0]))
    return frozenset(found)
