"""The HTML report driven in a real headless Chromium: citations, the side-by-side pair, conflicts, keyboard, phone.

Screenshots go to test-output/screenshots (html-*.png) to be looked at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsprism.model import Report
from newsprism.render import to_html
from newsprism.render.html_text import Anchors
from newsprism.reuse import passage_sentences

IN_VIEW = """el => { const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }"""


@pytest.fixture(scope="module")
def example_page_url(example_report: Report, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(to_html(example_report), encoding="utf-8")
    return path.as_uri()


@pytest.fixture
def page(browser: Any, example_page_url: str) -> Iterator[Any]:
    """The example report, opened offline; the test fails on any script error or any request off the file."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, offline=True)
    opened = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("request", lambda request: requests.append(request.url))
    opened.goto(example_page_url)
    yield opened
    context.close()
    assert errors == []
    assert [url for url in requests if not url.startswith("file://")] == []


def test_a_summary_citation_highlights_its_evidence(page: Any, example_report: Report, screenshots: Path):
    citation = page.locator("#summary a.cite").nth(2)
    target = citation.get_attribute("data-cite")
    citation.click()
    evidence = page.locator(f"#{target}")
    assert "is-hl" in (evidence.get_attribute("class") or "")
    assert evidence.evaluate(IN_VIEW)
    anchors = Anchors(example_report.articles)
    cited = next(e for s in example_report.summary for e in s.evidence if anchors.of(e) == target)
    assert " ".join(evidence.inner_text().split()) == " ".join(cited.text.split())
    assert page.locator("#back-link").is_visible()
    page.screenshot(path=str(screenshots / "html-citation.png"))
    page.locator("#back-link").click()
    assert page.evaluate("document.activeElement.getAttribute('data-cite')") == target


def _passages_shown(page: Any, side: int) -> list[str]:
    cells = page.locator(f"#compare-view .crow.passage .ccell:nth-child({side})")
    return [" ".join(t.split()) for t in cells.all_inner_texts()]


def test_switching_the_pair_shows_the_new_articles_and_their_passages(page: Any, example_report: Report,
                                                                      screenshots: Path):
    initial = page.locator("#compare-view").get_attribute("data-pair")
    pair = next(r for r in example_report.reuse if r.relation == "rewrite" and f"{r.a}|{r.b}" != initial)
    page.select_option("#compare-a", pair.a)
    page.select_option("#compare-b", pair.b)
    assert page.locator("#compare-view").get_attribute("data-pair") == f"{pair.a}|{pair.b}"
    heads = page.locator("#compare-view .chead-cell").all_inner_texts()
    anchors = Anchors(example_report.articles)
    assert anchors.label(pair.a) in heads[0] and anchors.label(pair.b) in heads[1]
    cited = list(passage_sentences(pair, {a.id: a for a in example_report.articles}))
    expected_a = {" ".join(a.text.split()) for a, _, _ in cited}
    expected_b = {" ".join(b.text.split()) for _, b, _ in cited}
    shown_a, shown_b = _passages_shown(page, 1), _passages_shown(page, 3)
    assert shown_a and len(shown_a) == len(shown_b)
    assert set(shown_a) <= expected_a and set(shown_b) <= expected_b
    if pair.changes:
        assert page.locator("#compare-view .chg").count() >= 2
    page.locator("#compare-view").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "html-compare.png"))


def test_choosing_the_same_article_twice_keeps_two_different_articles(page: Any):
    before = page.locator("#compare-b").input_value()
    page.select_option("#compare-a", before)
    assert page.locator("#compare-a").input_value() != page.locator("#compare-b").input_value()


def test_opening_a_conflict_shows_both_sides(page: Any, example_report: Report, screenshots: Path):
    conflict = page.locator("#conflict-0")
    assert not conflict.locator(".conflict-body").is_visible()
    conflict.locator("summary").click()
    assert conflict.locator(".conflict-body").is_visible()
    sides = conflict.locator(".side h3").all_inner_texts()
    assert sides == [f"“{s.claim}”" for s in example_report.conflicts[0].sides]
    conflict.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "html-conflict.png"))


def test_a_summary_note_opens_its_conflict(page: Any):
    link = page.locator("#summary a.conflict-link").first
    index = link.get_attribute("data-conflict")
    link.click()
    assert page.locator(f"#conflict-{index} .conflict-body").is_visible()


def test_keyboard_tab_to_a_citation_and_enter_follows_it(page: Any):
    page.locator("body").focus()
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cite')"):
            break
    else:
        pytest.fail("no citation reached with Tab")
    target = page.evaluate("document.activeElement.getAttribute('data-cite')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == target
    assert "is-hl" in (page.locator(f"#{target}").get_attribute("class") or "")


def test_the_removed_clutter_shows_on_request(page: Any):
    removed = page.locator("details.removed").first
    assert not removed.locator("ul").is_visible()
    removed.locator("summary").focus()
    page.keyboard.press("Enter")
    assert removed.locator("ul").is_visible()


@pytest.mark.parametrize("width", [360, 390, 768])
def test_a_phone_screen_needs_no_horizontal_scroll(browser: Any, example_page_url: str, screenshots: Path, width: int):
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=True, offline=True)
    phone = context.new_page()
    phone.goto(example_page_url)
    assert phone.evaluate("document.documentElement.scrollWidth") <= width
    phone.locator("#summary a.cite").first.click()
    assert phone.evaluate("document.documentElement.scrollWidth") <= width
    phone.locator("#summary").scroll_into_view_if_needed()
    phone.screenshot(path=str(screenshots / f"html-phone-{width}.png"))
    context.close()


def test_print_shows_everything_and_no_controls(page: Any):
    page.emulate_media(media="print")
    assert not page.locator("nav.toc").is_visible()
    assert not page.locator(".compare-controls").is_visible()
    assert page.locator("details.removed ul").first.is_visible()
    assert page.locator("#conflict-0 .conflict-body").is_visible()
