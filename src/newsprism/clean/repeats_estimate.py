"""Calibrate the repetition thresholds: ``python -m newsprism.clean.repeats_estimate GUNVIOLENCE POLNEAR_TRAIN``.

The leave-outlets-out estimate of :mod:`newsprism.clean.train` (the rules, then the line classifier's out-of-fold
verdicts, folds grouped by outlet domain, on the dev labels of the gunviolence pages; PolNeAR train beside it),
before and after :mod:`newsprism.clean.repeats`, for each pair of :data:`~newsprism.clean.repeats.SITE_STORIES` and
:data:`~newsprism.clean.repeats.OTHER_SITES` tried. The batch is the whole gunviolence corpus (every page, each
page's site its gold.json domain) and the whole PolNeAR split (each publisher a site). A line the rules keep is
removed after when the classifier removes it or repetition flags it; ``alone`` is repetition's own reach (every
labelled line it flags, whatever the rules say). Needs scikit-learn (the ``dev`` extra); the test part is never read.
"""

from __future__ import annotations

import argparse
import itertools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from newsprism.clean import repeats, train, train_data, train_folds
from newsprism.eval.cleaning import publisher, read_spans
from newsprism.eval.pagelabels import read_labels
from newsprism.eval.pages import _labelled_pages, read_pages

TRIED = ((2, 3, 4), (3, 4, 6))
"""The values of SITE_STORIES and OTHER_SITES compared."""


@dataclass(frozen=True)
class LineKey:
    """One example of :class:`newsprism.clean.train_data.Examples`, as repetition sees it."""

    site: str
    key: str
    protected: bool
    polnear: bool


def example_keys(gunviolence: Path, polnear: Path) -> list[LineKey]:
    """The examples' keys in :func:`newsprism.clean.train_data.gunviolence_examples` and ``polnear_examples`` order."""
    dev = {doc.path: doc for doc in read_labels() if doc.split == "dev"}
    keys: list[LineKey] = []
    for page in _labelled_pages(gunviolence, dev):
        labels = {line.number: line.kind for line in dev[page.path].lines}
        found = train_data._candidates(page.text)
        if found is not None:
            keys += [LineKey(page.site or page.path, repeats.line_key(line.text), repeats._protected(line.text), False)
                     for line in found[0] if _scored(labels.get(line.number - 2))]
    for article in read_spans(polnear):
        found = train_data._candidates(article.text)
        if found is None:
            continue
        starts = train_data._line_starts(article.text)
        for line in found[0]:
            span = (starts[line.number - 1], starts[line.number - 1] + len(line.text))
            if train_data._span_label(article.text, span, article.discard, article.body) is not None:
                keys.append(LineKey(publisher(article.name), repeats.line_key(line.text),
                                    repeats._protected(line.text), True))
    return keys


def _scored(kind: str | None) -> bool:
    return kind == "body" or (kind or "").startswith("clutter/")


def flags(keys: list[LineKey], corpus: repeats.Repeats, split: repeats.Repeats) -> npt.NDArray[np.bool_]:
    return np.array([k.key in (split if k.polnear else corpus).for_site(k.site) and not k.protected for k in keys])


def figures(removed: npt.NDArray[np.bool_], data: train_data.Examples, part: npt.NDArray[np.bool_]) -> str:
    labels, chars = np.array(data.labels), np.array(data.chars)
    clutter, body = part & (labels == 1), part & (labels == 0)
    kept = 1 - chars[body & removed].sum() / max(chars[body].sum(), 1)
    return f"clutter removed {removed[clutter].mean():.3f} of {clutter.sum()}, body kept {kept:.4f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newsprism.clean.repeats_estimate",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("gunviolence", type=Path)
    parser.add_argument("polnear", type=Path)
    args = parser.parse_args(argv)
    data = train_data.Examples()
    train_data.gunviolence_examples(args.gunviolence, data)
    train_data.polnear_examples(args.polnear, data)
    scores = train_folds.out_of_fold(data, train.SETTINGS[0])
    before = ~np.array(data.rule_kept) | train_folds.removed_lines(data, scores, train_folds.thresholds(data, scores))
    keys = example_keys(args.gunviolence, args.polnear)
    corpus_pages = [repeats.page_lines(p.text, p.site) for p in read_pages(args.gunviolence)]
    split_pages = [repeats.page_lines(a.text, publisher(a.name)) for a in read_spans(args.polnear)]
    gv = np.array([not k.polnear for k in keys])
    print(json.dumps({"before": figures(before, data, gv), "polnear": figures(before, data, ~gv)}))
    for site_stories, other_sites in itertools.product(*TRIED):
        repeats.SITE_STORIES, repeats.OTHER_SITES = site_stories, other_sites
        flagged = flags(keys, repeats.gather(corpus_pages), repeats.gather(split_pages))
        after = before | (np.array(data.rule_kept) & flagged)
        print(json.dumps({"SITE_STORIES": site_stories, "OTHER_SITES": other_sites, "after": figures(after, data, gv),
                          "polnear": figures(after, data, ~gv), "alone": figures(flagged, data, gv)}))


if __name__ == "__main__":
    main()
