"""Readers the figures tests share: the claims `read_claims` finds in a sentence and those `title_claims` finds in a
headline, as plain tuples."""

from __future__ import annotations

from newsprism.figures.measures import read_claims
from newsprism.figures.title_people import title_claims


def claims(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.measure, c.subject, c.number.value) for c in read_claims(text)]


def titled(title: str) -> list[tuple[str, float]]:
    return [(c.measure, c.number.value) for c in title_claims(title)]
