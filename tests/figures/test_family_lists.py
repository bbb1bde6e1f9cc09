"""Round 7 readings of the figures stage (issue #18): people listed as kin or groups, rates, threats, 'one of ...
died', roundup sentences, headlines that name a death or one person shot, and the injured at a tie (texts written
for the test)."""

from __future__ import annotations

import pytest

from newsprism.figures.another_event import earlier_subject
from newsprism.figures.family import family_lists
from newsprism.figures.headline import headline, with_headlines
from newsprism.figures.measures import read_claims
from newsprism.figures.title_people import title_claims
from newsprism.figures.verdict import article_values, history, sides, verdict
from newsprism.model import Evidence, Figure, FigureValue


def value(article: str, number: float, sentence: str = "") -> FigureValue:
    text = sentence or f"{number:g} people were hurt"
    evidence = Evidence(article=article, start=0, end=len(text), text=text)
    return FigureValue(article=article, value=number, qualifier="exact", written=f"{number:g}", mention=evidence,
                       evidence=evidence)


def figure(measure: str, values: list[FigureValue]) -> Figure:
    built = sides(article_values(values), len)
    return Figure(measure=measure, about=measure, values=values, sides=[s for s, _ in built], verdict=verdict(built),
                  history=history(built))


def counts(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.measure, c.subject, c.number.value) for c in read_claims(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Deputies said a farmer shot and killed his wife, his son and a niece, then drove off.", 3),
    ("A couple and their three small kids were all found shot dead in the house on Friday.", 5),
    ("3 adults, 2 children killed in Elm County shooting", 5),
    ("Parents, 3 children dead in Elm County shooting", 5),
    ("Detectives are looking into Friday's shooting deaths of a husband, his wife and their two sons.", 4),
    ("A 6-year-old boy and grandmother who were shot and killed on Elm Road were named.", 2),
    ("The gunman killed a deputy and two other people inside the pharmacy.", 3),
])
def test_a_list_of_people_counts_each_of_them(text: str, expected: float) -> None:
    killed = [c for c in counts(text) if c[0] == "killed" and c[1] is None]
    assert killed and {c[2] for c in killed} == {expected}


def test_a_list_needs_a_count_or_an_and_and_the_number_of_a_picture_is_no_item() -> None:
    assert family_lists("the farmer, the neighbour were there") == []
    assert {c[2] for c in counts("Photo 3 of 9 A couple and their two kids were found shot dead in the house.")
            if c[0] == "killed"} == {4}
    assert family_lists("A man and his dog were hurt") == []
    found = counts("Three more people, one man and two women, were found shot inside the farmhouse.")
    assert {c[2] for c in found} == {3}


def test_a_rate_and_a_threat_are_no_counts() -> None:
    assert counts("The county's rate was 12.5 deaths per 100,000 residents.") == []
    assert counts("He told a cousin he planned to kill his wife and two children.") == []
    assert counts("Police said he killed two people.") == [("killed", None, 2)]


def test_one_of_the_people_shot_who_died_is_a_death() -> None:
    assert counts("One of three men shot early Sunday on Wren Street dies") == [("killed", None, 1), ("shot", None, 3)]
    assert counts("Two of the victims later died at the hospital.") == [("killed", None, 2)]


@pytest.mark.parametrize("text", [
    "In 2009, a teacher died there and four others were wounded at that same corner.",
    "At least six people were killed and 20 wounded in Riverton shootings throughout the weekend.",
    "It came during a bloody four-hour stretch that saw nine people shot.",
    "There were 30 such shootings in the state, with eleven killed.",
    "The man was the city's 40th homicide victim this year.",
])
def test_another_event_or_a_tally_is_not_the_storys(text: str) -> None:
    assert earlier_subject(text) is not None


def test_the_storys_own_shootings_stay_its_own() -> None:
    assert earlier_subject("Four people were killed in the shootings at the plant.") is None


@pytest.mark.parametrize(("title", "measure"), [
    ("Police investigating deadly shooting on Elm Road", "killed"),
    ("Man charged in fatal Riverton bar shooting", "killed"),
    ("Hunting trip ended in accidental shooting death", "killed"),
    ("Police: Grandfather shoots grandson in the leg", "shot"),
    ("Boy slain in apparent accident identified", "killed"),
])
def test_a_headline_that_names_one_death_or_one_person_shot(title: str, measure: str) -> None:
    claims = title_claims(title)
    assert [(c.measure, c.number.value, c.number.written) for c in claims] == [(measure, 1, "a")]


def test_a_headline_count_is_kept_over_the_one_person_reading() -> None:
    assert [(c.measure, c.number.value) for c in title_claims("3 dead in fatal shooting at Elm Road bar")] == [
        ("killed", 3)]


def test_a_tie_of_the_injured_goes_to_the_people_shot_less_the_dead() -> None:
    injured = figure("injured", [value("a", 6), value("b", 5)])
    shot = figure("shot", [value("a", 5, sentence="five people were shot"), value("b", 5)])
    tied = headline(with_headlines([injured, shot]), "injured")
    assert tied is not None and tied.value == 5
    alone = headline(with_headlines([figure("injured", [value("a", 6), value("b", 5)])]), "injured")
    assert alone is not None and alone.value == 6


def test_the_people_fired_on_never_replace_a_count_of_the_injured() -> None:
    injured = figure("injured", [value("a", 4)])
    fired = figure("shot", [value("b", 20, sentence="he opened fire on 20 people in the hall")])
    fired = fired.model_copy(update={"values": [v.model_copy(update={"mention": v.mention.model_copy(
        update={"start": 18, "end": 20, "text": "20"})}) for v in fired.values]})
    kept = headline(with_headlines([injured, fired]), "injured")
    assert kept is not None and (kept.value, kept.basis) == (4, "consensus")
