"""`figures.summed_in_body`: a headline that sums its page's other shootings marks a roundup, a headline's
one person does not (issue #18). Records written for the test."""

from __future__ import annotations

from newsprism.figures import summed_in_body
from newsprism.figures.another_event import OTHER_SHOOTINGS
from newsprism.figures.group import Keyed
from newsprism.model import Evidence, FigureValue


def keyed(article: str, measure: str, value: float, subject: str | None, title: bool) -> Keyed:
    text = "x"
    evidence = Evidence(article=article, start=0, end=1, text=text, part="title" if title else None)
    figure = FigureValue(article=article, value=value, qualifier="exact", written=str(value), mention=evidence,
                         evidence=evidence, published=None)
    return Keyed(measure, subject, subject or "", figure)


def test_a_headline_that_sums_its_page_s_other_shootings_is_a_roundup() -> None:
    found = [keyed("a", "shot", 6.0, None, True), keyed("a", "injured", 6.0, OTHER_SHOOTINGS, False),
             keyed("b", "shot", 2.0, None, True), keyed("b", "injured", 5.0, OTHER_SHOOTINGS, False)]
    assert summed_in_body(found) == {"a"}


def test_a_headline_s_one_person_marks_no_roundup() -> None:
    found = [keyed("a", "injured", 1.0, None, True), keyed("a", "injured", 1.0, OTHER_SHOOTINGS, False)]
    assert summed_in_body(found) == set()
