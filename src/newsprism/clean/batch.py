"""Clean the pages of a batch together: the lines they repeat are evidence of clutter (:mod:`newsprism.clean.repeats`).

Every path that cleans several pages goes through the steps here, so that one set of pages is cleaned one way:
``pipeline.clean_all``, an ``ingest`` batch and the evaluations over a corpus through :func:`clean_batch`, a story's
analysis (``pipeline.analyze_raw``) through ``StoryCache.clean``, which keeps each step's result for the story's
next analysis. The steps:

1. :func:`read_page`: a page's text extracted once and its lines' keys read (cheap next to cleaning);
2. :func:`evidence`: the batch's repeated lines gathered, and for each page the part of them that touches it (the
   repeated keys of its site and the generic ones that its own lines have);
3. :func:`clean_page`: the page cleaned as :func:`newsprism.clean.clean_article` cleans it, with that part removed
   too. A page's cleaning depends on the batch only through that part (:func:`newsprism.clean.repeats.mark` looks
   up each of its lines' keys), so a page whose part did not change cleans to the same article.

One page alone, or ``CleanConfig.batch_repeats`` off, is cleaned exactly as :func:`clean_article` cleans it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.clean import Prepared, _text_and_hints, clean_article
from newsprism.clean.repeats import NO_REPEATS, PageLines, gather, page_lines, site_of
from newsprism.config import CleanConfig
from newsprism.errors import InputFailure
from newsprism.ingest.raw import RawArticle
from newsprism.model import Article, InputProblem


@dataclass(frozen=True)
class Page:
    """One raw article read for its batch: its text to clean (or the problem that kept it out) and its lines' keys
    (None: it gives no evidence, being a problem or longer than ``CleanConfig.max_chars``, refused when cleaned)."""

    ready: Prepared | InputProblem
    lines: PageLines | None


def clean_batch(raws: Sequence[RawArticle], config: CleanConfig, sites: Sequence[str | None] | None = None,
                keep_headline: bool = False) -> list[Article | InputProblem]:
    """Clean every raw article with the evidence of the others; one article or problem per input, in order.
    ``sites``: the site of each page (default: its URL's host, else the outlet its container names);
    ``keep_headline``: a page with a title but no body is kept as a headline-only article (:func:`clean_page`)."""
    pages = [read_page(raw, config) if sites is None else read_page(raw, config, site, given=True)
             for raw, site in zip(raws, sites or [None] * len(raws), strict=True)]
    return [clean_page(raw, page, config, found, keep_headline)
            for raw, page, found in zip(raws, pages, evidence(pages, config), strict=True)]


def read_page(raw: RawArticle, config: CleanConfig, site: str | None = None, given: bool = False) -> Page:
    """The page's text extracted (an HTML page's main text) and its lines' keys, under ``site`` if ``given``, else
    under its own (:func:`newsprism.clean.repeats.site_of` its URL, else its outlet)."""
    try:
        ready = _text_and_hints(raw)
    except InputFailure as failure:
        return Page(failure.item, None)
    text, hints = ready[0], ready[1]
    if len(text) > config.max_chars:
        return Page(ready, None)
    return Page(ready, page_lines(text, site if given else site_of(hints.url, hints.outlet)))


def evidence(pages: Sequence[Page], config: CleanConfig) -> list[frozenset[str]]:
    """For each page, the batch's repeated keys that its own lines have: none when the option is off or there is
    nothing to compare with."""
    lines = [page.lines for page in pages if page.lines is not None]
    repeats = gather(lines) if config.batch_repeats and len(lines) >= 2 else NO_REPEATS
    return [repeats.touching(page.lines) if page.lines is not None else frozenset() for page in pages]


def clean_page(raw: RawArticle, page: Page, config: CleanConfig, repeated: frozenset[str],
               keep_headline: bool = False) -> Article | InputProblem:
    """The page cleaned with ``repeated`` (its part of the batch's evidence, :func:`evidence`); a page that has no
    article text becomes a problem, unless ``keep_headline`` and it has a title: then it is an article with an empty
    body (E021, logged), whose headline the analysis still reads (the figures stage reads titles)."""
    if not isinstance(page.ready, tuple):
        return page.ready
    try:
        return clean_article(raw, config, repeated, page.ready, keep_headline)
    except InputFailure as failure:
        return failure.item
