"""The store fails cleanly: NUL characters are refused with InvalidValue, a read-only or full store raises a
StoreError that says so (the CLI exits 2 with its message), a story and its articles are written at once, and an
article can be removed from a story.

Read-only as root: chmod does not stop root, so the tests open SQLite with its own ``mode=ro`` (the store's
``sqlite:///PATH?mode=ro``), and PostgreSQL with ``default_transaction_read_only`` on the connection; a full disk
is SQLite's ``max_page_count`` reached (the same SQLITE_FULL error a full disk gives)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.ingest import RawArticle
from newsprism.store import InvalidValue, StoreError, UnknownArticle, UnknownStory, open_store

RAIN = "Rain fell on Elm for the whole of Sunday, the weather office said."
RIVER = "The river rose by two metres in the night and the old bridge was closed."


def article(name: str, text: str, url: str | None = None) -> RawArticle:
    return RawArticle(id=name, source=f"{name}.txt", format="text", text=text, url=url)


@pytest.mark.parametrize("call", [
    pytest.param(lambda store: store.create_story("Flood\x00 in Elm"), id="title"),
    pytest.param(lambda store: store.add_story("Flood\x00", [article("a", RAIN)]), id="title-with-articles"),
    pytest.param(lambda store: store.get_story("flood\x00-abc"), id="story-id"),
    pytest.param(lambda store: store.stored_articles("x\x00"), id="story-id-articles"),
    pytest.param(lambda store: store.list_stories("elm\x00"), id="search"),
    pytest.param(lambda store: store.delete_story("\x00"), id="delete"),
    pytest.param(lambda store: store.remove_article("\x00", "a"), id="remove"),
])
def test_a_nul_character_is_refused_with_a_clear_error(store, call):
    with pytest.raises(InvalidValue, match="NUL character"):
        call(store)
    assert store.list_stories() == []


def test_a_nul_in_an_article_text_is_kept_as_a_replacement_character(store):
    story, result = store.add_story("Elm", [article("a", "Rain\x00 fell on Elm.")])
    assert result.added == ["a"]
    assert store.articles(story.id)[0].text == "Rain\ufffd fell on Elm."


def test_a_story_and_its_articles_come_in_one_transaction(store):
    story, result = store.add_story("  Flood   in Elm ", [article("a", RAIN), article("b", RIVER), article("c", RAIN)])
    assert (story.title, story.articles, story.revision, story.status) == ("Flood in Elm", 2, 1, "queued")
    assert (result.added, result.unchanged) == (["a", "b"], ["a"])
    empty, nothing = store.add_story("Empty", [])
    assert (empty.status, empty.articles, nothing.changed) == ("empty", 0, False)


def test_removing_an_article_removes_every_version_and_queues_the_story(store):
    story, _ = store.add_story("Elm", [article("a", RAIN, "https://x.test/1"), article("b", RIVER)])
    store.add_articles(story.id, [article("a", RIVER, "https://x.test/1")])
    store.set_status(story.id, "failed", 0.0, "analysis failed: too long")
    after = store.remove_article(story.id, "a")
    assert (after.articles, after.status, after.revision, after.report_revision) == (1, "queued", 3, None)
    assert [a.id for a in store.stored_articles(story.id, all_versions=True)] == ["b"]
    with pytest.raises(UnknownArticle, match="has no article 'a'"):
        store.remove_article(story.id, "a")
    last = store.remove_article(story.id, "b")
    assert (last.articles, last.status) == (0, "empty")
    with pytest.raises(UnknownStory):
        store.remove_article("no-such-story", "b")


def test_a_read_only_sqlite_store_reads_but_refuses_changes(tmp_path: Path):
    path = tmp_path / "stories.db"
    with open_store(path) as store:
        story, _ = store.add_story("Elm", [article("a", RAIN)])
    with open_store(f"sqlite:///{path}?mode=ro") as store:
        assert store.get_story(story.id).articles == 1
        with pytest.raises(StoreError, match="read-only"):
            store.add_articles(story.id, [article("b", RIVER)])
        with pytest.raises(StoreError, match="read-only"):
            store.create_story("Another")
    with open_store(path) as store:
        assert [s.id for s in store.list_stories()] == [story.id]


def test_a_read_only_postgres_store_reads_but_refuses_changes(postgres_schema):
    for url in postgres_schema("np_ro"):
        with open_store(url) as store:
            story, _ = store.add_story("Elm", [article("a", RAIN)])
        with open_store(url + "%20-cdefault_transaction_read_only%3Don") as store:
            assert store.get_story(story.id).articles == 1
            with pytest.raises(StoreError, match="read-only"):
                store.add_articles(story.id, [article("b", RIVER)])
            with pytest.raises(StoreError, match="read-only"):
                store.delete_story(story.id)


def test_a_full_sqlite_store_says_the_disk_is_full(tmp_path: Path):
    with open_store(tmp_path / "stories.db") as store:
        story = store.create_story("Elm")
        with store.session() as session:  # one thread: the pool lends this same connection again below
            pages = session.one("PRAGMA page_count")
            session.one(f"PRAGMA max_page_count = {pages[0] if pages else 1}")
        with pytest.raises(StoreError, match="is full"):
            store.add_articles(story.id, [article("big", " ".join([RAIN] * 2000))])
        assert store.get_story(story.id).articles == 0


def test_the_cli_exits_2_with_the_reason_on_a_read_only_store(tmp_path: Path):
    path, text = tmp_path / "stories.db", tmp_path / "elm.txt"
    text.write_text(f"Flood in Elm\n\n{RAIN}\n\n{RIVER}\n", encoding="utf-8")
    with open_store(path) as store:
        store.create_story("Elm")
    result = CliRunner().invoke(cli, ["add", str(text), "--store", f"sqlite:///{path}?mode=ro", "--no-analysis"])
    assert result.exit_code == 2, result.output
    assert "read-only" in result.stderr and "Traceback" not in result.output
    nul = CliRunner().invoke(cli, ["stories", "--store", str(path), "--search", "elm\x00"])
    assert nul.exit_code == 2 and "NUL character" in nul.stderr
