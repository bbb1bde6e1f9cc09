"""What the store hands back: stories, stored articles and the outcome of adding articles.

Pydantic models, so that the web app can return them as they are (and describe them in
its OpenAPI document) and the CLI can print them as JSON lines.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

StoryStatus = Literal["empty", "queued", "running", "ready", "failed"]
"""empty: no articles yet; queued: articles changed since the last report, analysis pending;
running: being analysed; ready: the report is current; failed: the last analysis failed (see message)."""

STATUSES: tuple[StoryStatus, ...] = ("empty", "queued", "running", "ready", "failed")


class StoreRecord(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class StoryInfo(StoreRecord):
    """One story: its articles are kept in the store, its report once analysed."""

    id: str = Field(description="short slug of the title plus a random part, e.g. 'flood-in-elm-k3j9x2'")
    title: str
    created: str = Field(description="ISO 8601 UTC time the story was created")
    updated: str = Field(description="ISO 8601 UTC time of the last change (articles, status or report)")
    articles: int = Field(ge=0, description="number of articles (the latest version of each)")
    revision: int = Field(ge=0, description="goes up by one each time the story's articles change")
    status: StoryStatus
    progress: float = Field(ge=0.0, le=1.0, description="share of the analysis done, while running")
    message: str = Field(description="what the analysis is doing, or why it failed")
    report_revision: int | None = Field(description="the revision the stored report was made from (None: no "
                                                     "report); older than revision when the report is stale")


class StoredArticle(StoreRecord):
    """One stored version of an article, without its text."""

    story: str
    id: str = Field(description="the article's id in the story's report (unique within the story)")
    url: str | None
    title: str | None
    source: str = Field(description="the file, upload or URL it was read from")
    format: Literal["text", "html", "json", "feed"]
    fingerprint: str = Field(description="sha256 of the URL and the normalised content: the article's identity")
    version: int = Field(ge=1, description="1, then 2, 3, ... each time the same URL comes with another content")
    latest: bool = Field(description="whether this is the version the report reads")
    added: str = Field(description="ISO 8601 UTC time this version was stored")


class AddResult(StoreRecord):
    """What adding articles to a story did, by article id."""

    added: list[str] = Field(default_factory=list, description="articles new to the story")
    unchanged: list[str] = Field(default_factory=list, description="already there with the same content: nothing "
                                                                   "stored")
    new_versions: list[str] = Field(default_factory=list, description="a URL already there with another content: "
                                                                      "kept as a new version, which the report reads")

    @property
    def changed(self) -> bool:
        return bool(self.added or self.new_versions)
