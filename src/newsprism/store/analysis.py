"""Analyse a stored story: read its latest articles, run the pipeline, keep the report, with the
status and progress in the store for anyone watching (the web page, ``newsprism stories``).

The process keeps what each analysis read (:data:`~newsprism.story_cache.PROCESS_CACHES`): analysed again after
an article was added, a story parses and encodes that article alone, with the same report as from scratch.

Progress moves by stage (reading, loading the language models, analysing, saving) and, while analysing,
with the pipeline's own stages and articles (:mod:`newsprism.progress`), not by a guess at the time left.
"""

from __future__ import annotations

from collections.abc import Callable

from newsprism.config import Config
from newsprism.nlp import NlpResources
from newsprism.progress import throttled
from newsprism.store.records import StoryInfo
from newsprism.store.store import Store
from newsprism.story_cache import PROCESS_CACHES

Progress = Callable[[float, str], None]
"""Called with the share done (0..1) and what is happening, after the store has been told."""
Resources = NlpResources | Callable[[], NlpResources]
"""The loaded language resources, or what loads them (called only when there is something to analyse)."""

STAGES = {"reading": 0.05, "loading": 0.1, "analysing": 0.2, "saving": 0.95}
"""The share done when each stage starts. The analysis itself is most of the time on any story (a 6-article
story: about 5 s of 6 once the models are loaded), hence the wide gap before saving, which the pipeline's
progress fills."""
PROGRESS_EVERY_S = 0.5
"""Within the analysis, the story's status is written at most this often (and when a stage starts): often
enough for a page that polls each second, rarely enough that a 2,000-article story writes little."""


def analyse_story(store: Store, story_id: str, config: Config, resources: Resources,
                  progress: Progress | None = None) -> StoryInfo:
    """Analyse the story as its articles stand now and save the report; the story as it is after.

    A failure of the analysis marks the story 'failed' with the reason and is raised again; articles
    added while it ran leave the story 'queued' for another analysis (see :meth:`Store.save_report`)."""
    from newsprism.pipeline import analyze_raw

    story = store.get_story(story_id)
    raws = store.articles(story_id)
    if not raws:
        store.set_status(story_id, "empty", 0.0, "no articles yet")
        return store.get_story(story_id)
    step = _stepper(store, story_id, progress)
    step("reading", f"read {len(raws)} stored article{'s' if len(raws) != 1 else ''}")
    try:
        if callable(resources):
            step("loading", "loading the language models (once per process)")
            resources = resources()
        step("analysing", f"analysing {len(raws)} article{'s' if len(raws) != 1 else ''}: sentences, alignment, "
                          "reuse, quotes, entities, timeline, conflicts, summary")
        report = analyze_raw(raws, config, resources, progress=_analysing(store, story_id, progress),
                             cache=PROCESS_CACHES.get(story_id, config))
    except Exception as error:
        PROCESS_CACHES.forget(story_id)
        store.set_status(story_id, "failed", 0.0, f"analysis failed: {type(error).__name__}: {error}")
        raise
    step("saving", "saving the report")
    store.save_report(story_id, report, story.revision)
    done = store.get_story(story_id)
    if progress:
        progress(done.progress, done.message)
    return done


def _stepper(store: Store, story_id: str, progress: Progress | None) -> Callable[[str, str], None]:
    def step(stage: str, message: str) -> None:
        store.set_status(story_id, "running", STAGES[stage], message)
        if progress:
            progress(STAGES[stage], message)

    return step


def _analysing(store: Store, story_id: str, progress: Progress | None) -> Callable[[str, float], None]:
    """The pipeline's progress as the story's status, its share mapped between 'analysing' and 'saving'."""
    def tell(words: str, share: float) -> None:
        done = STAGES["analysing"] + (STAGES["saving"] - STAGES["analysing"]) * share
        store.set_status(story_id, "running", done, words)
        if progress:
            progress(done, words)

    return throttled(tell, PROGRESS_EVERY_S)
