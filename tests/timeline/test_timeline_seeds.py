"""The timeline of the five seed articles (read from ../shared at run time, never copied here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.align import align_story
from newsprism.config import Config
from newsprism.ingest import read_inputs
from newsprism.model import TimelineEvent
from newsprism.nlp import parse
from newsprism.pipeline import clean_all
from newsprism.timeline import build_timeline, references

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")


@pytest.fixture(scope="module")
def seeds(resources):
    config = Config()
    articles, _ = clean_all(read_inputs(sorted(str(p) for p in SEEDS.glob("*.txt")), config.ingest).articles,
                            config.clean)
    parsed = parse(articles, resources, config.nlp)
    alignment = align_story([p.article for p in parsed], resources.encoder)
    return parsed, build_timeline(parsed, alignment)


def _events(timeline: list[TimelineEvent], date_prefix: str, *keywords: str) -> list[TimelineEvent]:
    return [e for e in timeline if e.date.startswith(date_prefix)
            and any(k in x.text.lower() for x in e.evidence for k in keywords)]


def test_summit_is_on_september_13(seeds) -> None:
    summit = _events(seeds[1], "2023-09-13", "met", "meet", "summit")
    assert summit
    assert max(len({x.article for x in e.evidence}) for e in summit) >= 3


def test_missile_launches_the_same_morning(seeds) -> None:
    launches = _events(seeds[1], "2023-09-13T", "launches", "missile")
    assert launches
    assert all(e.precision == "time" and "T11:" in e.date for e in launches)


def test_kim_crossed_the_border_on_september_12(seeds) -> None:
    assert _events(seeds[1], "2023-09-12", "arrived", "crossing", "arrival")


def test_previous_summit_in_april_2019(seeds) -> None:
    assert [e.date for e in _events(seeds[1], "2019-04", "2019")] == ["2019-04"]


def test_undated_seeds_are_dated_from_the_others(seeds) -> None:
    refs = references(seeds[0])
    assert {r.day.isoformat() for r in refs if r.day} == {"2023-09-13"}
    assert [r.note is not None for r in refs] == [p.article.published is None for p in seeds[0]]


def test_seed_timeline_is_sorted_and_slices_back(seeds) -> None:
    parsed, timeline = seeds
    texts = {p.article.id: p.article.text for p in parsed}
    assert [e.date.split("/")[0] for e in timeline] == sorted(e.date.split("/")[0] for e in timeline)
    for event in timeline:
        for x in [*event.evidence, *event.expressions]:
            assert texts[x.article][x.start:x.end] == x.text
