"""Versioned migrations: applied once, in order, recorded; dialect files; a newer store refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.store import StoreError, open_store
from newsprism.store.backends import POSTGRES, SQLITE
from newsprism.store.migrations import Migration, known_migrations, migrate, schema_versions

PACKAGED = sorted(Path(__file__).parents[2].joinpath("src/newsprism/store/migrations").glob("[0-9]*.sql"))


def test_a_new_store_has_every_packaged_migration_recorded(store):
    versions = sorted({int(p.name[:3]) for p in PACKAGED})
    assert schema_versions(store._pool) == versions
    assert migrate(store._pool) == []


def test_opening_again_applies_nothing_and_keeps_the_data(store_location):
    with open_store(store_location) as store:
        story = store.create_story("Kept")
    with open_store(store_location) as again:
        assert migrate(again._pool) == []
        assert again.get_story(story.id).title == "Kept"


def test_a_later_migration_file_is_applied_once_after_the_others(store, tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    for path in PACKAGED:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "900_notes.sql").write_text(
        "-- a table of a later stage\nCREATE TABLE notes (id {serial}, story_id TEXT NOT NULL REFERENCES stories (id) "
        "ON DELETE CASCADE, body {blob});\nCREATE INDEX notes_story ON notes (story_id);\n", encoding="utf-8")
    assert migrate(store._pool, folder) == [900]
    assert migrate(store._pool, folder) == []
    story = store.create_story("With notes")
    with store.session(write=True) as session:
        session.execute("INSERT INTO notes (story_id, body) VALUES (?, ?)", (story.id, b"\x00\x01"))
    store.delete_story(story.id)
    with store.session() as session:
        assert session.one("SELECT COUNT(*) FROM notes") == (0,)


def test_a_store_from_a_newer_newsprism_is_refused(store, store_location):
    with store.session(write=True) as session:
        session.execute("INSERT INTO schema_migrations (version, name, applied) VALUES (999, 'future', 'now')")
    with pytest.raises(StoreError, match="schema version 999, newer than this newsprism knows"):
        open_store(store_location)


@pytest.mark.parametrize(
    ("files", "dialect", "expected"),
    [
        pytest.param({"001_a.sql": "A {serial};", "002_b.sql": "B;"}, SQLITE,
                     [(1, "a", "A INTEGER PRIMARY KEY AUTOINCREMENT;"), (2, "b", "B;")], id="generic"),
        pytest.param({"001_a.sql": "A;", "001_a.postgres.sql": "PG {blob};"}, POSTGRES, [(1, "a", "PG BYTEA;")],
                     id="dialect-file-wins"),
        pytest.param({"001_a.sql": "A;", "001_a.postgres.sql": "PG;"}, SQLITE, [(1, "a", "A;")],
                     id="other-dialect-ignored"),
        pytest.param({"002_b.sql": "B;", "001_a.sql": "A;", "notes.txt": "x", "01_c.sql": "C;"}, SQLITE,
                     [(1, "a", "A;"), (2, "b", "B;")], id="ordered-and-only-numbered-files"),
    ],
)
def test_which_migration_files_are_taken(tmp_path, files, dialect, expected):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = known_migrations(dialect, tmp_path)
    assert [(m.version, m.name, m.sql) for m in found] == expected


def test_two_migrations_with_one_number_are_refused(tmp_path):
    (tmp_path / "001_a.sql").write_text("A;", encoding="utf-8")
    (tmp_path / "001_b.sql").write_text("B;", encoding="utf-8")
    with pytest.raises(StoreError, match="two migrations are numbered 001"):
        known_migrations(SQLITE, tmp_path)


@pytest.mark.parametrize(
    ("sql", "statements"),
    [
        ("CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n", ["CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)"]),
        ("-- only a comment;\n\nCREATE TABLE a (x INT); -- trailing\n", ["CREATE TABLE a (x INT)"]),
        ("CREATE TABLE a (\n  x TEXT DEFAULT ';'\n);", ["CREATE TABLE a (\n  x TEXT DEFAULT ';'\n)"]),
    ],
)
def test_statements_split_at_a_semicolon_ending_a_line(sql, statements):
    assert Migration(1, "a", sql).statements() == statements
