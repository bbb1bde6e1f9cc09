"""HTML to text: trafilatura for whole pages, a block walk for fragments (feed entries).

What trafilatura leaves out of a page (menus, share rows, related links, footers) is
listed as removed ``boilerplate`` so that a user can see what was dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from newsprism.clean.lines import words

BLOCKS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 blockquote pre td th dt dd figcaption caption section article header footer "
    "nav aside main address form label button a time span".split()
)
SKIP = frozenset(["script", "style", "noscript", "template", "svg", "head", "iframe", "object"])
WHOLE_PAGE = re.compile(r"<(?:html|body|head)\b", re.I)


@dataclass(frozen=True)
class PageText:
    text: str
    """Body text, one paragraph per line."""
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    boilerplate: tuple[str, ...] = ()
    """Visible text blocks of the page that are not in the body."""


def is_whole_page(html: str) -> bool:
    return WHOLE_PAGE.search(html[:4096]) is not None


def page_text(html: str, url: str | None) -> PageText:
    """Main text and metadata of a whole HTML page."""
    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
    )
    document: dict[str, Any] = {} if found is None else found if isinstance(found, dict) else found.as_dict()
    body = document.get("text") or ""
    if not body.strip():
        return PageText(fragment_text(html), boilerplate=())
    return PageText(
        text=body,
        title=document.get("title"),
        author=document.get("author"),
        published=document.get("date"),
        outlet=document.get("sitename"),
        boilerplate=tuple(_left_out(html, body)),
    )


def fragment_text(html: str) -> str:
    """Text of an HTML fragment, one block element per line."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    return "\n".join(_blocks(root))


def _blocks(root: lxml.html.HtmlElement) -> list[str]:
    """The visible text of each innermost block, in document order."""
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(current).split())
        if text:
            out.append(text)
        current.clear()

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in SKIP:
            return
        block = tag in BLOCKS and tag not in ("a", "span", "time", "label")
        if block or tag == "br":
            flush()
        if element.text and tag not in SKIP:
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return out


def _left_out(html: str, body: str) -> list[str]:
    """Page blocks with words that the body does not contain, in page order, once each."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    body_key = " ".join(words(body.lower()))
    seen: set[str] = set()
    left: list[str] = []
    for block in _blocks(root.body if root.find("body") is not None else root):
        key = " ".join(words(block.lower()))
        if key and key not in seen and key not in body_key:
            seen.add(key)
            left.append(block)
    return left
