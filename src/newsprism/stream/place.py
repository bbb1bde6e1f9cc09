"""Place one batch: find its near-duplicates in the window, then give each article its story, in stream order.

Both steps run on the driver over what the workers computed (signatures, terms, vectors), so the local and the
Ray run take the same decisions. The outcome is a :class:`BatchPlan`: everything the batch writes, as data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from newsprism.blas import blas_threads
from newsprism.errors import E, problem
from newsprism.model import InputProblem
from newsprism.stream.dedup import Signatures
from newsprism.stream.dedup_records import DedupItem, DuplicateGroup, Link
from newsprism.stream.features import ItemFeatures
from newsprism.stream.prepare import Failed, Outcome, Prepared, Revision
from newsprism.stream.state import StreamState
from newsprism.stream.stories import SPLIT, STARTED, Decision

PLACE_BLAS_THREADS = 1
"""Threads numpy's BLAS may run while a batch is placed. Its products there are small (the merge check's cut
profiles, a few hundred stories by their top terms), and OpenBLAS's second thread spins more than it saves: the
backfill's `core` at 8,000 (bench_stream, idle 2-core machine) took 0.79 CPU ms per article with OpenBLAS's default
2 threads, 0.69-0.72 with one, the same decisions (digest equal)."""


@dataclass(frozen=True)
class Placed:
    """A fresh article with its place in the stream and the grouper story it joined or started."""

    article: Prepared
    position: int
    story: str


@dataclass(frozen=True)
class PlacedRevision:
    revision: Revision
    story: str
    """the grouper story of the article it revises (before this batch's merges)"""


@dataclass
class BatchPlan:
    """What one batch writes, in one transaction."""

    batch: int
    placed: list[Placed] = field(default_factory=list)
    revisions: list[PlacedRevision] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    groups: list[DuplicateGroup] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    """grouper story started in this batch -> its title (its first article's)"""
    failed: list[Failed] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)

    @property
    def duplicates(self) -> int:
        """Articles of this batch that are a copy of another (members of a duplicate group, not its original)."""
        copies = {member for group in self.groups for member, kind in group.kinds if kind != "original"}
        return sum(p.article.id in copies for p in self.placed)


def place(outcomes: Sequence[Outcome], state: StreamState) -> BatchPlan:
    """Dedup, then group, the batch's fresh articles; attach each revision to its article's story (numpy's BLAS
    on :data:`PLACE_BLAS_THREADS`)."""
    with blas_threads(PLACE_BLAS_THREADS):
        return _place(outcomes, state)


def _place(outcomes: Sequence[Outcome], state: StreamState) -> BatchPlan:
    plan = BatchPlan(state.batch)
    fresh = [o for o in outcomes if isinstance(o, Prepared)]
    plan.failed = [o for o in outcomes if isinstance(o, Failed)]
    plan.problems = [f.problem for f in plan.failed]
    plan.links, plan.groups = _dedup(fresh, state)
    start = len(state.grouper.decisions)
    for article in fresh:
        decision = state.grouper.add(ItemFeatures(article.id, article.terms, article.vector, article.published))
        if decision.kind == STARTED:
            plan.titles[decision.story] = article.title or "Untitled story"
        plan.placed.append(Placed(article, state.position + len(plan.placed), decision.story))
        state.items[article.id] = decision.story
    plan.decisions = state.grouper.decisions[start:]
    for decision in plan.decisions:
        if decision.kind == SPLIT:  # the items that moved are now the new story's
            state.items.update(dict.fromkeys(decision.members, decision.story))
    for revision in (o for o in outcomes if isinstance(o, Revision)):
        story = state.items.get(revision.item_id)
        if story is None:
            plan.problems.append(problem(E.NOT_ARTICLE, revision.raw.source, detail=(
                f"a new version of {revision.item_id}, whose first version could not be read; not stored")))
            continue
        plan.revisions.append(PlacedRevision(revision, state.root(story)))
    return plan


def _dedup(fresh: Sequence[Prepared], state: StreamState) -> tuple[list[Link], list[DuplicateGroup]]:
    if not fresh:
        return [], []
    items = [DedupItem(p.id, "", p.time, p.outlet, p.credit) for p in fresh]
    signatures = Signatures(np.stack([p.shingles for p in fresh]), np.stack([p.content for p in fresh]),
                            np.array([p.shingle_size for p in fresh], dtype=np.int64),
                            np.array([p.content_size for p in fresh], dtype=np.int64))
    before = len(state.dedup.links)
    state.dedup.add_signed(items, signatures)
    links = state.dedup.links[before:]
    return links, state.note_links(links)
