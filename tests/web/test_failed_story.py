"""A story whose analysis passes the time budget is marked failed with why, the server goes on with the next
story, and removing the offending article (API or page form) analyses the story again, this time to the end.

On a real `newsprism serve` process with a budget of a few seconds: the long article (1,500 paragraphs) takes
minutes to analyse, a short one well under a second once the models are loaded (the budget does not count
their loading)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

BUDGET_S = 4
"""The test server's --analysis-budget-s: about 20 times what the short stories take on the 2-core machine."""
SHORT = ("Bridge in Elm reopens\n\nThe old bridge in Elm reopened to traffic on Friday after engineers checked its "
         "stone piers, the council said.\n\nThe river fell by a metre overnight, and buses will use the bridge again "
         "from Monday.\n")
OTHER = ("Buses return to Elm\n\nBuses will cross the old bridge in Elm again from Monday, the transport office "
         "said on Saturday.\n")
PLACES = ["Elm", "Varrow", "Ostrey", "the harbour", "Maple Street", "the mill", "the ferry", "the school"]
VERBS = ["closed", "repaired", "inspected", "reopened", "measured", "flooded", "cleared", "blocked"]


def long_article(paragraphs: int = 1500) -> str:
    """A made-up article of ``paragraphs`` different sentences (about 160 KB): minutes of analysis."""
    pick = random.Random(7)
    lines = [f"On day {n} the crews {pick.choice(VERBS)} the road between {pick.choice(PLACES)} and "
             f"{pick.choice(PLACES)} after {pick.randint(2, 90)} millimetres of rain, officials said."
             for n in range(paragraphs)]
    return "Flood notes from the valley\n\n" + "\n\n".join(lines)


@pytest.fixture(params=["sqlite", "postgres"])
def budget_server(request: pytest.FixtureRequest, tmp_path: Path, start_server):
    locations = ([str(tmp_path / "stories.db")] if request.param == "sqlite"
                 else request.getfixturevalue("postgres_schema")("np_budget"))
    for store in locations:
        with start_server(store, tmp_path / "server.log", "--analysis-budget-s", str(BUDGET_S),
                          "--max-upload-mb", "4") as server:
            yield server


def test_a_story_over_the_budget_fails_with_why_and_removing_the_article_fixes_it(budget_server, wait_for):
    with budget_server.client() as client:
        made = client.post("/api/stories", json={"title": "Valley floods", "texts": [long_article(), SHORT]})
        assert made.status_code == 201, made.text
        story_id, added = made.json()["story"]["id"], made.json()["result"]["added"]
        other = client.post("/api/stories", json={"texts": [SHORT]}).json()["story"]["id"]
        failed = wait_for(client, story_id, ("failed", "ready"), 240)
        assert failed["status"] == "failed", failed
        assert f"longer than {BUDGET_S} s" in str(failed["message"]) and "--analysis-budget-s" in str(failed["message"])
        assert wait_for(client, other, ("failed", "ready"), 240)["status"] == "ready"
        page = client.get(f"/stories/{story_id}")
        assert "longer than" in page.text and page.text.count(">Remove</button>") == 2
        assert client.get(f"/api/stories/{story_id}/report").status_code == 409
        assert client.delete(f"/api/stories/{story_id}/articles/no-such-article").status_code == 404
        removed = client.delete(f"/api/stories/{story_id}/articles/{added[0]}")
        assert removed.status_code == 204, removed.text
        ready = wait_for(client, story_id, ("failed", "ready"), 240)
        assert (ready["status"], ready["articles"]) == ("ready", 1), ready
        report = client.get(f"/api/stories/{story_id}/report").json()
        assert [a["id"] for a in report["articles"]] == [added[1]]


def test_the_page_form_removes_an_article_and_redirects_to_the_story(budget_server, wait_for):
    with budget_server.client() as client:
        made = client.post("/api/stories", json={"title": "Two notes", "texts": [SHORT, OTHER]}).json()
        story_id, (first, second) = made["story"]["id"], made["result"]["added"]
        answer = client.post(f"/stories/{story_id}/articles/{second}/delete", follow_redirects=False)
        assert (answer.status_code, answer.headers["location"]) == (303, f"/stories/{story_id}")
        assert [a["id"] for a in client.get(f"/api/stories/{story_id}/articles").json()] == [first]
        assert client.post(f"/stories/{story_id}/articles/{second}/delete").status_code == 404
        assert wait_for(client, story_id, ("failed", "ready"), 240)["status"] == "ready"
