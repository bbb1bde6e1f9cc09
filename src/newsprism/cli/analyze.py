"""`newsprism analyze` and `newsprism schema`: one story from files or URLs to a report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from newsprism.cli.app import EXIT_NOTHING, EXIT_OK, EXIT_SOME_FAILED, cli
from newsprism.cli.network import ingest_config, network_options
from newsprism.cli.store import progress_bar
from newsprism.config import DEFAULT_SPACY_MODEL, Config, NlpConfig, SummaryConfig
from newsprism.errors import NewsprismError
from newsprism.model import Report
from newsprism.pipeline import analyze
from newsprism.render import to_html, to_json, to_markdown
from newsprism.render.json import write_json
from newsprism.render.schema import schema_text


@cli.command("analyze")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON report here ('-' for standard output).")
@click.option("--md", "md_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the Markdown report here ('-' for standard output).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the HTML report here: one self-contained page, no network needed to open it "
                   "('-' for standard output).")
@click.option("--explain", is_flag=True, help="Show every line cleaning removed, and why.")
@click.option("--spacy-model", default=DEFAULT_SPACY_MODEL, show_default=True,
              help="Installed spaCy package name or path of a saved spaCy pipeline.")
@click.option("--encoder", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of your own sentence encoder in ONNX (model.onnx + tokenizer.json); default: the "
                   "packaged all-MiniLM-L6-v2.")
@click.option("--nli-model", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of your own NLI model in ONNX (model.onnx + tokenizer.json + config.json with id2label) "
                   "to report aligned sentences it reads as contradicting each other; none is packaged.")
@click.option("--summary-sentences", type=click.IntRange(min=1), default=5, show_default=True,
              help="Length of the cited summary in sentences.")
@click.option("--summary-words", type=click.IntRange(min=1),
              help="Length of the cited summary in words instead of sentences.")
@network_options
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def analyze_command(inputs: tuple[str, ...], json_path: Path | None, md_path: Path | None, html_path: Path | None,
                    explain: bool, spacy_model: str, encoder: Path | None, nli_model: Path | None,
                    summary_sentences: int, summary_words: int | None, allow_private_urls: bool,
                    allowed_networks: tuple[str, ...], quiet: bool) -> None:
    """Analyse INPUTS as one story and write the report.

    INPUTS are files (plain text, HTML, JSON/JSONL, RSS/Atom), directories, globs or
    http(s) URLs (fetched from public addresses only, unless --allow-private-urls or --allow-network
    opens more). With none of --json, --md and --html, the JSON report goes to standard output.
    Each input that cannot be read gets one line on standard error; the others are
    still analysed.

    Example: newsprism analyze examples/ --json out/report.json --md out/report.md --html out/report.html
    """
    config = Config(ingest=ingest_config(allow_private_urls, allowed_networks),
                    nlp=NlpConfig(spacy_model=spacy_model, encoder=str(encoder) if encoder else None,
                                  nli_model=str(nli_model) if nli_model else None),
                    summary=SummaryConfig(sentences=summary_sentences, words=summary_words))
    try:
        with progress_bar(quiet) as bar:
            task = bar.add_task("reading the inputs", total=1.0)
            report = analyze(list(inputs), config,
                             progress=lambda words, done: bar.update(task, completed=done, description=words[:60],
                                                                          refresh=True))
    except NewsprismError as error:
        click.echo(f"newsprism: error: {error}", err=True)
        sys.exit(EXIT_NOTHING)
    for problem in report.problems:
        click.echo(f"newsprism: {problem.input}: {problem.message} [{problem.code}]", err=True)
    if json_path is None and md_path is None and html_path is None:
        json_path = Path("-")
    if json_path is not None and str(json_path) != "-":  # a big story's JSON is written a piece at a time
        json_path.parent.mkdir(parents=True, exist_ok=True)
        write_json(report, json_path)
    else:
        _write(json_path, to_json(report))
    _write(md_path, to_markdown(report, explain=explain))
    if html_path is not None:
        _write(html_path, to_html(report))
    written = [p for p in (json_path, md_path, html_path) if p and str(p) != "-"]
    if not quiet:
        _digest(report, explain and md_path is None, written)
    sys.exit(EXIT_NOTHING if not report.articles else EXIT_SOME_FAILED if report.problems else EXIT_OK)


@cli.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the report (also in docs/report.schema.json)."""
    click.echo(schema_text(), nl=False)


def _write(path: Path | None, text: str) -> None:
    if path is None:
        return
    if str(path) == "-":
        click.echo(text, nl=False)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _digest(report: Report, explain: bool, written: list[Path]) -> None:
    """A short account on standard error: each article's metadata, what was removed, where the report is."""
    for a in report.articles:
        click.echo(f"{a.id}: {a.title or '(no title)'} | {a.outlet or '-'} | {a.published or 'no date'} | "
                   f"by {', '.join(a.byline) or '-'} | credit {a.credit or '-'} | {len(a.sentences)} sentences, "
                   f"{len(a.removed)} {'line' if len(a.removed) == 1 else 'lines'} removed", err=True)
        if explain:
            for line in a.removed:
                click.echo(f"    removed [{line.reason}] {line.text[:100]}", err=True)
    for problem in report.problems if explain else []:
        for line in problem.removed:
            click.echo(f"{problem.input}: removed [{line.reason}] {line.text[:100]}", err=True)
    articles, failed = len(report.articles), len(report.problems)
    click.echo(f"{articles} {'article' if articles == 1 else 'articles'} analysed, "
               f"{failed} {'input' if failed == 1 else 'inputs'} failed.", err=True)
    for path in written:
        click.echo(f"wrote {path}", err=True)
