"""Readings added after the dev residue 5 incidents were read (texts written for the test): a count after a
possessive, names the parse tags as persons elsewhere only, appositive names, generation suffixes, denied subjects,
victims told apart from the dead, and tallies of other events."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.figures.another_event import earlier_subject
from newsprism.figures.headline import headline, with_headlines
from newsprism.figures.measures import read_claims
from newsprism.figures.shooter import SHOOTER
from newsprism.figures.verdict import article_values, history, sides, verdict
from newsprism.figures.victims import Victims, victims_of
from newsprism.ingest.raw import RawArticle
from newsprism.model import Article, Evidence, Figure, FigureValue, Report
from newsprism.nlp import parse
from newsprism.pipeline import analyze_raw


def claims(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.measure, c.subject, c.number.value) for c in read_claims(text)]


def victims(text: str, resources) -> Victims:
    article = Article(id="a", source="a.txt", format="text", text=text)
    return victims_of(parse([article], resources, NlpConfig())[0])


def test_a_count_after_a_possessive_is_the_count() -> None:
    assert ("killed", None, 2.0) in claims("A Lumo man killed his two sons on Friday before turning the gun on "
                                           "himself.")
    assert ("killed", None, 3.0) in claims("Police said she fatally shot her 3 children.")
    assert ("killed", None, 1.0) not in claims("Police said she fatally shot her 3 children.")


def test_an_age_after_a_possessive_is_no_count() -> None:
    assert claims("A mother shot her 4-year-old boy on the landing.") == [("shot", None, 1.0)]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Kevin Dray, 22, sat with two other men in the van when the pistol fired. The round hit Dray in the "
     "chest. Dray died where he sat. The driver and the third man were not injured.", 1, 0),
    ("15-year-old Tavon Rell was killed in the gunfire, and Rell's mother, 40-year-old Mira Oxley was also "
     "shot.", 1, 1),
    ("Corey Vance Jr., 18, was pronounced dead on the spot. An 18-year-old boy was killed and Vance's cousin "
     "was later arrested. Deputies are looking for Elan Brock Jr., 34.", 1, 0),
    ("Officers said one man was shot and killed beside a kiosk. Another man was wounded in the elbow.", 1, 1),
])
def test_victims_described_one_by_one(text: str, killed: int, injured: int, resources) -> None:
    found = victims(text, resources)
    assert (found.count("killed"), found.count("injured")) == (killed, injured)


def test_a_victim_told_apart_is_not_one_of_the_dead_another_article_counts(resources) -> None:
    found = victims("A man was killed behind the shed. Another man was wounded in the elbow.", resources)
    assert found.count("injured", story_killed=3) == 1
    assert victims("A man was wounded in the elbow.", resources).count("injured", story_killed=3) == 0


def test_an_age_belongs_first_to_a_victim_s_name(resources) -> None:
    text = ("Police arrested Omar Tell, 16, on Sunday. Rosa Penn was killed in the car. That 16-year-old was struck "
            "by one round and died.")
    assert victims(text, resources).count("killed") == 1


@pytest.mark.parametrize(("text", "other"), [
    ("Deer season has faced questions since the July killing of Ada Marr, 60, hit by a hunter's stray round.", True),
    ("Our town saw two kids hurt and killed by guns in a single week, the pastor said.", True),
    ("It was the second Lumo shooting this week where a child was hit.", True),
    ("A man was shot early this week on Birch Road.", False),
    ("He has been held since July 4 on a murder charge, and two men were shot.", False),
])
def test_tallies_and_earlier_months_are_another_event(text: str, other: bool) -> None:
    assert (earlier_subject(text) is not None) is other


def test_shot_and_carried_off_is_a_count_of_the_people_shot() -> None:
    assert claims("Three others were shot as well and left in critical condition.") == [("shot", None, 3.0)]
    assert claims("Two men were shot and rushed to the clinic.") == [("shot", None, 2.0)]
    assert ("shot", None, 1.0) not in claims("A man shot and robbed a clerk on Main Street.")


def _value(article: str, number: float, sentence: str) -> FigureValue:
    evidence = Evidence(article=article, start=0, end=len(sentence), text=sentence)
    return FigureValue(article=article, value=number, qualifier="exact", written=f"{number:g}", mention=evidence,
                       evidence=evidence, published=None)


def _figure(measure: str, values: list[FigureValue], subject: str | None = None) -> Figure:
    built = sides(article_values(values), len)
    return Figure(measure=measure, subject=subject, about=measure, values=values, sides=[s for s, _ in built],
                  verdict=verdict(built), history=history(built))


def test_the_people_shot_hold_a_shooter_who_took_his_own_life() -> None:
    own = _figure("killed", [_value("a", 1, "A woman shot her son, then herself.")], subject=SHOOTER)
    child = _figure("killed", [_value("a", 1, "The woman killed her child.")])
    shot = _figure("shot", [_value("a", 2, "Relatives found the mother and child shot.")])
    found = with_headlines([child, shot, own])
    injured, killed = headline(found, "injured"), headline(found, "killed")
    assert injured is not None and injured.value == 0
    assert killed is not None and killed.value == 2
    by_police = _figure("killed", [_value("a", 1, "The shooter was shot and killed by troopers.")], subject=SHOOTER)
    injured = headline(with_headlines([child, shot, by_police]), "injured")
    assert injured is not None and injured.value == 1


def test_no_injuries_give_way_to_a_victim_described_hurt(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-03-02",
                       text="Marcus Ortega, 17, died during surgery on Monday. A neighbour, Elijah Barnes, 18, "
                            "was shot as well and is now in a hospital bed. No injuries were reported.")]
    report: Report = analyze_raw(raws, resources=resources)
    injured = [h for f in report.figures for h in f.headlines if h.measure == "injured"]
    assert [h.value for h in injured] == [1.0]
