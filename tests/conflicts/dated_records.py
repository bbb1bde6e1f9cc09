"""One builder of `conflicts.dated.Dated` records for the dated-path tests (sentences written for the tests)."""

from __future__ import annotations

from newsprism.conflicts.dated import Dated
from newsprism.model import Evidence
from newsprism.values.moments import TimeValue


def dated(article: str, sentence: str, written: str, *, iso: str | None = None, clause: str | None = None,
          offset: int = 0) -> Dated:
    """`written` dated in `sentence` (its value read from `iso`, else from its last four characters, a year); the
    sentence starts at `offset` of its article; the clause is the whole sentence unless given."""
    start = offset + sentence.index(written)
    value = TimeValue.parse(iso or written[-4:])
    assert value is not None
    return Dated(value, Evidence(article=article, start=start, end=start + len(written), text=written),
                 Evidence(article=article, start=offset, end=offset + len(sentence), text=sentence),
                 sentence if clause is None else clause)
