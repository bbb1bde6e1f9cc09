"""`newsprism serve`: the web app and its JSON API, on a store."""

from __future__ import annotations

import sys

import click

from newsprism.cli.app import EXIT_NOTHING, cli
from newsprism.errors import NewsprismError
from newsprism.store import default_store

STORE_HELP = "The store: a SQLite file (created on first use), sqlite:///PATH or postgresql://USER:PASS@HOST/DB."


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 to be reached from other machines.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--store", "store", default=default_store, show_default="newsprism.db or $NEWSPRISM_STORE",
              help=STORE_HELP)
@click.option("--max-upload-mb", type=click.FloatRange(min=0.001), default=32.0, show_default=True,
              help="Largest request accepted (413 beyond it).")
@click.option("--no-analysis", is_flag=True,
              help="Serve the store without analysing: new articles wait (queued) for a server that analyses.")
@click.option("-q", "--quiet", is_flag=True, help="Log only warnings and errors, not each request.")
def serve_command(host: str, port: int, store: str, max_upload_mb: float, no_analysis: bool, quiet: bool) -> None:
    """Serve the web app: paste texts, upload files or give URLs to make a story, and read its report.

    Open http://HOST:PORT/ in a browser. The JSON API is under /api (stories, articles, status,
    report); its OpenAPI description is at /openapi.json and readable at /docs. Stories are
    analysed in the background, one at a time; the language models load at the first analysis.

    \b
    Examples:
      newsprism serve                                  # http://127.0.0.1:8000/, store ./newsprism.db
      newsprism serve --port 9000 --store stories.db
      newsprism serve --host 0.0.0.0 --store postgresql://news:secret@db.example.org/news
      curl -X POST localhost:8000/api/stories -H 'content-type: application/json' \\
           -d '{"title": "Flood in Elm", "urls": ["https://example.org/news/item.html"]}'
    """
    try:
        import uvicorn

        from newsprism.web import WebSettings, create_app
    except ImportError as error:
        click.echo(f"newsprism: error: the web app needs {error.name}: pip install 'newsprism[web]'", err=True)
        sys.exit(EXIT_NOTHING)
    settings = WebSettings(store=store, max_upload_bytes=int(max_upload_mb * 1024 * 1024), analyse=not no_analysis)
    try:
        app = create_app(settings)
    except NewsprismError as error:
        click.echo(f"newsprism: error: {error}", err=True)
        sys.exit(EXIT_NOTHING)
    if not quiet:
        click.echo(f"newsprism: serving {app.state.services.store.location} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning" if quiet else "info")
