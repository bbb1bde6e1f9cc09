"""The seeds: five real articles copied from the web (read from ../shared at run time, never copied here).

Ground truth was annotated by hand as source line numbers: which lines are clutter or
metadata. Every other line must survive cleaning, whole.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from newsprism.clean import clean_article
from newsprism.config import CleanConfig, IngestConfig
from newsprism.ingest import read_inputs
from newsprism.model import Article

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

REMOVED_LINES = {
    "000_fb1508c63a1577de": {1, 3, 5, 7, 9, 10, 11, 13, 49, 51, 69, 71, 84, 104, 106, 109, 110, 111, 112, 113,
                             114, 116, 118},
    "001_bec0765ebc047201": {28},
    "002_0e30341d27dc35da": {1, 3, 5, 7, 9, 12, 14, 88},
    "003_3fb28538fe18c2b1": {1, 3, 5, 6},
    "004_7f18ab9d1eea9f17": set(),
}
TITLE_LINE = {"000_fb1508c63a1577de": 1, "002_0e30341d27dc35da": 1, "003_3fb28538fe18c2b1": 3}
METADATA = {
    # id: (byline, published, credit, dateline, outlet)
    "000_fb1508c63a1577de": (["Sarah Kim"], None, None, None, "Korea JoongAng Daily"),
    "001_bec0765ebc047201": ([], None, None, None, None),
    "002_0e30341d27dc35da": (["Ji Da-gyum"], "2023-09-13", None, "SEOUL", "The Korea Herald"),
    "003_3fb28538fe18c2b1": ([], "2023-09-13", "Reuters", "MOSCOW/SEOUL", None),
    "004_7f18ab9d1eea9f17": ([], None, None, None, None),
}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture(scope="module")
def cleaned() -> dict[str, Article]:
    raws = read_inputs([str(SEEDS)], IngestConfig()).articles
    return {raw.id: clean_article(raw, CleanConfig()) for raw in raws}


def _source_lines(seed: str) -> dict[int, str]:
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    return {n: _norm(line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()}


@pytest.mark.parametrize("seed", sorted(REMOVED_LINES))
def test_no_body_line_is_lost(cleaned: dict[str, Article], seed: str) -> None:
    article = cleaned[seed]
    body = _norm(article.text)
    fragments = [r.text for r in article.removed if r.reason in ("dateline", "credit")]
    for number, line in _source_lines(seed).items():
        if number in REMOVED_LINES[seed]:
            continue
        for fragment in fragments:
            line = line.replace(fragment, "").strip()
        assert line in body, f"line {number} lost"


@pytest.mark.parametrize("seed", sorted(REMOVED_LINES))
def test_every_clutter_line_is_out(cleaned: dict[str, Article], seed: str) -> None:
    removed = [(r.line, _norm(r.text)) for r in cleaned[seed].removed]
    lines = _source_lines(seed)
    for number in REMOVED_LINES[seed]:
        assert any(lines[number] in text and (at or 0) <= number for at, text in removed), f"line {number} kept"


@pytest.mark.parametrize("seed", sorted(METADATA))
def test_metadata_where_the_article_states_it(cleaned: dict[str, Article], seed: str) -> None:
    article = cleaned[seed]
    title = _source_lines(seed).get(TITLE_LINE[seed]) if seed in TITLE_LINE else None
    assert (article.title, article.byline, article.published, article.credit, article.dateline,
            article.outlet) == (title, *METADATA[seed])
