"""The web app in a real browser: log in with the printed link, paste two articles into the form, watch the
progress, read the report."""

from __future__ import annotations

import pytest

FIRST = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather office "
         "said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed to traffic, "
         "the mayor, Tom Hale, told reporters.\n")
SECOND = ("Elm bridge shut as river rises\n\nThe river rose by two metres in the night and the old bridge was closed "
          "to traffic, the mayor, Tom Hale, told reporters on Monday.\n\nAbout forty families left their homes "
          "before dawn, the town council said.\n")


@pytest.mark.parametrize("analysing_api", ["sqlite"], indirect=True)
def test_create_a_story_by_pasting_text_and_read_its_report(analysing_api, browser, screenshots, fresh):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(f"{analysing_api.url}/login#token={analysing_api.token}")
        page.wait_for_selector("#new-story form")
        page.fill("#title", "Flood in Elm (browser)")
        page.fill("#text", fresh(FIRST))  # texts no other test pasted: the form would offer that story instead
        page.click("#np-more-text")
        page.locator("textarea[name=text]").nth(1).fill(fresh(SECOND))
        page.screenshot(path=str(screenshots / "web-new-story-form.png"), full_page=True)
        page.click("text=Create story")
        page.wait_for_url("**/stories/*")
        progress = page.locator("#np-progress")
        if progress.count():
            assert progress.locator("progress").count() == 1
            page.screenshot(path=str(screenshots / "web-story-progress.png"), full_page=True)
        page.wait_for_selector(".np-bar", timeout=240_000)
        assert "Tom Hale" in page.content()
        page.screenshot(path=str(screenshots / "web-story-report.png"), full_page=True)
        page.screenshot(path=str(screenshots / "web-story-report-top.png"))
        page.click("text=← all stories")
        assert "Flood in Elm (browser)" in page.locator("table").inner_text()
    finally:
        page.close()
