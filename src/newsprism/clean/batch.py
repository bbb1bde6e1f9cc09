"""Clean the pages of a batch together: the lines they repeat are evidence of clutter (:mod:`newsprism.clean.repeats`).

``pipeline.clean_all``, an ``ingest`` batch and the evaluations over a corpus go through :func:`clean_batch`: every
page's text is extracted once, the batch's repeated lines are gathered, then each page is cleaned as
:func:`newsprism.clean.clean_article` cleans it, with the repeated lines of its site and the generic ones removed
too. One page alone, or ``CleanConfig.batch_repeats`` off, is cleaned exactly as :func:`clean_article` cleans it.
A story's analysis (``pipeline.analyze_raw``) still cleans page by page, through ``StoryCache.clean``, which keeps
each page's cleaning for the story's next analysis.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.clean import Prepared, _text_and_hints, clean_article
from newsprism.clean.repeats import NO_REPEATS, Repeats, gather, page_lines, site_of
from newsprism.config import CleanConfig
from newsprism.errors import InputFailure
from newsprism.ingest.raw import RawArticle
from newsprism.model import Article, InputProblem


def clean_batch(raws: Sequence[RawArticle], config: CleanConfig,
                sites: Sequence[str | None] | None = None) -> list[Article | InputProblem]:
    """Clean every raw article with the evidence of the others; one article or problem per input, in order.
    ``sites``: the site of each page (default: its URL's host, else the outlet its container names)."""
    prepared: list[Prepared | InputProblem] = [_prepare(raw) for raw in raws]
    if sites is None:
        sites = [site_of(p[1].url, p[1].outlet) if isinstance(p, tuple) else None for p in prepared]
    repeats = _repeats(prepared, sites, config)
    out: list[Article | InputProblem] = []
    for raw, ready, site in zip(raws, prepared, sites, strict=True):
        if not isinstance(ready, tuple):
            out.append(ready)
            continue
        try:
            out.append(clean_article(raw, config, repeats.for_site(site), ready))
        except InputFailure as failure:
            out.append(failure.item)
    return out


def _prepare(raw: RawArticle) -> Prepared | InputProblem:
    try:
        return _text_and_hints(raw)
    except InputFailure as failure:
        return failure.item


def _repeats(prepared: Sequence[Prepared | InputProblem], sites: Sequence[str | None],
             config: CleanConfig) -> Repeats:
    """The batch's repeated lines; none when the option is off or there is nothing to compare with. A text longer
    than ``config.max_chars`` is refused later and gives no evidence."""
    pages = [page_lines(p[0], site) for p, site in zip(prepared, sites, strict=True)
             if isinstance(p, tuple) and len(p[0]) <= config.max_chars]
    if not config.batch_repeats or len(pages) < 2:
        return NO_REPEATS
    return gather(pages)
