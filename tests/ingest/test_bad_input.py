"""Each kind of bad input gives one coded problem naming it, and the good article is still analysed."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsprism.config import Config, IngestConfig
from newsprism.pipeline import analyze

GOOD = (
    "Flood in Elm\n\n"
    "Rain fell on the town of Elm all day.\n\n"
    "The river rose by two metres in the night.\n"
)
"""Under 100 bytes, so that it also passes the E006 case's small size limit."""

BODY = "Rain fell on the small town of Elm for the whole of Sunday, the weather office said."


@dataclass
class Case:
    bad: str
    """The bad input as given to analyze."""
    names: list[str]
    """The ``input`` of each expected problem, in order."""
    also_read: list[str] = field(default_factory=list)
    """Ids of articles the bad input still yields (good JSONL lines)."""
    config: Config = field(default_factory=Config)


def write(path: Path, data: str | bytes) -> str:
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return str(path)


def one(path: Path, data: str | bytes, **kwargs) -> Case:
    name = write(path, data)
    return Case(name, [name], **kwargs)


def missing_file(tmp: Path) -> Case:
    return Case(str(tmp / "nowhere.txt"), [str(tmp / "nowhere.txt")])


def unmatched_glob(tmp: Path) -> Case:
    return Case(str(tmp / "*.nothing"), [str(tmp / "*.nothing")])


def glob_of_empty_dirs(tmp: Path) -> Case:
    (tmp / "day1").mkdir()
    (tmp / "day2").mkdir()
    write(tmp / "day2" / "notes.md", "# Notes\n")
    return Case(str(tmp / "day*"), [str(tmp / "day*")])


def dangling_symlink(tmp: Path) -> Case:
    link = tmp / "link.txt"
    os.symlink(tmp / "deleted.txt", link)
    return Case(str(link), [str(link)])


def closed_port_url(tmp: Path) -> Case:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    return Case(url, [url], config=Config(ingest=IngestConfig(url_timeout_s=5.0, allow_private_urls=True)))


def bad_jsonl_lines(tmp: Path) -> Case:
    record = {"title": "Rain in Elm", "text": BODY}
    lines = [json.dumps({"id": "first", **record}), "{not json", json.dumps({"id": "third", **record}),
             '{"text": "unterminated', ""]
    name = write(tmp / "feed.jsonl", "\n".join(lines))
    return Case(name, [f"{name}:2", f"{name}:4"], also_read=["first", "third"])


def empty_dir(tmp: Path) -> Case:
    (tmp / "empty").mkdir()
    return Case(str(tmp / "empty"), [str(tmp / "empty")])


def dir_with_only_readme(tmp: Path) -> Case:
    (tmp / "notes").mkdir()
    write(tmp / "notes" / "README.md", "# Notes\n\nNothing to read here.\n")
    return Case(str(tmp / "notes"), [str(tmp / "notes")])


PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
CSV = "name,age,city\nAnna,34,Oslo\nBen,29,Rome\nCara,41,Lima\n"
MENU = "Home\nNews\nSport\nWeather\nContact\n"
NO_ITEMS = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Elm Post</title></channel></rss>\n'

CASES: list = [
    pytest.param(missing_file, "E001", id="E001-missing-file"),
    pytest.param(unmatched_glob, "E002", id="E002-glob-without-match"),
    pytest.param(glob_of_empty_dirs, "E002", id="E002-glob-matching-only-empty-directories"),
    pytest.param(dangling_symlink, "E003", id="E003-dangling-symlink"),
    pytest.param(lambda t: one(t / "empty.txt", ""), "E004", id="E004-empty-file"),
    pytest.param(lambda t: one(t / "blank.txt", "  \n\n\t \n"), "E004", id="E004-whitespace-only"),
    pytest.param(lambda t: one(t / "photo.png", PNG_HEADER), "E005", id="E005-png"),
    pytest.param(lambda t: one(t / "photo.txt", PNG_HEADER), "E005", id="E005-png-named-txt"),
    pytest.param(lambda t: one(t / "long.txt", GOOD * 3, config=Config(ingest=IngestConfig(max_bytes=100))),
                 "E006", id="E006-over-size-limit"),
    pytest.param(lambda t: one(t / "people.csv", CSV), "E007", id="E007-csv-table"),
    pytest.param(lambda t: one(t / "menu.txt", MENU), "E007", id="E007-menu-words"),
    pytest.param(bad_jsonl_lines, "E008", id="E008-bad-jsonl-lines"),
    pytest.param(lambda t: one(t / "meta.json", json.dumps({"title": "Rain", "url": "https://elm.invalid/r"})),
                 "E009", id="E009-object-without-text"),
    pytest.param(lambda t: one(t / "blank.json", json.dumps({"text": "   ", "html": ""})),
                 "E009", id="E009-blank-text-and-html"),
    pytest.param(lambda t: Case("http://", ["http://"]), "E010", id="E010-scheme-only"),
    pytest.param(lambda t: Case("https://exa mple.com", ["https://exa mple.com"]), "E010",
                 id="E010-space-in-host"),
    pytest.param(closed_port_url, "E011", id="E011-closed-port"),
    pytest.param(lambda t: one(t / "feed.xml", "<rss>\n"), "E012", id="E012-unclosed-rss"),
    pytest.param(lambda t: one(t / "feed.xml", NO_ITEMS), "E012", id="E012-rss-without-items"),
    pytest.param(empty_dir, "E013", id="E013-empty-directory"),
    pytest.param(dir_with_only_readme, "E013", id="E013-directory-with-only-readme"),
]


@pytest.mark.parametrize(("make", "code"), CASES)
def test_bad_input_is_one_coded_problem_and_good_article_survives(
    tmp_path: Path, resources, make: Callable[[Path], Case], code: str
):
    good = write(tmp_path / "good.txt", GOOD)
    case = make(tmp_path)
    report = analyze([good, case.bad], case.config, resources)
    assert [(p.code, p.input) for p in report.problems] == [(code, name) for name in case.names]
    assert all(p.message for p in report.problems)
    ids = [a.id for a in report.articles]
    assert ids == ["good", *case.also_read]
    assert "river rose by two metres" in report.articles[0].text


def test_good_file_fits_the_size_limit_used_above():
    assert len(GOOD.encode("utf-8")) < 100


def test_glob_matching_a_directory_reads_the_directory(tmp_path, resources):
    good = write(tmp_path / "good.txt", GOOD)
    (tmp_path / "day1").mkdir()
    write(tmp_path / "day1" / "story.txt", GOOD)
    report = analyze([good, str(tmp_path / "day*")], Config(), resources)
    assert report.problems == []
    assert [a.id for a in report.articles] == ["good", "story"]


def test_glob_matching_an_empty_directory_still_reads_the_other_matches(tmp_path, resources):
    good = write(tmp_path / "good.txt", GOOD)
    (tmp_path / "day1").mkdir()
    write(tmp_path / "day1" / "story.txt", GOOD)
    (tmp_path / "day2").mkdir()
    report = analyze([good, str(tmp_path / "day*")], Config(), resources)
    assert [a.id for a in report.articles] == ["good", "story"]
    assert report.problems == []
