"""Months written without a year, issue #18 round 19 (helper C9): read as dated items when the timeline could not
place them, and compared only with months of the same form (the shape of ECB+ 9/ecb's 'proposed in May' / 'proposed
in August' in the disagreement spec; invented wording)."""

from __future__ import annotations

import pytest

from newsprism.conflicts.undated import UNDATED_YEAR, same_day, undated_month_item, undated_value
from newsprism.ingest.raw import RawArticle
from newsprism.nlp import NlpResources
from newsprism.values import dates
from newsprism.values.moments import Point, TimeValue


def _read(sentence: str) -> TimeValue | None:
    found = dates(sentence)
    assert len(found) == 1
    date = found[0]
    return undated_value(date, sentence[:date.start], sentence[date.end:])


def _month(month: int, year: int = UNDATED_YEAR) -> TimeValue:
    return TimeValue(Point(year, month, 1, 0, 0, "month"))


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("The harbour board proposed the new mooring fees in May after a long review.", 5),
        ("The toll was cut last December by the county council.", 12),
        ("Ferries ran every hour until October when the pier closed.", 10),
    ],
    ids=["in", "last", "until"],
)
def test_a_month_after_a_time_word_is_an_undated_item(sentence: str, month: int) -> None:
    assert _read(sentence) == _month(month)


@pytest.mark.parametrize(
    "sentence",
    [
        "The composer August Pellow wrote the harbour hymn.",
        "The old frigate was relieved early December by a newer ship.",
        "The old frigate was relieved in November-end by a newer ship.",
        "The harbour board proposed the new mooring fees in May 2011 after a long review.",
    ],
    ids=["a-name", "early", "month-end", "with-its-year"],
)
def test_no_undated_month_is_read(sentence: str) -> None:
    assert _read(sentence) is None


def test_a_day_without_a_year_is_read_at_day_precision() -> None:
    assert _read("On June 4, the pier reopened to ferries.") == TimeValue(Point(UNDATED_YEAR, 6, 4, 0, 0, "day"))


def test_undated_months_differ_only_from_undated_months() -> None:
    assert not same_day(_month(5), _month(8))
    assert same_day(_month(5), _month(5))
    assert same_day(_month(10), TimeValue(Point(1974, 8, 9, 0, 0, "day")))  # any year's October
    assert same_day(_month(10), _month(8, 1974))
    assert same_day(_month(10), TimeValue(Point(1974, 1, 1, 0, 0, "year")))


def test_an_undated_day_never_differs_from_a_year() -> None:
    undated = TimeValue(Point(UNDATED_YEAR, 11, 19, 0, 0, "day"))
    assert same_day(undated, TimeValue(Point(2008, 1, 1, 0, 0, "year")))
    assert not same_day(undated, TimeValue(Point(2008, 11, 18, 0, 0, "day")))


def _conflicts(texts: dict[str, tuple[str, str]], resources: NlpResources) -> set[frozenset[str]]:
    from newsprism.config import Config
    from newsprism.pipeline import analyze_raw

    raws = [RawArticle(id=key, source=key, format="text", title=title, text=text)
            for key, (title, text) in texts.items()]
    return {frozenset(s.claim for s in c.sides) for c in analyze_raw(raws, Config(), resources).conflicts
            if c.kind == "date"}


def test_two_outlets_dating_one_proposal_to_different_months(resources: NlpResources) -> None:
    texts = {
        "north": ("Mooring fees to rise at Port Ellery",
                  "The harbour board will raise mooring fees at Port Ellery next spring. "
                  "The harbour board proposed the new mooring fees in May after a long review of the quays.\n\n"
                  "Boat owners said the rise was too steep. The quays were built in 1904."),
        "south": ("Port Ellery boat owners face higher fees",
                  "Boat owners at Port Ellery will pay more to moor from next spring. "
                  "The harbour board proposed the new mooring fees in August after a long review of the quays.\n\n"
                  "The board said the money would mend the quays, which date from 1904."),
    }
    assert any({"May", "August"} <= c for c in _conflicts(texts, resources))


def test_a_month_beside_a_time_of_the_article_s_own_stands_for_no_clause() -> None:
    month = TimeValue(Point(UNDATED_YEAR, 2, 1, 0, 0, "month"))
    assert not undated_month_item(month, "Ferry traffic recovered last month after a slow winter in")
    assert not undated_month_item(month, "Ferry traffic recovered on Tuesday after a slow winter in")
    assert undated_month_item(month, "Ferry traffic recovered after a slow winter in")
    day = TimeValue(Point(UNDATED_YEAR, 2, 3, 0, 0, "day"))
    assert undated_month_item(day, "Ferry traffic recovered last month after a slow winter on")
