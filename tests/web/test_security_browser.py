"""The guarded app in Chromium at 1280 px: log in with the token, create a story from the form, delete it; the
report page runs under the Content-Security-Policy (no violation, its scripts and styles work)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

ELM = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather office "
       "said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed to traffic, the "
       "mayor, Tom Hale, told reporters.\n")
ELM_AGAIN = ("Elm bridge shut as river rises\n\nThe river rose by two metres in the night and the old bridge was "
             "closed to traffic, the mayor, Tom Hale, told reporters on Monday.\n\nAbout forty families left their "
             "homes before dawn, the town council said.\n")
WATCH_CSP = """document.addEventListener("securitypolicyviolation",
  e => (window.__csp = window.__csp || []).push(e.violatedDirective + " " + e.blockedURI));"""


def _watched(browser: Any) -> tuple[Any, Any, list[str]]:
    """A 1280 px page that records script errors, CSP violations and dialogs (accepting them)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.add_init_script(WATCH_CSP)
    page.on("pageerror", lambda error: problems.append(f"error: {error}"))
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("dialog", lambda dialog: dialog.accept())
    return context, page, problems


@pytest.mark.parametrize("api", ["sqlite"], indirect=True)
def test_log_in_create_a_story_from_the_form_and_delete_it(api, browser, screenshots: Path):
    context, page, problems = _watched(browser)
    try:
        page.goto(api.url + "/")
        assert page.locator("#new-story form").count() == 0
        page.click("text=Log in")
        page.fill("#token", api.token)
        page.screenshot(path=str(screenshots / "web-login.png"))
        page.click("button:has-text('Log in')")
        page.wait_for_selector("#new-story form")
        page.fill("#title", "Logged-in story")
        page.fill("#text", ELM)
        page.click("#np-more-text")
        assert page.locator("textarea[name=text]").count() == 2
        page.locator("textarea[name=text]").nth(1).fill(ELM_AGAIN)
        page.click("text=Create story")
        page.wait_for_url("**/stories/*")
        page.locator(".np-elapsed").filter(has_text=re.compile(r"\S")).wait_for()  # no eval: the page's CSP forbids it
        page.screenshot(path=str(screenshots / "web-story-logged-in.png"), full_page=True)
        page.goto(api.url + "/")
        row = page.locator("tr", has_text="Logged-in story")
        row.locator("button:has-text('Delete')").click()
        page.wait_for_load_state("load")
        assert page.locator("tr", has_text="Logged-in story").count() == 0
        assert page.evaluate("window.__csp || []") == []
        page.click("text=Log out")
        page.wait_for_selector("text=Log in")
        assert page.locator("#new-story form").count() == 0
    finally:
        context.close()
    assert problems == []


@pytest.mark.parametrize("analysing_api", ["sqlite"], indirect=True)
def test_the_report_page_runs_under_the_policy(analysing_api, browser, wait_for, screenshots: Path):
    with analysing_api.client() as client:
        story = client.post("/api/stories", json={"title": "Elm under CSP", "texts": [ELM, ELM_AGAIN]}).json()
        assert wait_for(client, story["story"]["id"])["status"] == "ready"
    context, page, problems = _watched(browser)
    try:
        page.goto(f"{analysing_api.url}/stories/{story['story']['id']}")
        page.wait_for_selector(".np-bar")
        assert page.locator("#compare-view").get_attribute("data-pair")
        citation = page.locator("#summary a.cite").first
        target = citation.get_attribute("data-cite")
        citation.click()
        assert "is-hl" in (page.locator(f"#{target}").get_attribute("class") or "")
        assert page.evaluate("getComputedStyle(document.querySelector('.np-bar')).backgroundColor") == \
            "rgb(15, 23, 34)"
        assert page.evaluate("getComputedStyle(document.querySelector('.skip-link')).position") == "absolute"
        page.screenshot(path=str(screenshots / "web-report-under-csp.png"))
        assert page.evaluate("window.__csp || []") == []
    finally:
        context.close()
    assert problems == []
