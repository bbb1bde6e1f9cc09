"""A page whose body cleans to nothing but that has a headline: the analysis keeps it, headline only (E021)."""

from __future__ import annotations

import logging

import pytest

from newsprism.clean import clean_article
from newsprism.clean.batch import clean_batch
from newsprism.config import CleanConfig, Config
from newsprism.errors import InputFailure
from newsprism.ingest.raw import RawArticle
from newsprism.model import Article, InputProblem
from newsprism.pipeline import analyze_raw, clean_all
from newsprism.story_cache import StoryCache

HEADLINE = "Six hurt in shooting at riverside bar"

CLUTTER_PAGE = f"""<!DOCTYPE html><html><head><title>{HEADLINE} | Valley Courier</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2016-03-04T10:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>{HEADLINE}</h1>
<p>Share this story</p><p>Sign up for our newsletter</p><p>Comments are closed.</p></article></main>
<footer>Copyright 2016 Valley Courier</footer></body></html>"""

UNTITLED_PAGE = """<!DOCTYPE html><html><head><meta property="og:site_name" content="Valley Courier"></head>
<body><main><article><p>Share this story</p><p>Sign up for our newsletter</p><p>Comments are closed.</p>
</article></main></body></html>"""

STORY = ("Six people were hurt when a man opened fire outside a riverside bar late on Friday, police said.\n\n"
         "Two of the six were taken to hospital in a serious condition, a police spokeswoman told reporters.\n\n"
         "Officers arrested a 31-year-old man near the bridge an hour later and recovered a handgun, she said.")


def clutter_page(html: str = CLUTTER_PAGE, name: str = "bar") -> RawArticle:
    return RawArticle(id=name, source=f"{name}.html", format="html", html=html,
                      url=f"https://valleycourier.example/news/{name}")


def test_a_titled_page_of_clutter_is_kept_with_its_headline_its_outlet_and_date(
        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        articles, problems = clean_all([clutter_page()], CleanConfig())
    assert problems == [] and len(articles) == 1
    article = articles[0]
    assert (article.title, article.text) == (HEADLINE, "")
    assert (article.outlet, article.published) == ("Valley Courier", "2016-03-04")
    assert {line.reason for line in article.removed} >= {"share", "comments"}
    assert "E021" in caplog.text and "bar.html" in caplog.text


def test_a_page_with_neither_body_nor_title_is_still_refused() -> None:
    articles, problems = clean_all([clutter_page(UNTITLED_PAGE, "bare")], CleanConfig())
    assert articles == [] and [p.code for p in problems] == ["E007"]
    assert problems[0].input == "bare.html"


def test_a_single_page_cleaned_alone_or_in_a_stream_batch_is_still_refused() -> None:
    """Only the analysis opts in: ``clean_article`` and ``clean_batch`` by default refuse it, as before."""
    with pytest.raises(InputFailure) as refused:
        clean_article(clutter_page(), CleanConfig())
    assert refused.value.item.code == "E007"
    result = clean_batch([clutter_page()], CleanConfig())
    assert isinstance(result[0], InputProblem) and result[0].code == "E007"


def test_a_headline_only_page_goes_through_the_analysis_and_no_empty_sentence_is_cited(resources: object) -> None:
    raws = [clutter_page(), RawArticle(id="wire", source="wire.txt", format="text", text=STORY,
                                       title="Gunman wounds six outside riverside bar")]
    report = analyze_raw(raws, Config(), resources, cache=StoryCache())  # type: ignore[arg-type]
    assert report.problems == []
    kept = next(a for a in report.articles if a.id == "bar")
    assert isinstance(kept, Article) and kept.text == "" and kept.sentences == []
    cited = [e for s in report.summary for e in s.evidence] + [e for f in report.facts for e in f.evidence]
    assert all(e.text.strip() for e in cited) and all(e.article != "bar" for e in cited)
    assert all(v.content.article != "bar" for q in report.quotes for v in q.variants)
    injured = [f for f in report.figures if f.measure == "injured"]
    assert injured and any(v.evidence.article == "bar" for f in injured for v in f.values)


def test_a_story_of_headline_only_pages_reads_its_figures_from_the_headline(resources: object) -> None:
    report = analyze_raw([clutter_page()], Config(), resources)  # type: ignore[arg-type]
    assert [a.text for a in report.articles] == [""] and report.summary == []
    injured = [v for f in report.figures if f.measure == "injured" for v in f.values]
    assert injured and all(v.evidence.part == "title" for v in injured)
    assert {v.value for v in injured} == {6}
