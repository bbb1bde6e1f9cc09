"""`newsprism eval NAME PATH`: measure newsprism on a public dataset."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import click

from newsprism.cli.app import EXIT_NOTHING, cli
from newsprism.errors import NewsprismError
from newsprism.eval.results import EvalResult


class _EvalCommand(click.Command):
    """`eval audit ...` is handed, with its own options, to the audit's commands (newsprism.cli.audit)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args[:1] == ["audit"]:
            ctx.meta["audit_args"] = args[1:]
            return []
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> object:
        if "audit_args" not in ctx.meta:
            return super().invoke(ctx)
        from newsprism.cli.audit import audit
        with audit.make_context(f"{ctx.command_path} audit", ctx.meta["audit_args"]) as sub:
            return audit.invoke(sub)


@cli.command("eval", cls=_EvalCommand)
@click.argument("name", type=click.Choice(["msrp", "semeval8", "polnear", "neus", "conflicts", "claimdiff",
                                           "clusters", "dedup", "cleaning", "pages", "ecbplus", "figures",
                                           "disagreements"]),
              metavar="NAME")
@click.argument("path", type=click.Path(path_type=Path))
@click.argument("folder", type=click.Path(path_type=Path), required=False)
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="cleaning and pages: the first N articles of the folder (labelled pages are always read); figures: "
                   "the first N incidents.")
@click.option("--part", type=click.Choice(["sample", "held-out", "sample2", "sample3", "sample4", "dev"]), default=None,
              help="figures: score one part (dev: every incident outside the held-out part); pages gunviolence: "
                   "dev only scores the labels of the dev split.")
@click.option("--fit", is_flag=True,
              help="msrp only: fit the same-statement model on the file's fit part (needs scikit-learn) and "
                   "write it to --model before evaluating it.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="clusters only: a JSON object of StoryConfig fields to evaluate instead of the defaults.")
@click.option("--model", "model_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Same-statement model file to evaluate, or to write with --fit [default: the packaged one].")
def eval_command(name: str, path: Path, folder: Path | None, fit: bool, model_path: Path | None,
                 limit: int | None, config_path: Path | None, part: str | None = None) -> None:
    """Measure newsprism on a public dataset and print one JSON object per figure.

    \b
    NAME is the dataset, PATH its file (a folder for polnear, a file prefix for neus):
      msrp      Microsoft Research Paraphrase Corpus, tab-separated (msr_paraphrase_train.txt):
                accuracy and F1 of the same-statement model on the held-out fifth of the pairs
                (chosen by a hash of the pair's ids), next to a TF-IDF cosine baseline.
      semeval8  SemEval-2022 Task 8 CSV (training_set.csv), English pairs: Pearson correlation of
                article similarity with the annotators' Overall score (sign flipped: higher is better).
      polnear   a PolNeAR split folder (text/, attributions/): direct-quotation F1, speaker accuracy and
                attribution F1 of the quote extractor, next to textacy's direct_quotations.
      neus      PREFIX of PREFIX.source and PREFIX.target (NeuS/AllSides): ROUGE-1/2/L F1 of the cited
                summary at the reference's length, next to lead and LexRank.
      conflicts JSON Lines of sentence pairs labelled conflict or consistent (docs/conflict-pairs.md;
                make them with python -m newsprism.eval.conflict_pairs): precision, recall, F1 per kind.
      claimdiff ClaimDiff JSON (pairs of claims labelled weaken): precision and recall of flagging them.
      clusters  JSON Lines {"text", "cluster", "title"?, "published"?, "url"?} in stream order, or a folder of
                them (python -m newsprism.eval.cluster_corpora writes the real corpora): NMI, ARI and B-cubed F1
                of online story grouping (with embeddings: newsprism; without: newsprism-lexical), in stream
                order and shuffled, on all stories and on the held-out half, next to one-pass TF-IDF clustering.
      dedup     JSON Lines planted-duplicate corpus (make it with python -m newsprism.eval.planted
                POLNEAR_DATA NEUS.source... -o FILE): precision and recall of duplicate groups (pairs, and per
                kind reprint/rewrite), exact groups and originals on the held-out half, next to exact fingerprints.
      ecbplus   a folder of ECB+ topic folders (gold.json beside the texts): cross-document entity coreference
                MUC, B3, CEAF-e and CoNLL F1 and type accuracy of the entity stage, each topic analysed as one
                story, next to the same-head-lemma baseline; for all topics, odd (tune) and even (check) ones.
      cleaning polnear FOLDER   a PolNeAR split folder: share of the annotators' Discard spans removed by
                cleaning (clutter_removed) and of the other annotated spans kept (body_kept), next to keep-all.
      pages gunviolence FOLDER  the gunviolence corpus folder, each page pasted as title + text: date_stated,
                date_right, outlet_named; on the hand-labelled pages (dev and test parts) clutter_removed,
                body_kept, outlet_right and date_right (also per batch of labels), next to keep-all.
      pages allsides FILE       NeuS's AllSides roundups JSON Lines, each article pasted as title + paragraphs:
                outlet_named; on the hand-labelled articles the same figures and outlet_right_with_url.
      figures gunviolence FOLDER  each incident analysed as one story: accuracy of its killed and injured
                figures against gold and coverage, on the sample and held-out parts (--limit N: the first N
                incidents; --part dev: every incident outside the held-out part), next to the first
                number beside killed/dead and injured/wounded.
      audit run|diff ...  every conflict and disputed figure on the NeuS train stories and the AllSides
                roundups as JSON lines, and two runs diffed against the verdicts read (eval audit --help).
      disagreements SPEC DATA  hand-labelled multi-outlet stories (ECB+ folders, NeuS lines under DATA;
                the packaged dev labels: src/newsprism/eval/labels/disagreements.spec): recall of the real
                disagreements between outlets, look-alikes flagged, precision of the reported conflicts.

    Each line reads {"dataset", "system", "metric", "value", "split", "pairs"}; "system" is
    "newsprism" or the baseline's name. Exit code 2 when the file cannot be evaluated.

    Example: newsprism eval msrp ../shared/data/msrp/msr_paraphrase_train.txt
    """
    if name in ("cleaning", "pages"):
        _eval_cleaning(name, str(path), folder, limit, part)
        return
    if name == "figures":
        _eval_figures(str(path), folder, limit, part)
        return
    if name == "disagreements":
        _eval_disagreements(path, folder)
        return
    from newsprism.align.similarity import MODEL_FILE
    from newsprism.eval import evaluate
    from newsprism.nlp.encoder import load_encoder

    _print_results(name, lambda: evaluate(name, path, load_encoder(None), fit=fit,
                                          model_path=model_path or MODEL_FILE, config=config_path))
    if fit:
        click.echo(f"wrote {model_path or MODEL_FILE}", err=True)


def _print_results(label: str, measure: Callable[[], list[EvalResult]]) -> None:
    """Run one evaluation: its results as JSON lines on stdout, its time on stderr; a coded error (bad path,
    wrong dataset) is one line on stderr and exit status EXIT_NOTHING, never a traceback."""
    started = time.perf_counter()
    try:
        results = measure()
    except NewsprismError as error:
        click.echo(f"newsprism: error: {error}", err=True)
        sys.exit(EXIT_NOTHING)
    for result in results:
        click.echo(result.to_json())
    click.echo(f"{label}: {time.perf_counter() - started:.1f} s", err=True)


def _eval_figures(dataset: str, folder: Path | None, limit: int | None, part: str | None = None) -> None:
    """`eval figures gunviolence FOLDER`: the story's killed and injured against gold (loads the NLP pipeline)."""
    from newsprism.eval.figures import evaluate_figures

    def measure() -> list[EvalResult]:
        if dataset != "gunviolence" or folder is None or not folder.is_dir():
            raise NewsprismError(f"usage: newsprism eval figures gunviolence FOLDER (got {dataset!r}, {folder})")
        return evaluate_figures(folder, limit=limit, part=part)

    _print_results(f"figures {dataset}", measure)


def _eval_disagreements(spec: Path, folder: Path | None) -> None:
    """`eval disagreements SPEC DATA`: the labelled stories analysed whole (loads the NLP pipeline)."""
    from newsprism.eval.disagreements import evaluate_disagreements

    def measure() -> list[EvalResult]:
        if folder is None or not folder.is_dir():
            raise NewsprismError(f"usage: newsprism eval disagreements SPEC DATA_FOLDER (got {folder})")
        return evaluate_disagreements(spec, folder)[0]

    _print_results("disagreements", measure)


def _eval_cleaning(name: str, dataset: str, folder: Path | None, limit: int | None, part: str | None = None) -> None:
    """`eval cleaning polnear FOLDER` and `eval pages gunviolence FOLDER` (no NLP: fast)."""
    from newsprism.eval.cleaning import evaluate_cleaning
    from newsprism.eval.pages import evaluate_pages

    expected = {"cleaning": "polnear", "pages": "gunviolence"}[name]
    def measure() -> list[EvalResult]:
        if part is not None and (name != "pages" or part != "dev"):
            raise NewsprismError(f"usage: --part {part} is not a part of eval {name} {dataset} (pages: --part dev)")
        if name == "pages" and dataset == "allsides" and folder is not None:
            from newsprism.eval.allsides_pages import evaluate_allsides
            return evaluate_allsides(folder, part=part)
        if dataset != expected or folder is None:
            raise NewsprismError(f"usage: newsprism eval {name} {expected} FOLDER (got {dataset!r})")
        if not folder.is_dir():
            raise NewsprismError(f"{folder}: no such folder")
        return evaluate_cleaning(folder, limit=limit) if name == "cleaning" else evaluate_pages(folder, limit=limit,
                                                                                                part=part)

    _print_results(f"{name} {dataset}", measure)
