"""The background analysis: a queue of stories, analysed in turn in a worker process with a time budget.

A story is queued when its articles change. A thread of the server hands the stories one at a time
to a worker process, which loads the language models once and keeps them for the next stories. When
one story's analysis passes the budget (``WebSettings.analysis_budget_s``, the models' loading not
counted), or the process dies (out of memory, say), the process is killed, the story is marked
'failed' with the reason, and a fresh process takes the next story: one huge article never blocks
the others. The worker process writes progress and reports to the store itself (SQLite in WAL mode
with a busy timeout, or PostgreSQL: both safe beside the server's own writes).
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from newsprism.config import Config
from newsprism.store import Store, UnknownStory
from newsprism.web.process import Outcome, serve_analyses
from newsprism.web.settings import WebSettings

log = logging.getLogger("newsprism.web")

LOAD_WAIT_S = 900.0
"""Longest wait for a fresh worker process to start and load the language models (about 10 s on 2 cores; a
saved spaCy pipeline on a slow disk takes longer) before the story it was given is marked failed."""
STOP_WAIT_S = 5.0
"""How long stopping the server waits for the worker process to end before killing it."""


@dataclass
class Child:
    process: BaseProcess
    connection: Connection


class AnalysisWorker:
    def __init__(self, store: Store, settings: WebSettings) -> None:
        self._store = store
        self._location = settings.store
        self._config: Config = settings.config
        self.budget_s = settings.analysis_budget_s
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._pending: set[str] = set()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._child: Child | None = None
        self._thread = threading.Thread(target=self._run, name="newsprism-analysis", daemon=True)

    def start(self) -> None:
        """Start the thread, and queue the stories a previous run left queued or running."""
        self._thread.start()
        for story in self._store.list_stories(limit=100_000):
            if story.status in ("queued", "running"):
                self.submit(story.id)

    def stop(self, timeout_s: float = STOP_WAIT_S) -> None:
        """Stop at once: a story being analysed stays 'running' and is queued again at the next start."""
        self._stopping.set()
        self._queue.put(None)
        child = self._child
        if child is not None:  # the thread sees the process end, and closes the connection
            _end(child, timeout_s, close=False)
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
                outcome = self._analyse(story_id)
            except Exception:  # the store itself failing: log it, keep serving the queue
                log.exception("analysis of story %s failed", story_id)
                continue
            if outcome.status == "queued":
                self.submit(story_id)

    def _analyse(self, story_id: str) -> Outcome:
        """Hand the story to the worker process and wait: for the models to load, then for the budget."""
        child = self._child = self._child or self._spawn()
        child.connection.send(story_id)
        outcome = self._receive(child, LOAD_WAIT_S)
        if outcome is None:
            return self._fail(story_id, f"the analysis process did not load the language models within "
                                        f"{LOAD_WAIT_S:.0f} s")
        if outcome.status == "started":
            outcome = self._receive(child, self.budget_s)
            if outcome is None:
                return self._fail(story_id, f"analysis took longer than {self.budget_s:.0f} s; remove the largest "
                                            "article or raise --analysis-budget-s")
        if outcome.status == "died":
            return self._fail(story_id, outcome.message)
        return outcome

    def _receive(self, child: Child, timeout_s: float) -> Outcome | None:
        """The worker process's next message; None when it passed ``timeout_s`` (the process is then killed)
        or died (an outcome saying so)."""
        try:
            if child.connection.poll(timeout_s):
                message: Outcome = child.connection.recv()
                if message.status == "failed" and message.fatal:
                    self._replace(child)
                return message
        except (EOFError, OSError):
            self._replace(child)
            code = child.process.exitcode
            return Outcome("died", f"the analysis process stopped (exit code {code}; out of memory?); remove the "
                                   "largest article and try again")
        self._replace(child)
        return None

    def _fail(self, story_id: str, reason: str) -> Outcome:
        """Mark the story failed (unless it was deleted, or finished just as its time ran out)."""
        if self._stopping.is_set():
            return Outcome("stopped")
        try:
            if self._store.get_story(story_id).status == "running":
                self._store.set_status(story_id, "failed", 0.0, reason)
        except UnknownStory:
            return Outcome("gone")
        log.warning("analysis of story %s failed: %s", story_id, reason)
        return Outcome("failed", reason)

    def _spawn(self) -> Child:
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=serve_analyses, args=(theirs, self._location, self._config),
                                  name="newsprism-analysis", daemon=True)
        process.start()
        theirs.close()
        return Child(process, ours)

    def _replace(self, child: Child) -> None:
        """Kill the worker process; the next story starts a fresh one."""
        _end(child, 0.0)
        if self._child is child:
            self._child = None


def _end(child: Child, timeout_s: float, close: bool = True) -> None:
    if child.process.is_alive() and timeout_s > 0:
        child.process.terminate()
        child.process.join(timeout_s)
    if child.process.is_alive():
        child.process.kill()
        child.process.join(STOP_WAIT_S)
    if close:
        child.connection.close()
