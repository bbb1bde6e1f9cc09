"""Evaluation on public datasets: ``newsprism eval NAME PATH`` prints one JSON object per figure.

- ``msrp``: sentence pairs, paraphrase or not (Microsoft Research Paraphrase Corpus): accuracy and F1 of
  the same-statement model on the held-out fifth of the file, against a TF-IDF cosine baseline; with
  ``fit=True`` the model is first fitted on the other four fifths and written to ``model_path``.
- ``semeval8``: English news article pairs with a similarity score (SemEval-2022 Task 8): Pearson
  correlation of :func:`~newsprism.align.similarity.article_similarity`, against TF-IDF cosine.
- ``polnear``: a PolNeAR split folder (text/ + attributions/): direct-quotation F1, speaker accuracy and
  attribution F1 of :func:`~newsprism.quotes.extract.find_quotes`, against textacy's direct_quotations.
- ``neus``: a NeuS/AllSides file prefix (PREFIX.source + PREFIX.target): ROUGE-1/2/L F1 of
  :func:`~newsprism.summary.summarize` at the reference's length, against lead and LexRank (sumy).
- ``conflicts``: JSON Lines sentence pairs labelled conflict / consistent (docs/conflict-pairs.md, made by
  ``python -m newsprism.eval.conflict_pairs``): precision, recall and F1 per conflict kind and overall.
- ``claimdiff``: ClaimDiff claim pairs labelled "weaken": precision and recall of flagging them as conflicts.
- ``clusters``: JSON Lines {"text", "cluster"} in stream order (GoogleNews-TS): NMI, ARI and B-cubed F1 of online
  story grouping in stream and shuffled order, with and without embeddings, against one-pass TF-IDF clustering.
- ``ecbplus``: ECB+ topic folders (gold.json): cross-document entity coreference (MUC, B³, CEAF-e, CoNLL F1) and
  type accuracy of :func:`~newsprism.entities.find_entities`, against the same-head-lemma baseline.
- ``figures gunviolence``: each incident folder analysed as one story; its killed and injured figures against the
  incident's gold counts (accuracy, coverage), next to the first number beside "killed"/"injured" (eval.figures).
- ``dedup``: a planted-duplicate corpus (JSON Lines made by ``python -m newsprism.eval.planted``): precision and
  recall of duplicate groups (pairs, per kind reprint / rewrite), exact groups and originals on the held-out
  half, against exact content fingerprints.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsprism.align.similarity import MODEL_FILE, load_model
from newsprism.eval import claimdiff, clusters, conflicts, dedup, ecbplus, msrp, neus, polnear, semeval
from newsprism.eval.results import EvalError, EvalResult
from newsprism.nlp.encoder import Encoder
from newsprism.nlp.resources import NlpResources

NEEDS_SPACY: dict[str, Callable[[Path, NlpResources], list[EvalResult]]] = {
    polnear.DATASET: polnear.evaluate_polnear,
    neus.DATASET: neus.evaluate_neus,
    conflicts.DATASET: conflicts.evaluate_conflicts,
    claimdiff.DATASET: claimdiff.evaluate_claimdiff,
    ecbplus.DATASET: ecbplus.evaluate_ecbplus,
}
"""The evaluations that run the spaCy pipeline, by dataset name."""
DATASETS = (msrp.DATASET, semeval.DATASET, clusters.DATASET, dedup.DATASET, *NEEDS_SPACY)
PAGE_EVALUATIONS = {"cleaning": ("polnear",), "pages": ("gunviolence", "allsides"), "figures": ("gunviolence",)}
"""Evaluations of one corpus folder (`newsprism eval NAME CORPUS PATH`), each with the corpora it reads, run by
their own modules: cleaning and metadata need no NLP (eval.cleaning, eval.pages, eval.allsides_pages); figures
analyses each gunviolence incident as one story and compares its killed and injured with gold (eval.figures)."""
LABELLED_STORIES = ("disagreements",)
"""Evaluations of hand labels over whole stories (`newsprism eval disagreements SPEC DATA`, eval.disagreements)."""

__all__ = ["DATASETS", "LABELLED_STORIES", "PAGE_EVALUATIONS", "EvalError", "EvalResult", "evaluate"]


def evaluate(name: str, path: Path, encoder: Encoder, *, fit: bool = False,
             model_path: Path = MODEL_FILE, resources: NlpResources | None = None,
             config: Path | None = None) -> list[EvalResult]:
    """Evaluate dataset ``name`` on ``path`` (a file; a folder for polnear, a file prefix for neus); with ``fit``
    (msrp only) fit and write the model first. ``resources`` (the spaCy evaluations) is loaded when not given."""
    if name not in DATASETS:
        raise EvalError(f"unknown dataset {name!r}; choose one of {', '.join(DATASETS)}")
    if fit and name != msrp.DATASET:
        raise EvalError(f"--fit applies to msrp only: {name} fits nothing")
    if name in NEEDS_SPACY:
        return _with_spacy(name, path, resources)
    if config is not None and name != clusters.DATASET:
        raise EvalError(f"--config applies to clusters only: {name} reads no StoryConfig")
    if name == clusters.DATASET and path.is_dir():
        return clusters.evaluate_clusters(path, encoder, clusters.read_setting(config) if config else
                                          clusters.GroupingSetting())
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    if name == semeval.DATASET:
        return semeval.evaluate_semeval(path, encoder)
    if name == clusters.DATASET:
        return clusters.evaluate_clusters(path, encoder, clusters.read_setting(config) if config else
                                          clusters.GroupingSetting())
    if name == dedup.DATASET:
        return dedup.evaluate_dedup(path)
    data = msrp.prepare(path, encoder)
    if not fit:
        return msrp.evaluate_model(data, load_model(model_path)) + msrp.evaluate_tfidf(data)
    return _fit(data, path, model_path) + msrp.evaluate_tfidf(data)


def _with_spacy(name: str, path: Path, resources: NlpResources | None) -> list[EvalResult]:
    if name == polnear.DATASET:
        polnear.check_folder(path)
    elif name == ecbplus.DATASET:
        ecbplus.read_topics(path)
    elif name != neus.DATASET and not path.is_file():
        raise EvalError(f"{path}: no such file")
    if resources is None:
        from newsprism.config import NlpConfig
        from newsprism.nlp.resources import load_resources

        resources = load_resources(NlpConfig())
    return NEEDS_SPACY[name](path, resources)


def _fit(data: msrp.PreparedFile, path: Path, model_path: Path) -> list[EvalResult]:
    from newsprism.eval.fit import fit_same_statement

    fit_part = ~data.held
    about = {"fitted_on": f"{path.name}, pairs outside the held-out fifth (see newsprism.eval.msrp)"}
    fitted = fit_same_statement(data.features[fit_part], data.gold[fit_part], about)
    model_path.write_text(fitted.model.to_json(), encoding="utf-8")
    return msrp.cross_validated(data, fitted.out_of_fold) + msrp.evaluate_model(data, load_model(model_path))
