"""What to call each source: its outlet, or "unnamed source N", and the reader's own label for it.

No article id (a file stem such as ``001_bec0765ebc047201`` or a slug made from a pasted text's first words) is a
name a reader chose or can use: a source nothing names is "unnamed source N", numbered in article order among the
unnamed ones, and the file name or URL it came from is kept beside it as the reader's own label.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from urllib.parse import urlsplit

from newsprism.grouping import DisjointSets
from newsprism.model import Article, Reuse

UNNAMED = "unnamed source {n}"
"""The name of a source no metadata, URL or credit names."""


def source_names(articles: Sequence[Article]) -> dict[str, str]:
    """Article id → the name a reader sees: the outlet, else 'unnamed source N' (N counts the unnamed ones)."""
    names: dict[str, str] = {}
    unnamed = 0
    for article in articles:
        if article.outlet:
            names[article.id] = article.outlet
        else:
            unnamed += 1
            names[article.id] = UNNAMED.format(n=unnamed)
    return names


def domain(url: str | None) -> str | None:
    """The host of ``url`` without 'www.', or None."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def reader_label(article: Article) -> str | None:
    """The reader's own label for the source: the URL it came from, else the file's name, else how it came in."""
    if article.url:
        return article.url
    source = article.source.strip()
    if not source:
        return None
    if source.startswith(("http://", "https://")):
        return source
    if source.startswith("pasted "):
        return source
    return PurePath(source.split("#", 1)[0]).name or source


def origin_groups(articles: Sequence[Article], reuse: Sequence[Reuse]) -> dict[str, int]:
    """Article id → its independent origin: articles joined by a reprint or rewrite share one (as facts count)."""
    index = {a.id: i for i, a in enumerate(articles)}
    groups: DisjointSets[int] = DisjointSets()
    for i in index.values():
        groups.find(i)
    for item in reuse:
        if item.relation != "independent" and item.a in index and item.b in index:
            groups.join(index[item.a], index[item.b])
    return {article: groups.find(i) for article, i in index.items()}
