"""`newsprism serve`: the web app and its JSON API, on a store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn
from urllib.parse import quote

import click

from newsprism.cli.app import EXIT_NOTHING, cli
from newsprism.cli.network import ingest_config, network_options
from newsprism.config import Config
from newsprism.errors import NewsprismError
from newsprism.store import default_store

if TYPE_CHECKING:
    from newsprism.web.settings import AccessSettings

STORE_HELP = "The store: a SQLite file (created on first use), sqlite:///PATH or postgresql://USER:PASS@HOST/DB."
EXPOSED_WITHOUT_TOKEN = (
    "--host {host} lets other machines reach the app, so it needs a token you set, not one made up at each "
    "start: NEWSPRISM_TOKEN=$(python -c 'import secrets; print(secrets.token_urlsafe())') newsprism serve "
    "--host {host} (keep the token in a secret store), or --token-file FILE; serve it behind a TLS proxy "
    "(--behind-proxy), and add --private if the stories are confidential")


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; any but 127.0.0.1/::1 (0.0.0.0: every interface) needs NEWSPRISM_TOKEN "
                   "or --token-file.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--store", "store", default=default_store, show_default="newsprism.db or $NEWSPRISM_STORE",
              help=STORE_HELP)
@click.option("--token-file", type=click.Path(dir_okay=False, path_type=Path),
              help="File holding the operator token (else $NEWSPRISM_TOKEN, else one is made up and printed).")
@click.option("--private", is_flag=True, help="Require the token for reading too (pages and API), not only "
                                              "for changes.")
@click.option("--behind-proxy", is_flag=True,
              help="Behind a TLS proxy: trust its X-Forwarded-Proto/-For (from $FORWARDED_ALLOW_IPS, default "
                   "127.0.0.1), so the session cookie is Secure.")
@network_options
@click.option("--max-upload-mb", type=click.FloatRange(min=0.001), default=32.0, show_default=True,
              help="Largest request accepted (413 beyond it).")
@click.option("--no-analysis", is_flag=True,
              help="Serve the store without analysing: new articles wait (queued) for a server that analyses.")
@click.option("--analysis-budget-s", type=click.FloatRange(min=0.1), default=600.0, show_default=True,
              help="Longest one story's analysis may take; past it the story is marked failed and the next goes on.")
@click.option("-q", "--quiet", is_flag=True, help="Log only warnings and errors, not each request.")
def serve_command(host: str, port: int, store: str, token_file: Path | None, private: bool, behind_proxy: bool,
                  allow_private_urls: bool, allowed_networks: tuple[str, ...], max_upload_mb: float, no_analysis: bool,
                  analysis_budget_s: float, quiet: bool) -> None:
    """Serve the web app: paste texts, upload files or give URLs to make a story, and read its report.

    Open the login link it prints (on a laptop it carries a token made up for this run), or go to
    http://HOST:PORT/login and give the token. Changes (create, add, delete, analyse) need the token:
    API clients send 'Authorization: Bearer TOKEN'. The JSON API is under /api (stories, articles,
    status, report); its OpenAPI description is at /openapi.json. Stories are analysed in the
    background, one at a time; the language models load at the first analysis.

    \b
    Examples:
      newsprism serve                                  # http://127.0.0.1:8000/, store ./newsprism.db
      newsprism serve --port 9000 --store stories.db
      NEWSPRISM_TOKEN=... newsprism serve --host 0.0.0.0 --behind-proxy --private \\
           --store postgresql://news:secret@db.example.org/news
      curl -X POST localhost:8000/api/stories -H "Authorization: Bearer $NEWSPRISM_TOKEN" \\
           -H 'content-type: application/json' \\
           -d '{"title": "Flood in Elm", "urls": ["https://example.org/news/item.html"]}'
    """
    try:
        import uvicorn

        from newsprism.web import WebSettings, create_app
        from newsprism.web.access import is_loopback, operator_token
        from newsprism.web.settings import AccessSettings
    except ImportError as error:
        click.echo(f"newsprism: error: the web app needs {error.name}: pip install 'newsprism[web]'", err=True)
        sys.exit(EXIT_NOTHING)
    try:
        token = operator_token(token_file)
    except NewsprismError as error:
        _fail(str(error))
    if token is None and not is_loopback(host):
        _fail(EXPOSED_WITHOUT_TOKEN.format(host=host))
    access = (AccessSettings(token, True, private, behind_proxy) if token is not None
              else AccessSettings(private=private, behind_proxy=behind_proxy))
    config = Config(ingest=ingest_config(allow_private_urls, allowed_networks))
    settings = WebSettings(store=store, max_upload_bytes=int(max_upload_mb * 1024 * 1024), config=config,
                           analyse=not no_analysis, access=access, analysis_budget_s=analysis_budget_s)
    try:
        app = create_app(settings)
    except NewsprismError as error:
        _fail(str(error))
    _announce(app.state.services.store.location, host, port, access, quiet)
    uvicorn.run(app, host=host, port=port, log_level="warning" if quiet else "info", proxy_headers=behind_proxy)


def _announce(location: str, host: str, port: int, access: AccessSettings, quiet: bool) -> None:
    """Where the app is; with a made-up token, the link that logs a browser in (printed even with --quiet)."""
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    if not quiet:
        click.echo(f"newsprism: serving {location} on {url}", err=True)
    if not access.operator_set:
        click.echo(f"newsprism: log in at {url}login#token={quote(access.token, safe='')}\n"
                   f"newsprism: API token for this run (Authorization: Bearer ...): {access.token}", err=True)
    elif not quiet:
        click.echo(f"newsprism: log in at {url}login with the operator token", err=True)


def _fail(message: str) -> NoReturn:
    click.echo(f"newsprism: error: {message}", err=True)
    sys.exit(EXIT_NOTHING)
