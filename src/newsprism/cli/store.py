"""`newsprism add`, `stories`, `show`, `export` and `delete`: stories kept in a store, from the command line.

The store is the one `newsprism serve` uses: a SQLite file (./newsprism.db, or $NEWSPRISM_STORE)
or a PostgreSQL URL, given with --store.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsprism.cli.app import EXIT_NOTHING, EXIT_OK, EXIT_SOME_FAILED, cli
from newsprism.cli.network import ingest_config, network_options
from newsprism.cli.serve import STORE_HELP
from newsprism.config import Config, IngestConfig
from newsprism.errors import NewsprismError
from newsprism.ingest import IngestResult, read_inputs
from newsprism.model import Report
from newsprism.render import to_json, to_markdown
from newsprism.render.markdown import plural
from newsprism.store import Store, StoryInfo, default_store, open_store

store_option = click.option("--store", "location", default=default_store,
                            show_default="newsprism.db or $NEWSPRISM_STORE", help=STORE_HELP)
quiet_option = click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors (no progress bars).")
FORMATS = {"md": to_markdown, "json": to_json}


@contextmanager
def opened(location: str) -> Iterator[Store]:
    """The store, or exit 2 with the reason; any store error later also exits 2 with its message."""
    try:
        with open_store(location) as store:
            yield store
    except NewsprismError as error:
        click.echo(f"newsprism: error: {error}", err=True)
        sys.exit(EXIT_NOTHING)


def progress_bar(quiet: bool) -> Progress:
    """One line on standard error that moves with the work, only when standard error is a terminal."""
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    TextColumn("{task.percentage:>3.0f}%"), TimeElapsedColumn(), console=Console(stderr=True),
                    disable=quiet or not sys.stderr.isatty(), transient=True)


@cli.command("add")
@click.argument("inputs", nargs=-1)
@click.option("--to", "story_id", metavar="STORY", help="Add to this story (its id); without it, a new story.")
@click.option("--title", help="Title of the new story [default: the first article's headline].")
@store_option
@click.option("--no-analysis", is_flag=True, help="Only store the articles; analyse later (show, export, serve).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines: one per article, then the story.")
@network_options
@quiet_option
def add_command(inputs: tuple[str, ...], story_id: str | None, title: str | None, location: str, no_analysis: bool,
                as_json: bool, allow_private_urls: bool, allowed_networks: tuple[str, ...], quiet: bool) -> None:
    """Store articles as a story (new, or --to an existing one) and analyse it.

    INPUTS are what `newsprism analyze` reads: files, directories, globs, http(s) URLs. Adding an
    article already there changes nothing; a URL whose text changed is kept as a new version. With
    no INPUTS, the story given by --to is analysed again. Exit code 1 when some inputs could not be
    read (the others are stored), 2 when none could.

    \b
    Examples:
      newsprism add examples/ --title "Example story"        # prints the new story's id
      newsprism add late-report.html --to example-story-k3j9x2
      newsprism add feed.xml --to example-story-k3j9x2 --no-analysis --json
    """
    if not inputs and not story_id:
        raise click.UsageError("give INPUTS to store, or --to STORY to analyse a story again")
    with opened(location) as store:
        ingested = _read(list(inputs), quiet, ingest_config(allow_private_urls, allowed_networks))
        for problem in ingested.problems:
            click.echo(f"newsprism: {problem.input}: {problem.message} [{problem.code}]", err=True)
        if inputs and not ingested.articles:
            click.echo("newsprism: error: nothing could be read; nothing stored", err=True)
            sys.exit(EXIT_NOTHING)
        if story_id:
            story, result = store.get_story(story_id), store.add_articles(story_id, ingested.articles)
        else:  # one transaction: a killed `add` leaves no empty story behind
            story, result = store.add_story(title or _first_title(ingested), ingested.articles)
        story = store.get_story(story.id) if no_analysis else _analyse(store, story.id, quiet)
        _tell_added(story, {"added": result.added, "unchanged": result.unchanged, "new_version": result.new_versions},
                    as_json, quiet)
    sys.exit(EXIT_SOME_FAILED if ingested.problems else EXIT_OK)


def _read(inputs: list[str], quiet: bool, config: IngestConfig) -> IngestResult:
    """Read the inputs one by one, with a progress bar."""
    result = IngestResult()
    with progress_bar(quiet or len(inputs) < 2) as bar:
        task = bar.add_task("reading", total=len(inputs))
        for item in inputs:
            bar.update(task, description=f"reading {item[-40:]}")
            one = read_inputs([item], config)
            result.articles.extend(one.articles)
            result.problems.extend(one.problems)
            bar.advance(task)
    return result


def _first_title(ingested: IngestResult) -> str:
    from newsprism.pipeline import clean_all

    articles, _ = clean_all(ingested.articles[:1], Config().clean)
    return (articles[0].title if articles else None) or "Untitled story"


def _analyse(store: Store, story_id: str, quiet: bool) -> StoryInfo:
    """Analyse the story with a progress bar on standard error; exit 2 when the analysis fails."""
    from newsprism.nlp import load_resources
    from newsprism.store.analysis import analyse_story

    config = Config()
    with progress_bar(quiet) as bar:
        task = bar.add_task("analysing", total=1.0)

        def show(done: float, message: str) -> None:
            bar.update(task, completed=done, description=message[:60], refresh=True)

        try:
            return analyse_story(store, story_id, config, lambda: load_resources(config.nlp), show)
        except NewsprismError:
            raise
        except Exception as error:
            click.echo(f"newsprism: error: the analysis of {story_id} failed: {error}", err=True)
            sys.exit(EXIT_NOTHING)


def _tell_added(story: StoryInfo, outcomes: dict[str, list[str]], as_json: bool, quiet: bool) -> None:
    if as_json:
        for outcome, ids in outcomes.items():
            for article in ids:
                click.echo(json.dumps({"story": story.id, "article": article, "outcome": outcome}))
        click.echo(story.model_dump_json())
        return
    if not quiet:
        counts = ", ".join(f"{len(ids)} {name.replace('_', ' ')}" for name, ids in outcomes.items())
        click.echo(f"{story.id}: {counts}; {plural(story.articles, 'article')}, {story.status}: {story.message}",
                   err=True)
    click.echo(story.id)


@cli.command("stories")
@click.option("--search", "-s", help="Keep the stories whose title, article titles, URLs or texts contain this.")
@store_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story (JSON lines), for scripts.")
def stories_command(search: str | None, location: str, as_json: bool) -> None:
    """List the stories in the store, the most recently changed first.

    \b
    Examples:
      newsprism stories
      newsprism stories --search flood --store stories.db
      newsprism stories --json | jq -r 'select(.status == "ready") | .id'
    """
    with opened(location) as store:
        found = store.list_stories(search)
    if as_json:
        for story in found:
            click.echo(story.model_dump_json())
        return
    for story in found:
        click.echo(f"{story.id}\t{story.status}\t{plural(story.articles, 'article')}\t{story.updated[:16]}\t"
                   f"{story.title}")
    click.echo(f"{len(found)} {'story' if len(found) == 1 else 'stories'}", err=True)


@cli.command("show")
@click.argument("story_id", metavar="STORY")
@click.option("--format", "fmt", type=click.Choice(["md", "json", "html", "info"]), default="md", show_default=True,
              help="The report as Markdown, JSON or the HTML page, or only the story's state (info, JSON).")
@store_option
@click.option("--no-analysis", is_flag=True, help="Show only a current report; exit 2 rather than analyse.")
@quiet_option
def show_command(story_id: str, fmt: str, location: str, no_analysis: bool, quiet: bool) -> None:
    """Print a story's report (analysing it first when its articles changed since the last report).

    \b
    Examples:
      newsprism show example-story-k3j9x2
      newsprism show example-story-k3j9x2 --format json | jq '.conflicts'
      newsprism show example-story-k3j9x2 --format info
    """
    with opened(location) as store:
        if fmt == "info":
            click.echo(store.get_story(story_id).model_dump_json())
            return
        story, report = _current_report(store, story_id, no_analysis, quiet)
        click.echo(_render(fmt, story, report), nl=False)


@cli.command("export")
@click.argument("story_id", metavar="STORY")
@click.option("--format", "fmt", type=click.Choice(["json", "md", "html"]), default=None,
              help="Report format [default: from the file's suffix, else json].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write ('-' for standard output).")
@store_option
@click.option("--no-analysis", is_flag=True, help="Export only a current report; exit 2 rather than analyse.")
@quiet_option
def export_command(story_id: str, fmt: str | None, output: Path, location: str, no_analysis: bool,
                   quiet: bool) -> None:
    """Write a story's report to a file: JSON, Markdown or the self-contained HTML page.

    \b
    Examples:
      newsprism export example-story-k3j9x2 -o report.html
      newsprism export example-story-k3j9x2 --format json -o - > report.json
    """
    fmt = fmt or {".md": "md", ".html": "html", ".htm": "html"}.get(output.suffix.lower(), "json")
    with opened(location) as store:
        story, report = _current_report(store, story_id, no_analysis, quiet)
        text = _render(fmt, story, report)
    if str(output) == "-":
        click.echo(text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    if not quiet:
        click.echo(f"wrote {output}", err=True)


@cli.command("delete")
@click.argument("story_ids", nargs=-1, required=True, metavar="STORY...")
@store_option
@quiet_option
def delete_command(story_ids: tuple[str, ...], location: str, quiet: bool) -> None:
    """Delete stories with every version of their articles and their reports.

    Example: newsprism delete example-story-k3j9x2
    """
    with opened(location) as store:
        for story_id in story_ids:
            store.delete_story(story_id)
            if not quiet:
                click.echo(f"deleted {story_id}", err=True)


def _current_report(store: Store, story_id: str, no_analysis: bool, quiet: bool) -> tuple[StoryInfo, Report]:
    story = store.get_story(story_id)
    if story.status == "empty":
        _fail(f"story '{story_id}' has no articles yet; add some with `newsprism add INPUTS --to {story_id}`")
    if story.status != "ready" or story.report_revision != story.revision:
        if no_analysis:
            _fail(f"story '{story_id}' is {story.status}: its report is not current ({story.message})")
        story = _analyse(store, story_id, quiet)
    report = store.report(story_id)
    if report is None:
        _fail(f"story '{story_id}' has no report ({story.message})")
    return story, report


def _render(fmt: str, story: StoryInfo, report: Report) -> str:
    if fmt == "html":
        from newsprism.web.views import render_report

        return render_report(report, story.title)
    render: Callable[[Report], str] = FORMATS[fmt]
    return render(report)


def _fail(message: str) -> NoReturn:
    click.echo(f"newsprism: error: {message}", err=True)
    sys.exit(EXIT_NOTHING)
