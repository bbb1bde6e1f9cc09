"""find_quotes on the real seed articles (read at run time from ../shared/seeds; skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.config import Config
from newsprism.model import QuoteVariant
from newsprism.nlp.sentences import parse
from newsprism.pipeline import analyze
from newsprism.quotes.extract import find_quotes

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def seed_quotes(resources) -> list[QuoteVariant]:
    if not SEEDS.is_dir():
        pytest.skip("the seed articles are not beside the checkout")
    report = analyze(sorted(str(path) for path in SEEDS.glob("*.txt")), Config(), resources)
    return [quote for parsed in parse(report.articles, resources, Config().nlp) for quote in find_quotes(parsed)]


def speakers_of(quotes: list[QuoteVariant], words: str) -> set[str | None]:
    return {q.speaker for q in quotes if q.kind == "direct" and q.content.text.startswith(words)}


def test_putin_and_kim_are_credited(seed_quotes: list[QuoteVariant]) -> None:
    assert speakers_of(seed_quotes, "That’s why we came") == {"Vladimir Putin"}
    assert speakers_of(seed_quotes, "We will always support") == {"Kim Jong Un"}


def test_experts_are_credited_by_name_not_to_kim_jong_un(seed_quotes: list[QuoteVariant]) -> None:
    experts = [q for q in seed_quotes if q.content.article.startswith("002") and q.kind == "direct"
               and q.source is not None and q.source.text in {"Kim", "Nam", "Nam Sung-wook", "Jeh"}
               and "Comrade" not in q.content.text and "visit" not in q.content.text]
    assert experts
    assert all(q.speaker in {"Kim Dong-yub", "Nam Sung-wook", "Jeh Sung-hoon"} for q in experts)
