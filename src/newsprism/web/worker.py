"""The background analysis: one thread, a queue of stories, the language models loaded once.

A story is queued when its articles change; the worker analyses it as its articles stand, and
queues it again when they changed during the analysis. Progress goes to the store, where the
pages and the API read it.
"""

from __future__ import annotations

import logging
import queue
import threading

from newsprism.config import Config
from newsprism.nlp import NlpResources
from newsprism.store import Store, UnknownStory
from newsprism.store.analysis import analyse_story

log = logging.getLogger("newsprism.web")


class AnalysisWorker:
    def __init__(self, store: Store, config: Config) -> None:
        self._store = store
        self._config = config
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._pending: set[str] = set()
        self._lock = threading.Lock()
        self._resources: NlpResources | None = None
        self._thread = threading.Thread(target=self._run, name="newsprism-analysis", daemon=True)

    def start(self) -> None:
        """Start the thread, and queue the stories a previous run left queued or running."""
        self._thread.start()
        for story in self._store.list_stories(limit=100_000):
            if story.status in ("queued", "running"):
                self.submit(story.id)

    def stop(self, timeout_s: float = 5.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout_s)

    def submit(self, story_id: str) -> None:
        """Queue the story for analysis, unless it already waits in the queue."""
        with self._lock:
            if story_id in self._pending:
                return
            self._pending.add(story_id)
        self._queue.put(story_id)

    def _run(self) -> None:
        while (story_id := self._queue.get()) is not None:
            with self._lock:
                self._pending.discard(story_id)
            try:
                story = analyse_story(self._store, story_id, self._config, self._load)
            except UnknownStory:
                continue  # deleted while it waited
            except Exception:
                log.exception("analysis of story %s failed", story_id)
                continue
            if story.status == "queued":
                self.submit(story_id)

    def _load(self) -> NlpResources:
        if self._resources is None:
            from newsprism.nlp import load_resources

            self._resources = load_resources(self._config.nlp)
        return self._resources
