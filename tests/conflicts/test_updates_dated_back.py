"""A later article that dates its account to the earlier article's day states the same moment, not an update (issue
#18 round 18, the shape of ECB+ 14/ecbplus; invented wording)."""

from __future__ import annotations

from newsprism.conflicts.updates import is_update
from newsprism.model import Conflict, ConflictSide, Evidence

PUBLISHED = {"a": "2014-03-03", "b": "2014-03-04"}


def _conflict() -> Conflict:
    sides = [ConflictSide(claim=claim, evidence=[Evidence(article=article, start=0, end=5, text=claim)], articles=1,
                          origins=1) for claim, article in (("three pumps", "a"), ("five pumps", "b"))]
    return Conflict(kind="number", about="how many pumps", sides=sides, explanation="")


def test_a_later_article_dated_back_to_the_earlier_day_is_no_update() -> None:
    leads = {"a": "A barn burned this morning.", "b": "A barn burned yesterday (March 3rd) near the mill."}
    assert is_update(_conflict(), PUBLISHED)
    assert not is_update(_conflict(), PUBLISHED, leads)


def test_a_later_article_with_no_day_or_a_later_day_stays_an_update() -> None:
    assert is_update(_conflict(), PUBLISHED, {"b": "A barn burned near the mill, crews said."})
    assert is_update(_conflict(), PUBLISHED, {"b": "A barn burned on March 3; by March 5 crews had left."})


def test_the_later_article_s_own_day_does_not_count_as_another() -> None:
    leads = {"b": "March 4, 2014. A barn burned yesterday (March 3) near the mill."}
    assert not is_update(_conflict(), PUBLISHED, leads)
