"""What one analysis of a story leaves for the next, so that adding articles re-reads only them (issue #20 item 5).

A stored story grows an article at a time (the web app's 'add article', a stream's next report of the event);
analysed from scratch, every article is cleaned, parsed and encoded again and every candidate pair scored again.
A :class:`StoryCache` keeps, for one story:

- each page as read for cleaning (its text extracted, its lines' keys) under a digest of the article as read (its
  id, text and metadata: an article edited since is a new article);
- each article cleaned, under that digest and the part of the story's repetition evidence that touches it (the
  story's pages are cleaned together, as :func:`newsprism.pipeline.clean_all` cleans them: a line the story's pages
  repeat is clutter, :mod:`newsprism.clean.batch`); an added article that makes one of its lines repeated cleans
  it again, the others are kept;
- each article parsed, under a digest of the article as cleaned, and each of its paragraphs' Doc under the
  paragraph's text (an added reprint parses only its own paragraphs);
- the story's encoder cache (:class:`~newsprism.nlp.story_encoder.StoryEncoder`: each distinct text's vector and
  token states, sentences, quotes and clauses alike);
- the same-statement decisions on sentence pairs (alignment) and on quote pairs (quote clusters, with which quote
  is a trim of which), under the two texts (:class:`~newsprism.align.memo.PairMemo`);
- the per-article and per-text readings of the later stages (:class:`~newsprism.memo.Readings`: each article's
  entity mentions, quotes, victims and dated sentences, each sentence's figures and content words...), under
  the article's content key and the step's options.

Every step that reads the whole story (candidates, links, facts, reuse, entities, quotes, timeline, conflicts,
summary, outlets) runs again on the whole story, from these: what it computes from the same articles, vectors,
decisions and readings is what a full analysis computes, so the report is the one a from-scratch analysis gives
(a test compares the two), while the new article alone is parsed, encoded and read, only the pairs it brings
are scored, and the whole-story merges run on the kept readings.

:class:`StoryCaches` holds the caches of the last few stories analysed in a process (the web app's analysis
worker, a stream's executor), each valid for one configuration and one encoder.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from newsprism.align import SentenceTable
from newsprism.align.memo import PairDecision, PairMemo, QuoteMemo
from newsprism.clean.batch import Page, clean_page, evidence, read_page
from newsprism.config import CleanConfig, Config, NlpConfig
from newsprism.ingest import RawArticle
from newsprism.memo import Readings
from newsprism.model import Article, InputProblem
from newsprism.nlp import NlpResources, ParsedArticle, parse
from newsprism.nlp.encoder import Encoder
from newsprism.nlp.heap import return_free_memory
from newsprism.nlp.story_encoder import StoryEncoder
from newsprism.quotes.clusters import quoted_sentences

CACHED_STORIES = 2
"""Stories whose caches a process keeps (the most recently analysed). A 200-article story's cache holds its parsed
paragraphs and its sentences' token states, a few hundred MB; two let a worker alternate between two growing
stories without holding every story it ever analysed."""

Cleaned = Article | InputProblem
"""An article as cleaning left it, or the problem that kept it out of the story."""


class StoryCache:
    """One story's reusable readings; see the module's description. Give the same one to each analysis of the
    story (:func:`newsprism.pipeline.analyze_raw`); a fresh one analyses from scratch."""

    def __init__(self, keep: bool = True) -> None:
        self.keep = keep
        """False: the cache of one analysis alone (:func:`newsprism.pipeline.analyze_raw` without a cache: the
        CLI's): what only a next analysis would read is not kept (no pair decisions) or let go once the analysis
        read it for the last time (the sentences' token states: those no quote is written in once the alignment
        scored its candidates, :meth:`StoryEncoder.scored`, the rest after the quotes, :meth:`states_read`). Issue
        #20: a 500-article one-event story's token states were 720 MB and its pair decisions 170 MB, held to the
        end of an analysis whose cache was then thrown away."""
        self.links: PairMemo[PairDecision] | None = PairMemo() if keep else None
        self.quotes: QuoteMemo | None = QuoteMemo() if keep else None
        self.readings = Readings()
        self._encoder: StoryEncoder | None = None
        self._pages: dict[str, Page] = {}
        """each page as read for cleaning; a one-analysis cache keeps none (issue #20: a one-event story's pages, their
        extracted texts and lines' keys, are about 350 KB an article, 35 MB at 100 articles, held to the end for a
        next analysis that never comes)"""
        self._cleaned: dict[tuple[str, frozenset[str]], Cleaned] = {}
        self._parsed: dict[str, ParsedArticle] = {}
        self._pieces: tuple[str, dict[str, Any]] = ("", {})
        self.cleanings = 0
        """Pages cleaned by this cache so far (the others it returned were kept from an earlier analysis)."""

    def encoder(self, inner: Encoder) -> StoryEncoder:
        """The story's encoder cache over ``inner`` (started again if ``inner`` is another encoder)."""
        if self._encoder is None or self._encoder.inner is not inner:
            self._encoder = StoryEncoder(inner, spill=not self.keep)  # one analysis: the token states on disk
            if not self.keep:  # once scored, only the sentences the quotes are read from keep their states
                self._encoder.read_later = lambda table: quoted_sentences(list(self._parsed.values()), table)
        return self._encoder

    def states_read(self, table: SentenceTable) -> None:
        """The analysis read the sentences' token states for the last time (the quotes are read from them, after
        the alignment's scoring): a one-analysis cache lets them go, its encoder keeping the texts' vectors (the
        later stages ask vectors alone; a text asked again whole is encoded again, to the same states)."""
        if not self.keep:
            table.encoded.clear()
            if self._encoder is not None:
                self._encoder.forget_states()
            return_free_memory()  # the later stages start from what is live, not on the states' freed pages

    def parsed_read(self) -> None:
        """The analysis read the parsed paragraphs for the last time (the timeline is the last stage given them): a
        one-analysis cache lets their spaCy Docs go (issue #20: a 500-article one-event story's were about 200 MB,
        held through the conflicts, summary and outlets), the readings kept keeping no parsed article alive."""
        if not self.keep:
            self._parsed, self._pieces = {}, ("", {})
            self.readings.forget_articles()
            return_free_memory()

    def articles_read(self, *modules: str) -> None:
        """The analysis asked the per-article readings of the steps of ``modules`` for the last time (the stage
        that alone reads them is done): a one-analysis cache lets them go, keeping the articles' other readings
        (issue #20: a one-event story's entity mentions, definite nouns and quotes per article were held through
        the figures, quotes and timeline, where its peak is). A kept cache keeps them for the next analysis."""
        if not self.keep:
            self.readings.forget_steps(*modules)

    def texts_read(self, *steps: str) -> None:
        """The analysis asked the text readings of ``steps`` (every step's where none is named) for the last time:
        a one-analysis cache lets them go (issue #20: a pair of sentences' reuse differences and the conflicts'
        per-pair readings grow with the story's links, and were held through the summary and the outlets, where a
        one-event story's peak is). A kept cache keeps them for the next analysis."""
        if not self.keep:
            self.readings.forget_texts(*steps)
            return_free_memory()

    def clean(self, raws: list[RawArticle], config: CleanConfig) -> tuple[list[Article], list[InputProblem]]:
        """Every raw article cleaned with the evidence of the others, as :func:`newsprism.pipeline.clean_all`
        cleans them; one that has no article text becomes a problem, the rest go on. A page read before is not read
        again; one whose part of the evidence (:func:`newsprism.clean.batch.evidence`) is what it was when it was
        cleaned is not cleaned again (that part is all its cleaning reads of the others)."""
        setting = repr(config)
        keys = [_digest(setting + repr(raw)) for raw in raws]
        pages = {key: self._pages[key] if key in self._pages else read_page(raw, config)
                 for key, raw in zip(keys, raws, strict=True)}
        parts = list(zip(keys, evidence([pages[key] for key in keys], config), strict=True))
        cleaned: dict[tuple[str, frozenset[str]], Cleaned] = {}
        for raw, part in zip(raws, parts, strict=True):
            if part not in cleaned:
                cleaned[part] = self._cleaned[part] if part in self._cleaned else self._clean(raw, pages[part[0]],
                                                                                              config, part[1])
        if self.keep:  # articles gone from the story are forgotten
            self._pages, self._cleaned = pages, cleaned
        outcomes = [cleaned[part] for part in parts]
        return ([x for x in outcomes if isinstance(x, Article)], [x for x in outcomes if isinstance(x, InputProblem)])

    def _clean(self, raw: RawArticle, page: Page, config: CleanConfig, repeated: frozenset[str]) -> Cleaned:
        self.cleanings += 1
        return clean_page(raw, page, config, repeated, keep_headline=True)

    def parse(self, articles: list[Article], resources: NlpResources, config: NlpConfig,
              step: Callable[[int, int], None] | None = None) -> list[ParsedArticle]:
        """:func:`newsprism.nlp.parse` of the articles not parsed before (with these options); the others as parsed
        then. The parsed articles are the ones :attr:`readings` keeps readings of from now on. A new article's
        paragraphs that the story's articles hold already (a reprint's copy of the wire's paragraph) are not parsed
        again: they get the Doc parsed then (``parse``'s ``known``: the same text parsed by the same pipeline)."""
        setting = repr(config)
        keys = [_digest(setting + article.model_dump_json()) for article in articles]
        new = [n for n, key in enumerate(keys) if key not in self._parsed and keys.index(key) == n]
        known = len(articles) - len(new)
        inner = None if step is None else (lambda done, total: step(known + done, known + total))
        pieces = self._pieces[1] if self._pieces[0] == setting else {}
        fresh = parse([articles[n] for n in new], resources, config, inner, known=pieces)
        parsed = {key: self._parsed[key] for key in keys if key in self._parsed}
        parsed.update({keys[n]: p for n, p in zip(new, fresh, strict=True)})
        self._parsed = parsed
        self._pieces = (setting, {p.article.text[piece.start:piece.end]: piece.doc
                                  for p in parsed.values() for piece in p.paragraphs})
        if step is not None and not new:
            step(len(articles), len(articles))
        found = [parsed[key] for key in keys]
        self.readings.register(found, keys)
        return found


class StoryCaches:
    """The caches of the last :data:`CACHED_STORIES` stories analysed, each for one configuration. A cache is
    keyed by what it read (texts, articles as read), never by the story's id, so two stores' stories of one id
    sharing a cache would cost memory, never a wrong report."""

    def __init__(self, capacity: int = CACHED_STORIES) -> None:
        self.capacity = capacity
        self._caches: OrderedDict[str, tuple[str, StoryCache]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, story_id: str, config: Config) -> StoryCache:
        """The story's cache (a fresh one the first time, or when ``config`` changed since)."""
        setting = repr(config)
        with self._lock:
            held = self._caches.pop(story_id, None)
            cache = held[1] if held is not None and held[0] == setting else StoryCache()
            self._caches[story_id] = (setting, cache)
            while len(self._caches) > self.capacity:
                self._caches.popitem(last=False)
        return cache

    def forget(self, story_id: str) -> None:
        """Drop the story's cache (its analysis failed: the next one starts from scratch)."""
        with self._lock:
            self._caches.pop(story_id, None)


PROCESS_CACHES = StoryCaches()
"""The caches of this process's analyses of stored stories (:mod:`newsprism.store.analysis`,
:mod:`newsprism.stream.reanalyse`): a process that analyses a story again (the web app's worker after 'add
article', a stream run) reads only what changed."""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
