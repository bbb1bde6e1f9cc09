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
"""

from __future__ import annotations

from pathlib import Path

from newsprism.align.similarity import MODEL_FILE, load_model
from newsprism.eval import msrp, neus, polnear, semeval
from newsprism.eval.results import EvalError, EvalResult
from newsprism.nlp.encoder import Encoder
from newsprism.nlp.resources import NlpResources

DATASETS = (msrp.DATASET, semeval.DATASET, polnear.DATASET, neus.DATASET)

__all__ = ["DATASETS", "EvalError", "EvalResult", "evaluate"]


def evaluate(name: str, path: Path, encoder: Encoder, *, fit: bool = False,
             model_path: Path = MODEL_FILE, resources: NlpResources | None = None) -> list[EvalResult]:
    """Evaluate dataset ``name`` on the file (polnear: the folder) ``path``; with ``fit`` (msrp only) fit and
    write the model first. ``resources`` (polnear only) is loaded when not given."""
    if name not in DATASETS:
        raise EvalError(f"unknown dataset {name!r}; choose one of {', '.join(DATASETS)}")
    if name == polnear.DATASET:
        return _polnear(path, encoder, fit, resources)
    if name == neus.DATASET:
        return _neus(path, fit, resources)
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    if name == semeval.DATASET:
        if fit:
            raise EvalError("--fit applies to msrp only: semeval8 fits nothing")
        return semeval.evaluate_semeval(path, encoder)
    data = msrp.prepare(path, encoder)
    if not fit:
        return msrp.evaluate_model(data, load_model(model_path)) + msrp.evaluate_tfidf(data)
    return _fit(data, path, model_path) + msrp.evaluate_tfidf(data)


def _fit(data: msrp.PreparedFile, path: Path, model_path: Path) -> list[EvalResult]:
    from newsprism.eval.fit import fit_same_statement

    fit_part = ~data.held
    about = {"fitted_on": f"{path.name}, pairs outside the held-out fifth (see newsprism.eval.msrp)"}
    fitted = fit_same_statement(data.features[fit_part], data.gold[fit_part], about)
    model_path.write_text(fitted.model.to_json(), encoding="utf-8")
    return msrp.cross_validated(data, fitted.out_of_fold) + msrp.evaluate_model(data, load_model(model_path))


def _polnear(path: Path, encoder: Encoder, fit: bool, resources: NlpResources | None) -> list[EvalResult]:
    if fit:
        raise EvalError("--fit applies to msrp only: polnear fits nothing")
    polnear.check_folder(path)
    if resources is None:
        from newsprism.config import NlpConfig
        from newsprism.nlp.resources import load_resources

        resources = load_resources(NlpConfig())
    return polnear.evaluate_polnear(path, resources)


def _neus(prefix: Path, fit: bool, resources: NlpResources | None) -> list[EvalResult]:
    if fit:
        raise EvalError("--fit applies to msrp only: neus fits nothing")
    if resources is None:
        from newsprism.config import NlpConfig
        from newsprism.nlp.resources import load_resources

        resources = load_resources(NlpConfig())
    return neus.evaluate_neus(prefix, resources)
