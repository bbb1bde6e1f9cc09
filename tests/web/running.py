"""`newsprism serve` as a process with the options a test chooses (the conftest's servers are shared, with fixed
options): on a free port of 127.0.0.1, with an operator token in NEWSPRISM_TOKEN, stopped when the block ends."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

EXECUTABLE = Path(sys.executable).parent / "newsprism"


@dataclass(frozen=True)
class Running:
    url: str
    token: str
    log: Path

    def client(self, timeout_s: float = 60.0) -> httpx.Client:
        """A client that sends the operator token."""
        return httpx.Client(base_url=self.url, timeout=timeout_s, headers={"Authorization": f"Bearer {self.token}"})

    def output(self) -> str:
        return self.log.read_text(errors="replace")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def newsprism_serve(store: str, log: Path, *options: str) -> Iterator[Running]:
    port, token = free_port(), secrets.token_urlsafe()
    environment = {**os.environ, "NEWSPRISM_TOKEN": token}
    with log.open("wb") as output:
        process = subprocess.Popen([str(EXECUTABLE), "serve", "--port", str(port), "--store", store, *options],
                                   stdout=output, stderr=subprocess.STDOUT, env=environment)
    running = Running(f"http://127.0.0.1:{port}", token, log)
    try:
        _wait(running, process)
        yield running
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait(running: Running, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode}:\n{running.output()}")
        try:
            if httpx.get(f"{running.url}/login", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError(f"the server did not answer within 60 s:\n{running.output()}")


def wait_for_status(client: httpx.Client, story_id: str, statuses: tuple[str, ...],
                    timeout_s: float) -> dict[str, object]:
    """Poll the story's status until it is one of ``statuses`` (or the time is up); the last status seen."""
    deadline = time.monotonic() + timeout_s
    while True:
        story: dict[str, object] = client.get(f"/api/stories/{story_id}/status").json()
        if story["status"] in statuses or time.monotonic() > deadline:
            return story
        time.sleep(0.3)
