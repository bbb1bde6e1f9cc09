"""Issue #18, round 4: a figure stated only in a headline, amounts of money across unaligned sentences, and the day of
the month of a past event (stories and sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsprism.conflicts.amounts import Amount, contradict
from newsprism.conflicts.dated import masked_clause, same_day, written_day
from newsprism.conflicts.titles import with_headline_counts
from newsprism.figures.another_event import recalls_another_event
from newsprism.figures.measures import read_claims
from newsprism.ingest.raw import RawArticle
from newsprism.model import Evidence, Figure, FigureSide, FigureValue
from newsprism.values import quantities
from newsprism.values.moments import Point, TimeValue


def _amount(article: str, text: str) -> Amount:
    q = next(q for q in quantities(text) if q.money)
    sentence = Evidence(article=article, start=0, end=len(text), text=text)
    return Amount(q, Evidence(article=article, start=q.start, end=q.end, text=q.written), sentence, text)


@pytest.mark.parametrize(("first", "second", "conflict"), [
    ("Thieves took an estimated $102 million in jewels.", "Thieves took more than $160 million in jewels.", True),
    ("The Senate blocked a $500 billion relief bill.", "The Senate blocked a $300 billion relief bill.", True),
    ("It is a nearly $1 trillion plan.", "It is the $1.2 trillion package.", False),  # rounded
    ("The debt stands at $70 billion.", "The debt stands at $72 billion.", False),  # one significant digit
    ("The bill costs $2 trillion.", "The bill costs more than $2 trillion.", False),
    ("Robbers took more than $100 million.", "Robbers took more than $150 million.", False),  # two bounds hold
    ("In March, the fund paid $5 million.", "The fund paid $9 million.", False),  # dated apart
    ("The programme costs $18 billion.", "The programme costs $1.1 billion.", False),  # another amount
    ("The fee rises by $500.", "The fee rises to $1,160.", False),  # a change against a level
    ("The fee rises by $500.", "The fee rises by $300.", True),
    ("He proposes a $6 trillion budget.", "It holds $5 trillion in new spending over the next decade.", False),
])
def test_amounts_that_cannot_both_be_true(first: str, second: str, conflict: bool) -> None:
    assert contradict(_amount("a", first), _amount("b", second)) is conflict


def test_two_amounts_one_article_states_both_are_explained() -> None:
    share, total = _amount("a", "Washington would pay $11.6 billion of it."), _amount("a", "It is $13 billion.")
    first, second = _amount("b", "The aid package is $13 billion."), _amount("c", "The aid package is $11.6 billion.")
    stated = {"a": [(x.quantity, x.sentence.text) for x in (share, total)]}
    assert contradict(first, second) and not contradict(first, second, stated)


def test_a_superlative_is_no_other_event_but_a_year_or_last_month_is() -> None:
    assert not recalls_another_event("Robbers made off with $108 million in one of the largest heists in history.")
    assert recalls_another_event("Last month a crew stole $2 million from a hotel safe.")
    assert recalls_another_event("A gang stole $40 million from the same shop in 2009.")


def test_headline_verbs_and_a_count_cut_off_by_an_abbreviation() -> None:
    claims = read_claims("Rockets kill 2 Ruritanians; 28 die in the city as the army strikes.")
    assert [(c.measure, c.subject, c.number.value) for c in claims] == [("killed", "ruritanians", 2.0),
                                                                         ("killed", None, 28.0)]
    assert read_claims("A bomb attack in the square killed two U.S.") == []


def test_peoples_are_counted_as_groups_of_their_own() -> None:
    claims = read_claims("No fewer than 41 Ruritanians were killed and 900 hurt.")
    assert next((c.measure, c.subject, c.number.value) for c in claims) == ("killed", "ruritanians", 41.0)

    assert [(c.measure, c.subject) for c in read_claims("Two Israelis were killed.")] == [("killed", "israelis")]
    assert read_claims("The Republicans voted 52 to 48.") == []


def _value(article: str, value: float, written: str, text: str, part: str | None = None) -> FigureValue:
    at = text.index(written)
    return FigureValue(article=article, value=value, qualifier="at least" if "least" in written else "exact",
                       written=written, mention=Evidence(article=article, start=at, end=at + len(written),
                                                         text=written, part=part),  # type: ignore[arg-type]
                       evidence=Evidence(article=article, start=0, end=len(text), text=text,
                                         part=part))  # type: ignore[arg-type]


def _figure(subject: str | None, values: list[FigureValue]) -> Figure:
    sides = [FigureSide(claim=v.written, value=v.value, articles=[v.article], origins=1) for v in values]
    return Figure(measure="killed", subject=subject, about="killed", values=values, sides=sides, verdict="agreed",
                  history="")


BODY = "At least 40 Ruritanians were killed when the dam burst."
TITLE = "Dam bursts above Port Ellery; 25 killed"


def test_a_headline_count_meets_the_groups_count_when_no_text_counts_the_event() -> None:
    group = _figure("ruritanians", [_value("b", 40, "At least 40", BODY)])
    headline = _figure(None, [_value("a", 25, "25", TITLE, "title")])
    [figure] = with_headline_counts([group, headline], lambda ids: len(set(ids)))
    assert figure.subject == "ruritanians" and figure.verdict == "disputed"
    title_value = next(v for v in figure.values if v.article == "a")
    assert title_value.evidence.part == "title" and TITLE[title_value.mention.start:title_value.mention.end] == "25"


def test_a_headline_count_stays_apart_where_a_text_counts_the_event() -> None:
    whole = _figure(None, [_value("b", 40, "At least 40", "At least 40 people were killed.")])
    group = _figure("ruritanians", [_value("c", 30, "30", "30 Ruritanians were killed.")])
    headline = _figure(None, [_value("a", 25, "25", TITLE, "title")])
    assert with_headline_counts([whole, group, headline], lambda ids: len(set(ids)))[1] == group


def test_title_evidence_is_left_out_of_the_json_when_absent() -> None:
    plain = Evidence(article="a", start=0, end=3, text="Dam")
    assert "part" not in plain.model_dump_json() and '"part":"title"' in plain.model_copy(
        update={"part": "title"}).model_dump_json()


@pytest.mark.parametrize(("expression", "day"), [("On November 19", True), ("the Nov. 18", True),
                                                  ("on Tuesday", False), ("in November", False)])
def test_only_a_written_day_of_the_month_is_compared(expression: str, day: bool) -> None:
    assert written_day(expression) is day


def test_a_fronted_date_is_read_with_the_clause_after_it() -> None:
    text = "On November 19, the frigate sank a trawler held by pirates."
    sentence = Evidence(article="a", start=0, end=len(text), text=text)
    expression = Evidence(article="a", start=3, end=14, text="November 19")
    assert "frigate sank a trawler" in (masked_clause(sentence, expression) or "")


def test_days_without_a_year_compare_by_month_and_day() -> None:
    undated = TimeValue(Point(1, 11, 19, 0, 0, "day"))
    assert same_day(undated, TimeValue(Point(2008, 11, 19, 0, 0, "day")))
    assert not same_day(undated, TimeValue(Point(1, 11, 18, 0, 0, "day")))


def test_a_story_whose_outlets_give_different_amounts_and_days(resources) -> None:
    from newsprism.config import Config
    from newsprism.pipeline import analyze_raw

    texts = {
        "north": ("Jewel raid in Port Ellery",
                  "Armed robbers made off with an estimated $12 million in watches from a shop in Port Ellery. "
                  "On March 14, the gang rammed a van through the front window.\n\n"
                  "Police said the raid lasted four minutes. The owner said he was shocked."),
        "south": ("Port Ellery shop hit by robbers",
                  "Robbers dressed as couriers stole watches worth more than $30 million from a Port Ellery shop. "
                  "On March 12, the gang rammed a van through the front window.\n\n"
                  "Police are looking for a grey van. Nobody was hurt in the raid."),
    }
    raws = [RawArticle(id=key, source=key, format="text", title=title, text=text)
            for key, (title, text) in texts.items()]
    conflicts = analyze_raw(raws, Config(), resources).conflicts
    claims = {frozenset(s.claim for s in c.sides) for c in conflicts}
    assert frozenset({"an estimated $12 million", "more than $30 million"}) in claims or frozenset(
        {"$12 million", "$30 million"}) in claims or any({"$12 million", "more than $30 million"} <= c for c in claims)
    assert any({"March 14", "March 12"} <= c for c in claims)


def test_a_predicted_figure_is_no_count_of_the_story() -> None:
    from newsprism.conflicts.figured import figured_conflicts

    count = "Deaths in the country passed 250,000 on Wednesday."
    guess = "That exceeds an expert's prediction that the country would confirm 240,000 deaths."
    values = [_value("a", 250000, "250,000", count), _value("b", 240000, "240,000", guess)]
    figure = _figure(None, values).model_copy(update={"verdict": "disputed"})
    assert figured_conflicts([figure]) == []
    plain = _value("b", 240000, "240,000", "Deaths in the country reached 240,000 on Wednesday.")
    assert len(figured_conflicts([_figure(None, [values[0], plain]).model_copy(update={"verdict": "disputed"})])) == 1
