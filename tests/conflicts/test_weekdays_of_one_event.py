"""Issue #18, round 15: the weekday of one past event given differently by two articles in sentences built
differently, and the look-alikes that never meet: a weekday of reporting, another thing named, an article that
dates the verb to two days, articles written weeks apart (sentences written for these tests)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.align import SentenceTable
from newsprism.conflicts.weekdays import clause_names, weekday_conflicts
from newsprism.model import Article, Sentence


def _table(texts: dict[str, str], published: dict[str, str] | None = None) -> SentenceTable:
    dated = published or {}
    articles = [Article(id=i, source=f"{i}.txt", format="text", text=t, published=dated.get(i))
                for i, t in texts.items()]
    sentences = [Sentence(start=0, end=len(t), text=t, entities=[]) for t in texts.values()]
    return SentenceTable(articles=articles, owner=np.arange(len(articles)), sentences=sentences,
                         distinct=np.zeros((len(articles), 1), dtype=np.float32), encoded=[])


def _claims(texts: dict[str, str], published: dict[str, str] | None = None) -> list[list[str]]:
    return [sorted(s.claim for s in c.sides) for c in weekday_conflicts(_table(texts, published), hash)]


def test_one_check_in_on_two_weekdays_conflicts() -> None:
    assert _claims({"a": "The singer Mara Quell checked into the Halvard Clinic late Wednesday, her agent said.",
                    "b": "Early Thursday morning, around 2 a.m., the singer checked into the Halvard Clinic."}) == [
        ["Thursday", "Wednesday"]]


def test_the_same_weekday_is_no_conflict() -> None:
    assert _claims({"a": "Mara Quell checked into the Halvard Clinic on Wednesday.",
                    "b": "The singer checked into the Halvard Clinic late Wednesday night."}) == []


@pytest.mark.parametrize("second", [
    "Her agent confirmed to the Halvard Gazette on Thursday that she was there.",  # a weekday of reporting
    "On Thursday, the club signed Tomas Brill from the Halvard reserves.",  # another verb and another name
    "Mara Quell checked into the Osterby Clinic on Thursday.",  # another clinic named
    "Mara Quell checked into the Halvard Clinic on Tuesday and checked into the Halvard Clinic again on Friday.",
])
def test_look_alikes_never_meet(second: str) -> None:
    assert _claims({"a": "Mara Quell checked into the Halvard Clinic on Wednesday.", "b": second}) == []


def test_articles_written_weeks_apart_are_not_compared() -> None:
    texts = {"a": "Mara Quell checked into the Halvard Clinic on Wednesday.",
             "b": "Mara Quell checked into the Halvard Clinic on Thursday."}
    assert _claims(texts) == [["Thursday", "Wednesday"]]
    assert _claims(texts, {"a": "2024-03-01", "b": "2024-03-20"}) == []


def test_clause_names_leave_out_the_first_word_and_the_calendar() -> None:
    text = "Quell joined the Halvard Clinic on Wednesday in March."
    at = text.index("Wednesday")
    assert clause_names(text, at, at + len("Wednesday")) == frozenset({"Halvard", "Clinic"})
