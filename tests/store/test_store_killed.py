"""`newsprism add` killed (SIGKILL) at any moment leaves the store whole: a story and its articles are written in
one transaction, so there is never an empty story that the command would have filled."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsprism.store import open_store

EXECUTABLE = Path(sys.executable).parent / "newsprism"
TRIES = 5
ELM = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather office "
       "said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed to traffic.\n")


def test_a_killed_add_never_leaves_an_empty_story(store_location, tmp_path: Path):
    inputs = []
    for number in range(20):
        path = tmp_path / f"elm-{number}.txt"
        path.write_text(ELM.replace("Sunday", f"Sunday number {number}"), encoding="utf-8")
        inputs.append(str(path))
    command = [str(EXECUTABLE), "add", *inputs, "--store", store_location, "--no-analysis", "-q"]
    started = time.monotonic()
    assert subprocess.run(command, capture_output=True, check=False).returncode == 0
    whole = time.monotonic() - started
    pick = random.Random()
    for _ in range(TRIES):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(pick.uniform(0.5, 1.0) * whole)
        process.send_signal(signal.SIGKILL)
        process.wait()
        with open_store(store_location) as store:
            stories = store.list_stories(limit=1000)
        assert all(story.articles == 20 for story in stories), [(s.id, s.articles) for s in stories]
