"""Which side of a reusing pair is the source."""

from __future__ import annotations

import pytest

from newsprism.model import Article
from newsprism.reuse.direction import source_of


def _article(name: str, credit: str | None = None, dateline: str | None = None,
             published: str | None = None) -> Article:
    return Article(id=name, source=name, format="text", text="x", credit=credit, dateline=dateline,
                   published=published)


@pytest.mark.parametrize(("a", "b", "cover_a", "cover_b", "source"), [
    (_article("wire", credit="Reuters"), _article("copy"), 0.9, 0.9, "wire"),
    (_article("copy"), _article("wire", credit="AP"), 0.9, 0.9, "wire"),
    (_article("wire", "Reuters", "PORTVALE"), _article("copy", "Reuters"), 0.9, 0.9, "wire"),
    (_article("long", "Reuters", "PORTVALE"), _article("trimmed", "Reuters", "PORTVALE"), 0.93, 1.0, "long"),
    (_article("later", published="2025-03-12"), _article("first", published="2025-03-11"), 0.8, 0.8, "first"),
    (_article("x", published="2025-03-11"), _article("y", published="2025-03-11T09:00"), 0.8, 0.8, None),
    (_article("x"), _article("y"), 0.8, 0.8, None),
])
def test_source_of(a: Article, b: Article, cover_a: float, cover_b: float, source: str | None) -> None:
    assert source_of(a, b, cover_a, cover_b) == source
