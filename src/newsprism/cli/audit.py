"""`newsprism eval audit run|diff`: every conflict and disputed figure on real stories (issue #18), and two runs
side by side (see :mod:`newsprism.eval.audit`)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from newsprism.cli.app import EXIT_NOTHING
from newsprism.errors import NewsprismError

DEFAULT_DATA = Path("../shared/data")


@click.group("audit", context_settings={"help_option_names": ["-h", "--help"]})
def audit() -> None:
    """Audit the conflicts and disputed figures of real stories (NeuS train, AllSides roundups), and diff runs."""


@audit.command("run")
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_DATA, show_default=True,
              help="the data root holding neus_allsides/")
@click.option("--neus", default=None, metavar="A:B", help="NeuS train lines A to B-1 (0-based; 'A:' to the end)")
@click.option("--allsides", default=None, metavar="all|N", help="all roundups, or the first N")
@click.option("--ids", default=None, metavar="LIST", help="stories by id: neus:321,allsides:6072")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="JSON Lines file to write [default: stdout]")
def run_command(data: Path, neus: str | None, allsides: str | None, ids: str | None, out: Path | None) -> None:
    """Analyse the stories (all of both corpora when none is chosen): one JSON line per conflict, per disputed
    figure, per story that fails (kind 'error'; the run goes on) and per story analysed; progress on stderr."""
    from newsprism.eval.audit import parse_selection, run

    started = time.perf_counter()
    try:
        selection = parse_selection(neus, allsides, ids)
        if out is None:
            counts = run(selection, data, sys.stdout)
        else:
            with out.open("w", encoding="utf-8") as stream:
                counts = run(selection, data, stream)
    except NewsprismError as error:
        click.echo(f"newsprism: error: {error}", err=True)
        sys.exit(EXIT_NOTHING)
    click.echo(f"audit: {counts['analysed']} stories, {counts['conflict']} conflicts, {counts['disputed']} "
               f"disputed, {counts['error']} errors, {time.perf_counter() - started:.1f} s", err=True)


@audit.command("diff")
@click.argument("base", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--verdicts", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="TSV of items read: story, kind, measure, articles, values, real|wrong, why "
                   "[default: the packaged labels/audit_verdicts.tsv]")
def diff_command(base: Path, new: Path, verdicts: Path | None) -> None:
    """Items NEW has and BASE lacks ('new') and the reverse ('gone'), each with its verdict ('unread' when none),
    stories BASE analysed and NEW did not, then both runs' counts and the verdicts of NEW's items."""
    from newsprism.eval.audit import VERDICTS, diff, read_run, read_verdicts

    try:
        lines = diff(read_run(base), read_run(new), read_verdicts(verdicts or VERDICTS))
    except (NewsprismError, OSError) as error:
        click.echo(f"newsprism: error: {error}", err=True)
        sys.exit(EXIT_NOTHING)
    for line in lines:
        click.echo(line)
