"""The report through the API, analysed in the background by the real server: 202 while pending, then the
report; adding an article makes the report stale and the server analyses the story again."""

from __future__ import annotations

from newsprism.model import Report

ELM = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather office "
       "said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed to traffic, the "
       "mayor, Tom Hale, told reporters.\n")
ELM_AGAIN = ("Elm bridge shut as river rises\n\nThe river rose by two metres in the night and the old bridge was "
             "closed to traffic, the mayor, Tom Hale, told reporters on Monday.\n\nAbout forty families left their "
             "homes before dawn, the town council said.\n")
ELM_LATER = ("Elm bridge to reopen\n\nThe old bridge in Elm will reopen on Friday after engineers found its stone "
             "piers sound, the mayor, Tom Hale, said on Wednesday.\n")


def test_the_report_is_pending_then_ready_then_stale_then_ready_again(analysing_api, wait_for):
    with analysing_api.client() as client:
        created = client.post("/api/stories", json={"title": "Flood in Elm", "texts": [ELM, ELM_AGAIN]}).json()
        path = f"/api/stories/{created['story']['id']}"
        assert created["story"]["status"] in ("queued", "running")
        first = client.get(f"{path}/report")
        assert first.status_code in (200, 202)
        assert wait_for(client, created["story"]["id"])["status"] == "ready"

        report = Report.model_validate_json(client.get(f"{path}/report").content)
        assert [a.id for a in report.articles] == ["flood-closes-the-bridge-in-elm", "elm-bridge-shut-as-river-rises"]
        assert report.facts
        markdown = client.get(f"{path}/report", params={"format": "md"})
        assert markdown.headers["content-type"].startswith("text/markdown")
        assert markdown.text.startswith("# newsprism report")
        html = client.get(f"{path}/report", params={"format": "html"})
        assert html.headers["content-type"].startswith("text/html")
        assert "Tom Hale" in html.text

        added = client.post(f"{path}/articles", json={"texts": [ELM_LATER]}).json()
        assert (added["story"]["revision"], added["story"]["status"]) in ((2, "queued"), (2, "running"))
        done = wait_for(client, created["story"]["id"])
        assert (done["status"], done["revision"], done["report_revision"]) == ("ready", 2, 2)
        report = Report.model_validate_json(client.get(f"{path}/report").content)
        assert len(report.articles) == 3


def test_the_story_page_is_the_report_once_ready(analysing_api, wait_for):
    with analysing_api.client() as client:
        story = client.post("/api/stories", json={"texts": [ELM]}).json()["story"]
        wait_for(client, story["id"])
        page = client.get(f"/stories/{story['id']}")
    assert page.status_code == 200
    assert "Flood closes the bridge in Elm" in page.text
    assert 'class="np-bar"' in page.text
