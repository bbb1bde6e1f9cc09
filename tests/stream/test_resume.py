"""Kill `newsprism ingest` midway (SIGKILL, a real process), run it again: nothing lost, nothing twice, and the
same articles, duplicate groups and stories as a run that was never stopped."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from newsprism.stream.synthetic import synthetic_stream

ARTICLES = 1200
COMMAND = [sys.executable, "-c", "from newsprism.cli import main; main()", "ingest"]
OPTIONS = ["--batch-size", "40", "--no-embeddings", "--no-analyse", "-q"]


def run(source: Path, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, str(source), "--store", str(store), *OPTIONS], capture_output=True, text=True,
                          timeout=600, check=False)


def stored_items(store: Path) -> int:
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=1) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM stream_items").fetchone()[0])
    except sqlite3.Error:
        return 0


def kill_midway(source: Path, store: Path) -> int:
    """Start the ingest, SIGKILL it once some batches are stored; how many articles were stored then."""
    process = subprocess.Popen([*COMMAND, str(source), "--store", str(store), *OPTIONS],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    try:
        while stored_items(store) < 200 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    return stored_items(store)


def snapshot(store: Path) -> dict[str, object]:
    """What the run left, without the random story ids: articles, story memberships, duplicate groups."""
    with sqlite3.connect(store) as connection:
        rows = connection.execute("SELECT story_id, article_id, version, fingerprint FROM articles").fetchall()
        duplicates = connection.execute("SELECT item_id, original, kind FROM stream_duplicates").fetchall()
        decisions = connection.execute("SELECT kind, story, position, item, other FROM stream_decisions "
                                       "ORDER BY seq").fetchall()
        stories = {row[0] for row in connection.execute("SELECT id FROM stories")}
    members: dict[str, set[str]] = {}
    for story, article, _, _ in rows:
        members.setdefault(story, set()).add(article)
    return {"articles": sorted((r[1], r[2], r[3]) for r in rows),
            "stories": sorted(sorted(m) for m in members.values()),
            "empty_stories": len(stories - set(members)),
            "duplicates": sorted(duplicates), "decisions": decisions}


def test_killed_ingest_resumes_without_loss_or_duplication(tmp_path: Path) -> None:
    corpus = synthetic_stream(ARTICLES, seed=11)
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(a.record()) + "\n" for a in corpus), encoding="utf-8")
    whole = run(source, tmp_path / "whole.db")
    assert whole.returncode == 0, whole.stderr
    at_kill = kill_midway(source, tmp_path / "killed.db")
    assert 0 < at_kill < ARTICLES, "the kill must land midway"
    resumed = run(source, tmp_path / "killed.db")
    assert resumed.returncode == 0, resumed.stderr
    expected, got = snapshot(tmp_path / "whole.db"), snapshot(tmp_path / "killed.db")
    assert len(got["articles"]) == len({a[0] for a in got["articles"]}) == ARTICLES  # type: ignore[arg-type]
    assert got == expected
