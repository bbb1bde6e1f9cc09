"""The line classifier's examples (:mod:`newsprism.clean.train`): every line the rules keep on a labelled page.

- the **dev** part of the hand-labelled gunviolence pages (``newsprism/eval/labels/gunviolence_lines.jsonl``; the
  test part is never read: pages are filtered on ``split == "dev"`` before any file is opened). Each page is pasted
  as the evaluation pastes it (title line, blank line, crawled text), the rules run, and every line the rules keep is
  an example: ``clutter/*`` lines are positive, ``body`` lines negative; the title, byline, date and dateline lines
  are left out (keeping or removing them does not change the body);
- **PolNeAR train** (the split folder's ``text/`` and the first ``.ann`` of each article): a kept line whose letters
  are mostly inside ``Discard`` spans is positive, one that overlaps another annotated span negative, the others
  (not annotated at all) are left out.

A gunviolence page's cross-validation group is its outlet domain (``gold.json``), a PolNeAR article's its publisher.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from newsprism.clean.boilerplate import candidates, edge_sentences
from newsprism.clean.features import line_features
from newsprism.clean.lines import Line
from newsprism.clean.text import rule_verdicts
from newsprism.config import CleanConfig
from newsprism.eval.cleaning import read_spans
from newsprism.eval.kept import Span
from newsprism.eval.pagelabels import read_labels
from newsprism.eval.pages import _labelled_pages


@dataclass
class Examples:
    rows: list[npt.NDArray[np.float64]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    chars: list[int] = field(default_factory=list)
    """letters and digits of the line (body loss is counted in characters)"""
    groups: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    """'gv1', 'gv2' (gunviolence batch) or 'polnear'"""
    kept: list[bool] = field(default_factory=list)
    """whether the classifier is asked about the line (only those are scored; the model learns from every line)"""
    plain: list[bool] = field(default_factory=list)
    """whether the line is a plain sentence at the body's edges, asked only from the stricter threshold"""
    rule_kept: list[bool] = field(default_factory=list)
    """whether the rules keep the line (the leave-outlets-out estimate of the whole cleaner needs it)"""

    def add(self, features: npt.NDArray[np.float64], label: int, chars: int, group: str, source: str,
            kept: tuple[bool, bool, bool]) -> None:
        self.kept.append(kept[0])
        self.plain.append(kept[1])
        self.rule_kept.append(kept[2])
        self.rows.append(features)
        self.labels.append(label)
        self.chars.append(chars)
        self.groups.append(group)
        self.source.append(source)

    def subset(self, mask: npt.NDArray[np.bool_]) -> Examples:
        part = Examples()
        for i in np.flatnonzero(mask):
            part.add(self.rows[i], self.labels[i], self.chars[i], self.groups[i], self.source[i],
                     (self.kept[i], self.plain[i], self.rule_kept[i]))
        return part


Asked = Callable[[int], tuple[bool, bool, bool]]
"""Of a line index: (the classifier is asked about it, it is a plain sentence at the body's edge, the rules keep it)."""


def _candidates(text: str) -> tuple[list[Line], Asked, npt.NDArray[np.float64]] | None:
    """The lines, what the classifier is asked about, and every line's features; None when the rules find no body."""
    verdicts = rule_verdicts(text, None, CleanConfig())
    if not verdicts.body:
        return None
    kinds, first, last = verdicts.kinds, verdicts.body[0], verdicts.body[-1]
    rows = line_features(verdicts.lines, kinds, verdicts.found.title, first, last)
    asked = set(candidates(verdicts.lines, kinds, first, last))
    plain = set(edge_sentences(verdicts.lines, kinds, first, last))
    return verdicts.lines, lambda i: (i in asked or i in plain, i in plain, kinds[i] is None), rows


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def gunviolence_examples(root: Path, examples: Examples, batches: list[int] | None = None) -> None:
    """Kept lines of the labelled dev pages (never the test part), of the label ``batches`` given (default all)."""
    dev = {doc.path: doc for doc in read_labels() if doc.split == "dev" and (batches is None or doc.batch in batches)}
    for page in _labelled_pages(root, dev):
        labels = {line.number: line.kind for line in dev[page.path].lines}
        domain = _domain(root, page.path)
        found = _candidates(page.text)
        if found is None:
            continue
        lines, kept, rows = found
        for i in range(len(lines)):
            kind = labels.get(lines[i].number - 2)  # the pasted title line and a blank line come first
            if kind == "body" or (kind or "").startswith("clutter/"):
                examples.add(rows[i], int(kind != "body"), _letters(lines[i].text), domain,
                             f"gv{dev[page.path].batch}", kept(i))


def polnear_examples(folder: Path, examples: Examples) -> None:
    """Kept lines of PolNeAR articles labelled by the annotators' spans."""
    for article in read_spans(folder):
        found = _candidates(article.text)
        if found is None:
            continue
        lines, kept, rows = found
        starts = _line_starts(article.text)
        for i in range(len(lines)):
            span = (starts[lines[i].number - 1], starts[lines[i].number - 1] + len(lines[i].text))
            label = _span_label(article.text, span, article.discard, article.body)
            if label is not None:
                examples.add(rows[i], label, _letters(lines[i].text), article.name.split("_")[0], "polnear",
                             kept(i))


def _domain(root: Path, path: str) -> str:
    """The page's outlet domain from its incident's ``gold.json`` (the cross-validation group)."""
    gold = json.loads((root / path.split("/")[0] / "gold.json").read_text(encoding="utf-8"))
    doc = next(d for d in gold["documents"] if d["file"] == path.split("/")[1])
    return str(doc.get("outlet") or path)


def _line_starts(text: str) -> list[int]:
    starts, offset = [], 0
    for line in text.split("\n"):
        starts.append(offset + len(line) - len(line.lstrip()))
        offset += len(line) + 1
    return starts


def _span_label(text: str, span: Span, discard: tuple[Span, ...], body: tuple[Span, ...]) -> int | None:
    letters = [i for i in range(*span) if i < len(text) and text[i].isalnum()]
    if not letters:
        return None
    inside = sum(any(a <= i < b for a, b in discard) for i in letters)
    if inside >= len(letters) / 2:
        return 1
    return 0 if any(a < span[1] and span[0] < b for a, b in body) else None
