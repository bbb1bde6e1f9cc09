"""`newsprism add`, `stories`, `show`, `export`, `delete` (and `serve` refusing a bad store), on both backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.store import open_store

ROOT = Path(__file__).parents[2]
ELM = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather office "
       "said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed to traffic.\n")
ELM_AGAIN = ("Elm bridge shut as river rises\n\nThe river rose by two metres in the night and the old bridge was "
             "closed to traffic, the council said on Monday.\n")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    paths = [tmp_path / "elm.txt", tmp_path / "elm-again.txt"]
    for path, text in zip(paths, (ELM, ELM_AGAIN), strict=True):
        path.write_text(text, encoding="utf-8")
    return [str(p) for p in paths]


def test_add_then_list_then_add_again_then_delete(store_location, inputs):
    added = run("add", *inputs, "--store", store_location, "--no-analysis", "--json")
    assert added.exit_code == 0, added.output
    lines = [json.loads(line) for line in added.stdout.splitlines()]
    story = lines[-1]
    assert [(line["article"], line["outcome"]) for line in lines[:-1]] == [("elm", "added"), ("elm-again", "added")]
    assert (story["title"], story["articles"], story["status"]) == ("Flood closes the bridge in Elm", 2, "queued")

    listed = run("stories", "--store", store_location, "--json")
    assert [json.loads(line)["id"] for line in listed.stdout.splitlines()] == [story["id"]]
    assert run("stories", "--store", store_location, "--search", "nothing like it").stdout == ""

    again = run("add", inputs[0], "--to", story["id"], "--store", store_location, "--no-analysis", "-q")
    assert again.exit_code == 0
    assert (again.stdout, again.stderr) == (f"{story['id']}\n", "")

    assert run("delete", story["id"], "--store", store_location).exit_code == 0
    with open_store(store_location) as store:
        assert store.list_stories() == [] and store.count_articles() == 0


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["add", "{tmp}/missing.txt"], 2, "nothing could be read; nothing stored"),
        (["add", "{elm}", "{tmp}/missing.txt", "--no-analysis"], 1, "missing.txt: no such file"),
        (["add", "{elm}", "--to", "nope-zzzzzz"], 2, "no story 'nope-zzzzzz'"),
        (["add"], 2, "give INPUTS to store, or --to STORY"),
        (["show", "nope-zzzzzz"], 2, "no story 'nope-zzzzzz'"),
        (["export", "nope-zzzzzz", "-o", "{tmp}/r.json"], 2, "no story 'nope-zzzzzz'"),
        (["delete", "nope-zzzzzz"], 2, "no story 'nope-zzzzzz'"),
        (["stories", "--store", "mysql://x/y"], 2, "not a store"),
        (["serve", "--store", "mysql://x/y"], 2, "not a store"),
    ],
)
def test_exit_codes_and_messages(tmp_path, inputs, args, code, words):
    store = str(tmp_path / "s.db")
    filled = [a.format(tmp=tmp_path, elm=inputs[0]) for a in args]
    if "--store" not in filled:
        filled += ["--store", store]
    result = run(*filled)
    assert result.exit_code == code, result.output
    assert words in result.stderr


def test_show_and_export_analyse_a_stale_story_once(tmp_path, inputs):
    store = str(tmp_path / "s.db")
    story = run("add", *inputs, "--store", store, "--no-analysis", "-q").stdout.strip()
    refused = run("show", story, "--store", store, "--no-analysis")
    assert refused.exit_code == 2 and "is queued: its report is not current" in refused.stderr
    shown = run("show", story, "--store", store, "-q")
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.startswith("# newsprism report")
    exported = run("export", story, "--store", store, "-o", str(tmp_path / "out" / "report.html"), "--no-analysis")
    assert exported.exit_code == 0, exported.output
    assert "Flood closes the bridge in Elm" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    as_json = run("export", story, "--store", store, "--format", "json", "-o", "-", "--no-analysis")
    assert [a["id"] for a in json.loads(as_json.stdout)["articles"]] == ["elm", "elm-again"]
    info = json.loads(run("show", story, "--store", store, "--format", "info").stdout)
    assert (info["status"], info["report_revision"]) == ("ready", 1)


@pytest.mark.parametrize("command", ["add", "stories", "show", "export", "delete", "serve"])
def test_every_store_command_teaches_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"newsprism {command}" in result.stdout
    assert "--store" in result.stdout
