"""The web app behind ``newsprism serve``: a JSON API (with its OpenAPI description at /openapi.json)
and pages to create stories, add articles and read each story's report, analysed in the background.

    from newsprism.web import WebSettings, create_app
    app = create_app(WebSettings(store="newsprism.db"))     # a FastAPI app, for uvicorn

Needs the web extra: ``pip install 'newsprism[web]'``.
"""

from newsprism.web.app import create_app
from newsprism.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
