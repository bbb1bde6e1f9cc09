"""Article text as HTML: spans of the cleaned text wrapped in elements, by character offsets.

Every piece of evidence the page links to gets an element with the id
``ev-<article>-<start>-<end>`` (see :class:`Anchors`), so a citation is a plain
``#`` link. Spans may overlap or cross paragraphs: a span that crosses the end of
an enclosing element is split into pieces (the first piece carries the id, every
piece carries ``data-ev`` so the whole span can be highlighted), which keeps the
HTML well formed.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import escape

from newsprism.model import Article, Evidence, Report
from newsprism.outlets.names import source_names

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_PARAGRAPH = re.compile(r"\S(?:.|\n(?!\s*\n))*")


@dataclass(frozen=True)
class Span:
    """An element to wrap around ``text[start:end]``."""

    start: int
    end: int
    tag: str = "span"
    anchor: str | None = None
    classes: str = ""
    first: bool = True


class Anchors:
    """Element ids for articles and evidence, unique within one page, and each article's number and label (its
    outlet, or 'unnamed source N': never its id)."""

    def __init__(self, articles: list[Article]) -> None:
        self._slug: dict[str, str] = {}
        self._number: dict[str, int] = {}
        self._label: dict[str, str] = {}
        self._title: dict[str, str] = {}
        taken: set[str] = set()
        names = source_names(articles)
        for number, article in enumerate(articles, start=1):
            slug = _UNSAFE.sub("_", article.id) or "article"
            while slug in taken:
                slug += "_"
            taken.add(slug)
            self._slug[article.id] = slug
            self._number[article.id] = number
            self._label[article.id] = names[article.id]
            self._title[article.id] = article.title or ""

    def article(self, article_id: str) -> str:
        return "article-" + self._slug.get(article_id, _UNSAFE.sub("_", article_id))

    def evidence(self, article_id: str, start: int, end: int) -> str:
        return f"ev-{self._slug.get(article_id, _UNSAFE.sub('_', article_id))}-{start}-{end}"

    def of(self, evidence: Evidence) -> str:
        return self.evidence(evidence.article, evidence.start, evidence.end)

    def number(self, article_id: str) -> int:
        return self._number.get(article_id, 0)

    def label(self, article_id: str) -> str:
        return self._label.get(article_id, "unknown source")

    def humanise(self, text: str) -> str:
        """``text`` with every article id in it replaced by that article's label (ids are no names)."""
        for article_id in sorted(self._label, key=len, reverse=True):
            if article_id in text:
                pattern = re.compile(r"(?<![\w-])" + re.escape(article_id) + r"(?![\w-])")
                text = pattern.sub(self._label[article_id].replace("\\", "\\\\"), text)
        return text

    def title(self, article_id: str) -> str:
        return self._title.get(article_id, "")

    def known(self, article_id: str) -> bool:
        return article_id in self._number


def cite_link(anchors: Anchors, evidence: Evidence, text: str | None = None) -> str:
    """A citation link to ``evidence``: the article's number (or ``text``), named in full for screen readers."""
    number = anchors.number(evidence.article)
    title = anchors.title(evidence.article)
    label = f"{number} {anchors.label(evidence.article)}" + (f": {title}" if title else "")
    if not anchors.known(evidence.article):
        return f'<span class="cite cite-missing">{escape(text or "unknown source")}</span>'
    return (f'<a class="cite" href="#{anchors.of(evidence)}" data-cite="{anchors.of(evidence)}" '
            f'title="{escape(label)}" aria-label="Evidence in {escape(label)}">{escape(text or str(number))}</a>')


def linked_evidence(report: Report) -> Iterator[Evidence]:
    """Every span of article text the page links to (each one gets an anchor in its article)."""
    for sentence in report.summary:
        yield from sentence.evidence
    for conflict in report.conflicts:
        for side in conflict.sides:
            yield from side.evidence
    for event in report.timeline:
        yield from event.evidence
        yield from event.expressions
    for quote in report.quotes:
        for variant in quote.variants:
            yield variant.content
    for entity in report.entities:
        yield from entity.mentions[:1]
    for fact in report.facts:
        yield from fact.evidence
    for outlet in report.outlets:
        yield from ([outlet.lede] if outlet.lede else [])
        yield from outlet.exclusive
        yield from (f.mention for f in outlet.figures)
    for figure in report.figures:
        yield from (v.mention for v in figure.values)
    for wording in report.wording:
        yield wording.a
        yield wording.b


def article_body(article: Article, evidence: Iterable[Evidence], anchors: Anchors) -> str:
    """The article's text in paragraphs, with an anchored element around every piece of ``evidence``."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(article.text)]
    spans = [Span(start, end, tag="p") for start, end in paragraphs]
    seen: set[tuple[int, int]] = set()
    for item in evidence:
        key = (item.start, item.end)
        if item.article != article.id or item.part or key in seen or not 0 <= item.start < item.end <= len(
                article.text):  # a headline's evidence (part 'title') is not in the body
            continue
        seen.add(key)
        spans.extend(_within_paragraphs(Span(item.start, item.end, anchor=anchors.of(item), classes="ev"),
                                        paragraphs))
    return mark_up(article.text, spans)


def _within_paragraphs(span: Span, paragraphs: list[tuple[int, int]]) -> Iterator[Span]:
    """``span`` cut at paragraph boundaries, so that no element crosses a <p>."""
    first = True
    for start, end in paragraphs:
        lo, hi = max(start, span.start), min(end, span.end)
        if lo < hi:
            yield Span(lo, hi, span.tag, span.anchor, span.classes, first)
            first = False


def mark_up(text: str, spans: list[Span]) -> str:
    """``text`` escaped, with each span wrapped in its element; overlapping spans are split to nest."""
    queue = [(s.start, -s.end, i, s) for i, s in enumerate(spans) if 0 <= s.start < s.end <= len(text)]
    heapq.heapify(queue)
    out: list[str] = []
    stack: list[tuple[int, str]] = []
    pos, order = 0, len(queue)
    while queue:
        start, negative_end, _, span = heapq.heappop(queue)
        end = -negative_end
        pos = _close(text, out, stack, pos, start)
        out.append(escape(text[pos:start], quote=False))
        pos = start
        if stack and stack[-1][0] < end:
            rest = Span(stack[-1][0], end, span.tag, span.anchor, span.classes, first=False)
            heapq.heappush(queue, (rest.start, -rest.end, order, rest))
            order += 1
            end = stack[-1][0]
        out.append(_open(span))
        stack.append((end, span.tag))
    pos = _close(text, out, stack, pos, len(text))
    out.append(escape(text[pos:], quote=False))
    return "".join(out)


def _close(text: str, out: list[str], stack: list[tuple[int, str]], pos: int, limit: int) -> int:
    """Close every open element that ends at or before ``limit``; returns the new text position."""
    while stack and stack[-1][0] <= limit:
        end, tag = stack.pop()
        out.append(escape(text[pos:end], quote=False) + f"</{tag}>")
        pos = end
    return pos


def _open(span: Span) -> str:
    attributes = ""
    if span.anchor:
        if span.first:
            attributes += f' id="{span.anchor}" tabindex="-1"'
        attributes += f' data-ev="{span.anchor}"'
    if span.classes:
        attributes += f' class="{span.classes}"'
    return f"<{span.tag}{attributes}>"
