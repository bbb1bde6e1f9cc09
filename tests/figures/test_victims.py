"""Victims described one by one, read on the real spaCy parse (texts written for the test)."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.figures.victims import Victims, victims_of
from newsprism.ingest.raw import RawArticle
from newsprism.model import Article, Report
from newsprism.nlp import parse
from newsprism.pipeline import analyze_raw


def victims(text: str, resources) -> Victims:
    article = Article(id="a", source="a.txt", format="text", text=text)
    return victims_of(parse([article], resources, NlpConfig())[0])


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Dana Holloway was shot on Birch Road on Friday night. Holloway died soon after arriving at the hospital.",
     1, 0),
    ("The 6-year-old was shot in the head while playing in the yard, deputies said.", 0, 1),
    ("A 24-year-old man was wounded outside the bar. A 19-year-old woman was taken to a hospital with gunshot "
     "wounds.", 0, 2),
    ("Police said a teenage boy was fatally shot on the porch. They found another 16-year-old boy who had been "
     "shot in the ankle.", 1, 1),
    ("The victim suffered non-life-threatening injuries, police said.", 0, 1),
    ("Officers said the gunman was shot and killed by a deputy. No one else was hurt.", 0, 0),
    ("Residents said a man could have been killed if the bullet had gone higher.", 0, 0),
    ("A 12-year-old boy accidentally shot himself in the hand while cleaning a rifle in the garage.", 0, 1),
    ("A 61-year-old man accidentally shot himself to death while climbing into a tree stand, deputies said.", 1, 0),
    ("Officers said a third man had been at the house but left before the gun was fired.", 0, 0),
    ("Robert Carter was hunting with his uncle when he was shot. Carter died at the hospital on Sunday.",
     1, 0),
    ("Kelvin Ashdown was found with a wound to the chest. Kelvin was shot near the gym, police said. Ashdown died "
     "later.", 1, 0),
    ("Police said a teenager accidentally shot another teen in the kitchen, killing him.", 1, 0),
    ("Officers found one victim on the sidewalk. A second victim was taken to the hospital with a graze wound. "
     "The fourth victim drove himself to the hospital.", 0, 4),
    ("Police said one of the boys accidentally shot himself in the foot while they played with the pistol.", 0, 1),
    ("A third man has been arrested in connection with the woman's death.", 0, 0),
    ("A teenager was nearly killed in the shooting on Friday night.", 0, 1),
    ("The robbery suspect was shot by a deputy as he ran and was taken to a hospital, where he is in stable "
     "condition.", 0, 1),
    ("A 9-year-old girl was grazed by a bullet on her porch, and a 30-year-old man was shot in the arm nearby.",
     0, 2),
    ("A 15-year-old boy is in critical condition after a gun went off in his bedroom, deputies said.", 0, 1),
    ("His uncle rushed him to the hospital after the rifle went off.", 0, 1),
    ("The injured man was driven to a clinic with a wound to the knee.", 0, 1),
    ("The weather was in good condition for the parade, and the band played on.", 0, 0),
    ("The boy was driven to a clinic, where he passed away on Sunday.", 1, 0),
    ("Deputies arrested a woman accused of fatally shooting her niece during a quarrel.", 1, 0),
    ("Detectives arrested one man and are searching for a third person for questioning in the boy's death.", 0, 0),
    ("A second man is wanted for questioning after the clerk was shot and killed, officers said.", 1, 0),
])
def test_victims_are_counted_one_by_one(text: str, killed: int, injured: int, resources) -> None:
    found = victims(text, resources)
    assert (found.count("killed"), found.count("injured")) == (killed, injured)


def test_a_dead_victim_is_not_also_injured_when_another_article_gives_the_death(resources) -> None:
    found = victims("A girl was shot in the face in her family's apartment late on Monday, police said.", resources)
    assert found.count("injured") == 1
    assert found.count("injured", story_killed=1) == 0


def test_a_story_without_a_count_gets_its_victims(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-03-02",
                       text="Marcus Ortega, 31, was shot and killed on Elm Street on Monday. A 27-year-old woman was "
                            "wounded and taken to a hospital, where she is in stable condition."),
            RawArticle(id="b", source="b.txt", format="text", published="2021-03-02",
                       text="Police identified the man killed on Elm Street as Marcus Ortega. Ortega was pronounced "
                            "dead at the scene.")]
    report: Report = analyze_raw(raws, resources=resources)
    values = {f.measure: [v.value for v in f.values] for f in report.figures if f.subject is None}
    assert values["killed"] == [1.0] and values["injured"] == [1.0]
    assert not [c for c in report.conflicts if c.kind == "number"]


def test_the_shooter_killed_by_police_is_the_story_s_death_when_nothing_else_gives_one(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-05-02",
                       text="The county coroner identified the suspect killed in an officer-involved shooting on "
                            "Sunday as a 19-year-old from Milltown. A trooper fired after the driver rammed a patrol "
                            "car.")]
    report: Report = analyze_raw(raws, resources=resources)
    dead = [h for f in report.figures for h in f.headlines if h.measure == "killed"]
    assert [(h.value, h.basis) for h in dead] == [(1.0, "the shooter")]


def test_the_shooter_s_death_from_the_parse_is_never_added_to_a_count_of_the_dead(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-05-02",
                       text="A homeowner returned fire, killing the teen, deputies said. The burglary suspect killed "
                            "in the exchange was 16.")]
    report: Report = analyze_raw(raws, resources=resources)
    dead = [h for f in report.figures for h in f.headlines if h.measure == "killed"]
    assert [(h.value, h.basis) for h in dead] == [(1.0, "consensus")]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("LAKEVILLE, Mo. (KXYZ) – A police officer is in critical condition after being shot on Friday.", 0, 1),
    ("Court papers say Doyle shot an officer and attempted to kill Deputy Lena Park.", 0, 1),
])
def test_a_dateline_or_an_attempt_names_no_victim(text: str, killed: int, injured: int, resources) -> None:
    found = victims(text, resources)
    assert (found.count("killed"), found.count("injured")) == (killed, injured)  # residue 2 read
