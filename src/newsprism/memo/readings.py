"""Per-article and per-text readings of one story, kept between its analyses (issue #20 item 5).

Most of a whole-story stage is reading each article on its own (its entity mentions, its quotes, its victims)
or each sentence on its own (its figures, its content words), and only a small merge reads the story as a
whole. A step marked :func:`per_article` (a function of one parsed article and hashable options) or
:func:`per_text` (a function of strings and hashable options alone) has its result kept in the story's
:class:`Readings` while they are active (:meth:`Readings.active`, around the stages of one analysis): a story
analysed again with one more article reads only that article, and the merges run on the kept readings.

Keys: an article's readings are kept under the digest of the article as parsed and the options the parse ran
with (the key :class:`~newsprism.story_cache.StoryCache` parses under: an edited article, or another spaCy
model, is a new article), the step's name and its other arguments (a step's options: another option is another
reading); a text's under the step's name and its arguments. The steps are pure functions of those, so a kept
reading is the reading a full analysis computes: a hit never changes the report. Outside an active
:class:`Readings` (tests, evaluations calling a stage directly) every call reads afresh.

Memory: an article's readings go with the article, a text's when an analysis went by without asking for it;
only readings that grow with the story (one per article, sentence or aligned pair) are kept, never one per
sentence and disputed value (a whole-story scan asks those of every sentence: kept, they would grow with the
story times its conflicts).

A kept result is shared by later analyses: a list comes back as a fresh list (callers may append to it), its
items as they were (frozen records, or records no stage changes in place).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
A = TypeVar("A")

_ACTIVE: ContextVar[Readings | None] = ContextVar("newsprism_readings", default=None)


class Readings:
    """One story's kept readings: per article (under the article's content key) and per text."""

    def __init__(self) -> None:
        self._keys: dict[int, tuple[object, str]] = {}
        self._articles: dict[str, dict[tuple[Hashable, ...], object]] = {}
        self._texts: dict[tuple[Hashable, ...], object] = {}
        self._earlier: dict[tuple[Hashable, ...], object] = {}
        self.fresh: set[str] = set()
        """the content keys of the articles some step read afresh since the last :meth:`register`"""

    def register(self, articles: Sequence[object], keys: Sequence[str]) -> None:
        """The analysis's parsed articles and their content keys; readings of articles gone from the story go, and
        so do the text readings the last analysis did not ask for (those of texts gone from the story: what is
        kept stays within two analyses' readings)."""
        self._keys = {id(article): (article, key) for article, key in zip(articles, keys, strict=True)}
        self._articles = {key: self._articles.get(key, {}) for key in keys}
        self._earlier, self._texts = self._texts, {}
        self.fresh = set()

    def forget_articles(self) -> None:
        """Hold no registered article any more, nor their readings (a one-analysis story cache once the parsed
        articles are read: they hold their spaCy Docs, and no next analysis asks their readings); a step asked of
        an article afterwards reads it afresh (the same reading). Issue #20: a one-event story's entity mentions,
        quotes and dated mentions per article, about 0.6 MB an article, were held to the end of the analysis."""
        self._keys, self._articles = {}, {}

    def forget_steps(self, *modules: str) -> None:
        """Drop every article's readings of the steps defined in ``modules`` (or their submodules: step names are
        ``module.function``), the articles kept (a one-analysis story cache once the stage that alone asks them is
        done); a step asked of an article afterwards reads it afresh (the same reading). Issue #20: the entity
        mentions, definite nouns and quotes per article were held through every later stage to the timeline."""
        prefixes = tuple(f"{module}." for module in modules)
        for kept in self._articles.values():
            for step in [step for step in kept if str(step[0]).startswith(prefixes)]:
                del kept[step]

    @contextmanager
    def active(self) -> Iterator[Readings]:
        """Keep and reuse readings within the block (the stages of one analysis)."""
        token = _ACTIVE.set(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)

    def key_of(self, article: object) -> str | None:
        """The content key ``article`` was registered under (None: not one of the analysis's articles)."""
        held = self._keys.get(id(article))
        return held[1] if held is not None and held[0] is article else None

    def article_reading(self, key: str, step: tuple[Hashable, ...], read: Callable[[], R]) -> R:
        kept = self._articles.setdefault(key, {})
        if step not in kept:
            self.fresh.add(key)
        return _recall(kept, step, read)

    def text_reading(self, step: tuple[Hashable, ...], read: Callable[[], R]) -> R:
        return _recall(self._texts, step, read, self._earlier)

    def forget_texts(self, *names: str) -> None:
        """Drop the text readings of the steps named ``names``, or every text reading where none is named (a
        one-analysis cache, once no later stage asks them: :func:`forget`). Asked again, a text is read afresh."""
        if not names:
            self._texts, self._earlier = {}, {}
            return
        for held in (self._texts, self._earlier):
            for step in [step for step in held if step[0] in names]:
                del held[step]

    def __len__(self) -> int:
        """How many readings are kept (articles' and texts')."""
        return sum(len(kept) for kept in self._articles.values()) + len({*self._texts, *self._earlier})


_MISSING = object()


def _recall(kept: dict[tuple[Hashable, ...], Any], step: tuple[Hashable, ...], read: Callable[[], R],
            earlier: dict[tuple[Hashable, ...], Any] | None = None) -> R:
    """The reading ``kept`` (else ``earlier``) holds under ``step``, else ``read()``; kept in ``kept`` either way."""
    found: Any = kept.get(step, _MISSING)
    if found is _MISSING:
        found = earlier.get(step, _MISSING) if earlier is not None else _MISSING
        if found is _MISSING:
            found = read()
            found = list(found) if type(found) is list else found
        kept[step] = found
    return list(found) if type(found) is list else found  # type: ignore[return-value]


def recall(step: tuple[Hashable, ...], read: Callable[[], R]) -> R:
    """``read()``, kept in the active :class:`Readings` under ``step`` (a name and the values the reading is a pure
    function of): for a step whose arguments are records, keyed by the parts of them it reads."""
    readings = _ACTIVE.get()
    return read() if readings is None else readings.text_reading(step, read)


def per_article(function: Callable[Concatenate[A, P], R]) -> Callable[Concatenate[A, P], R]:
    """Keep ``function(article, *options)`` in the active :class:`Readings`, under the article's content key, the
    function's name and the options (hashable)."""
    name = f"{function.__module__}.{function.__qualname__}"

    @functools.wraps(function)
    def kept(article: A, /, *args: P.args, **kwargs: P.kwargs) -> R:
        readings = _ACTIVE.get()
        key = readings.key_of(article) if readings is not None else None
        if readings is None or key is None:
            return function(article, *args, **kwargs)
        return readings.article_reading(key, (name, *args, *sorted(kwargs.items())),
                                        lambda: function(article, *args, **kwargs))

    return kept


def per_text(function: Callable[P, R]) -> Callable[P, R]:
    """Keep ``function(*texts_and_options)`` in the active :class:`Readings`, under its name and its arguments
    (strings and other hashable values)."""
    name = f"{function.__module__}.{function.__qualname__}"

    @functools.wraps(function)
    def kept(*args: P.args, **kwargs: P.kwargs) -> R:
        readings = _ACTIVE.get()
        if readings is None:
            return function(*args, **kwargs)
        step = (name, *args, *sorted(kwargs.items())) if kwargs else (name, *args)
        return readings.text_reading(step, lambda: function(*args, **kwargs))

    return kept


def forget(function: Callable[..., object]) -> None:
    """The active :class:`Readings` lets go of every text reading of ``function`` (a :func:`per_text` step): for a
    step that only one stage asks, once that stage is done in an analysis no next one will read (issue #20). Asked
    again afterwards, a text is read afresh (the same reading)."""
    readings = _ACTIVE.get()
    if readings is not None:
        readings.forget_texts(f"{function.__module__}.{function.__qualname__}")
