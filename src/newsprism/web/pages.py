"""The pages: the story list (search, create from pasted text, uploads or URLs) and each story's page,
which is its report when the report is current, else the analysis progress, polled live.

Forms post here and are answered with a redirect (303) to the page to look at next; a refused
input shows the form again with the reason, under the same 4xx status the API gives. Who may post
them is decided before a route runs (:mod:`newsprism.web.security`); the routes only pass the
:class:`Visitor` on, so that its forms carry its CSRF token.
"""

from __future__ import annotations

from html import escape
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from newsprism.store import UnknownStory
from newsprism.web.access import Visitor, current_visitor
from newsprism.web.api import services
from newsprism.web.bodies import ArticlesIn, StoryIn, read_submission_body
from newsprism.web.forms import add_form
from newsprism.web.inputs import EMPTY_TEXT, BadInput
from newsprism.web.services import AlreadyStored, Services
from newsprism.web.views import index_page, page, report_html, story_page

router = APIRouter(include_in_schema=False)
Svc = Annotated[Services, Depends(services)]
Who = Annotated[Visitor, Depends(current_visitor)]


@router.get("/", response_class=HTMLResponse)
def index(svc: Svc, who: Who, q: Annotated[str, Query()] = "") -> HTMLResponse:
    return HTMLResponse(index_page(svc.store.list_stories(q or None), q, visitor=who))


@router.post("/stories")
async def create_story(request: Request, svc: Svc, who: Who) -> Response:
    try:
        submission = await read_submission_body(request, svc.settings.max_upload_bytes, StoryIn)
        if submission.empty and submission.title:  # the form is for articles: a title alone is an empty box
            raise BadInput(422, EMPTY_TEXT.format(name="text 1"))
        story, _ = await svc.create_story(submission, offer_existing=True)
    except BadInput as error:
        return HTMLResponse(index_page(svc.store.list_stories(), error=error.detail, visitor=who),
                            status_code=error.status)
    except AlreadyStored as stored:
        return HTMLResponse(index_page(svc.store.list_stories(), existing=stored.story, visitor=who),
                            status_code=409)
    return RedirectResponse(f"/stories/{quote(story.id, safe='')}", status_code=303)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(story_id: str, svc: Svc, who: Who) -> HTMLResponse:
    try:
        info = svc.store.get_story(story_id)
    except UnknownStory as error:
        return not_found(str(error), who)
    report = svc.store.report(story_id) if info.status == "ready" else None
    if report is None:
        return HTMLResponse(story_page(info, svc.store.articles(story_id), visitor=who))
    return HTMLResponse(report_html(info, report))


@router.get("/stories/{story_id}/add", response_class=HTMLResponse)
def add_page(story_id: str, svc: Svc, who: Who) -> HTMLResponse:
    try:
        info = svc.store.get_story(story_id)
    except UnknownStory as error:
        return not_found(str(error), who)
    return HTMLResponse(page(info.title, f"<h1>{escape(info.title)}</h1>" + add_form(info, who), "index.js", who))


@router.post("/stories/{story_id}/articles")
async def add_articles(story_id: str, request: Request, svc: Svc, who: Who) -> Response:
    try:
        submission = await read_submission_body(request, svc.settings.max_upload_bytes, ArticlesIn)
        await svc.add_articles(story_id, submission)
    except UnknownStory as error:
        return not_found(str(error), who)
    except BadInput as error:
        info = svc.store.get_story(story_id)
        return HTMLResponse(story_page(info, svc.store.articles(story_id), error.detail, who),
                            status_code=error.status)
    return RedirectResponse(f"/stories/{story_id}", status_code=303)


@router.post("/stories/{story_id}/delete")
def delete(story_id: str, svc: Svc, who: Who) -> Response:
    try:
        svc.store.delete_story(story_id)
    except UnknownStory as error:
        return not_found(str(error), who)
    return RedirectResponse("/", status_code=303)


@router.post("/stories/{story_id}/articles/{article_id}/delete")
async def remove_article(story_id: str, article_id: str, svc: Svc, who: Who) -> Response:
    try:
        await svc.remove_article(story_id, article_id)
    except UnknownStory as error:  # an unknown article too
        return not_found(str(error), who)
    return RedirectResponse(f"/stories/{quote(story_id, safe='')}", status_code=303)


def not_found(detail: str, visitor: Visitor | None = None) -> HTMLResponse:
    """The 404 page; ``detail`` (which names the id asked for, as typed) is escaped."""
    body = f'<h1>Not found</h1><p class="error">{escape(detail)}</p><p><a href="/">All stories</a></p>'
    return HTMLResponse(page("Not found", body, visitor=visitor), status_code=404)
