"""build_timeline on short stories written for these tests, parsed and aligned by the real pipeline."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.align import align_story
from newsprism.config import NlpConfig
from newsprism.model import Article, TimelineEvent
from newsprism.nlp import parse
from newsprism.timeline import build_timeline

THURSDAY = "2024-03-14"


def _timeline(resources, texts: dict[str, tuple[str, str | None]]) -> tuple[list[Article], list[TimelineEvent]]:
    raw = [Article(id=name, source=f"{name}.txt", format="text", text=text, published=published)
           for name, (text, published) in texts.items()]
    parsed = parse(raw, resources, NlpConfig())
    articles = [p.article for p in parsed]
    return articles, build_timeline(parsed, align_story(articles, resources.encoder))


@pytest.mark.parametrize(("sentence", "date", "precision", "expression"), [
    ("The finance ministers met in Brussels on Tuesday to discuss the budget.", "2024-03-12", "day", "on Tuesday"),
    ("The finance ministers will meet in Brussels on Friday to discuss the budget.", "2024-03-15", "day",
     "on Friday"),
    ("The mayor said the bridge would stay closed until Friday.", "2024-03-15", "day", "until Friday"),
    ("The ferry operator cut its prices last month after a fall in bookings.", "2024-02", "month", "last month"),
    ("The bridge was first closed to lorries in May 2019 after engineers found cracks.", "2019-05", "month",
     "in May 2019"),
    ("The storm reached the coast at 9:17 a.m. on Wednesday, the weather office said.", "2024-03-13T09:17", "time",
     "at 9:17 a.m. on Wednesday"),
    ("The mayor resigned early on Tuesday after the council vote.", "2024-03-12", "day", "early on Tuesday"),
    ("The harbour reopened yesterday after three weeks of repairs.", "2024-03-13", "day", "yesterday"),
    ("The company was founded in 2016 by two former engineers.", "2016", "year", "in 2016"),
    ("The museum was closed from April to June for repairs.", "2023-04/2023-06", "month", "from April to June"),
    ("The talks between the two unions are scheduled for Friday.", "2024-03-15", "day", "Friday"),
    ("The treaty was signed on Sept. 13, 2023, in Geneva.", "2023-09-13", "day", "on Sept. 13, 2023"),
])
def test_expression_in_context(resources, sentence: str, date: str, precision: str, expression: str) -> None:
    _, events = _timeline(resources, {"a": (sentence, THURSDAY)})
    assert [(e.date, e.precision) for e in events] == [(date, precision)]
    assert [x.text for x in events[0].expressions] == [expression]
    assert events[0].evidence[0].text == sentence
    assert events[0].reference is None


@pytest.mark.parametrize("sentence", [
    "The two countries have been at odds for 18 months.",
    "He spent four years in prison before the appeal.",
    "The five-year plan ends soon, officials in the capital said.",
    "Talks lasted three hours without a joint statement.",
])
def test_durations_are_not_events(resources, sentence: str) -> None:
    assert _timeline(resources, {"a": (sentence, THURSDAY)})[1] == []


def test_date_lines_and_stamps_are_not_events(resources) -> None:
    text = "March 14, 2024\n\nPublished March 14, 2024\n\nThe city council approved the new tram line on Wednesday."
    events = _timeline(resources, {"a": (text, THURSDAY)})[1]
    assert [e.date for e in events] == ["2024-03-13"]


def test_undated_article_takes_its_reference_from_the_story(resources) -> None:
    dated = "The central bank raised its main interest rate by half a point on Wednesday, its first rise in a year."
    undated = "On Wednesday the governor of the central bank told reporters that prices were still rising too fast."
    events = _timeline(resources, {"wire": (dated, THURSDAY), "blog": (undated, None)})[1]
    blog = next(e for e in events if e.evidence[0].article == "blog")
    assert blog.date == "2024-03-13"
    assert blog.reference is not None
    assert "2024-03-14" in blog.reference and "wire" in blog.reference
    wire = next(e for e in events if e.evidence[0].article == "wire")
    assert wire.reference is None


def test_undated_article_reference_fits_the_weekdays_it_names(resources) -> None:
    """The others' date is a Thursday; an article that names 'Friday' in the past tense was published a day later."""
    first = "The port strike began on Thursday when dock workers walked out over pay."
    later = "The port strike ended on Friday after dock workers accepted a new pay offer from the owners."
    events = _timeline(resources, {"first": (first, THURSDAY), "later": (later, None)})[1]
    ended = next(e for e in events if e.evidence[0].article == "later")
    assert ended.date == "2024-03-15"
    assert ended.reference is not None and "2024-03-15" in ended.reference


def test_same_event_is_grouped_across_articles(resources) -> None:
    a = ("The central bank raised its main interest rate to 4.5 percent on Tuesday, citing stubborn inflation.\n\n"
         "The bank's governor was appointed in 2019.")
    b = ("Citing stubborn inflation, the central bank on Tuesday raised its main interest rate to 4.5 percent.\n\n"
         "Shares in Frankfurt fell sharply last month.")
    _, events = _timeline(resources, {"a": (a, THURSDAY), "b": (b, "2024-03-13")})
    hike = [e for e in events if e.date == "2024-03-12"]
    assert len(hike) == 1
    assert sorted(x.article for x in hike[0].evidence) == ["a", "b"]
    assert sorted(x.text for x in hike[0].expressions) == ["on Tuesday", "on Tuesday"]
    assert [e.date for e in events] == sorted(e.date for e in events)


def test_different_events_on_the_same_day_stay_apart(resources) -> None:
    a = "The central bank raised its main interest rate to 4.5 percent on Tuesday."
    b = "A fire destroyed a warehouse in the northern port city on Tuesday, firefighters said."
    events = _timeline(resources, {"a": (a, THURSDAY), "b": (b, THURSDAY)})[1]
    assert [len(e.evidence) for e in events] == [1, 1]


def test_clock_time_takes_the_day_of_the_sentence_before(resources) -> None:
    text = ("The army fired two rockets into the sea on Wednesday.\n\n"
            "The launches were detected between 6:10 a.m. and 6:20 a.m. by the coast guard.")
    events = _timeline(resources, {"a": (text, THURSDAY)})[1]
    assert [e.date for e in events] == ["2024-03-13", "2024-03-13T06:10/2024-03-13T06:20"]


def test_the_date_a_statement_was_made_gives_way_to_what_it_reports(resources) -> None:
    text = "On Wednesday, the agency said the minister had arrived in the capital on Tuesday."
    events = _timeline(resources, {"a": (text, THURSDAY)})[1]
    assert [e.date for e in events] == ["2024-03-12"]


def test_timeline_is_sorted(resources) -> None:
    text = ("The new stadium opened on Tuesday.\n\nIts construction began in 2019.\n\n"
            "The club had played its first match in April 2021.\n\nThe league was founded in 1998.")
    events = _timeline(resources, {"a": (text, THURSDAY)})[1]
    assert [e.date for e in events] == ["1998", "2019", "2021-04", "2024-03-12"]


WORDS = st.sampled_from(["The", "council", "voted", "on Tuesday", "last month", "in May 2019", "at 9 a.m.",
                         "for two years", "yesterday", "and", "mayor", "resigned", "2016", "Sept. 13, 2023", "."])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(WORDS, min_size=3, max_size=14).map(" ".join), min_size=1, max_size=4),
       st.sampled_from([THURSDAY, None]))
def test_every_evidence_slices_back_into_its_article(resources, paragraphs: list[str], published: str | None) -> None:
    articles, events = _timeline(resources, {"x": ("\n\n".join(paragraphs), published),
                                                    "y": ("The mayor resigned on Tuesday.", THURSDAY)})
    texts = {a.id: a.text for a in articles}
    for event in events:
        for evidence in [*event.evidence, *event.expressions]:
            assert texts[evidence.article][evidence.start:evidence.end] == evidence.text
    assert [e.date.split("/")[0] for e in events] == sorted(e.date.split("/")[0] for e in events)
