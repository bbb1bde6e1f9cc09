"""The per-article work of a stream, which any worker can do: clean, fingerprint, sign, weigh terms, embed
(MiniLM, or the static word-piece vectors: ``StoryConfig.document_vector``).

The driver decides what each article read is (:class:`Fresh`: new; :class:`Revision`: a corrected version of an
article already placed) and gives it an id; :func:`prepare_batch` turns a batch of them into
:class:`Prepared` records (or :class:`Failed` ones: no article text), in the same order. It is a pure function
of its inputs and the config, so a process pool or Ray workers compute exactly what the driver would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from newsprism.clean.batch import clean_batch
from newsprism.ingest import RawArticle
from newsprism.model import Article, InputProblem
from newsprism.nlp.encoder import DOCUMENT_TOKENS, Encoder, document_vectors
from newsprism.nlp.static_vectors import load_static_vectors
from newsprism.stream.features import StreamItem, item_features
from newsprism.stream.fingerprint import normalise, normalised_fingerprint
from newsprism.stream.minhash import MinHasher, normalised_shingle_sets
from newsprism.stream.options import StreamConfig
from newsprism.stream.story_config import STATIC


@dataclass(frozen=True)
class Fresh:
    """An article the stream has not seen: ``raw.id`` is already its stream-wide unique id."""

    raw: RawArticle
    fingerprint: str
    """the store's fingerprint of the raw article (URL + content)"""
    ident: str
    arrived: float
    """seconds since the epoch when it was read: its time for near-duplicate windows when it states no date"""


@dataclass(frozen=True)
class Revision:
    """A corrected version (same URL, changed content) of the placed article ``item_id``: stored as its new
    version in the same story; it is not signed or grouped again."""

    raw: RawArticle
    fingerprint: str
    item_id: str
    version: int


@dataclass(frozen=True, eq=False)
class Prepared:
    """A fresh article, cleaned, with everything dedup and grouping read of it."""

    entry: Fresh
    title: str | None
    published: datetime | None
    outlet: str | None
    credit: str | None
    content_fingerprint: str
    terms: dict[str, float]
    shingles: NDArray[np.uint32]
    content: NDArray[np.uint32]
    shingle_size: int
    content_size: int
    vector: NDArray[np.float32] | None

    @property
    def id(self) -> str:
        return self.entry.raw.id

    @property
    def time(self) -> float:
        """Seconds since the epoch: the stated date, else the arrival time."""
        return self.published.timestamp() if self.published else self.entry.arrived


@dataclass(frozen=True)
class Failed:
    """A fresh article with no article text left after cleaning (not stored)."""

    entry: Fresh
    problem: InputProblem


Entry = Fresh | Revision
Outcome = Prepared | Revision | Failed


def prepare_batch(entries: Sequence[Entry], config: StreamConfig, encoder: Encoder | None = None) -> list[Outcome]:
    """Clean (together: :func:`newsprism.clean.batch.clean_batch`) and read every fresh entry (revisions pass
    through); one outcome per entry, in order."""
    batch = iter(clean_batch([e.raw for e in entries if isinstance(e, Fresh)], config.pipeline.clean))
    cleaned: list[Article | InputProblem | None] = [next(batch) if isinstance(e, Fresh) else None for e in entries]
    articles = [(entry, a) for entry, a in zip(entries, cleaned, strict=True) if isinstance(a, Article)]
    ready = iter(read_articles(articles, config, encoder))
    out: list[Outcome] = []
    for entry, result in zip(entries, cleaned, strict=True):
        if isinstance(entry, Revision):
            out.append(entry)
        elif isinstance(result, InputProblem):
            out.append(Failed(entry, result))
        else:
            out.append(next(ready))
    return out


def read_articles(articles: Sequence[tuple[Entry, Article]], config: StreamConfig,
                  encoder: Encoder | None = None) -> list[Prepared]:
    """Signatures, terms and (with an encoder) vectors of cleaned articles, each with its fresh entry."""
    d = config.dedup
    normal = [normalise(article.text) for _, article in articles]
    sets = [normalised_shingle_sets(text, d.shingle_words) for text in normal]
    hasher = minhasher(d.permutations, d.seed)
    shingles = hasher.signatures([s.shingles for s in sets])
    content = hasher.signatures([s.content for s in sets])
    items = [article_item(a, config.lead_words) for _, a in articles]
    vectors = document_vectors_of(items, config, encoder)
    out = []
    for n, ((entry, article), item) in enumerate(zip(articles, items, strict=True)):
        assert isinstance(entry, Fresh)
        out.append(Prepared(entry, article.title, parse_published(article.published), article.outlet, article.credit,
                            normalised_fingerprint(normal[n]), item_features(item, config.features).terms,
                            shingles[n], content[n], len(sets[n].shingles), len(sets[n].content), vectors[n]))
    return out


def article_item(article: Article, lead_words: int) -> StreamItem:
    """What grouping reads of a cleaned article: its title, the lead of its cleaned body, its date."""
    return StreamItem(article.id, article.title or "", lead(article.text, lead_words),
                      published=parse_published(article.published), outlet=article.outlet)


@lru_cache(maxsize=4)
def minhasher(permutations: int, seed: int) -> MinHasher:
    """One hasher per process and setting (its hash functions are drawn once)."""
    return MinHasher(permutations, seed)


def lead(text: str, limit: int) -> str:
    """The first ``limit`` words of the body, whole paragraphs while they fit (at least the first paragraph's
    first ``limit`` words)."""
    kept: list[str] = []
    for paragraph in text.split("\n\n"):
        words = paragraph.split()
        if kept and len(kept) + len(words) > limit:
            break
        kept.extend(words[:limit - len(kept)])
    return " ".join(kept)


def embed(items: Sequence[StreamItem], encoder: Encoder,
          max_tokens: int = DOCUMENT_TOKENS) -> list[NDArray[np.float32] | None]:
    """One L2-normalised vector per item, of its title and lead (their first ``max_tokens`` word pieces)."""
    if not items:
        return []
    vectors = document_vectors(encoder, [document_text(item) for item in items], max_tokens)
    return [np.asarray(v, dtype=np.float32) for v in vectors]


def document_vectors_of(items: Sequence[StreamItem], config: StreamConfig,
                        encoder: Encoder | None) -> list[NDArray[np.float32] | None]:
    """The items' document vectors as ``config`` asks: none without embeddings, the static word-piece vectors
    (``stories.document_vector`` "static": no encoder needed), else the encoder's (none without one)."""
    if not config.embeddings:
        return [None] * len(items)
    if config.stories.document_vector == STATIC:
        return embed_static(items, config.embed_tokens)
    return embed(items, encoder, config.embed_tokens) if encoder is not None else [None] * len(items)


def embed_static(items: Sequence[StreamItem], max_tokens: int = DOCUMENT_TOKENS) -> list[NDArray[np.float32] | None]:
    """One L2-normalised static vector per item (:mod:`newsprism.nlp.static_vectors`), of the same text
    :func:`embed` reads: title and lead, their first ``max_tokens`` word pieces."""
    if not items:
        return []
    return list(load_static_vectors().vectors([document_text(item) for item in items], max_tokens))


def document_text(item: StreamItem) -> str:
    """What an item's document vector reads: its title and lead."""
    return f"{item.title}. {item.lead}" if item.title else item.lead


def parse_published(value: str | None) -> datetime | None:
    """An ISO 8601 date or date-time as an aware UTC datetime (a date alone: its midnight UTC); None if unreadable."""
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
