"""Issue #18, round 20 (C10): a month or year dates the figure of its own coordinated clause only
(:func:`newsprism.figures.rivals.apart_at`); sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.conflicts.amounts import Amount, contradict
from newsprism.figures.rivals import apart, apart_at
from newsprism.model import Evidence
from newsprism.values import quantities


def _at(text: str, figure: str) -> tuple[str, int]:
    return text, text.index(figure)


@pytest.mark.parametrize(("first", "second", "expected"), [
    # the month dates the plan's launch, the count is of the clause after 'and since'
    (_at("The board unveiled the plan in March and since has received 40,000 letters.", "40,000"),
     _at("The board received some 52,000 letters about the plan.", "52,000"), False),
    # 'but' before an auxiliary opens another clause too; a semicolon as well
    (_at("The firm opened the depot in 2019 but has closed nine stores.", "nine"),
     _at("The firm has closed seven stores.", "seven"), False),
    (_at("The lake froze in January; twelve boats sank.", "twelve"),
     _at("Ten boats sank on the lake.", "Ten"), False),
    # a month in the figure's own clause still dates it apart
    (_at("In March the board received 40,000 letters.", "40,000"),
     _at("The board received 52,000 letters.", "52,000"), True),
    (_at("The board met and in March received 40,000 letters.", "40,000"),
     _at("The board received 52,000 letters.", "52,000"), True),
    # 'and' before a verb that is no auxiliary joins no clause: the month stays the sentence's
    (_at("The storm struck in March and wrecked 30 piers.", "30"),
     _at("The storm wrecked 25 piers.", "25"), True),
    # other scopes are read over the whole sentence, as before
    (_at("Since March the board has received 40,000 letters.", "40,000"),
     _at("The board received 52,000 letters.", "52,000"), True),
])
def test_months_of_the_figures_clause_only(first: tuple[str, int], second: tuple[str, int], expected: bool) -> None:
    assert apart_at(*first, *second) is expected


def test_the_whole_sentence_reading_is_unchanged() -> None:
    text = "The board unveiled the plan in March and since has received 40,000 letters."
    assert apart(text, "The board received some 52,000 letters about the plan.")


def _count(article: str, text: str) -> Amount:
    q = next(q for q in quantities(text) if q.dimension.startswith("count:"))
    sentence = Evidence(article=article, start=0, end=len(text), text=text)
    return Amount(q, Evidence(article=article, start=q.start, end=q.end, text=q.written), sentence, text)


def test_counts_of_things_meet_past_a_month_of_another_clause() -> None:
    dated = _count("a", "The board unveiled the plan in March and since has received nearly 52,000 letters.")
    plain = _count("b", "The board received nearly 40,000 letters on the plan.")
    assert contradict(dated, plain)
    assert not contradict(_count("a", "In March the board received nearly 52,000 letters."), plain)
