"""A labelled stream for `newsprism eval clusters`, read and prepared as `newsprism ingest` prepares articles.

A file is JSON Lines, one item a line: ``{"text", "cluster"}`` and optionally ``"title"``, ``"published"`` (ISO
8601) and ``"url"``. Each item is cleaned as ingest cleans an article given as a JSON record with that title,
date and link, together with the rest of its ingest batch (:func:`~newsprism.clean.batch.clean_batch`: lines the
batch's pages repeat are boilerplate), and grouping reads what ingest reads of it: title, the
lead of the cleaned body and the date (:func:`~newsprism.stream.prepare.article_item`). An item whose text
cleaning refuses (a dead page) is read raw, since the partition must cover every item.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

from newsprism.clean.batch import clean_batch
from newsprism.config import CleanConfig
from newsprism.eval.results import EvalError
from newsprism.ingest import RawArticle
from newsprism.model import Article
from newsprism.stream.features import StreamItem
from newsprism.stream.options import StreamConfig
from newsprism.stream.prepare import article_item, parse_published

INGEST_BATCH = StreamConfig().batch_size
"""Items cleaned together, as ``ingest`` cleans a batch of its stream."""


@dataclass(frozen=True)
class LabelledText:
    """One article of a labelled stream, as `eval clusters` reads it and the corpus converters write it."""

    text: str
    cluster: str
    title: str | None = None
    published: str | None = None
    url: str | None = None

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v is not None}, ensure_ascii=False)

    @property
    def held_out(self) -> bool:
        """Stories with an odd crc32 of their label are held out; the even ones calibrate."""
        return zlib.crc32(self.cluster.encode()) % 2 == 1

    @property
    def baseline_text(self) -> str:
        """What the TF-IDF baseline reads: the title (when given) and the text as it came."""
        return f"{self.title}\n{self.text}" if self.title else self.text


def read_clusters(path: Path) -> list[LabelledText]:
    """Read JSON Lines of {"text", "cluster", "title"?, "published"?, "url"?}; blank lines are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise EvalError(f"{path}: cannot read the file ({error})") from None
    items = [_item(path, number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    if len(items) < 2:
        raise EvalError(f"{path}: {len(items)} item(s); a stream to group needs at least 2")
    return items


def stream_items(items: list[LabelledText], lead_words: int, clean: CleanConfig | None = None,
                 batch: int = INGEST_BATCH) -> list[StreamItem]:
    """Each item as ingest would hand it to grouping (ids are the item's position): cleaned together with the
    others of its ingest batch (``batch`` items in stream order, :func:`~newsprism.clean.batch.clean_batch`: a line
    the batch's pages repeat is boilerplate), as ``ingest`` cleans."""
    clean = clean or CleanConfig()
    out: list[StreamItem] = []
    for start in range(0, len(items), batch):
        chunk = items[start:start + batch]
        raws = [_raw(str(start + k), item) for k, item in enumerate(chunk)]
        for raw, item, cleaned in zip(raws, chunk, clean_batch(raws, clean), strict=True):
            out.append(article_item(cleaned, lead_words) if isinstance(cleaned, Article)
                       else _raw_item(raw.id, item, lead_words))
    return out


def _raw(item_id: str, item: LabelledText) -> RawArticle:
    return RawArticle(item_id, "eval", "json", text=item.text, title=item.title, url=item.url,
                      published=item.published)


def _raw_item(item_id: str, item: LabelledText, lead_words: int) -> StreamItem:
    """An item cleaning refused (a dead page), read raw: the partition must cover every item."""
    return StreamItem(item_id, item.title or "", " ".join(item.text.split()[:lead_words]),
                      published=parse_published(item.published))


def _item(path: Path, number: int, line: str) -> LabelledText:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise EvalError(f"{path}:{number}: not JSON ({error.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "cluster" not in record:
        raise EvalError(f"{path}:{number}: expected an object with a \"text\" string and a \"cluster\" label")
    extra = {key: record.get(key) for key in ("title", "published", "url")}
    for key, value in extra.items():
        if value is not None and not isinstance(value, str):
            raise EvalError(f"{path}:{number}: \"{key}\" must be a string")
    if extra["published"] and parse_published(extra["published"]) is None:
        raise EvalError(f"{path}:{number}: \"published\" is not an ISO 8601 date: {extra['published']!r}")
    return LabelledText(record["text"], str(record["cluster"]), extra["title"] or None, extra["published"] or None,
                        extra["url"] or None)
