"""Cleaning pages together: lines a site prints on several stories, or many sites print, are clutter."""

from __future__ import annotations

import pytest

from newsprism.clean import clean_article
from newsprism.clean import repeats as rep
from newsprism.clean.batch import clean_batch
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle
from newsprism.model import Article, InputProblem

STORIES = [
    ["The harbour board approved a new ferry timetable on Monday after a long debate over winter crossings.",
     "Board chair Ada Brenner said the earlier sailings would help nurses who work the morning shift.",
     "The timetable starts in November and will be reviewed after the first three months, she said.",
     "Some islanders asked for a later last crossing on Fridays, which the board did not grant."],
    ["A fire destroyed an empty grain store on the edge of the village early on Tuesday, the fire service said.",
     "Crews from three stations fought the blaze for four hours before it was brought under control.",
     "Nobody was hurt, and investigators have not yet said what started the fire in the old building.",
     "The store had been empty since the farm cooperative moved to a new site in the spring."],
    ["The county library will open on Sundays from next month, the council announced on Wednesday.",
     "Librarian Tomas Ekberg said the change followed a survey in which parents asked for weekend hours.",
     "The extra hours are paid for by a grant that runs for two years, according to the council.",
     "Volunteers from the reading club will help staff the desk on the first Sundays."],
    ["Road works on the coast road will close one lane for six weeks from Thursday, the highways office said.",
     "Drivers were told to expect delays of up to twenty minutes at the busiest times of the day.",
     "The works will replace a sea wall that was damaged in last winter's storms, officials said.",
     "Bus services will keep their times, the regional transport company said."],
]
TAGLINE = "Valley Radio, owned by its listeners since 1998"
"""A site's tagline inside the body, kept by the single-page cleaner."""
WIDGET = "Around the region this week"
"""Generic widget text that many sites print."""


def page(story: list[str], extra: str, number: int, site: str = "valley.example") -> RawArticle:
    text = "\n\n".join([*story[:2], extra, *story[2:]])
    return RawArticle(id=f"p{number}", source=f"p{number}.txt", format="text", text=text,
                      url=f"https://www.{site}/news/{number}")


def articles(results: list[Article | InputProblem]) -> list[Article]:
    assert all(isinstance(result, Article) for result in results)
    return [result for result in results if isinstance(result, Article)]


def test_the_tagline_is_kept_on_a_page_cleaned_alone() -> None:
    alone = clean_article(page(STORIES[0], TAGLINE, 0), CleanConfig())
    assert TAGLINE in alone.text


def test_a_line_a_site_prints_on_three_stories_is_removed_from_each() -> None:
    raws = [page(story, TAGLINE, n) for n, story in enumerate(STORIES[:3])]
    for article in articles(clean_batch(raws, CleanConfig())):
        assert TAGLINE not in article.text
        assert ("boilerplate", TAGLINE) in [(line.reason, line.text) for line in article.removed]
        assert len(article.text.split("\n\n")) == 4


def test_two_stories_are_not_enough() -> None:
    raws = [page(story, TAGLINE, n) for n, story in enumerate(STORIES[:2])]
    assert all(TAGLINE in article.text for article in articles(clean_batch(raws, CleanConfig())))


def test_other_sites_do_not_make_a_template() -> None:
    raws = [page(story, TAGLINE, n, site=f"site{n}.example") for n, story in enumerate(STORIES[:3])]
    assert all(TAGLINE in article.text for article in articles(clean_batch(raws, CleanConfig())))


def test_versions_of_one_story_are_one_story() -> None:
    """Three updates of one story share their prose: a sentence they share is the story's, not the site's."""
    updates = [[*STORIES[0][:3], f"{STORIES[0][3]} Update {n}: the board meets again on Friday."] for n in range(3)]
    raws = [page(story, TAGLINE, n) for n, story in enumerate(updates)]
    assert all(TAGLINE in article.text for article in articles(clean_batch(raws, CleanConfig())))


def test_digits_case_and_spaces_are_folded() -> None:
    assert rep.line_key("© 2016  Valley NEWS,  all rights") == rep.line_key("© 2017 valley news all rights")
    raws = [page(story, f"Valley Radio, owned by its listeners since {1998 + n}", n)
            for n, story in enumerate(STORIES[:3])]
    assert all("listeners" not in article.text for article in articles(clean_batch(raws, CleanConfig())))


@pytest.mark.parametrize("line", ["No arrest has been made.", "Anyone with information should call the tip line.",
                                  "Original story:", "UPDATE:"])
def test_repeated_report_sentences_and_update_markers_stay(line: str) -> None:
    """A site's reports repeat short sentences and its police's appeal; its updates are marked the same way."""
    raws = [page(story, line, n, site=f"site{n % 2}.example") for n, story in enumerate(STORIES * 2)]
    alone = [clean_article(raw, CleanConfig()).text for raw in raws]
    assert [article.text for article in articles(clean_batch(raws, CleanConfig()))] == alone
    assert any(line in text for text in alone)


def test_a_dateline_on_its_own_line_is_protected() -> None:
    raws = [RawArticle(id=f"p{n}", source=f"p{n}.txt", format="text", url=f"https://valley.example/{n}",
                       text="HARBOURTON, Vale -\n\n" + "\n\n".join(story)) for n, story in enumerate(STORIES)]
    alone = [clean_article(raw, CleanConfig()) for raw in raws]
    assert articles(clean_batch(raws, CleanConfig())) == alone
    assert rep._protected("HARBOURTON, Vale -") and not rep._protected("Scroll down for video")


def test_generic_widget_text_of_many_sites_is_removed_but_a_shared_sentence_stays() -> None:
    shared = "The investigation is continuing, police said."
    raws = [page(story, f"{WIDGET}\n\n{shared}", n, site=f"site{n}.example") for n, story in enumerate(STORIES)]
    assert all(WIDGET in clean_article(raw, CleanConfig()).text for raw in raws)  # kept alone
    for article in articles(clean_batch(raws, CleanConfig())):
        assert WIDGET not in article.text
        assert shared in article.text


def test_long_prose_is_protected() -> None:
    long = ("The valley has had its own newspaper since 1921, and the cooperative that owns it today was formed by "
            "its readers in 1998. It publishes six days a week and employs eleven reporters and editors in its "
            "office on the high street.")
    raws = [page(story, long, n) for n, story in enumerate(STORIES[:3])]
    assert all(long in article.text for article in articles(clean_batch(raws, CleanConfig())))


def test_one_page_or_the_option_off_cleans_as_alone() -> None:
    raws = [page(story, TAGLINE, n) for n, story in enumerate(STORIES[:3])]
    off = articles(clean_batch(raws, CleanConfig(batch_repeats=False)))
    assert [a.text for a in off] == [clean_article(raw, CleanConfig()).text for raw in raws]
    assert articles(clean_batch(raws[:1], CleanConfig())) == [clean_article(raws[0], CleanConfig())]


def test_a_page_of_nothing_but_repeated_lines_keeps_one_line() -> None:
    lines = [["The valley newsroom is open from nine until five on every weekday.",
              "Call the valley newsroom on any weekday if you have a story for us."] for _ in range(3)]
    repeated = frozenset(rep.line_key(line) for line in lines[0])
    from newsprism.clean.lines import split_lines
    split = split_lines("\n\n".join(lines[0]))
    kinds: list[rep.ClutterKind | None] = [None, None]
    rep.mark(split, kinds, repeated)
    assert kinds.count(None) == 1


def test_a_refused_page_stays_a_problem_and_the_others_go_on() -> None:
    raws = [page(story, TAGLINE, n) for n, story in enumerate(STORIES[:3])]
    raws.append(RawArticle(id="menu", source="menu.txt", format="text", text="Home\n\nSports\n\nWeather"))
    results = clean_batch(raws, CleanConfig())
    assert isinstance(results[-1], InputProblem) and results[-1].code == "E007"
    assert len(articles(results[:3])) == 3


@pytest.mark.parametrize(("url", "outlet", "site"), [("https://www.Valley.example/a", None, "valley.example"),
                                                     (None, "Valley News", "valley news"), (None, None, None)])
def test_the_site_is_the_host_else_the_outlet(url: str | None, outlet: str | None, site: str | None) -> None:
    assert rep.site_of(url, outlet) == site
