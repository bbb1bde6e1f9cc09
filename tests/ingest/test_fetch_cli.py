"""The command line with hostile URLs: one coded line each, no traceback, the good inputs still used; the
options --allow-private-urls and --allow-network CIDR on analyze, add and ingest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli

ROOT = Path(__file__).parents[2]
EXECUTABLE = Path(sys.executable).parent / "newsprism"


def test_analyze_with_a_hostile_url_reports_one_line_and_the_good_article(server, good, tmp_path):
    bad = server.url("/broken-chunks")
    out = tmp_path / "report.json"
    process = subprocess.run(
        [str(EXECUTABLE), "analyze", bad, good, "--allow-network", "127.0.0.2/32", "--json", str(out), "-q"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert process.returncode == 1, process.stderr
    assert "Traceback" not in process.stderr
    assert process.stderr.splitlines() == [
        f"newsprism: {bad}: the server's response is broken: its body is cut short or its chunked encoding is "
        "broken [E018]"]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in report["articles"]] == ["good"]
    assert [(p["code"], p["input"]) for p in report["problems"]] == [("E018", bad)]


def test_analyze_refuses_loopback_unless_allowed(server, good, tmp_path):
    url = server.url("/article")
    refused = CliRunner().invoke(cli, ["analyze", url, good, "--json", str(tmp_path / "a.json"), "-q"])
    assert refused.exit_code == 1
    assert "[E014]" in refused.stderr and "--allow-private-urls" in refused.stderr
    allowed = CliRunner().invoke(cli, ["analyze", url, good, "--json", str(tmp_path / "b.json"), "-q",
                                       "--allow-private-urls"])
    assert allowed.exit_code == 0, allowed.output
    ids = [a["id"] for a in json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["articles"]]
    assert ids == ["article", "good"]


@pytest.mark.parametrize("command", [["analyze", "x.txt"], ["add", "x.txt"], ["ingest", "x.txt"]])
@pytest.mark.parametrize("network", ["10.0.0.0/33", "intranet", "10.0.0.1/8/2"])
def test_a_bad_network_is_a_usage_error(command, network, tmp_path):
    result = CliRunner().invoke(cli, [*command, "--allow-network", network, "--store", str(tmp_path / "s.db")]
                                if command[0] != "analyze" else [*command, "--allow-network", network])
    assert result.exit_code == 2
    assert "is not a network" in result.output
    assert not (tmp_path / "s.db").exists()


def test_add_fetches_from_an_opened_network_only(server, tmp_path):
    store = str(tmp_path / "s.db")
    url = server.url("/article")
    refused = CliRunner().invoke(cli, ["add", url, "--store", store, "--no-analysis", "--json", "-q"])
    assert refused.exit_code == 2
    assert "[E014]" in refused.stderr
    added = CliRunner().invoke(cli, ["add", url, "--store", store, "--no-analysis", "--json", "-q",
                                     "--allow-network", "127.0.0.0/24"])
    assert added.exit_code == 0, added.output
    assert '"article"' in added.stdout


def test_ingest_fetches_from_an_opened_network_only(server, tmp_path):
    store = str(tmp_path / "s.db")
    args = ["ingest", server.url("/article"), server.url("/gzip-bomb"), "--store", store, "--no-analyse",
            "--no-embeddings", "--json", "-q"]
    refused = CliRunner().invoke(cli, args)
    assert refused.exit_code == 2
    assert refused.stdout.count('"E014"') == 2
    opened = CliRunner().invoke(cli, [*args, "--allow-network", "127.0.0.2"])
    assert opened.exit_code == 1, opened.output
    assert '"E006"' in opened.stdout and '"E014"' not in opened.stdout
    assert '"added": 1' in opened.stdout
