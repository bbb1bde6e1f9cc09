"""Readings added after the dev residue 5 incidents were read (texts written for the test): a count after a
possessive, names the parse tags as persons elsewhere only, appositive names, generation suffixes, denied subjects,
victims told apart from the dead, and tallies of other events."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.figures.another_event import earlier_subject
from newsprism.figures.measures import read_claims
from newsprism.figures.victims import Victims, victims_of
from newsprism.model import Article
from newsprism.nlp import parse


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
    assert claims("A woman shot her 5-year-old son in the kitchen.") == [("shot", None, 1.0)]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Kevin Cooper, 21, was one of three men in the car when the gun went off. The bullet struck Cooper in the "
     "chest. Cooper died at the scene. Neither the driver nor the other passenger was injured.", 1, 0),
    ("15-year-old Tavon Rell was killed in the shooting while Rell's aunt, 40-year-old Mira Oxley, was also "
     "shot. Oxley was treated for wounds to the leg.", 1, 1),
    ("Corey Vance Jr., 17, was pronounced dead at the scene. A 17-year-old boy was killed and Vance's cousin "
     "was later arrested. Deputies are looking for Elan Brock Jr., 34.", 1, 0),
    ("Police said a man was shot and killed outside the store. Another man was wounded in the arm.", 1, 1),
])
def test_victims_described_one_by_one(text: str, killed: int, injured: int, resources) -> None:
    found = victims(text, resources)
    assert (found.count("killed"), found.count("injured")) == (killed, injured)


def test_a_victim_told_apart_is_not_one_of_the_dead_another_article_counts(resources) -> None:
    found = victims("A man was killed in the yard. Another man was wounded in the arm.", resources)
    assert found.count("injured", story_killed=3) == 1
    assert victims("A man was wounded in the arm.", resources).count("injured", story_killed=3) == 0


def test_an_age_belongs_first_to_a_victim_s_name(resources) -> None:
    text = ("Police arrested Omar Tell, 16, on Sunday. Rosa Penn was killed in the car. The 16-year-old was hit by "
            "a bullet and died.")
    assert victims(text, resources).count("killed") == 1


@pytest.mark.parametrize(("text", "other"), [
    ("Hunting has drawn scrutiny since the July slaying of Ada Marr, 60, who was shot by a stray bullet.", True),
    ("We have had two children hurt and killed by gun violence in one week, the pastor said.", True),
    ("This is the second shooting this week in which a child was shot in Lumo.", True),
    ("A man was shot early this week on Birch Road.", False),
    ("He has been held since July 4 on a murder charge, and two men were shot.", False),
])
def test_tallies_and_earlier_months_are_another_event(text: str, other: bool) -> None:
    assert (earlier_subject(text) is not None) is other
