"""Load the web API with concurrent clients for a bounded time; check that no article was lost.

    .venv/bin/python benchmarks/bench_load.py [--seconds 20] [--clients 8] [--store PATH_OR_URL]
        [--stories 4] [--analysis] [--json]

Starts ``newsprism serve`` on a free port (a new SQLite file in a temporary folder unless --store
names one; a postgresql:// URL works too), then runs --clients threads for --seconds. Each client
loops over a mix of requests: add one new article to one of --stories stories (60 %), add an
article already stored (10 %), read a story's status (20 %), list the stories (10 %). It prints
requests/s, latency percentiles (p50/p95/p99) overall and per kind, and the errors (any answer
other than 2xx, or no answer); then it counts the stored articles, through the API and in the
store itself, and checks that count == the articles the server said it added.

The server runs with --no-analysis unless --analysis is given: the benchmark measures the API and
the store, not the analysis (which, on, competes with the server for the CPU).
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

EXECUTABLE = Path(sys.executable).parent / "newsprism"
MIX = (("add", 0.6), ("add_again", 0.1), ("status", 0.2), ("list", 0.1))


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    added: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, error: str | None, added: int = 0) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            self.added += added
            if error:
                self.errors[error] += 1


def article(client: int, number: int) -> str:
    return (f"Reader {client} files report {number}\n\nReader {client} saw the river in Elm pass marker {number} "
            f"on the old bridge at {number % 24:02d}:{client % 60:02d}, the report filed from the town says.\n")


def client_loop(url: str, stories: list[str], number: int, until: float, tally: Tally) -> None:
    rng = random.Random(number)
    sent: list[tuple[str, str]] = []
    """(story, text) of every article this client has added: add_again sends one of them again."""
    with httpx.Client(base_url=url, timeout=60.0) as http:
        while time.monotonic() < until:
            kind = rng.choices([k for k, _ in MIX], [w for _, w in MIX])[0]
            if kind == "add_again" and not sent:
                kind = "add"
            story, text = rng.choice(sent) if kind == "add_again" else (rng.choice(stories), article(number, len(sent)))
            started = time.perf_counter()
            try:
                answer = _send(http, kind, story, text)
                error = None if answer.is_success else f"HTTP {answer.status_code}"
                added = len(answer.json()["result"]["added"]) if kind.startswith("add") and not error else 0
            except httpx.HTTPError as failure:
                error, added = type(failure).__name__, 0
            tally.record(kind, time.perf_counter() - started, error, added)
            if kind == "add" and error is None:
                sent.append((story, text))


def _send(http: httpx.Client, kind: str, story: str, text: str) -> httpx.Response:
    if kind in ("add", "add_again"):
        return http.post(f"/api/stories/{story}/articles", json={"texts": [text]})
    if kind == "status":
        return http.get(f"/api/stories/{story}/status")
    return http.get("/api/stories", params={"limit": 50})


def percentiles(values: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
    return {"p50": cuts[49] * 1000, "p95": cuts[94] * 1000, "p99": cuts[98] * 1000}


def start_server(store: str, analysis: bool) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    options = [] if analysis else ["--no-analysis"]
    process = subprocess.Popen([str(EXECUTABLE), "serve", "--port", str(port), "--store", store, "-q", *options])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"bench_load: the server exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/api/stories", timeout=2).is_success:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    sys.exit("bench_load: the server did not answer within 60 s")


def stored_counts(url: str, store: str, stories: list[str]) -> tuple[int, int]:
    """Articles stored in the benchmark's stories: through the API, and by opening the store."""
    from newsprism.store import open_store

    with httpx.Client(base_url=url, timeout=60.0) as http:
        through_api = sum(len(http.get(f"/api/stories/{s}/articles").json()) for s in stories)
    with open_store(store) as opened:
        in_store = sum(opened.count_articles(s) for s in stories)
    return through_api, in_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="how long the clients send requests")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (threads)")
    parser.add_argument("--store", help="store for the server (default: a new SQLite file in a temporary folder)")
    parser.add_argument("--stories", type=int, default=4, help="stories the clients add to")
    parser.add_argument("--analysis", action="store_true", help="let the server analyse in the background")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="bench-load-")
    store = args.store or str(Path(folder.name) / "load.db")
    process, url = start_server(store, args.analysis)
    try:
        result = run(url, store, args)
    finally:
        process.terminate()
        process.wait(30)
        folder.cleanup()
    show(result, args.json)
    sys.exit(0 if result["lost"] == 0 and result["errors_total"] == 0 else 1)


def run(url: str, store: str, args: argparse.Namespace) -> dict[str, object]:
    with httpx.Client(base_url=url, timeout=60.0) as http:
        stories = [http.post("/api/stories", json={"title": f"Load {n}"}).json()["story"]["id"]
                   for n in range(args.stories)]
    tally = Tally()
    until = time.monotonic() + args.seconds
    threads = [threading.Thread(target=client_loop, args=(url, stories, n, until, tally)) for n in range(args.clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    through_api, in_store = stored_counts(url, store, stories)
    every = [v for values in tally.latencies.values() for v in values]
    return {"backend": "postgres" if store.startswith("postgres") else "sqlite", "clients": args.clients,
            "seconds": round(elapsed, 1), "requests": len(every), "requests_per_s": round(len(every) / elapsed, 1),
            **{k: round(v, 1) for k, v in percentiles(every).items()},
            "kinds": {kind: {"requests": len(v), **{k: round(x, 1) for k, x in percentiles(v).items()}}
                      for kind, v in sorted(tally.latencies.items())},
            "errors": dict(tally.errors), "errors_total": sum(tally.errors.values()),
            "added": tally.added, "stored_api": through_api, "stored": in_store,
            "lost": tally.added - in_store, "extra": in_store - tally.added if in_store > tally.added else 0}


def show(result: dict[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result))
        return
    print(f"{result['backend']}: {result['clients']} clients, {result['seconds']} s, {result['requests']} requests, "
          f"{result['requests_per_s']} requests/s")
    print(f"latency ms: p50 {result['p50']}  p95 {result['p95']}  p99 {result['p99']}")
    kinds = result["kinds"]
    assert isinstance(kinds, dict)
    for kind, figures in kinds.items():
        print(f"  {kind:<10} {figures['requests']:>6} requests  p50 {figures['p50']:>7}  p95 {figures['p95']:>7}  "
              f"p99 {figures['p99']:>7}")
    print(f"errors: {result['errors_total']} {result['errors'] or ''}")
    verdict = "no article lost" if result["lost"] == 0 and result["extra"] == 0 else "MISMATCH"
    print(f"articles added {result['added']}, stored {result['stored']} (API {result['stored_api']}): {verdict}")


if __name__ == "__main__":
    main()
