"""The multi-source views of the HTML report in a real Chromium, at 1280 and 390 px: agreed facts, sources,
headlines, wording, the summary's origin counts, the timeline's story and background, and no article id as a name.

Screenshots go to test-output/screenshots (views-*.png) to be looked at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsprism.model import Report
from newsprism.outlets import source_names
from newsprism.render import to_html
from newsprism.reuse.direction import oriented

VIEWS = ["summary", "facts", "sources", "headlines", "wording", "figures", "timeline"]
WIDTHS = [1280, 390]


@pytest.fixture(scope="module", params=["example", "seeds"])
def story(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Report, str]:
    report: Report = request.getfixturevalue(f"{request.param}_report")
    path = tmp_path_factory.mktemp("views") / f"{request.param}.html"
    path.write_text(to_html(report), encoding="utf-8")
    return request.param, report, path.as_uri()


@pytest.fixture(params=WIDTHS)
def opened(request: pytest.FixtureRequest, browser: Any, story: tuple[str, Report, str]) -> Iterator[tuple[Any, int]]:
    """The report at one width, offline; the test fails on any script error."""
    width = request.param
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=width < 800, offline=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(story[2])
    yield page, width
    context.close()
    assert errors == []


def test_each_view_shows_and_fits_the_screen(opened: tuple[Any, int], story: tuple[str, Report, str],
                                             screenshots: Path) -> None:
    page, width = opened
    name, report, _ = story
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    for view in VIEWS:
        section = page.locator(f"#{view}")
        section.scroll_into_view_if_needed()
        assert section.is_visible()
        box = section.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        page.screenshot(path=str(screenshots / f"views-{name}-{view}-{width}.png"), timeout=120_000)
    assert page.locator("#sources .outlet-card").count() == len(report.articles)
    assert page.locator("#facts ol.agreed > li").count() == len(report.facts)


def test_no_article_id_is_visible_as_a_name(opened: tuple[Any, int], story: tuple[str, Report, str]) -> None:
    """Ids may appear only inside the reader's own label (the file name or URL the article came from)."""
    page, _ = opened
    _, report, _ = story
    text = page.evaluate("document.body.innerText")
    for article in report.articles:
        assert re.search(r"(?<![\w./-])" + re.escape(article.id) + r"(?![\w.-])", text) is None, article.id
    for label in page.locator(".src-label").all_inner_texts():
        assert label in source_names(report.articles).values()


def test_summary_citation_counts_equal_independent_origins(opened: tuple[Any, int],
                                                           story: tuple[str, Report, str]) -> None:
    page, _ = opened
    _, report, _ = story
    items = page.locator("#summary ol.summary > li")
    assert items.count() == len(report.summary)
    for i, sentence in enumerate(report.summary):
        item = items.nth(i)
        count = int(item.locator(".origins-count").inner_text().split()[0])
        assert count == sentence.origins == item.locator(".origin").count()


def test_agreed_facts_come_most_corroborated_first(opened: tuple[Any, int], story: tuple[str, Report, str]) -> None:
    page, _ = opened
    counts = [int(t.split()[0]) for t in page.locator("#facts .origins-count").all_inner_texts()]
    assert counts and counts == sorted(counts, reverse=True)


def test_headlines_mark_the_words_no_other_headline_uses(opened: tuple[Any, int],
                                                         story: tuple[str, Report, str]) -> None:
    page, width = opened
    _, report, _ = story
    rows = page.locator("#headlines table.headlines tr")
    assert rows.count() == len([a for a in report.articles if a.title])
    assert page.locator("#headlines mark.differs").count() > 0
    if width < 800:
        heading, headline = rows.first.locator("th").bounding_box(), rows.first.locator("td").bounding_box()
        assert heading is not None and headline is not None and headline["y"] >= heading["y"] + heading["height"] - 1


def test_wording_pairs_sit_side_by_side_or_stack_on_a_phone(opened: tuple[Any, int],
                                                           story: tuple[str, Report, str]) -> None:
    page, width = opened
    _, report, _ = story
    pairs = page.locator("#wording .wpair")
    assert pairs.count() == len(report.wording)
    if not report.wording:
        assert page.locator("#wording .empty").is_visible()
        return
    a, b = (pairs.first.locator(".wcell").nth(i).bounding_box() for i in (0, 1))
    assert a is not None and b is not None
    assert (a["x"] < b["x"] and abs(a["y"] - b["y"]) < 2) if width >= 800 else (abs(a["x"] - b["x"]) < 2)
    assert pairs.first.locator("mark.differs").count() == len(report.wording[0].a_words) + len(
        report.wording[0].b_words)


def test_the_timeline_separates_the_story_from_its_background(opened: tuple[Any, int],
                                                             story: tuple[str, Report, str]) -> None:
    page, _ = opened
    _, report, _ = story
    headings = page.locator("#timeline h3.sub").all_inner_texts()
    assert ("Background" in headings) == any(t.background for t in report.timeline)
    assert page.locator("#timeline ol.events > li").count() == len(report.timeline)


def test_the_side_by_side_summary_reads_changes_source_to_copy(opened: tuple[Any, int],
                                                               story: tuple[str, Report, str]) -> None:
    """Pick the pair whose source is the second article: the source's value still comes first."""
    page, _ = opened
    _, report, _ = story
    pair = next((r for r in report.reuse if r.source == r.b and r.changes),
                next(r for r in report.reuse if r.source in (r.a, r.b) and r.changes))
    page.select_option("#compare-a", pair.a)
    page.select_option("#compare-b", pair.b)
    summary = page.locator("#compare-summary").inner_text()
    found = oriented(pair, pair.changes[0])
    assert found is not None
    source, copy = found.source_value[:20], found.copy_value[:20]
    assert "source → copy" in summary and summary.index(source) < summary.index(copy)
