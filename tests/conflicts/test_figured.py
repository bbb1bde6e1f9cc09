"""Which disputed figures become conflicts (issue #18): values that cannot both be true of one scope and time, not
two bounds, another event's figure, a generic sentence, or figures dated or scoped apart (sentences written anew)."""

from __future__ import annotations

from conflict_sentences import sentence

from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.figured import apart, figured_conflicts
from newsprism.conflicts.updates import is_update
from newsprism.model import Conflict, ConflictSide, Evidence, Figure, FigureSide, FigureValue


def _value(article: str, value: float, qualifier: str, written: str, text: str) -> FigureValue:
    at = text.index(written)
    return FigureValue(article=article, value=value, qualifier=qualifier, written=written,  # type: ignore[arg-type]
                       mention=Evidence(article=article, start=at, end=at + len(written), text=written),
                       evidence=Evidence(article=article, start=0, end=len(text), text=text), published=None)


def _figure(values: list[FigureValue], subject: str | None = None) -> Figure:
    sides = [FigureSide(claim=v.written, value=v.value, articles=[v.article], origins=1, first_published=None,
                        last_published=None) for v in values]
    return Figure(measure="killed", subject=subject, about="people killed", values=values, sides=sides,
                  verdict="disputed", history="")


def test_two_exact_counts_conflict() -> None:
    figure = _figure([_value("a", 128, "exact", "128 people were killed", "In all 128 people were killed."),
                      _value("b", 129, "exact", "killing 129", "The gunmen opened fire, killing 129.")])
    found = figured_conflicts([figure])
    assert len(found) == 1 and {s.claim for s in found[0].sides} == {"128 people were killed", "killing 129"}


def test_a_bound_and_a_value_beyond_it_conflict() -> None:
    figure = _figure([_value("a", 50, "at most", "as many as 50", "The quake killed as many as 50 people."),
                      _value("b", 63, "at least", "At least 63", "At least 63 people were killed.")])
    assert len(figured_conflicts([figure])) == 1


def test_two_lower_bounds_both_hold() -> None:
    figure = _figure([_value("a", 8, "at least", "at least eight", "The storm killed at least eight people."),
                      _value("b", 9, "at least", "At least nine", "At least nine people died in the storm.")])
    assert figured_conflicts([figure]) == []


def test_another_events_figure_is_background() -> None:
    figure = _figure([_value("a", 26000, "exact", "26,000", "The 2003 quake killed 26,000."),
                      _value("b", 31000, "exact", "31,000", "The 2003 quake killed 31,000.")], "(earlier event, 2003)")
    assert figured_conflicts([figure]) == []


def test_a_generic_sentence_is_no_side() -> None:
    figure = _figure([_value("a", 6, "exact", "6", "A magnitude 6 tremor can cause severe damage."),
                      _value("b", 5.8, "exact", "5.8", "The tremor had a magnitude of 5.8.")])
    assert figured_conflicts([figure]) == []


def test_figures_dated_or_scoped_apart() -> None:
    assert apart("In March, a shooter left four people dead at a mall.", "One person died in the attack.")
    assert apart("In Springfield, 40 people were shot, 7 of them fatally.", "Across the nation 120 were killed.")
    assert apart("Some 9,000 have been hurt in the marches since April 2.", "About 800 were hurt on the day.")
    assert apart("In another, the river swept through a care home, killing 9.", "The toll rose to at least 80.")
    assert not apart("The blast on Sunday killed 10 people.", "The Sunday blast killed 12 people.")


def test_a_conversion_at_another_rate_is_no_conflict() -> None:
    a = sentence("The cabinet signed a €90 billion ($117 billion) loan deal on Sunday.")
    b = sentence("The cabinet signed a €90 billion ($121 billion) loan deal on Sunday.")
    assert disagreements(a, b) == []
    c = sentence("The cabinet signed a €70 billion ($91 billion) loan deal on Sunday.")
    assert {d.slot for d in disagreements(a, c)} == {"money"}


def test_a_closing_figure_is_another_moment() -> None:
    a = sentence("Traders fled as the index plunged 4.2 per cent in the morning.")
    b = sentence("Traders fled as the index closed down 2.7 percent.")
    assert disagreements(a, b) == []
    c = sentence("Traders fled as the index closed down 1.1 percent.")
    assert {d.slot for d in disagreements(b, c)} == {"percent"}


def test_a_conversion_far_off_is_another_amount() -> None:
    a = sentence("The clinic billed the family $3m (£2.2m) for the treatment.")
    b = sentence("The clinic billed the family $3m (£4.4m) for the treatment.")
    assert {d.slot for d in disagreements(a, b)} == {"money"}


def _number_conflict(first: str, second: str) -> Conflict:
    def side(claim: str, article: str) -> ConflictSide:
        return ConflictSide(claim=claim, evidence=[Evidence(article=article, start=0, end=4, text="text")],
                            articles=1, origins=1)

    return Conflict(kind="number", about="people evacuated", sides=[side(first, "a"), side(second, "b")],
                    explanation="")


def test_a_later_report_is_an_update_not_a_conflict() -> None:
    conflict = _number_conflict("200 people", "450 people")
    assert is_update(conflict, {"a": "2024-03-02T08:00:00Z", "b": "2024-03-02T15:00:00Z"})
    assert is_update(conflict, {"a": "2024-03-02", "b": "2024-03-03"})
    assert not is_update(conflict, {"a": "2024-03-02T08:00:00Z", "b": "2024-03-02T08:20:00Z"})
    assert not is_update(conflict, {"a": "2024-03-02", "b": "2024-03-02T15:00:00Z"})
    assert not is_update(conflict, {"a": "2024-03-02T08:00:00Z", "b": None})


def test_a_baseline_year_dates_no_event() -> None:
    from newsprism.conflicts.dated import BASELINE

    text = "trim output 40% from 2005 levels within ten years, and prices in 2019 dollars"
    assert BASELINE.match(text[text.index("2005") + 4:]) and BASELINE.match(text[text.index("2019") + 4:])
    assert not BASELINE.match(" election, officials said") and not BASELINE.match(" when he visited")


def test_a_count_of_one_group_is_no_conflict_with_a_count_of_people() -> None:
    figure = _figure([_value("a", 2, "exact", "two women", "Rockets hit the town, killing two women."),
                      _value("b", 26, "exact", "26 people who died", "Among 26 people who died, 9 were children.")])
    assert figured_conflicts([figure]) == []
    figure = _figure([_value("a", 2, "exact", "two women", "The blast killed two women."),
                      _value("b", 3, "exact", "three women", "The blast killed three women.")])
    assert len(figured_conflicts([figure])) == 1


def test_a_count_taken_to_a_hospital_never_meets_a_count_of_the_injured() -> None:
    figure = _figure([_value("a", 2, "exact", "two others", "A man died and two others were wounded."),
                      _value("b", 3, "exact", "three victims were driven to the hospital",
                             "Medics said three victims were driven to the hospital by ambulance.")])
    assert figured_conflicts([figure]) == []
