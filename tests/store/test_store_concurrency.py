"""Many writers at once, in threads and in processes: nothing lost, nothing stored twice, versions in order."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor

from newsprism.ingest import RawArticle
from newsprism.store import open_store


def article(name: str, text: str, url: str | None = None) -> RawArticle:
    return RawArticle(id=name, source=f"{name}.txt", format="text", text=text, url=url)


SHARED = "Every writer sends this same article about the flood in Elm, word for word."


def _writer(location: str, story_id: str, writer: int, rounds: int) -> list[str]:
    """Adds, each round, one article of its own and the shared one; then a version of a shared URL."""
    added: list[str] = []
    with open_store(location) as store:
        for number in range(rounds):
            result = store.add_articles(story_id, [
                article(f"w{writer}", f"Writer {writer} reports item {number} on the flood in Elm."),
                article("shared", SHARED)])
            added += result.added
        result = store.add_articles(story_id, [article("live", f"Live page as writer {writer} saw it.",
                                                       "https://news.test/live")])
        added += result.added + result.new_versions
    return added


def _check(store, story_id: str, writers: int, rounds: int, added: list[str]) -> None:
    stored = store.stored_articles(story_id, all_versions=True)
    assert len(stored) == writers * rounds + 1 + writers
    assert len({a.fingerprint for a in stored}) == len(stored)
    assert len([a for a in added if a != "live"]) == writers * rounds + 1
    live = sorted(a.version for a in stored if a.url == "https://news.test/live")
    assert live == list(range(1, writers + 1))
    assert sum(a.latest for a in stored if a.url) == 1
    assert len({a.id for a in stored if a.latest}) == store.get_story(story_id).articles == writers * rounds + 2


def test_threads_adding_at_once_lose_nothing_and_duplicate_nothing(store, store_location):
    story = store.create_story("Threads")
    writers, rounds = 8, 15
    with ThreadPoolExecutor(writers) as pool:
        results = list(pool.map(lambda w: _writer(store_location, story.id, w, rounds), range(writers)))
    _check(store, story.id, writers, rounds, [a for r in results for a in r])


def test_processes_adding_at_once_lose_nothing_and_duplicate_nothing(store, store_location):
    story = store.create_story("Processes")
    writers, rounds = 3, 10
    with multiprocessing.get_context("spawn").Pool(writers) as pool:
        results = pool.starmap(_writer, [(store_location, story.id, w, rounds) for w in range(writers)])
    _check(store, story.id, writers, rounds, [a for r in results for a in r])


def test_one_store_shared_by_threads_creating_and_deleting_stories(store):
    def churn(number: int) -> str:
        kept = store.create_story(f"Kept {number}")
        gone = store.create_story(f"Gone {number}")
        store.add_articles(kept.id, [article("a", f"Article {number} of a kept story about the river.")])
        store.add_articles(gone.id, [article("a", f"Article {number} of a deleted story about the river.")])
        store.delete_story(gone.id)
        return kept.id

    with ThreadPoolExecutor(8) as pool:
        kept = set(pool.map(churn, range(40)))
    assert {s.id for s in store.list_stories()} == kept
    assert store.count_articles() == 40
