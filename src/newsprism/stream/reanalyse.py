"""Re-analyse the stream's stories whose articles changed: the report `newsprism show` and the web app read.

A story is analysed when it changed (its revision is ahead of its report), not for every article; at most
``analysis_cap`` articles of it: the originals and articles with no copy first, then the copies (a reprint
adds little the original does not say), each in stream order. The process keeps what each analysis read
(:data:`~newsprism.story_cache.PROCESS_CACHES`): a story analysed again reads only its new articles.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.ingest import RawArticle
from newsprism.nlp import NlpResources
from newsprism.store import Store
from newsprism.story_cache import PROCESS_CACHES
from newsprism.stream.options import StreamConfig


@dataclass(frozen=True)
class Analysed:
    """The outcome of one story's analysis."""

    story_id: str
    ok: bool
    articles: int
    message: str


def stale_stories(store: Store) -> list[str]:
    """The stream's stories (not merged away) whose report is missing or older than their articles."""
    with store.session() as session:
        rows = session.all(
            "SELECT s.id FROM stories s JOIN stream_stories t ON t.story_id = s.id LEFT JOIN reports r ON "
            "r.story_id = s.id WHERE t.merged_into IS NULL AND s.revision > 0 AND (r.revision IS NULL OR "
            "r.revision < s.revision) ORDER BY s.id")
    return [str(row[0]) for row in rows]


def story_articles(store: Store, story_id: str, cap: int) -> list[RawArticle]:
    """The story's latest articles, originals first, at most ``cap``."""
    raws = store.articles(story_id)
    with store.session() as session:
        copies = {str(row[0]) for row in session.all(
            "SELECT d.item_id FROM stream_duplicates d JOIN articles a ON a.article_id = d.item_id "
            "AND a.story_id = ? AND a.latest = 1 WHERE d.kind <> 'original'", (story_id,))}
    ordered = sorted(range(len(raws)), key=lambda n: (raws[n].id in copies, n))
    return [raws[n] for n in ordered[:cap]]


def analyse_one(store: Store, story_id: str, config: StreamConfig, resources: NlpResources) -> Analysed:
    """Analyse one story as it stands and save the report; a failure marks the story 'failed', with the reason."""
    from newsprism.pipeline import analyze_raw

    story = store.get_story(story_id)
    raws = story_articles(store, story_id, config.analysis_cap)
    store.set_status(story_id, "running", 0.2, f"analysing {len(raws)} articles")
    try:
        report = analyze_raw(raws, config.pipeline, resources, cache=PROCESS_CACHES.get(story_id, config.pipeline))
    except Exception as error:  # one story's failure must not stop the others; it is reported and kept
        PROCESS_CACHES.forget(story_id)
        message = f"analysis failed: {type(error).__name__}: {error}"
        store.set_status(story_id, "failed", 0.0, message)
        return Analysed(story_id, False, len(raws), message)
    current = store.save_report(story_id, report, story.revision)
    return Analysed(story_id, True, len(raws), "analysed" if current else "articles changed meanwhile; queued")
