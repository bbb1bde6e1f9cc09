"""Repetition as evidence: lines that recur across the pages cleaned together are page furniture.

Menus, footers, 'related stories' rows, share rows, newsletter pitches and copyright lines are printed on every
page of a site's template, and generic widget lines on the pages of many sites; an article's own prose is not.
When several pages are cleaned together (a story's articles, an ``ingest`` batch, an evaluation over a corpus),
:func:`gather` reads every page's lines once, each reduced to a key (:func:`line_key`: case, digits and white space
folded, punctuation dropped), and finds

- the keys a site prints on pages of at least :data:`SITE_STORIES` different stories (pages whose prose lines
  mostly agree, :func:`same_story`, are versions of one story: an update's paragraphs are no template);
- the keys printed on pages of at least :data:`OTHER_SITES` sites and as many stories (generic widget text:
  'Scroll down for video', 'Enlarge', 'ALSO:').

Neither ever takes a line that reads as a plain sentence on any page of the batch
(:func:`newsprism.clean.boilerplate.plain_sentence`): sites and their police repeat report sentences ('No arrest
has been made.', 'The investigation is ongoing.', a Crime Stoppers appeal), and those are the articles' own.

:func:`mark` then removes, with the reason ``boilerplate``, the lines the rules and the line classifier kept whose
key is among the page's site's keys or the generic ones, except protected body: a long paragraph of prose
(:func:`newsprism.clean.features.long_prose`), a list item or fact-box row (:func:`newsprism.clean.context.list_line`:
a site's fact-box template repeats its labels), an update marker ('Original story:') and a dateline on its own line;
at least one body line always stays. A page cleaned alone has nothing to compare with and is cleaned exactly as
before. The thresholds were calibrated on the hand-labelled dev
pages of the gunviolence corpus (label batches 1 to 4; the test part was never read), leave-outlets-out, with the
whole corpus (4,195 pages from 922 sites) as the batch.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsprism.clean.boilerplate import plain_sentence
from newsprism.clean.context import list_line, update_marker
from newsprism.clean.features import long_prose
from newsprism.clean.lines import Line, ends_sentence, split_lines, words
from newsprism.clean.sections import heads_prose
from newsprism.model import ClutterKind
from newsprism.typography import DASHES

SITE_STORIES = 3
"""A line printed on pages of at least this many different stories of one site is the site's template. On the
gunviolence dev pages (leave-outlets-out, the whole corpus as the batch) 2 takes body lines of a site's fact boxes
and of a story re-posted under two incidents; from 3 on no body line of a dev page is taken."""
OTHER_SITES = 4
"""A line that is no sentence, printed by at least this many sites, is generic widget text."""
STORY_LINE_WORDS = 20
"""A line of this many words ending like a sentence is prose that tells one story from another (:func:`stories`)."""
STORY_SHARE = 0.5
"""Two pages of one site that share at least this share of the prose lines of the one with fewer are versions of
one story (an update, a re-post under another incident): their common lines are no evidence of a template."""
DIGITS = re.compile(r"\d+")


def line_key(text: str) -> str:
    """The line's words, lower case, every run of digits one '0' ('© 2016 WXYZ-TV' and '© 2017 WXYZ-TV' agree)."""
    return DIGITS.sub("0", " ".join(words(text)).lower())  # as word by word: a run of digits stays in its word


def site_of(url: str | None, outlet: str | None) -> str | None:
    """The site a page comes from: its URL's host without 'www.', else the outlet its container names."""
    host = urlsplit(url).hostname if url else None
    if host:
        return host.removeprefix("www.")
    return outlet.strip().lower() if outlet and outlet.strip() else None


@dataclass(frozen=True)
class PageLines:
    """One page's line keys and the keys of its prose lines (what tells its story from others)."""

    site: str | None
    keys: frozenset[str]
    prose: frozenset[str]
    sentences: frozenset[str]
    """keys of the lines that read as a plain sentence (:func:`newsprism.clean.boilerplate.plain_sentence`)"""


def page_lines(text: str, site: str | None) -> PageLines:
    """The keys of the page's lines, read as :func:`newsprism.clean.text.clean_text` reads them
    (:func:`newsprism.clean.lines.split_lines` of the same text), so that :meth:`Repeats.touching` is all that
    :func:`mark` can find on the page."""
    lines = split_lines(text)
    read = [(line.text, line_key(line.text)) for line in lines]  # each line's key worked out once
    keys = frozenset(key for _, key in read if key)
    prose = frozenset(key for line, key in read if len(words(line)) >= STORY_LINE_WORDS and ends_sentence(line))
    sentences = frozenset(key for line, key in read if plain_sentence(line))
    return PageLines(site, keys, prose, sentences)


@dataclass(frozen=True)
class Repeats:
    """What a batch says about its lines: per site the keys of its template, and the generic widget keys."""

    site_keys: dict[str, frozenset[str]]
    generic: frozenset[str]

    def for_site(self, site: str | None) -> frozenset[str]:
        """The keys that are clutter on a page of ``site``."""
        return self.generic | self.site_keys.get(site, frozenset()) if site else self.generic

    def touching(self, page: PageLines) -> frozenset[str]:
        """The keys that are clutter on ``page`` and that its lines have: all that :func:`mark` can find on it (a
        page's cleaning depends on the batch through these alone, so they key a kept cleaning of it)."""
        return self.for_site(page.site) & page.keys


NO_REPEATS = Repeats({}, frozenset())
"""A page cleaned alone: nothing repeats."""


def gather(pages: Sequence[PageLines]) -> Repeats:
    """The repeated keys of a batch of pages (see the module's docstring)."""
    by_site: dict[str, list[PageLines]] = defaultdict(list)
    for page in pages:
        if page.site:
            by_site[page.site].append(page)
    site_keys = {site: keys for site, members in by_site.items() if (keys := _template(members))}
    return Repeats(site_keys, _generic(pages))


def _holders(pages: Sequence[PageLines], least: int) -> dict[str, list[PageLines]]:
    """The pages that print each key printed by at least ``least`` pages."""
    holders: dict[str, list[PageLines]] = defaultdict(list)
    for page in pages:
        for key in page.keys:
            holders[key].append(page)
    return {key: held for key, held in holders.items() if len(held) >= least}


def _template(pages: list[PageLines]) -> frozenset[str]:
    """The keys one site prints on pages of at least :data:`SITE_STORIES` different stories that never read as a
    plain sentence: a site's reports repeat short sentences ('No arrest has been made.') and its police's tip-line
    appeal, which are the articles' own."""
    sentences = frozenset().union(*(page.sentences for page in pages))
    return frozenset(key for key, held in _holders(pages, SITE_STORIES).items()
                     if key not in sentences and _distinct(held, SITE_STORIES, same_site=True))


def _generic(pages: Sequence[PageLines]) -> frozenset[str]:
    """The keys printed on pages of at least :data:`OTHER_SITES` sites and as many stories that never read as a
    plain sentence; a page of no known site is a site of its own."""
    sentences = frozenset().union(*(page.sentences for page in pages))
    return frozenset(key for key, held in _holders(pages, OTHER_SITES).items()
                     if key not in sentences and _distinct(held, OTHER_SITES, same_site=False))


def _distinct(held: list[PageLines], need: int, same_site: bool) -> bool:
    """Whether ``held`` has ``need`` pages of different stories (:func:`same_story`), and of different sites
    unless ``same_site``: picked greedily, so that versions of one story never join two stories together."""
    picked: list[PageLines] = []
    for page in held:
        if all(not same_story(page, other) and (same_site or _site(page) != _site(other)) for other in picked):
            picked.append(page)
            if len(picked) >= need:
                return True
    return False


def _site(page: PageLines) -> str:
    return page.site or f"page {id(page)}"


def same_story(one: PageLines, other: PageLines) -> bool:
    """Versions of one story (an update, a re-post, the same wire copy): they share at least :data:`STORY_SHARE`
    of the prose lines of the one with fewer."""
    fewer = min(len(one.prose), len(other.prose))
    return fewer > 0 and len(one.prose & other.prose) >= STORY_SHARE * fewer


def mark(lines: list[Line], kinds: list[ClutterKind | None], repeated: frozenset[str]) -> None:
    """Mark as ``boilerplate`` the kept lines whose key the batch found repeated, but never protected body and
    never the last body line."""
    if not repeated:
        return
    kept = [i for i, kind in enumerate(kinds) if kind is None]
    hits = [i for i in kept if line_key(lines[i].text) in repeated and not _protected(lines[i].text)
            and not heads_prose(lines, kinds, i)]
    if len(hits) == len(kept):
        hits = hits[:-1]
    for i in hits:
        kinds[i] = "boilerplate"


def _protected(text: str) -> bool:
    return (long_prose(text) or list_line(text) or update_marker(text)
            or bool(UPDATE_MARKER.match(text) or LONE_DATELINE.match(text)))


UPDATE_MARKER = re.compile(r"^\W*(?:original(?: story| post| report| article)?|updated?|earlier|"
                           r"previously(?: reported)?)\b[^.!?]{0,40}:\W*$", re.I)
"""'Original story:', 'UPDATE:', 'Previously reported:': the article's own marks between its versions (labels/README.md
calls them body); many sites print them, so repetition would take them."""
LONE_DATELINE = re.compile(rf"^[A-Z][A-Z.'’ -]*(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,3}})?\s*(?:\([^)]{{2,40}}\))?"
                           rf"\s*[{DASHES}]+$")
"""A dateline standing on its own line ('JACKSONVILLE, Fla. -'): the article's place, read into the dateline field
by :mod:`newsprism.clean.text`; a site prints one of its few cities on many pages."""
