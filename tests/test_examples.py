"""The bundled example story, end to end: metadata, clutter out, body kept, sentences in place.

Ground truth is tests/data/examples_expected.json, written with the example articles.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.model import Article, Report

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = {k: v for k, v in json.loads((ROOT / "tests/data/examples_expected.json").read_text()).items()
            if isinstance(v, dict) and "title" in v}


@pytest.fixture(scope="module")
def report(example_report: Report) -> Report:
    return example_report


@pytest.fixture(scope="module")
def articles(report: Report) -> dict[str, Article]:
    return {a.id: a for a in report.articles}


def test_every_example_is_read_and_nothing_fails(report: Report) -> None:
    assert sorted(a.id for a in report.articles) == sorted(EXPECTED)
    assert report.problems == []


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_metadata(articles: dict[str, Article], article_id: str) -> None:
    got, want = articles[article_id], EXPECTED[article_id]
    assert (got.title, got.byline, got.outlet, got.credit, got.dateline) == (
        want["title"], want["byline"], want["outlet"], want["credit"], want["dateline"])
    assert (got.published or "")[:10] == (want["published"] or "")


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_clutter_is_out_and_body_is_in(articles: dict[str, Article], article_id: str) -> None:
    body = " ".join(articles[article_id].text.split())
    for clutter in EXPECTED[article_id]["clutter"]:
        assert " ".join(clutter.split()) not in body
    for sentence in EXPECTED[article_id]["body_sentences"]:
        assert sentence in body


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_sentences_slice_back_to_the_text(articles: dict[str, Article], article_id: str) -> None:
    article = articles[article_id]
    assert article.sentences
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
        for entity in sentence.entities:
            assert sentence.start <= entity.start < entity.end <= sentence.end
            assert article.text[entity.start:entity.end] == entity.text
