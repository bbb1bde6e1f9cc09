"""Progress on the command line: `analyze` and `add` show one moving line on a terminal's standard error (the
pipeline's stages and articles) and nothing when standard error is not a terminal; `ingest` without a terminal
prints a line at intervals. Each command runs as its own process, its standard error a real pseudo-terminal or a
pipe."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

EXECUTABLE = Path(sys.executable).parent / "newsprism"
QUAY = ("Quay wall repaired in Lisk\n\nThe quay wall in the port of Lisk reopened on Thursday after six weeks of "
        "repairs, the port office said.\n\nFishing boats will moor there again from Friday, the harbour master, "
        "Ana Brel, told reporters.\n")
QUAY_TOO = ("Lisk quay open again\n\nThe quay wall in the port of Lisk reopened on Thursday after six weeks of "
            "repairs, the port office said on Thursday evening.\n\nThe repairs cost the town about two million "
            "crowns, the council said.\n")


def _articles(folder: Path) -> list[str]:
    (folder / "quay.txt").write_text(QUAY, encoding="utf-8")
    (folder / "quay-too.txt").write_text(QUAY_TOO, encoding="utf-8")
    return [str(folder / "quay.txt"), str(folder / "quay-too.txt")]


def _on_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run newsprism with standard error on a pseudo-terminal (standard output to nowhere): exit code, what the
    terminal showed."""
    leader, follower = pty.openpty()
    environment = {**os.environ, "TERM": "xterm", "COLUMNS": "120"}
    process = subprocess.Popen([str(EXECUTABLE), *args], stdout=subprocess.DEVNULL, stderr=follower, cwd=cwd,
                               env=environment)
    os.close(follower)
    shown = bytearray()
    while True:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the process closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    return process.wait(300), shown.decode("utf-8", "replace")


def test_analyze_shows_its_stages_on_a_terminal_and_nothing_without(tmp_path: Path):
    inputs = _articles(tmp_path)
    code, shown = _on_terminal(["analyze", *inputs, "--json", str(tmp_path / "report.json")], tmp_path)
    assert code == 0, shown
    assert "aligning the sentences" in shown and "parsing the articles" in shown
    piped = subprocess.run([str(EXECUTABLE), "analyze", *inputs, "--json", str(tmp_path / "again.json")],
                           capture_output=True, text=True, timeout=300)
    assert piped.returncode == 0, piped.stderr
    assert "aligning the sentences" not in piped.stderr and "\r" not in piped.stderr
    assert "2 articles analysed, 0 inputs failed." in piped.stderr


def test_add_shows_the_pipeline_stages_on_a_terminal(tmp_path: Path):
    code, shown = _on_terminal(["add", *_articles(tmp_path), "--store", str(tmp_path / "stories.db")], tmp_path)
    assert code == 0, shown
    assert "aligning the sentences" in shown


def test_ingest_without_a_terminal_prints_a_line_at_intervals(tmp_path: Path):
    inputs = _articles(tmp_path)
    ran = subprocess.run([str(EXECUTABLE), "ingest", *inputs, "--store", str(tmp_path / "stories.db"),
                          "--batch-size", "1", "--no-analysis", "--no-embeddings", "--progress-every", "0"],
                         capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stderr
    lines = [line for line in ran.stderr.splitlines() if line.startswith("newsprism: ") and " s: " in line]
    assert len(lines) == 2 and "1 article stored" in lines[0], ran.stderr
    quiet = subprocess.run([str(EXECUTABLE), "ingest", *inputs, "--store", str(tmp_path / "other.db"),
                            "--batch-size", "1", "--no-analysis", "--no-embeddings"],
                           capture_output=True, text=True, timeout=300)
    assert quiet.returncode == 0, quiet.stderr
    shown = [line for line in quiet.stderr.splitlines() if " s: " in line]
    assert len(shown) == 1, quiet.stderr  # the first, then 30 s apart
