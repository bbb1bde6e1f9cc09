"""`newsprism ingest`: a stream of articles into the store, deduplicated and grouped into stories."""

from __future__ import annotations

import json
import sys
import time
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
LINE_EVERY_S = 30.0
"""Without a terminal (a log, a cron job), a progress line goes to standard error at most this often: a
week's feed backlog of hours prints a few hundred lines, not one per batch."""


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
@click.option("--progress-every", type=click.FloatRange(min=0.0), default=LINE_EVERY_S, show_default=True,
              metavar="SECONDS", help="Without a terminal, print a progress line on standard error at most this "
                                      "often (0: after every batch).")
@network_options
@quiet_option
def ingest_command(sources: tuple[str, ...], location: str, batch_size: int, no_embeddings: bool,
                   executor_name: str, workers: int, no_analysis: bool, analyse_every: int, as_json: bool,
                   progress_every: float, allow_private_urls: bool, allowed_networks: tuple[str, ...],
                   quiet: bool) -> None:
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
    with (opened(location) as store, _executor(executor_name, config) as executor,
          _display(as_json, quiet, progress_every) as tell):
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
def _display(as_json: bool, quiet: bool, every_s: float) -> Iterator[Listener]:
    """What each event prints: a JSON line, a moving progress line on a terminal, a line at most each ``every_s``
    seconds without one, or (quiet) problems only."""
    terminal = sys.stderr.isatty()
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                        console=Console(stderr=True), disable=quiet or as_json or not terminal, transient=True)
    line = _Lines(every_s) if not (quiet or as_json or terminal) else None
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
            if line is not None and event != "done":  # the run's account follows
                line(_describe(event, figures))

        yield tell


class _Lines:
    """Prints a progress line on standard error, at most once each ``every_s`` seconds (the first at once)."""

    def __init__(self, every_s: float) -> None:
        self.every_s = every_s
        self.last = float("-inf")
        self.started = time.monotonic()

    def __call__(self, text: str) -> None:
        now = time.monotonic()
        if now - self.last >= self.every_s:
            self.last = now
            click.echo(f"newsprism: {now - self.started:.0f} s: {text}", err=True)


def _describe(event: str, f: Mapping[str, object]) -> str:
    if event == "resumed":
        return f"resuming: {_n(f['articles'], 'stored article')} replayed"
    if event == "batch":
        return (f"{_n(f['added'], 'article')} stored ({_n(f['duplicates'], 'copy', 'copies')}, {f['known']} already "
                f"there, {_n(f['revisions'], 'new version')}), {_n(f['stories'], 'story', 'stories')}, "
                f"{f['articles_per_s']} articles/s")
    if event == "analysed":
        return f"analysed {f['story_id']} ({_n(f['articles'], 'article')})"
    return event


def _finish(summary: RunSummary, as_json: bool, quiet: bool) -> None:
    if not as_json and not quiet:
        figures = replace(summary, problems=[]).figures()
        click.echo(f"{_n(figures['added'], 'article')} stored, {figures['known']} already there, "
                   f"{_n(figures['revisions'], 'new version')}, {_n(figures['duplicates'], 'copy', 'copies')} of "
                   f"others; {_n(figures['stories_started'], 'story', 'stories')} started, {figures['merges']} "
                   f"merged; {figures['analysed']} analysed; {figures['seconds']} s", err=True)
    nothing = summary.read == 0 or (summary.added + summary.revisions + summary.known == 0)
    if summary.problems and nothing:
        click.echo("newsprism: error: nothing could be read; nothing stored", err=True)
        sys.exit(EXIT_NOTHING)
    sys.exit(EXIT_SOME_FAILED if summary.problems or summary.analysis_failed else EXIT_OK)


def _n(count: object, word: str, words: str = "") -> str:
    """'1 article', '2 articles', '1 copy', '3 copies'."""
    return f"{count} {word if count == 1 else words or word + 's'}"
