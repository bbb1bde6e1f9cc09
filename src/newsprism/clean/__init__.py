"""Clean: from a raw article to an :class:`~newsprism.model.Article` with body text and metadata.

Text is cleaned line by line (:mod:`newsprism.clean.text`); HTML goes through
trafilatura first (:mod:`newsprism.clean.html`). Metadata the container states (a
JSON field, a feed entry, an HTML meta tag) wins over metadata found in the text.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace

from newsprism.clean.dates import publication_date
from newsprism.clean.html import fragment_text, is_whole_page, page_text
from newsprism.clean.lines import forget_lines
from newsprism.clean.metadata import agency, parse_date, person_names
from newsprism.clean.outlets import (
    OutletEvidence,
    TextCredits,
    choose_outlet,
    container_outlet,
    dateline_credit,
    text_credits,
    with_footer,
)
from newsprism.clean.text import CleanedText, clean_text, line_kind
from newsprism.config import CleanConfig
from newsprism.errors import E, InputFailure, fail, problem
from newsprism.ingest.raw import RawArticle
from newsprism.model import Article, RemovedLine

__all__ = ["clean_article"]

log = logging.getLogger(__name__)


Prepared = tuple[str, RawArticle, tuple[str, ...]]
"""A raw article's text to clean, its container's metadata (page metadata added) and the page's left-out blocks."""


def clean_article(raw: RawArticle, config: CleanConfig, repeated: frozenset[str] = frozenset(),
                  prepared: Prepared | None = None, keep_headline: bool = False) -> Article:
    """Clean one raw article; raises InputFailure when no article text is left. ``repeated``: the line keys the
    pages cleaned with it repeat; ``prepared``: its text already extracted (both from
    :func:`newsprism.clean.batch.clean_batch`); ``keep_headline``: a page whose body cleans to nothing but that has
    a title (its container's or page's, or one its text opens with) is kept with an empty body, logged as E021."""
    forget_lines()
    text, hints, boilerplate = prepared or _text_and_hints(raw)
    name = raw.source if raw.format != "json" else f"{raw.source} ({raw.id})"
    if len(text) > config.max_chars:
        raise fail(E.TOO_LONG, name, chars=len(text), limit=config.max_chars)
    cleaned = clean_text(text, hints.title, config, repeated)
    if not cleaned.paragraphs and not (keep_headline and (hints.title or cleaned.found.title)):
        raise _refused(name, cleaned.removed, _outlet(hints, cleaned, text, boilerplate=boilerplate))
    if not cleaned.paragraphs:
        log.warning("%s: %s %s", name, E.HEADLINE_ONLY.code, problem(
            E.HEADLINE_ONLY, name, detail=f"{len(cleaned.removed)} lines looked like page clutter").message)
    removed = [*(RemovedLine(text=b, reason=line_kind(b) or "boilerplate") for b in boilerplate), *cleaned.removed]
    if raw.html is not None:  # line numbers of extracted text would not point into the page
        removed = [line.model_copy(update={"line": None}) for line in removed]
    return _article(raw, hints, cleaned, removed, text, boilerplate)


def _text_and_hints(raw: RawArticle) -> Prepared:
    """The text to clean, the container's metadata (page metadata added) and the page's left-out blocks."""
    if raw.html is None:
        return raw.text or "", raw, ()
    if not is_whole_page(raw.html):
        return fragment_text(raw.html), raw, ()
    page = page_text(raw.html, raw.url)
    hints = replace(raw, title=raw.title or page.title, outlet=raw.outlet or page.outlet,
                    published=raw.published or page.published,
                    byline=raw.byline or tuple(n for n in [page.author] if n))
    return page.text, hints, page.boilerplate


def _article(raw: RawArticle, hints: RawArticle, cleaned: CleanedText, removed: list[RemovedLine],
             text: str, boilerplate: tuple[str, ...] = ()) -> Article:
    found = cleaned.found
    stated = _byline(hints.byline)
    credits = [agency(name) for name in hints.byline if agency(name)]
    in_text = text_credits(text.split("\n"), outlets=not container_outlet(hints.outlet))
    outlet = _outlet(hints, cleaned, text, in_text, boilerplate)
    return Article(
        id=raw.id,
        source=raw.source,
        format=raw.format,
        url=hints.url,
        title=hints.title or found.title,
        subtitle=found.subtitle,
        byline=stated or found.byline,
        outlet=outlet.name if outlet else None,
        outlet_source=outlet.source if outlet else None,
        published=_iso(hints.published) or _stated_date(text),
        dateline=found.dateline,
        credit=_wire(found.credit) or in_text.agency or (credits[0] if credits else None),
        text="\n\n".join(cleaned.paragraphs),
        removed=removed,
    )


def _outlet(hints: RawArticle, cleaned: CleanedText, text: str, in_text: TextCredits | None = None,
            boilerplate: tuple[str, ...] = ()) -> OutletEvidence | None:
    """The outlet (:func:`choose_outlet`); a page's footer left out of the body still gives its copyright line."""
    in_text = in_text or text_credits(text.split("\n"))
    return choose_outlet(hints.outlet, hints.url, cleaned.found.outlet, with_footer(in_text, boilerplate))


def _refused(name: str, clutter: list[RemovedLine], outlet: OutletEvidence | None) -> InputFailure:
    """No article text: a paywall, video or log-in page, a list of other stories' teasers; the kinds of its clutter
    lines, most first, say which. The outlet it names is still reported (issue #16)."""
    named = f"; the page names {outlet.name}" if outlet else ""
    kinds = ", ".join(f"{reason} {count}" for reason, count in Counter(line.reason for line in clutter).most_common())
    failure = fail(E.NOT_ARTICLE, name, detail=f"no paragraph reads like prose; {len(clutter)} lines looked like page "
                                               f"clutter{f' ({kinds})' if kinds else ''}{named}")
    return InputFailure(failure.item.model_copy(update={"outlet": outlet.name if outlet else None,
                                                        "removed": clutter}))


def _byline(names: tuple[str, ...]) -> list[str]:
    """Author names from a container's author field: agencies are credits, not people."""
    people: list[str] = []
    for name in names:
        if agency(name):
            continue
        people += person_names(name) or [name.strip()]
    return people


def _wire(credit: str | None) -> str | None:
    """The wire agency in a credit the line cleaner found ('WWJ/AP' -> 'AP'); a station's name is no credit."""
    if not credit:
        return None
    return agency(credit) or dateline_credit(f"({credit}) - x")[1]


def _stated_date(text: str) -> str | None:
    """The publication date the text states (read only when the container states none)."""
    stated = publication_date(text)
    return stated.iso if stated else None


def _iso(value: str | None) -> str | None:
    return parse_date(value) if value else None
