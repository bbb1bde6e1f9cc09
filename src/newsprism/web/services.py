"""What the routes do, as plain functions over the store and the worker: the API and the pages share them.

The blocking parts (reading URLs and uploads, the store) run in the server's thread pool.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool

from newsprism.ingest import RawArticle
from newsprism.store import AddResult, Store, StoryInfo
from newsprism.web.inputs import BadInput, Submission, read_submission
from newsprism.web.settings import WebSettings
from newsprism.web.worker import AnalysisWorker


@dataclass
class Services:
    settings: WebSettings
    store: Store
    worker: AnalysisWorker | None

    async def create_story(self, submission: Submission) -> tuple[StoryInfo, AddResult]:
        """A new story with the submission's articles (read first: a bad one creates nothing)."""
        if submission.empty and not submission.title:
            raise BadInput(422, "give a title, or articles (texts, urls or files) to start the story with")
        raws, first_title = await run_in_threadpool(read_submission, submission, self.settings.config)
        title = submission.title or first_title or "Untitled story"
        story = await run_in_threadpool(self.store.create_story, title)
        if not raws:
            return story, AddResult()
        try:
            return await self._add(story.id, raws)
        except BaseException:
            await run_in_threadpool(self.store.delete_story, story.id)
            raise

    async def add_articles(self, story_id: str, submission: Submission) -> tuple[StoryInfo, AddResult]:
        """Add the submission's articles to the story (all of them or, when one is bad, none)."""
        await run_in_threadpool(self.store.get_story, story_id)
        if submission.empty:
            raise BadInput(422, "nothing to add: give texts, urls or files")
        raws, _ = await run_in_threadpool(read_submission, submission, self.settings.config)
        return await self._add(story_id, raws)

    async def _add(self, story_id: str, raws: list[RawArticle]) -> tuple[StoryInfo, AddResult]:
        result = await run_in_threadpool(self.store.add_articles, story_id, raws)
        if result.changed:
            self.analyse(story_id)
        return await run_in_threadpool(self.store.get_story, story_id), result

    def analyse(self, story_id: str) -> None:
        """Queue the story for the background analysis (nothing when the app runs without one)."""
        if self.worker is not None:
            self.worker.submit(story_id)
