"""Victims `figures.victims.victims_of` tells apart, shaped like the dev residue pages read (issue #18):
victims described one by one, an age and a victim's name, a first name and its surname, 'also killed', a blow that
is no shot. Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.figures.victims import Victims, victims_of
from newsprism.model import Article
from newsprism.nlp import parse


def victims(text: str, resources) -> Victims:
    article = Article(id="a", source="a.txt", format="text", text=text)
    return victims_of(parse([article], resources, NlpConfig())[0])


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


def test_a_first_name_and_its_surname_are_one_victim_beside_a_lone_age(resources) -> None:
    found = victims("Police are looking for Ted Rowe, 22, who killed his 6-year-old nephew. The nephew, Milo "
                    "Dane, was shot late Friday. The bullet struck Milo.", resources)
    assert found.count("injured", story_killed=1) == 0


def test_a_person_also_killed_is_one_more_victim(resources) -> None:
    found = victims("Officer Lena Orsk was shot and killed at dusk Saturday. A woman was also killed in the house.",
                    resources)
    assert found.count("killed") == 2
    assert victims("Officer Lena Orsk was shot and killed at dusk Saturday.", resources).count("killed") == 1


def test_a_person_striking_someone_is_a_blow_not_a_shot(resources) -> None:
    assert victims("Rowe then struck a 4-year-old boy inside the pantry.", resources).count("injured") == 0
    assert victims("A stray bullet struck a 4-year-old boy inside the pantry.", resources).count("injured") == 1
