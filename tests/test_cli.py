"""The command line, through click's test runner and once as a real process."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli

ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "examples"
README = ROOT / "README.md"
EXECUTABLE = Path(sys.executable).parent / "newsprism"
GOOD = (
    "Flood in Elm\n\n"
    "Rain fell on the small town of Elm for the whole of Sunday, the weather office said.\n\n"
    "The river rose by two metres in the night and the old bridge was closed to traffic.\n"
)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def good(tmp_path: Path) -> str:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return str(path)


def test_analyze_examples_writes_json_and_markdown(tmp_path):
    json_path, md_path = tmp_path / "out" / "report.json", tmp_path / "out" / "report.md"
    result = run("analyze", str(EXAMPLES), "--json", str(json_path), "--md", str(md_path))
    assert result.exit_code == 0, result.output
    report = json.loads(json_path.read_text(encoding="utf-8"))
    assert len(report["articles"]) == 6
    assert report["problems"] == []
    assert md_path.read_text(encoding="utf-8").startswith("# newsprism report")
    assert result.stdout == ""


def test_analyze_as_a_real_process(tmp_path):
    json_path, md_path = tmp_path / "report.json", tmp_path / "report.md"
    process = subprocess.run(
        [str(EXECUTABLE), "analyze", "examples/", "--json", str(json_path), "--md", str(md_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert process.returncode == 0, process.stderr
    assert len(json.loads(json_path.read_text(encoding="utf-8"))["articles"]) == 6
    assert md_path.exists()
    assert "6 articles analysed, 0 inputs failed." in process.stderr


def test_some_inputs_failing_exits_1_with_one_line_per_failure(tmp_path, good):
    missing = str(tmp_path / "missing.txt")
    result = run("analyze", good, missing)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if missing in line]
    assert len(lines) == 1
    assert "E001" in lines[0]
    report = json.loads(result.stdout)
    assert [a["id"] for a in report["articles"]] == ["good"]
    assert [p["input"] for p in report["problems"]] == [missing]


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(["{tmp}/missing.txt"], id="one-missing-file"),
        pytest.param(["{tmp}/missing.txt", "{tmp}/*.nothing", "http://"], id="three-bad-inputs"),
    ],
)
def test_only_bad_inputs_exits_2(tmp_path, bad):
    inputs = [item.format(tmp=tmp_path) for item in bad]
    result = run("analyze", *inputs)
    assert result.exit_code == 2
    assert json.loads(result.stdout)["articles"] == []
    assert sum(line.startswith("newsprism: ") for line in result.stderr.splitlines()) == len(inputs)


@pytest.mark.parametrize("args", [[], ["--json", "-"]], ids=["no-output-options", "json-dash"])
def test_json_report_goes_to_stdout(good, args):
    result = run("analyze", good, *args)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert [a["id"] for a in report["articles"]] == ["good"]


def test_md_only_writes_no_json_to_stdout(tmp_path, good):
    result = run("analyze", good, "--md", str(tmp_path / "r.md"))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert (tmp_path / "r.md").exists()


@pytest.mark.parametrize(
    ("flag", "expected"),
    [
        (["--explain"], True),
        ([], False),
    ],
)
def test_explain_prints_removed_lines(flag, expected):
    result = run("analyze", str(EXAMPLES / "04-independent.txt"), *flag)
    assert result.exit_code == 0
    assert ("removed [share] Share Facebook Twitter Email Print" in result.stderr) is expected
    assert ("removed [title]" in result.stderr) is expected


def test_explain_with_md_lists_removed_lines_in_the_markdown(tmp_path):
    md_path = tmp_path / "r.md"
    result = run("analyze", str(EXAMPLES / "04-independent.txt"), "--md", str(md_path), "--explain")
    assert result.exit_code == 0
    markdown = md_path.read_text(encoding="utf-8")
    assert "### Removed from The Norland Observer" in markdown  # sources by name, not by id (issue #21)
    assert "Share Facebook Twitter Email Print" in markdown


PAYWALL = ("Subscription Required\n\nSee the full article...\n\nAlready a subscriber? Log in here\n\n"
           "No account yet? Sign up today.\n")
"""A page with no article (written for these tests): refused, and still explained."""


def test_explain_lists_the_lines_of_a_page_refused_as_no_article(tmp_path):
    page = tmp_path / "paywall.txt"
    page.write_text(PAYWALL, encoding="utf-8")
    result = run("analyze", str(EXAMPLES / "04-independent.txt"), str(page), "--explain")
    assert result.exit_code == 1 and "E007" in result.stderr
    assert f"{page}: removed [" in result.stderr and "Already a subscriber? Log in here" in result.stderr
    assert "removed [share] Share Facebook Twitter Email Print" in result.stderr  # the other input still analysed
    quiet = run("analyze", str(page))
    assert "Already a subscriber" not in quiet.stderr


def test_the_report_keeps_a_refused_page_s_removed_lines(tmp_path):
    page, md_path, json_path = tmp_path / "paywall.txt", tmp_path / "r.md", tmp_path / "r.json"
    page.write_text(PAYWALL, encoding="utf-8")
    run("analyze", str(EXAMPLES / "04-independent.txt"), str(page), "--md", str(md_path), "--json",
        str(json_path), "--explain")
    problem, = json.loads(json_path.read_text(encoding="utf-8"))["problems"]
    assert problem["code"] == "E007" and {line["text"] for line in problem["removed"]} >= {
        "Subscription Required", "Already a subscriber? Log in here"}
    assert f"### Removed from {page} (not analysed)" in md_path.read_text(encoding="utf-8")


def test_quiet_prints_only_errors(tmp_path, good):
    missing = str(tmp_path / "missing.txt")
    result = run("analyze", good, missing, "--json", str(tmp_path / "r.json"), "-q")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [line for line in result.stderr.splitlines() if missing in line]
    assert len(result.stderr.splitlines()) == 1


def test_analyze_without_inputs_is_a_usage_error():
    result = run("analyze")
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr


def test_schema_prints_a_json_schema():
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["type"] == "object"
    assert {"articles", "problems"} <= set(schema["properties"])


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented_in_readme(command):
    readme = README.read_text(encoding="utf-8")
    shown = re.search(rf"\bnewsprism {re.escape(command)}\b", readme)
    assert shown, f"README.md never shows `newsprism {command}`"


@pytest.mark.parametrize("option", sorted(opt for p in cli.commands["analyze"].params for opt in p.opts
                                          if opt.startswith("--") and opt != "--help"))
def test_every_analyze_option_is_documented_in_readme(option):
    assert f"`{option}" in README.read_text(encoding="utf-8"), f"README.md never explains `{option}`"


def test_eval_offers_every_dataset_the_evaluations_know():
    from newsprism.eval import DATASETS, LABELLED_STORIES, PAGE_EVALUATIONS

    known = set(DATASETS) | set(PAGE_EVALUATIONS) | set(LABELLED_STORIES)
    assert set(cli.commands["eval"].params[0].type.choices) == known
    assert all(name in cli.commands["eval"].help for name in (*DATASETS, *LABELLED_STORIES))
    assert all(f"{name} {corpus}" in cli.commands["eval"].help
               for name, corpora in PAGE_EVALUATIONS.items() for corpus in corpora)


def test_counts_of_one_are_singular(tmp_path, good):
    """'1 article analysed, 1 input failed.', never '1 articles' or '1 inputs' (issue #21)."""
    result = run("analyze", good, str(tmp_path / "missing.txt"), "--json", str(tmp_path / "r.json"))
    assert "1 article analysed, 1 input failed." in result.stderr
    assert "1 articles" not in result.stderr and "1 inputs" not in result.stderr and "1 lines" not in result.stderr
