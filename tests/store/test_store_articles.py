"""Articles in the store: identity by content, versions by URL, ids unique within a story, round trips."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.ingest import RawArticle
from newsprism.store import UnknownStory

RAIN = "Rain fell on Elm for the whole of Sunday, the weather office said."
RIVER = "The river rose by two metres in the night and the old bridge was closed."


def article(name: str, text: str, url: str | None = None) -> RawArticle:
    return RawArticle(id=name, source=f"{name}.txt", format="text", text=text, url=url)


@pytest.mark.parametrize(
    ("first", "again", "expected"),
    [
        pytest.param([article("a", RAIN)], [article("a", RAIN)], ([], ["a"], []), id="same-text"),
        pytest.param([article("a", RAIN)], [article("b", f"  {RAIN}\n\n")], ([], ["a"], []), id="same-text-other-name"),
        pytest.param([article("a", RAIN, "https://x.test/1")], [article("a", RIVER, "https://x.test/1")],
                     ([], [], ["a"]), id="url-new-text"),
        pytest.param([article("a", RAIN, "https://x.test/1")], [article("a", RAIN, "https://x.test/2")],
                     (["a-2"], [], []), id="same-text-other-url"),
        pytest.param([article("a", RAIN)], [article("a", RIVER)], (["a-2"], [], []), id="no-url-new-text"),
    ],
)
def test_adding_again(store, first, again, expected):
    story = store.create_story("Flood in Elm")
    store.add_articles(story.id, first)
    result = store.add_articles(story.id, again)
    assert (result.added, result.unchanged, result.new_versions) == expected
    stored = store.stored_articles(story.id, all_versions=True)
    assert len(stored) == len(first) + len(expected[0]) + len(expected[2])
    assert store.get_story(story.id).revision == (2 if result.changed else 1)


def test_the_latest_version_is_read_and_older_ones_are_kept(store):
    story = store.create_story("Flood in Elm")
    for text in (RAIN, RIVER, RIVER + " Later."):
        store.add_articles(story.id, [article("a", text, "https://x.test/1")])
    assert [raw.text for raw in store.articles(story.id)] == [RIVER + " Later."]
    versions = store.stored_articles(story.id, all_versions=True)
    assert [(v.version, v.latest) for v in versions] == [(1, False), (2, False), (3, True)]
    assert store.get_story(story.id).articles == 1


def test_a_second_article_with_a_taken_id_gets_a_suffix_and_a_new_version_keeps_its_id(store):
    story = store.create_story("Flood in Elm")
    first = store.add_articles(story.id, [article("a", RAIN), article("a", RIVER, "https://x.test/a")])
    again = store.add_articles(story.id, [article("zzz", RIVER + " More.", "https://x.test/a")])
    assert first.added == ["a", "a-2"]
    assert again.new_versions == ["a-2"]
    assert [raw.id for raw in store.articles(story.id)] == ["a", "a-2"]


def test_stories_do_not_share_articles(store):
    one, two = store.create_story("One"), store.create_story("Two")
    store.add_articles(one.id, [article("a", RAIN)])
    assert store.add_articles(two.id, [article("a", RAIN)]).added == ["a"]
    assert store.count_articles(one.id) == store.count_articles(two.id) == 1


def test_delete_removes_the_story_its_articles_and_report_only(store):
    from newsprism.model import Report

    gone, kept = store.create_story("Gone"), store.create_story("Kept")
    for story in (gone, kept):
        store.add_articles(story.id, [article("a", RAIN), article("b", RIVER, "https://x.test/b")])
        store.save_report(story.id, Report(), store.get_story(story.id).revision)
    store.delete_story(gone.id)
    assert [s.id for s in store.list_stories()] == [kept.id]
    assert store.count_articles() == store.count_articles(kept.id) == 2
    with store.session() as session:
        assert session.one("SELECT COUNT(*) FROM reports")[0] == 1
    with pytest.raises(UnknownStory):
        store.articles(gone.id)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda s: s.get_story("nope-123456"), id="get"),
        pytest.param(lambda s: s.delete_story("nope-123456"), id="delete"),
        pytest.param(lambda s: s.add_articles("nope-123456", [article("a", RAIN)]), id="add"),
        pytest.param(lambda s: s.articles("nope-123456"), id="articles"),
        pytest.param(lambda s: s.set_status("nope-123456", "running", 0.5, "x"), id="status"),
        pytest.param(lambda s: s.report("nope-123456"), id="report"),
    ],
)
def test_an_unknown_story_is_refused_by_name_and_nothing_changes(store, call):
    store.add_articles(store.create_story("Kept").id, [article("a", RAIN)])
    with pytest.raises(UnknownStory, match="no story 'nope-123456'"):
        call(store)
    assert store.count_articles() == 1
    assert len(store.list_stories()) == 1


@pytest.mark.parametrize(
    ("search", "found"),
    [("flood", ["Flood in Elm"]), ("FLOOD", ["Flood in Elm"]), ("metres", ["Bridge"]), ("x.test/b", ["Bridge"]),
     ("100%", []), ("o_d", []), ("", ["Bridge", "Flood in Elm"]), ("floo", []), ("in   elm", ["Flood in Elm"])],
)
def test_search_finds_titles_article_texts_and_urls(store, search, found):
    flood, bridge = store.create_story("Flood in Elm"), store.create_story("Bridge")
    store.add_articles(flood.id, [article("a", RAIN)])
    store.add_articles(bridge.id, [article("b", RIVER, "https://x.test/b")])
    assert sorted(s.title for s in store.list_stories(search)) == found


letters = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
texts = st.text(letters, min_size=1, max_size=200).filter(str.strip)
short = st.text(letters, max_size=30)
raws = st.builds(
    RawArticle, id=st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True), source=short,
    format=st.sampled_from(["text", "html"]), text=texts, title=st.none() | short,
    url=st.none() | st.from_regex(r"https://[a-z]{1,8}\.test/[a-z0-9]{0,8}", fullmatch=True),
    outlet=st.none() | short, published=st.none() | st.just("2026-03-01"),
    byline=st.lists(short, max_size=3).map(tuple))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=raws)
def test_an_article_comes_back_as_it_went_in(store, raw):
    story = store.create_story("Round trip")
    result = store.add_articles(story.id, [raw])
    assert result.added == [raw.id]
    assert store.articles(story.id) == [raw]
    assert store.add_articles(story.id, [raw]).unchanged == [raw.id]


@pytest.mark.parametrize("field", ["text", "title", "outlet"])
def test_a_nul_character_is_stored_as_a_replacement_character_on_both_backends(store, field):
    story = store.create_story("NUL")
    fields = {"text": RAIN, "title": "T", "outlet": "O"}
    fields[field] = fields[field] + "\x00!"
    store.add_articles(story.id, [RawArticle(id="a", source="a", format="text", **fields)])
    assert getattr(store.articles(story.id)[0], field) == fields[field].replace("\x00", "\ufffd")
