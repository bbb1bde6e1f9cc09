"""``newsprism eval pages allsides PATH``: cleaning, outlet and date on international outlets' crawled articles.

PATH is NeuS's ``allsides_headline_roundups_crawled_2021-10-19.jsonl``: per story (``id``) and side (``left``,
``center``, ``right``) an outlet's article with ``newsSource`` (the outlet's name, metadata), ``newsTitle``,
``newsLink`` (its URL) and ``newBody`` (the paragraphs crawled from its page, clutter included). Each article is
read as text only, as a user pasting it would give it: the title line, a blank line, then its non-empty
paragraphs (internal line breaks turned into spaces) joined by blank lines; its id is ``<story>-<side>``.

The labels (``labels/allsides_lines.jsonl``, from ``labels/allsides_lines.spec``; no publisher's text) give each
paragraph of about 80 articles a kind (the kinds of :mod:`newsprism.eval.pagelabels`), the outlet as the text
itself names it and the date it states. Figures: over every article of the file (split ``all``)
``outlet_named``; on the labelled articles, per split (``dev``, ``test``; the hash rule of
:func:`~newsprism.eval.pagelabels.split_of` on the id) the figures of :mod:`newsprism.eval.pages` plus
``outlet_right_with_url`` over every labelled article: the outlet right when the article's URL is given with the
text (the domain table), against the labelled ``site`` names (the outlet a reader names from the URL).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from newsprism.clean import clean_article
from newsprism.config import CleanConfig
from newsprism.errors import InputFailure
from newsprism.eval.pagelabels import LABELS_DIR, DocLabels, LineLabel, read_label_records, sha1
from newsprism.eval.pages import Cleaned, LabelCounts, Page, same_outlet, score_labelled
from newsprism.eval.results import NEWSPRISM, EvalError, EvalResult
from newsprism.ingest.raw import RawArticle

DATASET = "allsides-pages"
ALLSIDES_LABELS = LABELS_DIR / "allsides_lines.jsonl"
ALLSIDES_SPEC = LABELS_DIR / "allsides_lines.spec"
SAMPLE_SEED = 16
"""Seed of the random choice of articles to label (the issue's number)."""
SAMPLE_COUNT = 80
MAX_CHARS = 8000
"""Longer articles (their paragraphs together) are left out of the sample to keep labelling by hand feasible."""


@dataclass(frozen=True)
class Article:
    story: int
    side: str
    source: str
    """``newsSource``: the outlet as AllSides names it (metadata, never given to the cleaner)"""
    title: str
    url: str
    paragraphs: tuple[tuple[int, str], ...]
    """(index in ``newBody``, text) of the non-empty paragraphs, internal line breaks made spaces"""

    @property
    def doc_id(self) -> str:
        return f"{self.story}-{self.side}"

    def page(self) -> Page:
        head = f"{self.title}\n\n"
        return Page(self.doc_id, self.title, "", head + "\n\n".join(text for _, text in self.paragraphs), len(head))

    def line_of(self) -> dict[int, int]:
        """Paragraph index -> its 1-based line number in the pasted text after the title."""
        return {index: 2 * position + 1 for position, (index, _) in enumerate(self.paragraphs)}


def read_articles(path: Path) -> list[Article]:
    """Every article of the file, in file order, left-center-right within a story."""
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    articles: list[Article] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            articles += _story(line, f"{path}:{number}")
    return articles


def _story(line: str, where: str) -> list[Article]:
    try:
        record = json.loads(line)
        return [_article(int(record["id"]), side, record["news"][side])
                for side in ("left", "center", "right") if side in record["news"]]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise EvalError(f"{where}: not an AllSides roundup record ({error})") from None


def _article(story: int, side: str, news: dict[str, object]) -> Article:
    body = news.get("newBody") or []
    if not isinstance(body, list):
        raise TypeError("newBody is not a list")
    paragraphs = tuple((index, " ".join(str(text).split())) for index, text in enumerate(body) if str(text).strip())
    return Article(story, side, str(news["newsSource"]), " ".join(str(news["newsTitle"]).split()),
                   str(news.get("newsLink") or ""), paragraphs)


def sample(articles: list[Article], seed: int = SAMPLE_SEED, count: int = SAMPLE_COUNT) -> list[Article]:
    """Articles with a body of at most MAX_CHARS in a seeded random order, the first of each outlet (``newsSource``),
    up to ``count``; in file order."""
    candidates = [a for a in articles if a.paragraphs and sum(len(t) for _, t in a.paragraphs) <= MAX_CHARS]
    random.Random(seed).shuffle(candidates)
    chosen: dict[str, Article] = {}
    for article in candidates:
        if article.source not in chosen and len(chosen) < count:
            chosen[article.source] = article
    order = {a.doc_id: i for i, a in enumerate(articles)}
    return sorted(chosen.values(), key=lambda a: order[a.doc_id])


def show(article: Article) -> str:
    """The article's metadata and its paragraphs, numbered by their index in ``newBody``."""
    out = [f"== {article.doc_id} source={article.source!r} url={article.url} title={article.title!r}"]
    out += [f"{index:3d} [{len(text.split()):3d}w] {text}" for index, text in article.paragraphs]
    return "\n".join(out)


class _Named(Protocol):
    outlet: str | None
    also: tuple[str, ...]
    date: str | None
    site: tuple[str, ...]


def labels_of(article: Article, spec: _Named, ranges: list[tuple[int, int, str]]) -> DocLabels:
    """The labels of ``article`` from a spec's ranges of paragraph indexes; every paragraph exactly once."""
    kinds: dict[int, str] = {}
    present = dict(article.paragraphs)
    for first, last, kind in ranges:
        for index in range(first, last + 1):
            if index in present:
                if index in kinds:
                    raise EvalError(f"{article.doc_id}: paragraph {index} labelled twice")
                kinds[index] = kind
    missing = sorted(set(present) - set(kinds))
    if missing:
        raise EvalError(f"{article.doc_id}: paragraphs {missing} have no label")
    lines = tuple(LineLabel(index, kinds[index], sha1(present[index])) for index in sorted(kinds))
    return DocLabels(article.doc_id, sha1("\n\n".join(text for _, text in article.paragraphs)), spec.outlet,
                     spec.also, spec.date, lines, spec.site)


def check_article(labels: DocLabels, article: Article | None) -> str | None:
    """What differs between the labels and the article in the file, or None."""
    if article is None:
        return f"{labels.path}: not in the file"
    present = dict(article.paragraphs)
    if [line.number for line in labels.lines] != sorted(present):
        return f"{labels.path}: labelled paragraphs differ from its {len(present)} non-empty paragraphs"
    changed = [line.number for line in labels.lines if sha1(present[line.number]) != line.sha1]
    return f"{labels.path}: paragraphs {changed[:5]} changed" if changed else None


def as_lines(labels: DocLabels, article: Article) -> DocLabels:
    """The labels keyed by the paragraphs' line numbers in the pasted text (for :func:`score_labelled`)."""
    line_of = article.line_of()
    lines = tuple(LineLabel(line_of[line.number], line.kind, line.sha1) for line in labels.lines)
    return DocLabels(labels.path, labels.sha1, labels.outlet, labels.outlet_also, labels.date, lines, labels.site)


def clean_text(article: Article, config: CleanConfig, with_url: bool = False) -> Cleaned:
    page = article.page()
    raw = RawArticle(id=article.doc_id, source=article.doc_id, format="text", text=page.text,
                     url=article.url if with_url and article.url else None)
    try:
        cleaned = clean_article(raw, config)
    except InputFailure as refused:  # no article text; the outlet the page names still counts
        return Cleaned("", refused.item.outlet, None)
    return Cleaned(f"{cleaned.title or ''}\n\n{cleaned.text}", cleaned.outlet, cleaned.published)


def evaluate_allsides(path: Path, config: CleanConfig | None = None, labels_path: Path = ALLSIDES_LABELS,
                      part: str | None = None) -> list[EvalResult]:
    """Score cleaning, outlet and date on the AllSides file ``path`` and its labelled articles: every split, or
    only ``part`` (``dev``) so that tuning never prints the test part's figures."""
    config = config or CleanConfig()
    articles = read_articles(path)
    by_id = {article.doc_id: article for article in articles}
    named = sum(clean_text(article, config).outlet is not None for article in articles)
    results = [EvalResult(DATASET, NEWSPRISM, "outlet_named", named / len(articles) if articles else 0.0, "all",
                          len(articles))]
    by_split: dict[str, tuple[LabelCounts, int, int]] = {}
    for labels in read_label_records(labels_path):
        if part is not None and labels.split != part:
            continue
        article = by_id.get(labels.path)
        problem = check_article(labels, article)
        if problem or article is None:
            raise EvalError(f"labels of {problem}; relabel it (python -m newsprism.eval.label_tool)")
        counts, documents, with_url = by_split.get(labels.split, (LabelCounts(), 0, 0))
        counts += score_labelled(article.page(), clean_text(article, config), as_lines(labels, article))
        by_split[labels.split] = (counts, documents + 1, with_url + right_with_url(article, labels, config))
    for split, (counts, documents, with_url) in sorted(by_split.items()):
        results += counts.results(split, documents, DATASET)
        results.append(EvalResult(DATASET, NEWSPRISM, "outlet_right_with_url",
                                  with_url / documents if documents else 0.0, split, documents))
    return results


def right_with_url(article: Article, labels: DocLabels, config: CleanConfig) -> bool:
    """With the URL given, the outlet found is one of the labelled site names or the names the text uses."""
    found = clean_text(article, config, with_url=True).outlet
    named = DocLabels(labels.path, labels.sha1, labels.outlet, (*labels.outlet_also, *labels.site), None, ())
    return same_outlet(found, named)


def articles_in(path: Path, ids: Iterator[str]) -> list[Article]:
    """The articles of the file with the given ids, in the ids' order."""
    by_id = {article.doc_id: article for article in read_articles(path)}
    return [by_id[doc_id] for doc_id in ids if doc_id in by_id]
