"""A date conflict is dropped when every article of one side also writes the other side's day of the month: those
articles tell two steps apart (issue #18 round 18, the shape of ECB+ 30/ecbplus; invented wording)."""

from __future__ import annotations

from newsprism.conflicts.known_days import knows_both_days
from newsprism.model import Conflict, ConflictSide, Evidence

FIRST = "The ferry line said today (9 March 2014) that every route runs again."
SECOND = ("The ferry line said the island route ran again on 2 March 2014. The other routes followed on 9 March "
          "2014.")
THIRD = "The ferry line said the routes ran again on 2 March 2014 after the storm."


def _conflict(claims: list[tuple[str, str, str]]) -> Conflict:
    sides = [ConflictSide(claim=claim, evidence=[Evidence(article=article, start=0, end=len(text), text=text)],
                          articles=1, origins=1) for claim, article, text in claims]
    return Conflict(kind="date", about="when", sides=sides, explanation="")


def test_a_side_whose_article_writes_both_days_is_no_disagreement() -> None:
    conflict = _conflict([("9 March 2014", "a", FIRST), ("2 March 2014", "b", SECOND)])
    assert knows_both_days(conflict, {"a": FIRST, "b": SECOND})


def test_articles_that_each_write_one_day_disagree() -> None:
    conflict = _conflict([("9 March 2014", "a", FIRST), ("2 March 2014", "c", THIRD)])
    assert not knows_both_days(conflict, {"a": FIRST, "c": THIRD})


def test_a_year_written_elsewhere_drops_nothing() -> None:
    first = "The pier was rebuilt in 2011, the council said."
    second = "The pier was rebuilt in 2012. Its cafe opened in 2011."
    conflict = _conflict([("2011", "a", first), ("2012", "b", second)])
    assert not knows_both_days(conflict, {"a": first, "b": second})
