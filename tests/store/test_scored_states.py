"""Issue #20: a one-analysis story cache lets the token states of the sentences no quote is written in go once the
alignment scored its candidates (the quote clusters read the others), and the report stays the kept cache's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsprism import pipeline
from newsprism.config import Config
from newsprism.ingest import read_inputs
from newsprism.nlp import NlpResources
from newsprism.pipeline import analyze_raw
from newsprism.story_cache import StoryCache

FIRST = """Crane collapse shuts northern pier

The harbour authority closed the northern pier on Tuesday after a loading crane collapsed onto a cargo ship.

"We will not reopen the pier until every crane on it has been inspected," said harbour master Lena Ortiz.

Engineers spent the afternoon measuring the damaged beams under the crane.

The city council will meet on Friday to discuss the cost of the repairs.
"""

SECOND = """Northern pier closed after crane falls

A loading crane collapsed onto a cargo ship on Tuesday, and the harbour authority closed the northern pier.

Harbour master Lena Ortiz said the pier would stay shut until every crane on it had been inspected.

No one was hurt, according to the port's fire service.

Shipping companies moved their vessels to the southern quay for the rest of the week.
"""


def _stories(folder: Path) -> list[Any]:
    (folder / "first.txt").write_text(FIRST)
    (folder / "second.txt").write_text(SECOND)
    return read_inputs([str(folder)], Config().ingest).articles


def test_only_the_quoted_sentences_keep_their_states_through_the_quotes(
        resources: NlpResources, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raws = _stories(tmp_path)
    seen: dict[str, Any] = {}
    real = pipeline.cluster_quotes

    def watched(variants: Any, encoder: Any, memo: Any = None, sentences: Any = None) -> Any:
        seen["states"] = [len(x.states) for x in sentences.encoded]
        seen["texts"] = [s.text for s in sentences.sentences]
        seen["spans"] = [(v.content.article, v.content.start, v.content.end) for v in variants]
        seen["held"] = set(encoder._texts)
        return real(variants, encoder, memo, sentences)

    monkeypatch.setattr(pipeline, "cluster_quotes", watched)
    once = analyze_raw(raws, Config(), resources, cache=StoryCache(keep=False))
    first = dict(seen)
    kept = analyze_raw(raws, Config(), resources, cache=StoryCache())
    assert once.model_dump_json() == kept.model_dump_json()
    assert all(seen["states"])  # a kept cache keeps every sentence's states

    quoted = [any(a == s.article_id and b < s.end and c > s.start for a, b, c in first["spans"])
              for s in _sentence_places(kept)]
    assert any(quoted) and not all(quoted)  # the texts hold sentences of both kinds
    assert [bool(n) for n in first["states"]] == quoted
    keys = [" ".join(t.split()) for t in first["texts"]]
    assert {k for k, q in zip(keys, quoted, strict=True) if q} <= first["held"]
    assert not {k for k, q in zip(keys, quoted, strict=True) if not q} & first["held"]


class _Place:
    def __init__(self, article_id: str, start: int, end: int) -> None:
        self.article_id, self.start, self.end = article_id, start, end


def _sentence_places(report: Any) -> list[_Place]:
    return [_Place(a.id, s.start, s.end) for a in report.articles for s in a.sentences]
