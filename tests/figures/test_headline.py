"""The story's headline counts, chosen by the figures stage and written on the figure they are read from (records
written for the test)."""

from __future__ import annotations

from newsprism.figures.headline import headline, with_headlines
from newsprism.figures.shooter import SHOOTER
from newsprism.figures.verdict import article_values, history, sides, verdict
from newsprism.model import Evidence, Figure, FigureValue


def value(article: str, number: float, published: str | None = None, sentence: str = "") -> FigureValue:
    text = sentence or f"{number:g} people were hurt"
    evidence = Evidence(article=article, start=0, end=len(text), text=text)
    return FigureValue(article=article, value=number, qualifier="exact", written=f"{number:g}", mention=evidence,
                       evidence=evidence, published=published)


def figure(measure: str, values: list[FigureValue], subject: str | None = None) -> Figure:
    built = sides(article_values(values), len)
    return Figure(measure=measure, subject=subject, about=measure, values=values, sides=[s for s, _ in built],
                  verdict=verdict(built), history=history(built))


def test_a_toll_that_rose_gives_its_latest_value_and_a_dispute_its_best_supported() -> None:
    rose = figure("killed", [value("a", 2, "2024-03-01"), value("b", 3, "2024-03-02")])
    disputed = figure("injured", [value("a", 4), value("b", 5), value("c", 5)])
    found = with_headlines([rose, disputed])
    killed, injured = headline(found, "killed"), headline(found, "injured")
    assert killed is not None and (killed.value, killed.basis) == (3, "latest")
    assert injured is not None and (injured.value, injured.basis) == (5, "consensus")
    assert [h.measure for h in found[0].headlines] == ["killed"]


def test_the_event_as_a_whole_wins_over_a_venue_and_another_event_never_counts() -> None:
    whole = figure("killed", [value("a", 2)])
    venue = figure("killed", [value("a", 1), value("b", 1)], subject="at the bar")
    earlier = figure("injured", [value("a", 9)], subject="(earlier event, 2012)")
    found = with_headlines([venue, earlier, whole])
    assert found[2].headlines and not found[0].headlines
    assert headline(found, "injured") is None


def test_without_a_count_of_the_injured_the_people_shot_less_the_dead() -> None:
    found = with_headlines([figure("shot", [value("a", 5)]), figure("killed", [value("a", 2)])])
    injured = headline(found, "injured")
    assert injured is not None and (injured.value, injured.basis) == (3, "shot less killed")
    assert {h.measure for h in found[0].headlines} == {"shot", "injured"}


def test_the_shooters_death_is_added_only_where_the_count_of_the_dead_leaves_him_out() -> None:
    shooter = figure("killed", [value("a", 1, sentence="then turned the gun on himself")], subject=SHOOTER)
    one = figure("killed", [value("a", 1, sentence="he killed his neighbour")])
    both = figure("killed", [value("a", 2, sentence="two dead in a murder-suicide")])
    added = headline(with_headlines([one, shooter]), "killed")
    assert added is not None and (added.value, added.basis) == (2, "with the shooter")
    kept = headline(with_headlines([both, shooter]), "killed")
    assert kept is not None and (kept.value, kept.basis) == (2, "consensus")
    alone = headline(with_headlines([shooter]), "killed")
    assert alone is not None and (alone.value, alone.basis) == (1, "the shooter")


def test_a_count_of_those_he_killed_before_his_own_death_leaves_him_out() -> None:
    sentence = "A man killed his three stepsons on Friday before fatally shooting himself, deputies said."
    shooter = figure("killed", [value("a", 1, sentence=sentence)], subject=SHOOTER)
    victims = figure("killed", [value("a", 3, sentence=sentence)])
    found = headline(with_headlines([victims, shooter]), "killed")
    assert found is not None and (found.value, found.basis) == (4, "with the shooter")


def test_fewer_injured_than_the_people_shot_less_the_dead_give_way_to_those() -> None:
    found = with_headlines([figure("injured", [value("a", 3)]), figure("shot", [value("b", 4)])])
    injured = headline(found, "injured")
    assert injured is not None and (injured.value, injured.basis) == (4, "shot less killed")
    assert not found[0].headlines
    more = headline(with_headlines([figure("injured", [value("a", 5)]), figure("shot", [value("b", 4)])]), "injured")
    assert more is not None and (more.value, more.basis) == (5, "consensus")


def test_only_a_sentence_of_the_chosen_count_of_the_dead_can_name_the_shooter() -> None:
    shooter = figure("killed", [value("a", 1, sentence="then turned the rifle on himself")], subject=SHOOTER)
    dead = figure("killed", [value("a", 1, "2024-03-01", sentence="The family, including the father, was mourned."),
                             value("b", 5, "2024-03-02", sentence="He shot his partner and four kids, then turned the "
                                                                          "rifle on himself.")])
    found = headline(with_headlines([dead, shooter]), "killed")
    assert found is not None and (found.value, found.basis) == (6, "with the shooter")
