"""Opening a store: paths, sqlite:// and postgresql:// URLs, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.store import StoreError, open_store


@pytest.mark.parametrize("form", ["{dir}/stories.db", "sqlite:///{dir}/stories.db"])
def test_a_sqlite_store_is_created_on_first_use(tmp_path, form):
    location = form.format(dir=tmp_path)
    with open_store(location) as store:
        story = store.create_story("First")
        assert store.backend == "sqlite"
    with open_store(location) as again:
        assert again.get_story(story.id).title == "First"
    assert list(tmp_path.rglob("stories.db"))


@pytest.mark.parametrize("form", ["{dir}/typo/stories.db", "sqlite:///{dir}/typo/stories.db"])
def test_a_store_in_a_folder_that_does_not_exist_is_refused_and_nothing_is_created(tmp_path, form):
    with pytest.raises(StoreError, match=r"no folder .*typo; create it first"):
        open_store(form.format(dir=tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_a_relative_sqlite_url_is_relative_to_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///here.db") as store:
        store.create_story("Here")
    assert (tmp_path / "here.db").exists()


@pytest.mark.parametrize(
    ("location", "words"),
    [
        ("mysql://x/y", "not a store; give a file path, sqlite:///PATH or postgresql://"),
        (":memory:", "give the path of a SQLite file"),
        ("postgresql://someone:secret@127.0.0.1:1/nothing", "cannot connect to PostgreSQL"),
    ],
)
def test_a_store_that_cannot_be_opened_is_refused_with_the_reason(location, words):
    with pytest.raises(StoreError, match=words) as caught:
        open_store(location)
    assert "secret" not in str(caught.value)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = Path(tmp_path / "notes.db")
    path.write_text("these are my notes, not a database\n" * 200, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open as a SQLite store"):
        open_store(path)
    assert path.read_text(encoding="utf-8").startswith("these are my notes")


def test_the_location_shown_names_the_backend_and_never_the_password(store, store_location):
    assert store.backend == ("postgres" if store_location.startswith("postgresql://") else "sqlite")
    password = store_location.split("://", 1)[1].split("@")[0].partition(":")[2] if "@" in store_location else ""
    assert not password or (f":{password}@" not in store.location and ":***@" in store.location)
