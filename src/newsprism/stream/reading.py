"""Read a stream's sources one at a time, and decide what each article read is: fresh, a revision, or known.

Sources are what `newsprism analyze` reads (files, directories, globs, URLs, JSON Lines, feeds, WARC files),
read by :func:`newsprism.ingest.iter_source`. Each is read when the stream gets to it, and a JSON Lines file
one record at a time, so a large corpus (or one huge file) is never all in memory; one that cannot be read is
reported (its name and the problem) and the others go on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from newsprism.config import IngestConfig
from newsprism.errors import InputFailure
from newsprism.ingest import RawArticle, iter_source
from newsprism.ingest.sources import expand
from newsprism.model import InputProblem
from newsprism.store.identity import fingerprint, ident, unique_id
from newsprism.store.store import storable
from newsprism.stream.prepare import Entry, Fresh, Revision
from newsprism.stream.state import StreamState

Report = Callable[[InputProblem], None]


def read_sources(inputs: list[str], config: IngestConfig, report: Report) -> Iterator[RawArticle]:
    """Every article of every input, in order; each problem goes to ``report``."""
    sources, failures = expand(inputs)
    for failure in failures:
        report(failure.item)
    for source in sources:
        for item in iter_source(source, config):
            if isinstance(item, InputFailure):
                report(item.item)
            else:
                yield item


class Counter:
    """How many articles were read, fresh, revisions or already known."""

    def __init__(self) -> None:
        self.read = self.fresh = self.revisions = self.known = 0


def classify(raws: Iterable[RawArticle], state: StreamState, counts: Counter,
             clock: Callable[[], float] = time.time) -> Iterator[Entry]:
    """Each article not read before, as a :class:`Fresh` one with a stream-wide unique id, or as a
    :class:`Revision` of the article with its URL; articles already read (same URL and content) are counted
    and dropped. The ids depend on the order of reading only, so a rerun gives the same ids."""
    for raw in raws:
        counts.read += 1
        raw = storable(raw)
        print_ = fingerprint(raw)
        if print_ in state.seen:
            counts.known += 1
            continue
        key = ident(raw, print_)
        original = state.idents.get(key)
        if original is not None:
            version = state.versions.get(original, 1) + 1
            state.seen[print_], state.versions[original] = original, version
            counts.revisions += 1
            yield Revision(raw, print_, original, version)
            continue
        item_id = unique_id(raw.id, state.taken)
        state.taken.add(item_id)
        state.seen[print_], state.idents[key] = item_id, item_id
        counts.fresh += 1
        yield Fresh(replace(raw, id=item_id), print_, key, clock())
