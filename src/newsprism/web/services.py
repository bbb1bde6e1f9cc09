"""What the routes do, as plain functions over the store and the worker: the API and the pages share them.

Reading URLs and uploads runs on the app's own reading threads (:class:`~newsprism.web.reading.Readers`,
bounded: 503 when too many wait), so a slow URL never holds a thread the pages need; the store's calls run
in the server's thread pool, which nothing slow then occupies. A new story is stored with its articles in
one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool

from newsprism.ingest import RawArticle
from newsprism.store import AddResult, Store, StoryInfo
from newsprism.web.duplicates import story_holding_all
from newsprism.web.inputs import BadInput, Submission, read_submission
from newsprism.web.reading import Readers
from newsprism.web.settings import WebSettings
from newsprism.web.worker import AnalysisWorker


class AlreadyStored(Exception):
    """Every article sent is already in a story: the form offers that story instead of making a copy of it."""

    def __init__(self, story: StoryInfo) -> None:
        super().__init__(f"these articles are already in the story '{story.id}'")
        self.story = story


@dataclass
class Services:
    settings: WebSettings
    store: Store
    worker: AnalysisWorker | None
    readers: Readers = field(init=False)

    def __post_init__(self) -> None:
        self.readers = Readers(self.settings.fetch_workers, self.settings.fetch_waiting)

    async def create_story(self, submission: Submission, offer_existing: bool = False) -> tuple[StoryInfo, AddResult]:
        """A new story with the submission's articles (read first: a bad one creates nothing); with
        ``offer_existing``, :class:`AlreadyStored` when a story already holds every one of them."""
        if submission.empty and not submission.title:
            raise BadInput(422, "give a title, or articles (texts, urls or files) to start the story with")
        submission.check()
        raws, first_title = await self._read(submission)
        if offer_existing and (holder := await run_in_threadpool(story_holding_all, self.store, raws)):
            raise AlreadyStored(holder)
        title = submission.title or first_title or "Untitled story"
        story, result = await run_in_threadpool(self.store.add_story, title, raws)
        if result.changed:
            self.analyse(story.id)
        return story, result

    async def add_articles(self, story_id: str, submission: Submission) -> tuple[StoryInfo, AddResult]:
        """Add the submission's articles to the story (all of them or, when one is bad, none)."""
        await run_in_threadpool(self.store.get_story, story_id)
        if submission.empty:
            raise BadInput(422, "nothing to add: give texts, urls or files")
        submission.check()
        raws, _ = await self._read(submission)
        return await self._add(story_id, raws)

    async def remove_article(self, story_id: str, article_id: str) -> StoryInfo:
        """Remove the article (every version) from the story and queue the story for another analysis."""
        story = await run_in_threadpool(self.store.remove_article, story_id, article_id)
        if story.status == "queued":
            self.analyse(story_id)
        return story

    async def _read(self, submission: Submission) -> tuple[list[RawArticle], str | None]:
        return await self.readers.run(read_submission, submission, self.settings.config)

    async def _add(self, story_id: str, raws: list[RawArticle]) -> tuple[StoryInfo, AddResult]:
        result = await run_in_threadpool(self.store.add_articles, story_id, raws)
        if result.changed:
            self.analyse(story_id)
        return await run_in_threadpool(self.store.get_story, story_id), result

    def analyse(self, story_id: str) -> None:
        """Queue the story for the background analysis (nothing when the app runs without one)."""
        if self.worker is not None:
            self.worker.submit(story_id)
