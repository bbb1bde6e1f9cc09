"""Quotes, entities and the timeline of a whole story: the example story and the seeds, end to end.

Keywords for the seeds come from the issue that set these checks (no seed text is kept here).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.model import Quote, Report

EXPECTED = json.loads((Path(__file__).parent / "data" / "examples_expected.json").read_text(encoding="utf-8"))


def cluster(report: Report, words: str) -> Quote:
    """The quote cluster one of whose variants holds ``words``."""
    return next(q for q in report.quotes if any(words in v.content.text.lower() for v in q.variants))


def test_the_speaker_named_only_in_an_earlier_paragraph_is_found(example_report: Report) -> None:
    case = EXPECTED["speaker_earlier"]
    quote = cluster(example_report, case["quote"].lower())
    (variant,) = [v for v in quote.variants if v.content.article == case["article"]]
    assert variant.kind == "direct" and variant.speaker == case["speaker"]
    assert variant.source is not None and variant.source.text.lower() == "she"


def test_the_quote_a_rewrite_reworded_shows_both_wordings(example_report: Report) -> None:
    quote = cluster(example_report, "visibility was")
    wordings = {v.content.article: v.content.text for v in quote.variants}
    assert {"01-wire", "02-reprint", "rewrite-daily"} <= set(wordings)
    assert "less than 100 metres" in wordings["01-wire"] and "under 100 metres" in wordings["rewrite-daily"]
    assert quote.speaker == "Henrik Dahl" and not quote.speakers_differ


def test_the_minister_and_the_passenger_who_share_a_surname_stay_apart(example_report: Report) -> None:
    people = {e.name: e for e in example_report.entities if e.type == "person"}
    assert {"Elena Varga", "Tomas Varga"} <= set(people)
    assert "Varga" in people["Elena Varga"].aliases and "Varga" not in people["Tomas Varga"].aliases


def test_the_undated_wire_story_is_dated_from_the_story(example_report: Report) -> None:
    collision = [t for t in example_report.timeline
                 if any(e.article == "01-wire" and "collided" in e.text for e in t.evidence)]
    assert [t.date for t in collision] == ["2025-03-11"]
    assert collision[0].reference is not None and "01-wire: publication date inferred" in collision[0].reference


@pytest.mark.parametrize(("words", "speaker", "articles"), [
    ("came here", "Vladimir Putin", 2),
    ("rocket engineering", "Vladimir Putin", 5),
    ("always support", "Kim Jong-un", 4),
])
def test_seed_quotes_form_one_cluster_with_the_right_speaker(seeds_report: Report, words: str, speaker: str,
                                                              articles: int) -> None:
    quote = cluster(seeds_report, words)
    assert quote.speaker == speaker and quote.articles >= articles
    assert not quote.speakers_differ
    assert sum(words in q.text.lower() for q in seeds_report.quotes) <= 1  # no second cluster leads with it


def test_seed_rocket_remarks_keep_all_three_wordings(seeds_report: Report) -> None:
    quote = cluster(seeds_report, "rocket engineering")
    direct = {v.content.article for v in quote.variants if v.kind == "direct"}
    assert len(direct) >= 3 and len({v.content.text for v in quote.variants if v.kind == "direct"}) >= 3
