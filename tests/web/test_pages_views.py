"""Every page of the web app in a real Chromium at 1280 and 390 px: the story list (its Delete buttons on screen),
a story's report page (sources named by outlet or 'unnamed source N', agreed facts, headlines side by side, each
source's exclusive and omitted facts), a story being analysed (its progress and articles), the paste form and the
login page. No page is wider than the screen (document.scrollingElement.scrollWidth <= innerWidth).

The reports are the example story's and the seeds' (analysed once per session by the shared fixtures), stored
with their articles in the server's own SQLite store. Screenshots go to test-output/screenshots (web-*.png).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsprism.config import IngestConfig
from newsprism.ingest import read_inputs
from newsprism.model import Report
from newsprism.outlets import source_names
from newsprism.store import open_store

ROOT = Path(__file__).resolve().parents[2]
WIDTHS = [1280, 390]
LONG_TITLE = "A story whose title is long enough to wrap twice on a phone: the harbour, the bridge and the flood"
WAITING = ("Ferry service resumes in Varrow\n\nThe ferry between Varrow and Osk sailed again on Tuesday after a week "
           "of storms, the harbour office said.\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, start_server, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A server that does not analyse, on a store holding the example story with its report (and the seeds' when
    they are there), a story waiting for analysis and a story with a long title."""
    folder = tmp_path_factory.mktemp("views")
    store_path = str(folder / "stories.db")
    stories = {"example": _stored(store_path, "Example story", [str(ROOT / "examples")],
                                  request.getfixturevalue("example_report"))}
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        stories["seeds"] = _stored(store_path, "Seeds", [str(seeds)], request.getfixturevalue("seeds_report"))
    with open_store(store_path) as store:
        from newsprism.ingest import RawArticle

        waiting = RawArticle(id="ferry", source="pasted text 1", format="text", text=WAITING)
        stories["waiting"] = (store.add_story("Ferry back in Varrow", [waiting])[0].id, None)
        store.create_story(LONG_TITLE)
    with start_server(store_path, folder / "server.log", "--no-analysis") as server:
        yield server, stories


def _stored(location: str, title: str, inputs: list[str], report: Report) -> tuple[str, Report]:
    with open_store(location) as store:
        story, _ = store.add_story(title, read_inputs(inputs, IngestConfig()).articles)
        assert store.save_report(story.id, report, story.revision)
    return story.id, report


@pytest.fixture(params=WIDTHS)
def browse(request: pytest.FixtureRequest, browser: Any, site: Any) -> Iterator[tuple[Any, int]]:
    """A logged-in browser page at one width; the test fails on a script error or a refused script or style."""
    server, _ = site
    width = request.param
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=width < 800)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error"
            and not message.location.get("url", "").endswith("/favicon.ico") else None)
    page.goto(f"{server.url}/login#token={server.token}")
    page.wait_for_selector("#new-story")
    yield page, width
    context.close()
    assert errors == []


def _fits(page: Any, width: int) -> None:
    scroll, inner = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
    assert inner == width and scroll <= inner, f"the page is {scroll} px wide on a {inner} px screen"


def _on_screen(page: Any, selector: str, width: int) -> None:
    for element in page.locator(selector).all():
        box = element.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, selector


def test_the_story_list_fits_and_its_delete_buttons_are_on_screen(browse, site, screenshots: Path) -> None:
    page, width = browse
    _fits(page, width)
    assert page.locator("table.stories tbody tr").count() >= 3
    assert page.locator("td.np-actions button:has-text('Delete')").count() >= 3
    _on_screen(page, "td.np-actions button", width)
    _on_screen(page, "td.np-title a", width)
    page.screenshot(path=str(screenshots / f"web-list-{width}.png"), full_page=True)


def test_the_paste_form_fits_with_two_articles(browse, screenshots: Path) -> None:
    page, width = browse
    page.click("#np-more-text")
    sets = page.locator("fieldset.np-article")
    assert sets.count() == 2 and sets.nth(1).locator("legend").inner_text() == "Article 2"
    for field in ("textarea[name=text]", "input[name=outlet]", "input[name=url]", "input[name=published]"):
        assert page.locator(field).count() == 2
    _fits(page, width)
    _on_screen(page, "fieldset.np-article", width)
    page.locator("#new-story").screenshot(path=str(screenshots / f"web-paste-form-{width}.png"))


@pytest.mark.parametrize("name", ["example", "seeds"])
def test_the_story_page_names_sources_and_shows_the_views(browse, site, name: str, screenshots: Path) -> None:
    page, width = browse
    server, stories = site
    if name not in stories:
        pytest.skip("../shared/seeds is not beside the checkout")
    story_id, report = stories[name]
    page.goto(f"{server.url}/stories/{story_id}")
    page.wait_for_selector(".np-bar")
    _fits(page, width)
    names = source_names(report.articles)
    text = page.evaluate("document.body.innerText")
    for article in report.articles:  # an id shows only inside the reader's own label (file name or URL)
        assert re.search(r"(?<![\w./-])" + re.escape(article.id) + r"(?![\w.-])", text) is None, article.id
    cards = page.locator("#sources .outlet-card")
    assert cards.count() == len(report.outlets) == len(report.articles)
    assert sorted(cards.locator(".outlet-name").all_inner_texts()) == sorted(names.values())
    assert page.locator("#facts ol.agreed > li").count() == len(report.facts) > 0
    assert page.locator("#headlines table.headlines tr").count() == sum(1 for a in report.articles if a.title) >= 2
    for outlet, card in zip(report.outlets, cards.all(), strict=True):
        shown = card.locator(".exclusive li, .exclusive .none").count() + card.locator("p.exclusive.none").count()
        assert shown >= 1
        assert card.locator(".omitted li").count() == len(outlet.omitted)
    assert any(o.exclusive for o in report.outlets) and any(o.omitted for o in report.outlets)
    page.screenshot(path=str(screenshots / f"web-story-{name}-{width}.png"))
    for view in ("facts", "sources", "headlines"):
        page.locator(f"#{view}").scroll_into_view_if_needed()
        _on_screen(page, f"#{view}", width)
        page.screenshot(path=str(screenshots / f"web-story-{name}-{view}-{width}.png"))


def test_a_story_waiting_for_analysis_shows_its_progress_and_named_articles(browse, site, screenshots: Path) -> None:
    page, width = browse
    server, stories = site
    page.goto(f"{server.url}/stories/{stories['waiting'][0]}")
    page.locator(".np-elapsed").filter(has_text=re.compile(r"\S")).wait_for()  # no eval: the page's CSP forbids it
    assert page.locator("#np-progress progress").count() == 1
    item = page.locator("ul.np-articles li").first.inner_text()
    assert "unnamed source 1" in item and "ferry" not in item.split(":")[0]
    _fits(page, width)
    _on_screen(page, "ul.np-articles button", width)
    page.screenshot(path=str(screenshots / f"web-progress-{width}.png"), full_page=True)


def test_the_login_page_fits(browser: Any, site, screenshots: Path) -> None:
    server, _ = site
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 700}, is_mobile=width < 800)
        page = context.new_page()
        page.goto(f"{server.url}/login")
        assert page.locator("#np-login input[name=token]").is_visible()
        _fits(page, width)
        page.screenshot(path=str(screenshots / f"web-login-{width}.png"))
        context.close()
