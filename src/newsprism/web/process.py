"""The analysis worker process: it opens the store, then analyses each story id the server sends.

The language models are loaded at the first story and kept for the next ones. For each story the
process sends :class:`Outcome` messages back: 'started' once the models are there (the server's clock
for the story's budget starts then), then the story's status after the analysis ('ready', 'queued'
when its articles changed meanwhile, 'empty', 'gone' when it was deleted, or 'failed' with why).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from multiprocessing.connection import Connection

from newsprism.config import Config
from newsprism.errors import ModelLoadError
from newsprism.nlp import NlpResources
from newsprism.store import Store, StoreError, UnknownStory, open_store

log = logging.getLogger("newsprism.web")


@dataclass(frozen=True)
class Outcome:
    status: str
    """'started', a story status after the analysis, 'gone', 'died' (the process stopped) or 'stopped'."""
    message: str = ""
    fatal: bool = False
    """The process cannot go on (the models do not load, the store is gone): the server starts a fresh one."""


def serve_analyses(connection: Connection, location: str, config: Config) -> None:
    """The worker process's main loop: until the server sends None or goes away."""
    try:
        store = open_store(location)
    except StoreError as error:
        _answer_all(connection, Outcome("failed", f"the analysis process cannot open the store: {error}", True))
        return
    loader = Loader(connection, config)
    with store:
        while True:
            try:
                story_id = connection.recv()
            except (EOFError, OSError):
                return
            if story_id is None:
                return
            outcome = analyse_one(store, story_id, config, loader)
            connection.send(outcome)
            if outcome.fatal:
                return


class Loader:
    """Loads the models once; tells the server 'started' each time a story's analysis starts."""

    def __init__(self, connection: Connection, config: Config) -> None:
        self._connection = connection
        self._config = config
        self._resources: NlpResources | None = None

    def __call__(self) -> NlpResources:
        if self._resources is None:
            from newsprism.nlp import load_resources

            self._resources = load_resources(self._config.nlp)
        self._connection.send(Outcome("started"))
        return self._resources


def analyse_one(store: Store, story_id: str, config: Config, loader: Loader) -> Outcome:
    """Analyse one story; its outcome (a failure was marked on the story by :func:`analyse_story`)."""
    from newsprism.store.analysis import analyse_story

    try:
        story = analyse_story(store, story_id, config, loader)
    except UnknownStory:
        return Outcome("gone")
    except ModelLoadError as error:
        return Outcome("failed", str(error), fatal=True)
    except StoreError as error:
        log.error("analysis of story %s: %s", story_id, error)
        return Outcome("failed", str(error))
    except Exception as error:
        return Outcome("failed", f"analysis failed: {type(error).__name__}: {error}")
    return Outcome(story.status, story.message)


def _answer_all(connection: Connection, outcome: Outcome) -> None:
    """Answer every story sent with the same outcome (first 'started': there is no analysis to time)."""
    try:
        while connection.recv() is not None:
            connection.send(outcome)
    except (EOFError, OSError):
        return
