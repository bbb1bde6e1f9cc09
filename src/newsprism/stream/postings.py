"""The story grouper's candidate index: which live stories an item's TF-IDF vector is nearest to, without visiting
every live story that shares a common word with it.

:class:`StoryPostings` is an inverted index from each term to the live stories holding it, each posting carrying
the term's weight in that story's summed TF-IDF vector (so a dot product needs no look-up in the story). An item
is scored against the ``k`` stories with the highest TF-IDF cosine (dot product over the story's norm), ties to
the older story, as :class:`~newsprism.stream.stories.StoryGrouper` asks.

MaxScore (Turtle and Flood, 1995), exact: the item's terms are read rarest first (highest weight, shortest
postings). A story's cosine is at most 1 per unit of item weight on each term it holds, and by Cauchy-Schwarz
the terms not yet read add at most the norm of their weights (every weight is positive). Once ``k`` stories are
found and that norm falls below the ``k``-th best cosine so far (by :data:`SAFETY`), no story first met in the
remaining terms can enter the top ``k``: those terms (the common words, whose postings hold most live stories)
only complete the dot products of the stories already found, each with one look-up per term. The stories found
are then scored again in the item's own term order, so every dot product is the same float as a full scan's,
and the ``k`` chosen are the same stories. With many live stories (a dense or backfilled feed) candidate
generation no longer grows with every live story that shares a word such as "officials" or "said".
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Mapping

SAFETY = 1e-9
"""Relative margin on the MaxScore bound: float sums in another order differ in the last bits; a story is left
out only when its bound is below the ``k``-th best by more than this share (far above rounding, far below any
difference that decides a candidate)."""

CHECK_DROP = 0.8
"""The ``k``-th best cosine is worked out again (one pass over the stories found) only when the bound has fallen
to this share of where it was last checked: a handful of checks per item instead of one per term. Any value in
(0, 1] gives the same candidates; only the work differs."""

Score = Callable[[int, float], float]
"""A story's cosine from its number and its dot product with the item."""


class StoryPostings:
    """term -> {story number: the term's weight in the story's summed TF-IDF vector}, for live stories, with each
    term's peak: at least the largest weight over norm of a live story on it (exact after :meth:`refresh`)."""

    def __init__(self) -> None:
        self._lists: dict[str, dict[int, float]] = {}
        self._peak: dict[str, float] = {}

    def put(self, story: int, sparse: Mapping[str, float], terms: Iterable[str], norm: float) -> None:
        """Record the story's current weights (``sparse``, of norm ``norm``) of ``terms``."""
        lists, peak = self._lists, self._peak
        for term in terms:
            weight = sparse[term]
            postings = lists.get(term)
            if postings is None:
                lists[term] = {story: weight}
            else:
                postings[story] = weight
            share = weight / (norm or 1.0)
            if share > peak.get(term, 0.0):
                peak[term] = share

    def remove(self, story: int, terms: Iterable[str]) -> None:
        """Drop the story from the postings of ``terms`` (it faded, merged or is rebuilt)."""
        lists = self._lists
        for term in terms:
            postings = lists.get(term)
            if postings is not None:
                postings.pop(story, None)

    def refresh(self, norm: Callable[[int], float]) -> None:
        """Work the peaks out again over the stories indexed now (``norm``: a story's norm), and forget the terms no
        live story holds: between two refreshes a peak only rises, so a faded story's would stay."""
        self._lists = {term: postings for term, postings in self._lists.items() if postings}
        self._peak = {term: max(weight / (norm(story) or 1.0) for story, weight in postings.items())
                      for term, postings in self._lists.items()}

    def dots(self, vector: Mapping[str, float]) -> dict[int, float]:
        """The dot product of ``vector`` with every story sharing one of its terms (a full scan)."""
        dots: dict[int, float] = {}
        get, lists = dots.get, self._lists
        for term, weight in vector.items():
            postings = lists.get(term)
            if postings:
                for story, value in postings.items():
                    dots[story] = get(story, 0.0) + weight * value
        return dots

    def nearest(self, vector: Mapping[str, float], k: int, cosine: Score,
                live: Callable[[int], bool]) -> tuple[list[int], dict[int, float]]:
        """The live stories sharing a term with ``vector`` (all of them when ``k`` or fewer, else the ``k`` of
        highest ``cosine``, ties to the lower number), sorted by number, and their dot products (item term order)."""
        dots = self._exact(vector, self._gather(vector, k, cosine, live))
        chosen = list(dots) if len(dots) <= k else heapq.nsmallest(k, dots, key=lambda n: (-cosine(n, dots[n]), n))
        return sorted(chosen), dots

    def _gather(self, vector: Mapping[str, float], k: int, cosine: Score, live: Callable[[int], bool]) -> set[int]:
        """The live stories that may be among the ``k`` nearest: every one met in the terms read by their largest
        possible share of a cosine first, until what the terms left can add (:meth:`_bounds`) is below the
        ``k``-th best cosine so far (a lower bound of the final ``k``-th best: dot products only grow)."""
        lists, peak = self._lists, self._peak
        order = sorted(vector.items(), key=lambda tw: -tw[1] * peak.get(tw[0], 0.0))
        bounds = self._bounds(order)
        partial: dict[int, float] = {}
        dead: set[int] = set()
        checked = math.inf
        for i, (term, weight) in enumerate(order):
            for story, value in (lists.get(term) or {}).items():
                if story in partial:
                    partial[story] += weight * value
                elif story not in dead:
                    if live(story):
                        partial[story] = weight * value
                    else:
                        dead.add(story)
            bound = bounds[i + 1] * (1 + SAFETY)
            if len(partial) >= k and bound < CHECK_DROP * checked:
                checked = bound  # the k-th best is worked out again only once the bound has dropped by a share
                if bound < heapq.nlargest(k, (cosine(n, d) for n, d in partial.items()))[-1]:
                    break
        return set(partial)

    def _bounds(self, order: list[tuple[str, float]]) -> list[float]:
        """For each position in the item's terms, the most the terms from there on can add to any story's cosine:
        the smaller of the sum of weight times peak and (Cauchy-Schwarz) the norm of their weights."""
        peak = self._peak
        by_peak, squares = [0.0] * (len(order) + 1), [0.0] * (len(order) + 1)
        for i in range(len(order) - 1, -1, -1):
            term, weight = order[i]
            by_peak[i] = by_peak[i + 1] + weight * peak.get(term, 0.0)
            squares[i] = squares[i + 1] + weight * weight
        return [min(p, math.sqrt(q)) for p, q in zip(by_peak, squares, strict=True)]

    def _exact(self, vector: Mapping[str, float], stories: set[int]) -> dict[int, float]:
        """The dot products of the given stories in the vector's own term order (the floats of :meth:`dots`)."""
        dots: dict[int, float] = {}
        lists = self._lists
        for term, weight in vector.items():
            postings = lists.get(term)
            if not postings:
                continue
            if len(postings) <= len(stories):
                for story, value in postings.items():
                    if story in stories:
                        dots[story] = dots.get(story, 0.0) + weight * value
            else:
                for story in stories:
                    held = postings.get(story)
                    if held is not None:
                        dots[story] = dots.get(story, 0.0) + weight * held
        return dots
