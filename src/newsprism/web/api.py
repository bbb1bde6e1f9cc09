"""The JSON API under /api: stories, their articles, their status and their report.

Every route is thin: it reads the request, calls the store or :class:`Services`, and answers.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from pydantic import BaseModel

from newsprism.model import Report
from newsprism.render import to_markdown
from newsprism.store import AddResult, StoredArticle, StoryInfo
from newsprism.web.bodies import ArticlesIn, StoryIn, read_submission_body
from newsprism.web.services import Services
from newsprism.web.views import report_html

router = APIRouter(prefix="/api", tags=["stories"])


class StoryChange(BaseModel):
    """The story after the request, and what happened to each article sent."""

    story: StoryInfo
    result: AddResult


class Detail(BaseModel):
    detail: str


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


Svc = Annotated[Services, Depends(services)]
ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": Detail, "description": "no story with this id"}}
UPLOAD_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    413: {"model": Detail, "description": "the request or one file is over the size limit"},
    415: {"model": Detail, "description": "binary data (an image, a PDF, ...) or a body neither JSON nor a form"},
    422: {"model": Detail, "description": "no text, a malformed or unreachable URL, or no article in an input"},
}


def _body(model: type[BaseModel]) -> dict[str, Any]:
    """The request body as the OpenAPI document shows it: JSON, or a form with pasted texts, URLs and files."""
    fields: dict[str, Any] = {
        "title": {"type": "string"}, "text": {"type": "array", "items": {"type": "string"}},
        "urls": {"type": "string", "description": "one URL per line"},
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}
    if model is ArticlesIn:
        del fields["title"]
    form = {"type": "object", "properties": fields}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": model.model_json_schema()},
                                                          "multipart/form-data": {"schema": form}}}}


@router.get("/stories", summary="List or search stories")
def list_stories(svc: Svc, q: Annotated[str | None, Query(description="text to look for in titles, "
                                                                          "article titles, URLs and texts")] = None,
                 limit: Annotated[int, Query(ge=1, le=10_000)] = 500) -> list[StoryInfo]:
    return svc.store.list_stories(q, limit)


@router.post("/stories", status_code=201, summary="Create a story, with articles from texts, URLs or files",
             responses=UPLOAD_ERRORS, openapi_extra=_body(StoryIn))
async def create_story(request: Request, svc: Svc) -> StoryChange:
    submission = await read_submission_body(request, svc.settings.max_upload_bytes, StoryIn)
    story, result = await svc.create_story(submission)
    return StoryChange(story=story, result=result)


@router.get("/stories/{story_id}", summary="One story: title, article count, analysis status", responses=ERRORS)
def get_story(story_id: str, svc: Svc) -> StoryInfo:
    return svc.store.get_story(story_id)


@router.get("/stories/{story_id}/status", summary="The analysis status and progress (for polling)",
            responses=ERRORS)
def get_status(story_id: str, svc: Svc) -> StoryInfo:
    return svc.store.get_story(story_id)


@router.delete("/stories/{story_id}", status_code=204, summary="Delete a story with its articles and report",
               responses=ERRORS)
def delete_story(story_id: str, svc: Svc) -> Response:
    svc.store.delete_story(story_id)
    return Response(status_code=204)


@router.post("/stories/{story_id}/articles", summary="Add articles from texts, URLs or files",
             responses=UPLOAD_ERRORS, openapi_extra=_body(ArticlesIn))
async def add_articles(story_id: str, request: Request, svc: Svc) -> StoryChange:
    submission = await read_submission_body(request, svc.settings.max_upload_bytes, ArticlesIn)
    story, result = await svc.add_articles(story_id, submission)
    return StoryChange(story=story, result=result)


@router.get("/stories/{story_id}/articles", summary="The story's articles (no texts)", responses=ERRORS)
def list_articles(story_id: str, svc: Svc,
                  versions: Annotated[Literal["latest", "all"], Query(description="'all' lists every version")]
                  = "latest") -> list[StoredArticle]:
    return svc.store.stored_articles(story_id, all_versions=versions == "all")


@router.delete("/stories/{story_id}/articles/{article_id}", status_code=204,
               summary="Remove an article (every version) from a story; the story is analysed again",
               responses={404: {"model": Detail, "description": "no such story, or no such article in it"}})
async def remove_article(story_id: str, article_id: str, svc: Svc) -> Response:
    await svc.remove_article(story_id, article_id)
    return Response(status_code=204)


@router.post("/stories/{story_id}/analysis", status_code=202, summary="Analyse the story again",
             responses=ERRORS)
def reanalyse(story_id: str, svc: Svc) -> StoryInfo:
    story = svc.store.get_story(story_id)
    if story.articles:
        svc.store.set_status(story_id, "queued", 0.0, "waiting for analysis")
        svc.analyse(story_id)
    return svc.store.get_story(story_id)


@router.get("/stories/{story_id}/report", summary="The report: JSON (default), Markdown or HTML",
            responses={**ERRORS, 200: {"model": Report, "description": "the report, current with the articles"},
                       202: {"model": StoryInfo, "description": "analysis pending: the story's status"},
                       409: {"model": Detail, "description": "no report: the story has no articles, or its "
                                                             "analysis failed"}})
def get_report(story_id: str, svc: Svc, format: Literal["json", "md", "html"] = "json") -> Response:
    story = svc.store.get_story(story_id)
    if story.status in ("empty", "failed"):
        reason = "it has no articles yet" if story.status == "empty" else story.message
        return JSONResponse({"detail": f"story '{story_id}' has no report: {reason}"}, status_code=409)
    report = svc.store.report(story_id) if story.status == "ready" else None
    if report is None:
        return JSONResponse(story.model_dump(), status_code=202)
    if format == "md":
        return PlainTextResponse(to_markdown(report), media_type="text/markdown; charset=utf-8")
    if format == "html":
        return HTMLResponse(report_html(story, report))
    return Response(report.model_dump_json(), media_type="application/json")
