"""`newsprism ingest`: a stream of articles into the store, deduplicated and grouped into stories."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsprism.cli.app import EXIT_NOTHING, EXIT_OK, EXIT_SOME_FAILED, cli
from newsprism.cli.network import ingest_config, network_options
from newsprism.cli.store import opened, quiet_option, store_option
from newsprism.config import Config
from newsprism.errors import NewsprismError
from newsprism.stream.executor import Executor, LocalExecutor, ProcessExecutor
from newsprism.stream.options import StreamConfig
from newsprism.stream.runner import Listener, RunSummary, ingest_stream

EXIT_INTERRUPTED = 130
"""Stopped with Ctrl-C: every batch written so far is kept; run the same command again to go on."""


@cli.command("ingest")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@store_option
@click.option("--batch-size", type=click.IntRange(min=1), default=StreamConfig.batch_size, show_default=True,
              help="Articles per batch (one transaction each).")
@click.option("--no-embeddings", is_flag=True, help="Group stories by words and names only (faster, less precise).")
@click.option("--executor", "executor_name", type=click.Choice(["local", "processes", "ray"]), default="local",
              show_default=True, help="Where cleaning, signing and embedding run: this process, a process pool, "
                                      "or Ray (pip install 'newsprism[ray]').")
@click.option("--workers", type=click.IntRange(min=1), default=StreamConfig.workers, show_default=True,
              help="Processes (or Ray CPUs) for --executor processes / ray.")
@click.option("--no-analysis", "--no-analyse", "no_analysis", is_flag=True,
              help="Only store and group the articles; by default each story whose articles changed is analysed at "
                   "the end of the run (`newsprism show` reads it). --no-analyse is the older spelling.")
@click.option("--analyse-every", type=click.IntRange(min=0), default=0, metavar="N",
              help="Also analyse the changed stories after every N batches.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per event (JSON lines), for scripts.")
@network_options
@quiet_option
def ingest_command(sources: tuple[str, ...], location: str, batch_size: int, no_embeddings: bool,
                   executor_name: str, workers: int, no_analysis: bool, analyse_every: int, as_json: bool,
                   allow_private_urls: bool, allowed_networks: tuple[str, ...], quiet: bool) -> None:
    """Read SOURCEs into the store: each article once, near-duplicates grouped, each article in a story.

    SOURCEs are files, directories, globs and URLs (text, HTML, JSON / JSON Lines, RSS/Atom feeds) and WARC
    files (.warc, .warc.gz). Reading the same article again changes nothing; the same URL with a changed text
    is kept as a new version. Stopped midway (Ctrl-C, a crash, a kill), the same command goes on where the
    last written batch ended. Exit code 1 when some inputs could not be read (the others are stored), 2 when
    none could or the store cannot be used, 130 when interrupted.

    \b
    Examples:
      newsprism ingest crawl/ feeds/*.xml --store news.db
      newsprism ingest archive.warc.gz --store postgresql://me:pw@localhost/news --no-analysis
      newsprism ingest corpus.jsonl --executor ray --workers 8 --no-embeddings --json
    """
    config = StreamConfig(batch_size=batch_size, embeddings=not no_embeddings, analyse=not no_analysis,
                          analyse_every=analyse_every, workers=workers,
                          pipeline=Config(ingest=ingest_config(allow_private_urls, allowed_networks)))
    with opened(location) as store, _executor(executor_name, config) as executor, _display(as_json, quiet) as tell:
        try:
            summary = ingest_stream(list(sources), store, config, executor, tell, location)
        except KeyboardInterrupt:
            click.echo("newsprism: interrupted; the batches written so far are kept: run the same command again "
                       "to go on", err=True)
            sys.exit(EXIT_INTERRUPTED)
    _finish(summary, as_json, quiet)


@contextmanager
def _executor(name: str, config: StreamConfig) -> Iterator[Executor]:
    executor: Executor
    try:
        if name == "ray":
            from newsprism.stream.ray_executor import RayExecutor

            executor = RayExecutor(config)
        elif name == "processes":
            executor = ProcessExecutor(config)
        else:
            executor = LocalExecutor(config)
    except (ImportError, NewsprismError) as error:
        click.echo(f"newsprism: error: cannot start the {name} executor: {error}", err=True)
        sys.exit(EXIT_NOTHING)
    try:
        yield executor
    finally:
        executor.close()


@contextmanager
def _display(as_json: bool, quiet: bool) -> Iterator[Listener]:
    """What each event prints: a JSON line, a progress line on standard error, or (quiet) problems only."""
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                        console=Console(stderr=True), disable=quiet or as_json, transient=True)
    with progress:
        task = progress.add_task("reading", total=None)

        def tell(event: str, figures: Mapping[str, object]) -> None:
            if as_json:
                click.echo(json.dumps({"event": event, **figures}, default=str))
            if event == "problem":
                if not as_json:
                    click.echo(f"newsprism: {figures['input']}: {figures['message']} [{figures['code']}]", err=True)
                return
            progress.update(task, description=_describe(event, figures))

        yield tell


def _describe(event: str, f: Mapping[str, object]) -> str:
    if event == "resumed":
        return f"resuming: {f['articles']} stored articles replayed"
    if event == "batch":
        return (f"{f['added']} articles stored ({f['duplicates']} copies, {f['known']} already there, "
                f"{f['revisions']} new versions), {f['stories']} stories, {f['articles_per_s']} articles/s")
    if event == "analysed":
        return f"analysed {f['story_id']} ({f['articles']} articles)"
    return event


def _finish(summary: RunSummary, as_json: bool, quiet: bool) -> None:
    if not as_json and not quiet:
        figures = replace(summary, problems=[]).figures()
        click.echo(f"{figures['added']} articles stored, {figures['known']} already there, {figures['revisions']} "
                   f"new versions, {figures['duplicates']} copies of others; {figures['stories_started']} stories "
                   f"started, {figures['merges']} merged; {figures['analysed']} analysed; {figures['seconds']} s",
                   err=True)
    nothing = summary.read == 0 or (summary.added + summary.revisions + summary.known == 0)
    if summary.problems and nothing:
        click.echo("newsprism: error: nothing could be read; nothing stored", err=True)
        sys.exit(EXIT_NOTHING)
    sys.exit(EXIT_SOME_FAILED if summary.problems or summary.analysis_failed else EXIT_OK)
