"""The web app's progress moves with the pipeline: while a story is analysed, its status names the pipeline's
stages ('aligning the sentences: 2 of 3') and its share moves between the store's 'analysing' and 'saving'."""

from __future__ import annotations

import time

import pytest

from newsprism.progress import STAGES
from newsprism.store.analysis import STAGES as STORE_STAGES

MILL = ("Mill on the Tarn reopens\n\nThe old water mill on the river Tarn reopened on Saturday after two years of "
        "repairs, the village council said.\n\nThe miller, Jon Askel, said the wheel turned again at noon.\n")
MILL_TOO = ("Tarn mill turns again\n\nThe old water mill on the river Tarn reopened on Saturday after two years of "
            "repairs, the village council said on Sunday.\n\nVisitors may tour it on weekends from May.\n")
MILL_THREE = ("Village celebrates its mill\n\nHundreds came to see the water mill on the Tarn turn again on "
              "Saturday, the council said, two years after a flood broke its wheel.\n")


@pytest.mark.parametrize("analysing_api", ["sqlite"], indirect=True)
def test_the_status_names_the_pipeline_stages_while_a_story_is_analysed(analysing_api, fresh):
    words = {w for _, w in STAGES.values()}
    seen: list[tuple[str, float, str]] = []
    with analysing_api.client() as client:
        story = client.post("/api/stories", json={"texts": [fresh(MILL), MILL_TOO, MILL_THREE]}).json()["story"]
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            status = client.get(f"/api/stories/{story['id']}/status").json()
            seen.append((status["status"], status["progress"], status["message"]))
            if status["status"] in ("ready", "failed"):
                break
            time.sleep(0.05)
    assert seen[-1][0] == "ready", seen[-1]
    inside = [(share, message) for state, share, message in seen if state == "running"
              and STORE_STAGES["analysing"] < share < STORE_STAGES["saving"]]
    assert any(message.split(":")[0] in words for _, message in inside), sorted(set(seen))
    shares = [share for state, share, _ in seen if state == "running"]
    assert shares == sorted(shares)
