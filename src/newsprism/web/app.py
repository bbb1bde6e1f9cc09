"""The web app: ``create_app(settings)`` gives the FastAPI application behind ``newsprism serve``.

The store is opened when the app is made (a bad store fails at once, not at the first request);
the analysis worker starts with the server and stops with it. Every request passes the guard of
:mod:`newsprism.web.security` first (the token, CSRF, cross-site requests, security headers).

There is no /docs page: Swagger UI would load from a CDN, and the app works offline; the OpenAPI
description is at /openapi.json.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from newsprism.store import InvalidValue, StoreError, UnknownStory, open_store
from newsprism.web.access import Keys
from newsprism.web.api import router as api_router
from newsprism.web.bodies import describe_errors
from newsprism.web.inputs import BadInput
from newsprism.web.login import router as login_router
from newsprism.web.pages import router as pages_router
from newsprism.web.security import Guard, declare_bearer
from newsprism.web.services import Services
from newsprism.web.settings import WebSettings
from newsprism.web.worker import AnalysisWorker

DESCRIPTION = """Read one news story through all of its sources.

Create a story from pasted texts, uploaded files or URLs, add articles to it, and read its
report: the articles cleaned, the facts aligned across them with their independent sources,
who copied whom, quotes, entities, conflicts, a timeline and a cited summary. Analysis runs in
the background: `GET /api/stories/{id}/status` shows its progress, `GET /api/stories/{id}/report`
answers 202 until the report is ready. Errors are JSON `{"detail": "..."}`.

Every request that changes something (POST, PUT, PATCH, DELETE) needs the operator token:
`Authorization: Bearer TOKEN` (NEWSPRISM_TOKEN, or the token `newsprism serve` printed); without it
the answer is 401. A server started with `--private` needs it for reading too.
"""


def create_app(settings: WebSettings | None = None) -> FastAPI:
    settings = settings or WebSettings()
    store = open_store(settings.store)
    worker = AnalysisWorker(store, settings) if settings.analyse else None
    services = Services(settings, store, worker)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if worker is not None:
            worker.start()
        yield
        if worker is not None:
            worker.stop()
        store.close()

    app = FastAPI(title="newsprism", version=_version(), description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.services = services
    app.state.keys = Keys(settings.access.token)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.include_router(login_router)
    app.add_middleware(Guard, access=settings.access, limit=settings.max_upload_bytes)
    declare_bearer(app, settings.access.private)
    _handle_errors(app)
    return app


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(BadInput)
    async def bad_input(_: Request, error: BadInput) -> JSONResponse:
        return JSONResponse({"detail": error.detail}, status_code=error.status)

    @app.exception_handler(UnknownStory)
    async def unknown_story(_: Request, error: UnknownStory) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=404)

    @app.exception_handler(StoreError)
    async def store_error(_: Request, error: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=503)

    @app.exception_handler(InvalidValue)
    async def invalid_value(_: Request, error: InvalidValue) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": describe_errors(error.errors())}, status_code=422)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsprism")
    except PackageNotFoundError:
        return "0"
