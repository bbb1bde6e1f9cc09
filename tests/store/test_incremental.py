"""Issue #20 item 5: a story analysed again with one more article reads only that article, and its report is the
one a from-scratch analysis of all the articles gives."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from newsprism.config import Config
from newsprism.ingest import RawArticle, read_inputs
from newsprism.model import Report
from newsprism.nlp import NlpResources
from newsprism.nlp.encoder import Encoder, Encoding
from newsprism.pipeline import analyze_raw
from newsprism.story_cache import StoryCache

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LATE = (
    "Late Update | Valley Courier\n\n"
    "A ferry carrying 212 passengers collided with a container ship in thick fog on Tuesday morning, officials "
    "said.\n\n"
    "\"We are reviewing every minute of the crossing,\" said Anna Berg, the ferry operator's safety director.\n\n"
    "Fourteen people were injured, three of them seriously, the coast guard said on Wednesday.\n\n"
    "Divers inspected the hull on Thursday and found a two-metre gash below the waterline."
)


class CountingEncoder:
    """The real encoder, counting the texts it is asked to read."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name = inner.name
        self.read: list[str] = []

    def encode(self, texts: Sequence[str]) -> Encoding:
        self.read.extend(texts)
        return self.inner.encode(texts)


def _json(report: Report) -> Any:
    return json.loads(report.model_dump_json())


def _example_story() -> list[RawArticle]:
    read = read_inputs([str(EXAMPLES)], Config().ingest)
    assert len(read.articles) >= 6 and not read.problems
    return [*read.articles, RawArticle(id="late-update", source="late.txt", format="text", text=LATE)]


@pytest.fixture(scope="module")
def story() -> list[RawArticle]:
    return _example_story()


def test_adding_an_article_gives_the_report_of_a_full_analysis(story: list[RawArticle],
                                                              resources: NlpResources) -> None:
    config = Config()
    counting = CountingEncoder(resources.encoder)
    mine = NlpResources(spacy=resources.spacy, encoder=counting, nli=resources.nli)
    cache = StoryCache()
    analyze_raw(story[:-1], config, mine, cache=cache)
    pairs_before, read_before = len(cache.links), len(counting.read)
    incremental = analyze_raw(story, config, mine, cache=cache)
    full = analyze_raw(story, config, resources)
    assert _json(incremental) == _json(full)
    assert len(full.facts) > 3 and len(full.quotes) > 1 and full.reuse  # the story has something to compare
    late = " ".join(next(a.text for a in full.articles if a.id == "late-update").split()).lower()
    new_texts = {" ".join(t.split()).lower() for t in counting.read[read_before:]}
    assert new_texts and all(text in late for text in new_texts)  # only the new article was read
    assert len(cache.links) > pairs_before  # the new article's pairs were scored and kept
    fresh = set(cache.readings.fresh)
    articles, _ = cache.clean(story, config.clean)
    late_parsed = next(p for p in cache.parse(articles, resources, config.nlp) if p.article.id == "late-update")
    assert fresh == {cache.readings.key_of(late_parsed)}  # only its mentions, quotes, victims... were read


def test_removing_and_reordering_articles_gives_the_report_of_a_full_analysis(story: list[RawArticle],
                                                                              resources: NlpResources) -> None:
    config = Config()
    cache = StoryCache()
    analyze_raw(story, config, resources, cache=cache)
    shuffled = [*reversed(story[2:]), story[0]]  # one article gone, the others in another order: new sentence ids
    again = analyze_raw(shuffled, config, resources, cache=cache)
    assert _json(again) == _json(analyze_raw(shuffled, config, resources))
    assert not cache.readings.fresh  # every article's readings were kept from the first analysis


def test_another_parse_option_reads_every_article_again(story: list[RawArticle], resources: NlpResources) -> None:
    config = Config()
    cache = StoryCache()
    articles, _ = cache.clean(story[:2], config.clean)
    first = cache.parse(articles, resources, config.nlp)
    keys = {cache.readings.key_of(p) for p in first}
    assert all(a is b for a, b in zip(cache.parse(articles, resources, config.nlp), first, strict=True))
    other = cache.parse(articles, resources, replace(config.nlp, batch_size=config.nlp.batch_size + 1))
    assert all(a is not b for a, b in zip(first, other, strict=True))  # parsed anew, read anew
    assert None not in keys and keys.isdisjoint({cache.readings.key_of(p) for p in other})


def test_an_edited_article_is_read_again(story: list[RawArticle], resources: NlpResources) -> None:
    config = Config()
    cache = StoryCache()
    analyze_raw(story, config, resources, cache=cache)
    edited = [*story[:-1], RawArticle(id="late-update", source="late.txt", format="text",
                                      text=LATE.replace("two-metre", "three-metre"))]
    again = analyze_raw(edited, config, resources, cache=cache)
    assert _json(again) == _json(analyze_raw(edited, config, resources))
    assert any("three-metre" in s.text for a in again.articles for s in a.sentences)


FLOOD = (
    ("elm-1", "Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather "
              "office said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed to "
              "traffic, the mayor, Tom Hale, told reporters.\n"),
    ("elm-2", "Elm bridge shut as river rises\n\nThe river rose by two metres in the night and the old bridge was "
              "closed to traffic, the mayor, Tom Hale, told reporters on Monday.\n\n\"We will not reopen it until "
              "the engineers are sure,\" Hale said.\n"),
    ("elm-3", "Families leave homes in Elm\n\nAbout forty families left their homes before dawn on Monday, the town "
              "council said.\n\nThe old bridge was closed to traffic after the river rose by two metres, the mayor "
              "said.\n\n\"We will not reopen it until the engineers are sure,\" said Tom Hale.\n"),
)


def test_a_stored_story_given_one_more_article_reads_only_that_one(store: Any, resources: NlpResources) -> None:
    from newsprism.store.analysis import analyse_story

    counting = CountingEncoder(resources.encoder)
    mine = NlpResources(spacy=resources.spacy, encoder=counting, nli=resources.nli)
    raws = [RawArticle(id=name, source=f"{name}.txt", format="text", text=text) for name, text in FLOOD]
    story = store.create_story("Flood in Elm")
    store.add_articles(story.id, raws[:2])
    analyse_story(store, story.id, Config(), mine)
    read_before = len(counting.read)
    store.add_articles(story.id, raws[2:])
    assert analyse_story(store, story.id, Config(), mine).status == "ready"
    assert _json(store.report(story.id)) == _json(analyze_raw(store.articles(story.id), Config(), resources))
    new_texts = {" ".join(t.split()).lower() for t in counting.read[read_before:]}
    assert new_texts and all(text in " ".join(FLOOD[2][1].split()).lower() for text in new_texts)
