"""Readings added after the dev residue 7 incidents were read (issue #18, round 9; texts written for the test): a
roundup across a city named, wounds of 'all' of a group counted before, a headline's present tense, a tie of the
injured with the dead in one count, a first name and its surname as one victim, 'a ... also killed', a person who
strikes someone (a blow, residue 10 read)."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.figures.headline import headline, with_headlines
from newsprism.figures.measures import read_claims
from newsprism.figures.verdict import article_values, history, sides, verdict
from newsprism.figures.victims import Victims, victims_of
from newsprism.model import Article, Evidence, Figure, FigureValue
from newsprism.nlp import parse


def claims(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.measure, c.subject, c.number.value) for c in read_claims(text)]


def value(article: str, number: float) -> FigureValue:
    text = f"{number:g} people were hurt"
    evidence = Evidence(article=article, start=0, end=len(text), text=text)
    return FigureValue(article=article, value=number, qualifier="exact", written=f"{number:g}", mention=evidence,
                       evidence=evidence)


def figure(measure: str, values: list[FigureValue]) -> Figure:
    built = sides(article_values(values), len)
    return Figure(measure=measure, about=measure, values=values, sides=[s for s, _ in built], verdict=verdict(built),
                  history=history(built))


def victims(text: str, resources) -> Victims:
    article = Article(id="a", source="a.txt", format="text", text=text)
    return victims_of(parse([article], resources, NlpConfig())[0])


def test_shootings_across_a_named_city_are_a_roundup() -> None:
    assert claims("Nine other people were hurt in shootings across Lumoville on Friday.") == [
        ("injured", "(other shootings)", 9.0)]
    assert claims("Nine people were wounded in Friday's shooting.") == [("injured", None, 9.0)]


def test_wounds_of_all_of_a_group_are_the_people_shot() -> None:
    assert claims("All three victims suffered gunshot wounds.") == [("shot", None, 3.0)]
    assert claims("Three victims suffered minor gunshot wounds.") == [("injured", None, 3.0)]


def test_a_headline_in_the_present_tense_counts_the_people_hit() -> None:
    assert claims("Farmer cleans rifle, hits his three nephews") == [("shot", None, 3.0)]
    assert claims("The storm hits three towns") == []


def test_a_tie_of_the_injured_goes_to_the_count_that_leaves_the_dead_out() -> None:
    killed = figure("killed", [value("a", 1), value("b", 1)])
    injured = figure("injured", [value("a", 4), value("b", 3), value("c", 4), value("d", 3)])
    tied = headline(with_headlines([killed, injured]), "injured")
    assert tied is not None and tied.value == 3
    alone = headline(with_headlines([figure("injured", [value("a", 4), value("b", 3), value("c", 4),
                                                        value("d", 3)])]), "injured")
    assert alone is not None and alone.value == 4


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
