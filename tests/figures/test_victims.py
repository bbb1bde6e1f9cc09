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
    ("Dana Holloway was shot on Quill Lane late on Friday. Holloway died shortly after she reached the hospital.",
     1, 0),
    ("Their 7-year-old was shot in the head as she played near the swings, deputies said.", 0, 1),
    ("A 27-year-old man was wounded by gunfire outside the tavern. A 20-year-old woman was brought to a clinic with "
     "gunshot wounds.", 0, 2),
    ("Officers said a teen boy was fatally shot at the bus shelter. They later found a second boy, 15, who had "
     "been shot through the ankle.", 1, 1),
    ("A victim suffered non-life-threatening injuries in the attack, officers said.", 0, 1),
    ("Officers said the shooter was shot and killed by a trooper. Nobody else was hurt.", 0, 0),
    ("Residents said a man could have been killed if the bullet had gone higher.", 0, 0),
    ("Cleaning a rifle in the shed, a boy of 11 accidentally shot himself in the palm.", 0, 1),
    ("A 63-year-old man accidentally shot himself dead as he climbed up to a deer blind, deputies said.", 1, 0),
    ("Officers said a third man had been at the house but left before the gun was fired.", 0, 0),
    ("Tomas Vell was hunting with his uncle when he was shot. Vell died at the hospital on Sunday.",
     1, 0),
    ("Kelvin Ashdown was found with a chest wound. Kelvin was shot close to the gym, police said. Ashdown died "
     "later.", 1, 0),
    ("Officers said a teenager accidentally shot a friend, also a teen, in the kitchen, killing him.", 1, 0),
    ("Officers found one victim on the curb. Another victim was brought to the hospital with a graze wound. "
     "The fourth victim drove himself to the hospital.", 0, 4),
    ("Officers said one boy accidentally shot himself in the toe as the two of them handled the pistol.", 0, 1),
    ("A third man has been arrested in connection with the woman's death.", 0, 0),
    ("A teenager was nearly killed in the shooting on Friday night.", 0, 1),
    ("The holdup suspect was shot by a trooper as he fled and was brought to a hospital, where doctors list him in "
     "stable condition.", 0, 1),
    ("An 8-year-old girl playing on the stoop was grazed by a bullet, while a 31-year-old neighbor was shot in the "
     "forearm next door.", 0, 2),
    ("A 14-year-old boy is still in critical condition since a gun went off in his room, deputies said.", 0, 1),
    ("His uncle rushed him to the hospital after the rifle went off.", 0, 1),
    ("The wounded man was driven to a clinic with a wound to the knee.", 0, 1),
    ("The weather was in good condition for the parade, and the band played on.", 0, 0),
    ("The boy was driven to a clinic, where he passed away on Sunday.", 1, 0),
    ("Deputies arrested a woman accused of fatally shooting her niece during a quarrel.", 1, 0),
    ("Detectives arrested one man and want to question a third person about the boy's death.", 0, 0),
    ("A second man is wanted for questioning after the clerk was shot and killed, officers said.", 1, 0),
])
def test_victims_are_counted_one_by_one(text: str, killed: int, injured: int, resources) -> None:
    found = victims(text, resources)
    assert (found.count("killed"), found.count("injured")) == (killed, injured)


def test_a_dead_victim_is_not_also_injured_when_another_article_gives_the_death(resources) -> None:
    found = victims("A small girl got shot in the cheek inside her parents' flat late on Monday, officers said.",
                    resources)
    assert found.count("injured") == 1
    assert found.count("injured", story_killed=1) == 0


def test_a_story_without_a_count_gets_its_victims(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-03-02",
                       text="Marcus Ortega, 32, was shot and killed along Quill Lane on Monday. A 26-year-old woman, "
                            "also wounded, was brought to a hospital, where doctors call her stable."),
            RawArticle(id="b", source="b.txt", format="text", published="2021-03-02",
                       text="Police identified the man killed on Quill Lane as Marcus Ortega. Ortega was pronounced "
                            "dead at the scene.")]
    report: Report = analyze_raw(raws, resources=resources)
    values = {f.measure: [v.value for v in f.values] for f in report.figures if f.subject is None}
    assert values["killed"] == [1.0] and values["injured"] == [1.0]
    assert not [c for c in report.conflicts if c.kind == "number"]


def test_the_shooter_killed_by_police_is_the_story_s_death_when_nothing_else_gives_one(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-05-02",
                       text="The county coroner named the suspect who died in an officer-involved shooting on "
                            "Sunday as a 19-year-old from Portvale. A trooper fired after the driver rammed a patrol "
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
    ("PORTVALE, Mo. (KXYZ) – An officer remains in critical condition after being shot on Friday.", 0, 1),
    ("Court papers say Doyle shot an officer and attempted to kill Deputy Lena Park.", 0, 1),
])
def test_a_dateline_or_an_attempt_names_no_victim(text: str, killed: int, injured: int, resources) -> None:
    found = victims(text, resources)
    assert (found.count("killed"), found.count("injured")) == (killed, injured)  # residue 2 read
