"""PolNeAR's raw articles (read from ../shared at run time): cleaning must not remove body text.

The annotators marked every attribution's source, cue and content spans, and marked
page residue (share labels, 'Read the rest here.', sign-offs) as 'Discard'. Every span
that is not a Discard must still be in the cleaned title or body.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from newsprism.clean import clean_article
from newsprism.clean.lines import normalize
from newsprism.config import CleanConfig, IngestConfig
from newsprism.ingest import read_inputs

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear" / "data" / "dev"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/data/polnear is not beside the checkout")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", normalize(text)).split())


def _spans(article_id: str, source: str) -> list[tuple[str, str]]:
    """(label, text) of every annotated span of one article, all annotators."""
    spans = []
    for ann in sorted((DEV / "attributions").glob(f"{article_id}_*.ann")):
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if not line.startswith("T") or len(parts) < 3:
                continue
            label, offsets = parts[1].split(" ", 1)
            for piece in offsets.split(";"):
                start, end = map(int, piece.split())
                spans.append((label, _norm(source[start:end])))
    return spans


def test_no_annotated_span_is_lost() -> None:
    raws = read_inputs([str(DEV / "text")], IngestConfig()).articles
    assert len(raws) >= 20
    lost = []
    for raw in raws:
        article = clean_article(raw, CleanConfig())
        kept = _norm(f"{article.title or ''}\n{article.text}")
        source = (DEV / "text" / f"{raw.id}.txt").read_text(encoding="utf-8")
        lost += [(raw.id, text) for label, text in _spans(raw.id, source)
                 if label != "Discard" and text not in kept and not ATTRIBUTE.match(text)]
    assert lost == []


ATTRIBUTE = re.compile(r"^[\w:-]+=\"[^\"]*\"$")
"""A span that is one attribute of a tag ('author="name"' in an embedded post's tag, annotated as its source in
one dev article): markup a reader never sees, which cleaning takes out (:mod:`newsprism.clean.markup`)."""
