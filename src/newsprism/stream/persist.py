"""Write one placed batch into the store, in one transaction: a run killed mid-batch leaves no trace of it.

What one batch writes: the stories it started (rows of the store's ``stories``, so that `newsprism stories`,
`show` and the web app list them), its articles in their stories (the store's ``articles``, as
:meth:`~newsprism.store.Store.add_articles` keeps them: ids, versions), the merges (the merged story's articles
move to the story it joined, and the merged story leaves the list; the merge stays in ``stream_decisions``), the
splits (a new story for the part split off, its articles move there),
and the stream's own rows (``store/migrations/002_stream.sql``): signatures, features, decisions, links and
duplicate groups.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from newsprism.ingest import RawArticle
from newsprism.store import Session, Store, StoreError
from newsprism.store import store as store_module
from newsprism.store.identity import story_id
from newsprism.stream.place import BatchPlan, Placed
from newsprism.stream.state import StreamState
from newsprism.stream.stories import MERGED, SPLIT


def write_batch(store: Store, plan: BatchPlan, state: StreamState) -> None:
    """Write the batch and, once it is committed, record in ``state`` what it wrote."""
    with store.session(write=True) as session:
        created = _create_stories(session, plan.titles)
        created.update(_create_stories(session, _split_titles(session, plan)))
        stories = {**state.stories, **created}
        touched = _store_articles(session, plan, stories)
        merged = _merge_stories(session, plan, state, stories)
        _split_stories(session, plan, stories)
        parted = {s for d in plan.decisions if d.kind == SPLIT for s in (d.story, d.other or d.story)}
        _bump(session, {stories[_root(s, merged, state)] for s in touched | set(merged.values()) | parted})
        _write_stream_rows(session, plan, state)
    state.stories.update(created)
    state.merged.update(merged)
    state.position += len(plan.placed)
    state.batch += 1
    state.saved_decisions += len(plan.decisions)
    state.saved_links += len(plan.links)


def _create_stories(session: Session, titles: dict[str, str]) -> dict[str, str]:
    created = {}
    stamp = store_module.now()
    for story, title in titles.items():
        title = " ".join(title.split())[:200] or "Untitled story"
        for _ in range(8):
            new_id = story_id(title)
            if session.execute("INSERT INTO stories (id, title, created, updated) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (id) DO NOTHING", (new_id, title, stamp, stamp)):
                break
        else:
            raise StoreError("could not find a free story id in 8 tries; run the ingest again")
        created[story] = new_id
        session.execute("INSERT INTO stream_stories (story, story_id, title) VALUES (?, ?, ?)", (story, new_id, title))
    return created


def _store_articles(session: Session, plan: BatchPlan, stories: dict[str, str]) -> set[str]:
    """Insert the batch's articles and revisions into their stories' store stories; the grouper stories touched."""
    by_story: dict[str, list[RawArticle]] = {}
    for placed in plan.placed:
        by_story.setdefault(placed.story, []).append(placed.article.entry.raw)
    for revision in plan.revisions:
        by_story.setdefault(revision.story, []).append(replace(revision.revision.raw, id=revision.revision.item_id))
    for story, raws in by_story.items():
        _ensure_story(session, stories[story])
        store_module.insert_articles(session, stories[story], raws)
    return set(by_story)


def _ensure_story(session: Session, store_id: str) -> None:
    """Put back a store story deleted since the stream created it (`newsprism delete`), under its own id."""
    stamp = store_module.now()
    session.execute("INSERT INTO stories (id, title, created, updated) SELECT story_id, title, ?, ? FROM "
                    "stream_stories WHERE story_id = ? ON CONFLICT (id) DO NOTHING", (stamp, stamp, store_id))


def _merge_stories(session: Session, plan: BatchPlan, state: StreamState, stories: dict[str, str]) -> dict[str, str]:
    """Apply the batch's merges in order: articles move, the merged story's row and report go."""
    merged: dict[str, str] = {}
    for decision in plan.decisions:
        if decision.kind != MERGED or decision.other is None:
            continue
        keep, gone = stories[_root(decision.story, merged, state)], stories[decision.other]
        _ensure_story(session, keep)
        session.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (keep, gone))
        session.execute("DELETE FROM reports WHERE story_id = ?", (gone,))
        session.execute("DELETE FROM stories WHERE id = ?", (gone,))
        session.execute("UPDATE stream_stories SET merged_into = ? WHERE story = ?", (decision.story, decision.other))
        merged[decision.other] = decision.story
    return merged


def _split_titles(session: Session, plan: BatchPlan) -> dict[str, str]:
    """Each story split off in the batch, titled with its first article's title."""
    batch = {p.article.id: p.article.title for p in plan.placed if p.article.title}
    titles = {}
    for decision in plan.decisions:
        if decision.kind == SPLIT and decision.members:
            first = decision.members[0]
            row = None if first in batch else session.one(
                "SELECT title FROM articles WHERE article_id = ? AND title IS NOT NULL", (first,))
            titles[decision.story] = batch.get(first) or (str(row[0]) if row else "Untitled story")
    return titles


def _split_stories(session: Session, plan: BatchPlan, stories: dict[str, str]) -> None:
    """Apply the batch's splits in order: the articles of each part split off move to its store story (made by
    :func:`_split_titles`); the split stays in ``stream_decisions``."""
    for decision in plan.decisions:
        if decision.kind == SPLIT:
            for member in decision.members:
                session.execute("UPDATE articles SET story_id = ? WHERE article_id = ?",
                                (stories[decision.story], member))


def _root(story: str, merged: dict[str, str], state: StreamState) -> str:
    while True:
        story = state.root(story)
        if story not in merged:
            return story
        story = merged[story]


def _bump(session: Session, store_ids: Iterable[str]) -> None:
    """The stories whose articles changed: a new revision, waiting for analysis (as add_articles leaves them)."""
    stamp = store_module.now()
    for store_id in sorted(store_ids):
        session.execute("UPDATE stories SET revision = revision + 1, status = 'queued', progress = 0, "
                        "message = 'waiting for analysis', updated = ? WHERE id = ?", (stamp, store_id))


def _write_stream_rows(session: Session, plan: BatchPlan, state: StreamState) -> None:
    _many(session, "INSERT INTO stream_items (position, item_id, story, ident, batch, published, dated, outlet, "
                   "credit, title, content_fingerprint, shingles, content, shingle_size, content_size, terms, vector) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          [_item_row(p, plan.batch) for p in plan.placed])
    _many(session, "INSERT INTO stream_seen (fingerprint, item_id, version, ident) VALUES (?, ?, ?, ?)",
          [(p.article.entry.fingerprint, p.article.id, 1, p.article.entry.ident) for p in plan.placed]
          + [(f.entry.fingerprint, f.entry.raw.id, 0, f.entry.ident) for f in plan.failed]
          + [(r.revision.fingerprint, r.revision.item_id, r.revision.version, "") for r in plan.revisions])
    _many(session, "INSERT INTO stream_decisions (seq, kind, story, position, item, other, score) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
          [(state.saved_decisions + n, d.kind, d.story, d.position, d.item, d.other, d.score)
           for n, d in enumerate(plan.decisions)])
    _many(session, "INSERT INTO stream_links (seq, a, b, kind, shingle_jaccard, shingle_containment, content_jaccard, "
                   "batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          [(state.saved_links + n, k.a, k.b, k.kind, k.shingle_jaccard, k.shingle_containment, k.content_jaccard,
            plan.batch) for n, k in enumerate(plan.links)])
    _many(session, "INSERT INTO stream_duplicates (item_id, original, kind) VALUES (?, ?, ?) ON CONFLICT (item_id) "
                   "DO UPDATE SET original = excluded.original, kind = excluded.kind",
          [(member, group.original, kind) for group in plan.groups for member, kind in group.kinds])


def _item_row(placed: Placed, batch: int) -> tuple[Any, ...]:
    a = placed.article
    vector = None if a.vector is None else np.asarray(a.vector, dtype="<f4").tobytes()
    return (placed.position, a.id, placed.story, a.entry.ident, batch, a.time,
            a.published.isoformat() if a.published else None, a.outlet, a.credit, a.title, a.content_fingerprint,
            np.asarray(a.shingles, dtype="<u4").tobytes(), np.asarray(a.content, dtype="<u4").tobytes(),
            a.shingle_size, a.content_size, json.dumps(a.terms), vector)


def _many(session: Session, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """One statement for many rows (executemany: one round trip per batch on PostgreSQL's pipeline)."""
    if not rows:
        return
    text = session.dialect.sql(sql)
    if session.dialect.name == "sqlite":
        session.connection.executemany(text, rows)
        return
    with session.connection.cursor() as cursor:
        cursor.executemany(text, rows)
