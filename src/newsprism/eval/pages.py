"""``newsprism eval pages gunviolence PATH``: cleaning, outlet and date on real crawled pages.

Each document of the corpus folder (``<incident>/<doc>.txt`` with the incident's ``gold.json``) is read as a
user pasting it would give it: its title from gold.json, a blank line, then the crawled text. It is cleaned
(:func:`~newsprism.clean.clean_article`, no NLP), all documents as one batch (:func:`corpus_repeats`: the lines a
site repeats across its stories, or many sites repeat, are clutter; a page's site is gold.json's outlet domain).
Figures over every document (split ``all``):

- ``date_stated``: share of documents whose text states a date: from the labels for labelled documents, else
  whether cleaning found a publication date;
- ``date_right``: over those, the published date within a day of gold.json's ``dct``;
- ``outlet_named``: share of documents given an outlet.

On the labelled documents present under PATH (:mod:`newsprism.eval.pagelabels`), per split (``dev``,
``test``, and per batch of labels: ``dev/batch1`` ... ``test/batch3``):
``clutter_removed`` (share of ``clutter/*`` lines removed, :data:`~newsprism.eval.kept.REMOVED_SHARE`),
``body_kept`` (share of ``body`` lines' letters and digits kept), ``outlet_right`` (over documents whose text
names an outlet: the outlet given equals one of the labelled names, case-insensitively and without a leading
'The'), ``outlet_null_right`` (over the others: no outlet given), ``date_right`` (over documents whose text
states a date: within a day of the labelled date) and ``date_null_right``. The keep-everything baseline
(``keep-all``) gets ``clutter_removed`` and ``body_kept``. ``--part dev`` (``part="dev"``) reads only the dev labels:
what a tuning round may look at (the test part is read once, by the lead, at the end).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from newsprism.clean import clean_article
from newsprism.clean.repeats import NO_REPEATS, Repeats, gather, page_lines
from newsprism.config import CleanConfig
from newsprism.errors import InputFailure
from newsprism.eval.kept import KeptText, Span
from newsprism.eval.pagelabels import DocLabels, check_against, file_lines, read_labels
from newsprism.eval.results import NEWSPRISM, EvalError, EvalResult
from newsprism.ingest.raw import RawArticle

DATASET = "gunviolence-pages"
KEEP_ALL = "keep-all"
DATE_TOLERANCE_DAYS = 1
"""A published date within a day of the gold one is right: time zones and overnight crawls move dct by one."""


@dataclass(frozen=True)
class Page:
    path: str
    """``<incident>/<doc>.txt``"""
    title: str
    dct: str
    text: str
    """the pasted text: title, blank line, crawled text"""
    offset: int
    """where the crawled text starts in ``text``"""
    site: str | None = None
    """the outlet domain gold.json gives (what the page's URL would tell a user's batch: repetition evidence only)"""


@dataclass(frozen=True)
class Cleaned:
    """What cleaning made of a page: kept title and body, outlet and date."""

    kept: str
    outlet: str | None
    published: str | None


@dataclass(frozen=True)
class LineOutcome:
    number: int
    kind: str
    text: str
    removed: bool


def read_pages(root: Path, limit: int | None = None) -> list[Page]:
    """The corpus folder's documents in path order (the first ``limit``)."""
    if not any(root.glob("*/gold.json")):
        raise EvalError(f"{root}: not a gunviolence corpus folder (no <incident>/gold.json)")
    pages: list[Page] = []
    for path, doc in gold_documents(root):
        if limit is not None and len(pages) >= limit:
            return pages
        pages.append(page_of(root, path, doc))
    return pages


def gold_documents(root: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """``<incident>/<doc>.txt`` and its gold.json record, for each document of the corpus folder ``root`` (the gold
    files in path order, each file's documents in its order)."""
    for gold in sorted(root.glob("*/gold.json")):
        for doc in json.loads(gold.read_text(encoding="utf-8"))["documents"]:
            yield f"{gold.parent.name}/{doc['file']}", doc


def gold_record(root: Path, path: str) -> dict[str, Any]:
    """The gold.json record of the document ``path`` (``<incident>/<doc>.txt``) under ``root``."""
    documents = json.loads(((root / path).parent / "gold.json").read_text(encoding="utf-8"))["documents"]
    return next(doc for doc in documents if doc["file"] == Path(path).name)


def page_of(root: Path, path: str, doc: dict[str, str]) -> Page:
    """The document ``path`` with its gold record ``doc``, pasted as the evaluation reads it: title, blank line,
    the crawled text."""
    head = f"{doc['title']}\n\n"
    body = "\n".join(file_lines((root / path).read_text(encoding="utf-8")))
    return Page(path, doc["title"], doc["dct"], head + body, len(head), doc.get("outlet") or None)


def clean_page(page: Page, config: CleanConfig, repeated: frozenset[str] = frozenset()) -> Cleaned:
    try:
        article = clean_article(RawArticle(id=page.path, source=page.path, format="text", text=page.text), config,
                                repeated)
    except InputFailure as refused:  # no article text; the outlet the page names still counts
        return Cleaned("", refused.item.outlet, None)
    return Cleaned(f"{article.title or ''}\n\n{article.text}", article.outlet, article.published)


def line_spans(page: Page) -> Iterator[tuple[int, Span]]:
    """(1-based line number in the file, span in the pasted text) of each line of the crawled text."""
    start = page.offset
    for number, line in enumerate(page.text[page.offset:].split("\n"), start=1):
        yield number, (start, start + len(line))
        start += len(line) + 1


def outcomes(page: Page, cleaned: Cleaned, labels: DocLabels) -> list[LineOutcome]:
    kept = KeptText(page.text, cleaned.kept)
    kinds = {line.number: line.kind for line in labels.lines}
    return [LineOutcome(number, kinds[number], page.text[a:b].strip(), kept.removed((a, b)))
            for number, (a, b) in line_spans(page) if number in kinds]


def same_day(found: str | None, gold: str | None) -> bool:
    if not found or not gold:
        return False
    try:
        return abs((date.fromisoformat(found[:10]) - date.fromisoformat(gold[:10])).days) <= DATE_TOLERANCE_DAYS
    except ValueError:
        return False


def same_outlet(found: str | None, labels: DocLabels) -> bool:
    names = {_outlet_key(name) for name in (labels.outlet, *labels.outlet_also) if name}
    return found is not None and _outlet_key(found) in names


def _outlet_key(name: str) -> str:
    key = " ".join(name.casefold().split())
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class LabelCounts:
    """Counts over labelled documents; added document by document."""

    clutter: int = 0
    clutter_removed: int = 0
    body: int = 0
    """letters and digits of body lines"""
    body_kept: int = 0
    outlet_named: int = 0
    outlet_right: int = 0
    outlet_null: int = 0
    outlet_null_right: int = 0
    date_stated: int = 0
    date_right: int = 0
    date_null: int = 0
    date_null_right: int = 0

    def __add__(self, other: LabelCounts) -> LabelCounts:
        return LabelCounts(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, ...]:
        return (self.clutter, self.clutter_removed, self.body, self.body_kept, self.outlet_named,
                self.outlet_right, self.outlet_null, self.outlet_null_right, self.date_stated, self.date_right,
                self.date_null, self.date_null_right)

    def results(self, split: str, documents: int, dataset: str = DATASET) -> list[EvalResult]:
        figures = [("clutter_removed", self.clutter_removed, self.clutter),
                   ("body_kept", self.body_kept, self.body), ("outlet_right", self.outlet_right, self.outlet_named),
                   ("outlet_null_right", self.outlet_null_right, self.outlet_null),
                   ("date_right", self.date_right, self.date_stated),
                   ("date_null_right", self.date_null_right, self.date_null)]
        results = [EvalResult(dataset, NEWSPRISM, metric, _ratio(part, whole), split,
                              documents if metric == "body_kept" else whole) for metric, part, whole in figures]
        return [*results, EvalResult(dataset, KEEP_ALL, "clutter_removed", 0.0, split, self.clutter),
                EvalResult(dataset, KEEP_ALL, "body_kept", 1.0, split, documents)]


def score_labelled(page: Page, cleaned: Cleaned, labels: DocLabels) -> LabelCounts:
    kept = KeptText(page.text, cleaned.kept)
    kinds = {line.number: line.kind for line in labels.lines}
    spans = [(kinds[n], span) for n, span in line_spans(page) if n in kinds]
    clutter = [span for kind, span in spans if kind.startswith("clutter/")]
    body = [span for kind, span in spans if kind == "body"]
    named, stated = labels.outlet is not None, labels.date is not None
    return LabelCounts(
        len(clutter), sum(kept.removed(span) for span in clutter), kept.letters(body), kept.kept_letters(body),
        int(named), int(named and same_outlet(cleaned.outlet, labels)), int(not named),
        int(not named and cleaned.outlet is None), int(stated),
        int(stated and same_day(cleaned.published, labels.date)), int(not stated),
        int(not stated and cleaned.published is None))


def evaluate_pages(root: Path, config: CleanConfig | None = None, limit: int | None = None,
                   labels_path: Path | None = None, part: str | None = None) -> list[EvalResult]:
    """Score newsprism's cleaning, outlet and date on the corpus folder ``root`` (its first ``limit`` documents
    and the labelled documents found under it); with ``part`` (``dev``) only the labels of that split are read, so
    that tuning never scores the test part."""
    config = config or CleanConfig()
    labelled = {doc.path: doc for doc in (read_labels(labels_path) if labels_path else read_labels())
                if part is None or doc.split == part}
    pages = read_pages(root, limit)
    present = {page.path for page in pages}
    extra = {page.path: page for page in _labelled_pages(root, labelled)}
    pages += [page for path, page in extra.items() if path not in present]
    stated = right = named = 0
    by_split: dict[str, tuple[LabelCounts, int]] = {}
    repeats = corpus_repeats(pages, config)
    for page in pages:
        cleaned = clean_page(page, config, repeats.for_site(page.site))
        labels = labelled.get(page.path)
        if page.path in present:
            says_date = labels.date is not None if labels else cleaned.published is not None
            stated += says_date
            right += says_date and same_day(cleaned.published, page.dct)
            named += cleaned.outlet is not None
        if labels is not None and page.path in extra:
            scored = score_labelled(page, cleaned, labels)
            for part in (labels.split, f"{labels.split}/batch{labels.batch}"):
                counts, documents = by_split.get(part, (LabelCounts(), 0))
                by_split[part] = (counts + scored, documents + 1)
    results = [EvalResult(DATASET, NEWSPRISM, "date_stated", _ratio(stated, len(present)), "all", len(present)),
               EvalResult(DATASET, NEWSPRISM, "date_right", _ratio(right, stated), "all", stated),
               EvalResult(DATASET, NEWSPRISM, "outlet_named", _ratio(named, len(present)), "all", len(present))]
    for split in sorted(by_split):
        results += by_split[split][0].results(split, by_split[split][1])
    return results


def corpus_repeats(pages: list[Page], config: CleanConfig) -> Repeats:
    """The lines the pages repeat, all pages read as one batch (:mod:`newsprism.clean.repeats`), each page's site
    the outlet domain of gold.json: a media monitor ingests many pages per outlet and knows each page's URL. The
    pasted text alone still decides the outlet and date figures."""
    if not config.batch_repeats or len(pages) < 2:
        return NO_REPEATS
    return gather([page_lines(page.text, page.site) for page in pages])


def _labelled_pages(root: Path, labelled: dict[str, DocLabels]) -> Iterator[Page]:
    """The labelled documents present under ``root`` (read whatever ``limit`` says)."""
    for path in sorted(labelled):
        gold = root / path.split("/")[0] / "gold.json"
        if not (root / path).is_file() or not gold.is_file():
            continue
        problem = check_against(labelled[path], root)
        if problem:
            raise EvalError(f"labels of {problem}; relabel it (python -m newsprism.eval.label_tool)")
        yield page_of(root, path, gold_record(root, path))


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
