"""The packaged line classifier: after the rules, a kept line that reads as page clutter is removed.

The rules (:mod:`newsprism.clean.rules`, :mod:`newsprism.clean.widgets`, :mod:`newsprism.clean.context`) name
the clutter they recognise. What they leave, the classifier reads with the features of
:mod:`newsprism.clean.features` (shape, words, place, neighbours, the rules' verdicts around it, vocabulary
shared with the title and body, repetition) and removes the lines whose clutter probability reaches the
model's threshold, with the reason ``boilerplate``. It is never asked about a plain sentence of prose nor about
a list item or fact-box row the rules kept (:func:`candidates`): those are the article's own, and out of fold
the model dropped short closing sentences and fact boxes of held-out pages when it was.
The model is gradient-boosted trees stored as plain JSON
(``line_model.json``) and evaluated with numpy: no learning library at run time. It is fitted, and its
threshold calibrated, by ``python -m newsprism.clean.train`` (see that module for the training data).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from newsprism.clean.context import CLOSING_CASE, list_line
from newsprism.clean.features import FEATURES, URLISH, WIDGET_WORD, line_features
from newsprism.clean.lines import Line, ends_sentence, title_case_ratio, words
from newsprism.model import ClutterKind

MODEL_FILE = Path(__file__).with_name("line_model.json")
MODEL_FORMAT = 1


@dataclass(frozen=True)
class Trees:
    """Regression trees in flat arrays: node ``k`` splits on ``feature[k]`` at ``threshold[k]`` (left when
    the value is at most the threshold); a leaf has ``left[k] == -1`` and outputs ``value[k]``."""

    feature: npt.NDArray[np.int64]
    threshold: npt.NDArray[np.float64]
    left: npt.NDArray[np.int64]
    right: npt.NDArray[np.int64]
    value: npt.NDArray[np.float64]
    roots: npt.NDArray[np.int64]
    depth: int


@dataclass(frozen=True)
class LineModel:
    trees: Trees
    base_score: float
    """log-odds before the trees"""
    learning_rate: float
    threshold: float
    """clutter probability from which a kept line is removed (calibrated in :mod:`newsprism.clean.train`)"""


def mark(lines: list[Line], kinds: list[ClutterKind | None], title: str | None, first: int, last: int) -> None:
    """Mark as ``boilerplate`` the kept lines the classifier reads as clutter; at least one body line stays."""
    kept = candidates(lines, kinds, first, last)
    if not kept:
        return
    model = load_model()
    scores = probabilities(model, line_features(lines, kinds, title, first, last, only=kept))
    removed = [i for i, score in zip(kept, scores, strict=True) if score >= model.threshold]
    if len(removed) == len(kept) == len([kind for kind in kinds if kind is None]):
        removed.remove(kept[int(np.argmin(scores))])
    for i in removed:
        kinds[i] = "boilerplate"


def candidates(lines: list[Line], kinds: list[ClutterKind | None], first: int, last: int) -> list[int]:
    """The lines the classifier may remove: those the rules keep, except list items and fact-box rows (a list
    or a fact box the rules kept is the article's own), a post quoted in PolNeAR's ``<tweet>`` markup, and a
    plain sentence between the body's first and last lines (prose inside the article is never the model's to
    drop; what it removes there are labels, link titles and widget text)."""
    return [i for i, kind in enumerate(kinds) if kind is None and not list_line(lines[i].text)
            and not _plain_sentence(lines[i].text) and not _open_sentence(lines[i].text)
            and not QUOTED_POST.match(lines[i].text)]


OPEN_SENTENCE_WORDS = 12
"""A line of this many words in sentence case, without a link or widget word, is a sentence that lost its period
(the article's last paragraph, cut by the crawl): prose, never the classifier's to drop. With the threshold the
pooled budget gave (0.77) the model took such a closing sentence; related headlines of 12 words and more are
Title Case or carry a link word on the dev pages."""


def _open_sentence(text: str) -> bool:
    stripped = text.strip()
    return (len(words(stripped)) >= OPEN_SENTENCE_WORDS and stripped[:1].isupper()
            and title_case_ratio(stripped) < CLOSING_CASE and not URLISH.search(stripped)
            and not WIDGET_WORD.search(stripped))


QUOTED_POST = re.compile(r"^\s*<tweet\b[^>]*>\s*[^<\s]")
"""A post the article quotes, in PolNeAR's ``<tweet ...>text`` markup: its text is annotated as the article's
content (a quote), so the widget rules keep it and the classifier is not asked (the rules drop bare tags)."""


def _plain_sentence(text: str) -> bool:
    """A sentence of prose: it ends like one, starts with a capital or a quote, and names no link or widget."""
    stripped = text.strip()
    return (ends_sentence(stripped) and (stripped[:1].isupper() or stripped[:1] in "\"“‘'")
            and not URLISH.search(stripped) and not WIDGET_WORD.search(stripped))


def probabilities(model: LineModel, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Clutter probability of each row of features."""
    trees = model.trees
    node = np.broadcast_to(trees.roots, (len(rows), len(trees.roots))).copy()
    for _ in range(trees.depth):
        leaf = trees.left[node] == -1
        go_left = rows[np.arange(len(rows))[:, None], trees.feature[node]] <= trees.threshold[node]
        node = np.where(leaf, node, np.where(go_left, trees.left[node], trees.right[node]))
    margin = model.base_score + model.learning_rate * trees.value[node].sum(axis=1)
    return np.asarray(1.0 / (1.0 + np.exp(-margin)), dtype=np.float64)


@cache
def load_model(path: Path = MODEL_FILE) -> LineModel:
    """The packaged model; a file of another format or feature list is refused (refit it)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != MODEL_FORMAT or tuple(data.get("features", ())) != FEATURES:
        raise ValueError(f"{path}: line model of another format or feature list; run python -m newsprism.clean.train")
    nodes = data["trees"]
    trees = Trees(np.array(nodes["feature"], dtype=np.int64), np.array(nodes["threshold"], dtype=np.float64),
                  np.array(nodes["left"], dtype=np.int64), np.array(nodes["right"], dtype=np.int64),
                  np.array(nodes["value"], dtype=np.float64), np.array(nodes["roots"], dtype=np.int64),
                  int(nodes["depth"]))
    return LineModel(trees, float(data["base_score"]), float(data["learning_rate"]), float(data["threshold"]))
