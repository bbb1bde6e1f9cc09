"""The store: stories, every version of their articles, and their reports, in SQLite or PostgreSQL.

Every method is one transaction, safe to call from many threads (and many processes on one
store). A NUL character in a title, an id or a search is refused with :class:`InvalidValue`; a store
that cannot be written (read-only, full, locked) raises a :class:`StoreError` that says so.
Adding the same article twice stores it once; the same URL with another content is
kept as a new version, and the report reads the latest version of each article.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from newsprism.ingest import RawArticle
from newsprism.model import Report
from newsprism.render.json import compact_pieces
from newsprism.store.backends import Pool, Session, word_pattern
from newsprism.store.errors import StoreError, UnknownArticle, UnknownStory, check_text
from newsprism.store.identity import fingerprint, ident, story_id, unique_id
from newsprism.store.records import AddResult, StoredArticle, StoryInfo, StoryStatus
from newsprism.store.report_upgrade import read_report

STORY_SELECT = (
    "SELECT s.id, s.title, s.created, s.updated, s.revision, s.status, s.progress, s.message, "
    "(SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id AND a.latest = 1), "
    "(SELECT r.revision FROM reports r WHERE r.story_id = s.id) FROM stories s"
)
RAW_COLUMNS = "article_id, source, format, text, html, title, url, outlet, published, byline"
STORED_COLUMNS = "story_id, article_id, url, title, source, format, fingerprint, version, latest, added"
REPORT_COMPRESSION = 6
"""zlib level for stored reports: a report's JSON shrinks about 6 to 8 times; levels above 6 gain little."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Store:
    """Open one with :func:`newsprism.store.open_store`; close it when done (or use it in a ``with``)."""

    def __init__(self, pool: Pool, location: str) -> None:
        self._pool = pool
        self.location = location
        """Where the store is, for messages (a PostgreSQL URL without its password)."""

    @property
    def backend(self) -> str:
        """'sqlite' or 'postgres'."""
        return self._pool.dialect.name

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._pool.close()

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """One transaction on the store's database, for code that keeps tables of its own beside the store's
        (added by its own migration file): SQL with ``?`` placeholders, committed when the block ends."""
        with self._pool.session(write=write) as session:
            yield session

    # Stories

    def create_story(self, title: str) -> StoryInfo:
        """A new story without articles (status 'empty')."""
        return self.add_story(title, [])[0]

    def add_story(self, title: str, raws: Sequence[RawArticle]) -> tuple[StoryInfo, AddResult]:
        """A new story holding ``raws``, in one transaction: a process killed half-way leaves no story at all,
        never an empty one (what :meth:`add_articles` stores, and how, is the same)."""
        check_text("title", title)
        title = " ".join(title.split()) or "Untitled story"
        raws = [storable(raw) for raw in raws]
        for _ in range(8):
            new_id = story_id(title)
            with self.session(write=True) as session:
                stamp = now()
                inserted = session.execute(
                    "INSERT INTO stories (id, title, created, updated) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                    (new_id, title, stamp, stamp))
                if inserted:
                    result = insert_articles(session, new_id, raws)
                    if result.changed:
                        _mark_changed(session, new_id)
                    return _story(session, new_id), result
        raise StoreError("could not find a free story id in 8 tries; try again")

    def get_story(self, story_id: str) -> StoryInfo:
        """The story; :class:`UnknownStory` when there is none with this id."""
        check_text("story id", story_id)
        with self.session() as session:
            return _story(session, story_id)

    def list_stories(self, search: str | None = None, limit: int = 500) -> list[StoryInfo]:
        """Stories, the most recently changed first; ``search`` keeps those whose title, or an article's title,
        URL or text, holds its words as whole words (case-insensitive: "flood" finds "Floods hit" no more than
        "floodlights", but "Flood," yes)."""
        check_text("search", search)
        where, params = "", []
        if search and search.strip():
            longest = max(search.lower().split(), key=len)  # a cheap first filter, then the whole-word pattern
            like, pattern = "%" + _escape_like(longest) + "%", word_pattern(search)
            columns = ["s.title", "a.title", "a.url", "COALESCE(a.text, a.html)"]
            found = [f"(LOWER(COALESCE({column}, '')) LIKE ? ESCAPE '\\' AND {column} {self._pool.dialect.matches} ?)"
                     for column in columns]
            where = (f" WHERE {found[0]} OR EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.latest = 1 "
                     f"AND ({' OR '.join(found[1:])}))")
            params = [like, pattern] * len(columns)
        with self.session() as session:
            rows = session.all(f"{STORY_SELECT}{where} ORDER BY s.updated DESC, s.id LIMIT ?", [*params, limit])
        return [_story_info(row) for row in rows]

    def delete_story(self, story_id: str) -> None:
        """Delete the story with every version of its articles and its report."""
        check_text("story id", story_id)
        with self.session(write=True) as session:
            _lock_story(session, story_id)
            session.execute("DELETE FROM articles WHERE story_id = ?", (story_id,))
            session.execute("DELETE FROM reports WHERE story_id = ?", (story_id,))
            session.execute("DELETE FROM stories WHERE id = ?", (story_id,))

    def set_status(self, story_id: str, status: StoryStatus, progress: float = 0.0, message: str = "") -> None:
        check_text("story id", story_id)
        message = message.replace("\x00", "\ufffd")  # an error's words may quote a NUL from an article
        with self.session(write=True) as session:
            changed = session.execute("UPDATE stories SET status = ?, progress = ?, message = ?, updated = ? "
                                      "WHERE id = ?", (status, min(max(progress, 0.0), 1.0), message, now(), story_id))
            if not changed:
                raise UnknownStory(story_id)

    # Articles

    def add_articles(self, story_id: str, raws: Sequence[RawArticle]) -> AddResult:
        """Store the articles that are new (or new versions of a URL) in one transaction.

        Each keeps its id when the story has no article with that id yet, else gets ``id-2``, ``id-3``, ...;
        a new version keeps the id of the article it replaces. When anything was stored the story's revision
        goes up and its status becomes 'queued' (its report is stale)."""
        check_text("story id", story_id)
        raws = [storable(raw) for raw in raws]
        with self.session(write=True) as session:
            _lock_story(session, story_id)
            result = insert_articles(session, story_id, raws)
            if result.changed:
                _mark_changed(session, story_id)
        return result

    def remove_article(self, story_id: str, article_id: str) -> StoryInfo:
        """Remove the article (every version of it) from the story, and its now stale report; the story after:
        'queued' for another analysis, or 'empty' when it was the last article. :class:`UnknownArticle` when the
        story has no such article."""
        check_text("story id", story_id)
        check_text("article id", article_id)
        with self.session(write=True) as session:
            _lock_story(session, story_id)
            removed = session.execute("DELETE FROM articles WHERE story_id = ? AND article_id = ?",
                                      (story_id, article_id))
            if not removed:
                raise UnknownArticle(story_id, article_id)
            session.execute("DELETE FROM reports WHERE story_id = ?", (story_id,))
            if session.one("SELECT 1 FROM articles WHERE story_id = ? LIMIT 1", (story_id,)):
                _mark_changed(session, story_id)
            else:
                session.execute("UPDATE stories SET revision = revision + 1, status = 'empty', progress = 0, "
                                "message = 'no articles yet', updated = ? WHERE id = ?", (now(), story_id))
            return _story(session, story_id)

    def articles(self, story_id: str) -> list[RawArticle]:
        """The latest version of each article, as read (ready for ``newsprism.pipeline.analyze_raw``)."""
        with self.session() as session:
            _lock_story(session, story_id, lock=False)
            rows = session.all(f"SELECT {RAW_COLUMNS} FROM articles WHERE story_id = ? AND latest = 1 ORDER BY seq",
                               (story_id,))
        return [RawArticle(id=r[0], source=r[1], format=r[2], text=r[3], html=r[4], title=r[5], url=r[6],
                           outlet=r[7], published=r[8], byline=tuple(json.loads(r[9]))) for r in rows]

    def stored_articles(self, story_id: str, all_versions: bool = False) -> list[StoredArticle]:
        """What is stored of each article (no text): the latest versions, or every version."""
        latest = "" if all_versions else " AND latest = 1"
        with self.session() as session:
            _lock_story(session, story_id, lock=False)
            rows = session.all(f"SELECT {STORED_COLUMNS} FROM articles WHERE story_id = ?{latest} ORDER BY seq",
                               (story_id,))
        return [StoredArticle(story=r[0], id=r[1], url=r[2], title=r[3], source=r[4], format=r[5], fingerprint=r[6],
                              version=r[7], latest=bool(r[8]), added=r[9]) for r in rows]

    def count_articles(self, story_id: str | None = None) -> int:
        """Stored article versions, in one story or in the whole store."""
        check_text("story id", story_id)
        where, params = (" WHERE story_id = ?", (story_id,)) if story_id else ("", ())
        with self.session() as session:
            row = session.one(f"SELECT COUNT(*) FROM articles{where}", params)
        return int(row[0]) if row else 0

    # Reports

    def save_report(self, story_id: str, report: Report, revision: int) -> bool:
        """Keep the report made from the story at ``revision`` (unless a report of a later revision is there).

        True when it is current: the story is then 'ready'. False when the articles changed meanwhile: the
        story stays 'queued' for another analysis."""
        data = _compressed(report)
        with self.session(write=True) as session:
            current = _lock_story(session, story_id)
            session.execute("INSERT INTO reports (story_id, revision, saved, data) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (story_id) DO UPDATE SET revision = excluded.revision, "
                            "saved = excluded.saved, data = excluded.data WHERE reports.revision <= excluded.revision",
                            (story_id, revision, now(), data))
            ready = current == revision
            status, message = (("ready", f"analysed {_articles(len(report.articles))}") if ready
                               else ("queued", "articles changed during the analysis; waiting for analysis"))
            session.execute("UPDATE stories SET status = ?, progress = ?, message = ?, updated = ? WHERE id = ?",
                            (status, 1.0 if ready else 0.0, message, now(), story_id))
        return ready

    def report(self, story_id: str) -> Report | None:
        """The latest saved report (check the story's report_revision against its revision: it may be stale)."""
        with self.session() as session:
            _lock_story(session, story_id, lock=False)
            row = session.one("SELECT data FROM reports WHERE story_id = ?", (story_id,))
        if row is None:
            return None
        return read_report(zlib.decompress(bytes(row[0])))  # a report of an earlier schema upgraded


def _compressed(report: Report) -> bytes:
    """The report's compact JSON, compressed a piece at a time (a 500-article one-event story's JSON is hundreds of
    MB: made whole, it was held twice, as text and as bytes, before compression)."""
    compressor = zlib.compressobj(REPORT_COMPRESSION)
    parts = [compressor.compress(piece.encode("utf-8")) for piece in compact_pieces(report)]
    return b"".join([*parts, compressor.flush()])


def _articles(count: int) -> str:
    return f"{count} article" if count == 1 else f"{count} articles"


def storable(raw: RawArticle) -> RawArticle:
    """The article with each NUL character made U+FFFD: PostgreSQL text cannot hold NUL, and both stores keep
    the same content (no article means a NUL; one in a JSON record is a decoding accident)."""
    fields: dict[str, Any] = {name: value.replace("\x00", "\ufffd") for name, value in vars(raw).items()
              if isinstance(value, str) and "\x00" in value}
    byline = tuple(name.replace("\x00", "\ufffd") for name in raw.byline)
    return replace(raw, **fields, byline=byline) if fields or byline != raw.byline else raw


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _mark_changed(session: Session, story_id: str) -> None:
    """The story's articles changed: its revision goes up and it waits for analysis (its report is stale)."""
    session.execute("UPDATE stories SET revision = revision + 1, status = 'queued', progress = 0, "
                    "message = 'waiting for analysis', updated = ? WHERE id = ?", (now(), story_id))


def _lock_story(session: Session, story_id: str, lock: bool = True) -> int:
    """The story's revision, its row locked until the transaction ends (PostgreSQL); UnknownStory if none."""
    check_text("story id", story_id)
    suffix = session.dialect.for_update if lock else ""
    row = session.one(f"SELECT revision FROM stories WHERE id = ?{suffix}", (story_id,))
    if row is None:
        raise UnknownStory(story_id)
    return int(row[0])


def _story(session: Session, story_id: str) -> StoryInfo:
    row = session.one(f"{STORY_SELECT} WHERE s.id = ?", (story_id,))
    if row is None:
        raise UnknownStory(story_id)
    return _story_info(row)


def _story_info(row: tuple[Any, ...]) -> StoryInfo:
    return StoryInfo(id=row[0], title=row[1], created=row[2], updated=row[3], revision=row[4], status=row[5],
                     progress=round(float(row[6]), 3), message=row[7], articles=int(row[8]), report_revision=row[9])


def insert_articles(session: Session, story: str, raws: Sequence[RawArticle]) -> AddResult:
    """Insert ``raws`` into ``story`` inside the caller's write session (no story lock, no revision bump): the same
    content again is skipped, the same URL with new content becomes a new version. For callers that commit
    articles together with rows of their own (the stream runner); others use :meth:`Store.add_articles`."""
    rows = session.all("SELECT ident, fingerprint, article_id, version FROM articles WHERE story_id = ?", (story,))
    known = {row[1]: row[2] for row in rows}
    latest: dict[str, tuple[str, int]] = {}
    for key, _, article_id, version in rows:
        if version > latest.get(key, ("", 0))[1]:
            latest[key] = (article_id, version)
    taken = {row[2] for row in rows}
    result = AddResult()
    stamp = now()
    for raw in raws:
        print_ = fingerprint(raw)
        if print_ in known:
            result.unchanged.append(known[print_])
            continue
        key = ident(raw, print_)
        if key in latest:
            article_id, version = latest[key][0], latest[key][1] + 1
            session.execute("UPDATE articles SET latest = 0 WHERE story_id = ? AND ident = ?", (story, key))
            result.new_versions.append(article_id)
        else:
            article_id, version = unique_id(raw.id, taken), 1
            taken.add(article_id)
            result.added.append(article_id)
        _insert(session, story, raw, (article_id, key, version, print_, stamp))
        known[print_], latest[key] = article_id, (article_id, version)
    return result


def _insert(session: Session, story: str, raw: RawArticle, identity: tuple[str, str, int, str, str]) -> None:
    article_id, key, version, print_, stamp = identity
    session.execute(
        "INSERT INTO articles (story_id, article_id, ident, version, latest, fingerprint, source, format, text, html, "
        "title, url, outlet, published, byline, added) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (story, article_id, key, version, print_, raw.source, raw.format, raw.text, raw.html, raw.title, raw.url,
         raw.outlet, raw.published, json.dumps(list(raw.byline)), stamp))
