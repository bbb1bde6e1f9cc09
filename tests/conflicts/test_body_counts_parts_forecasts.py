"""Issue #18: counts of things that are no rival of another count of one noun: a count of more (a part added), a
count another subject's clause names against one that names no one, and a count someone forecast (texts invented
for these tests)."""

from __future__ import annotations

from pipeline_input import story_conflicts

from newsprism.conflicts.body_counts import Counted, body_pairs, projected
from newsprism.values import quantities


def _joined(*texts: tuple[str, str]) -> set[frozenset[int]]:
    items: list[Counted] = [(article, text, q) for article, text in texts for q in quantities(text)
                            if q.dimension.startswith("count:")]
    return {frozenset(p) for p in body_pairs(items, lambda k: True)}


def test_a_count_of_more_is_a_part_of_the_whole() -> None:
    assert _joined(("a", "The judge later gave him two additional prison terms for the riot."),
                   ("b", "He is still serving three prison terms for the riot.")) == set()
    assert _joined(("a", "Crews called an extra five pumps to the mill."),
                   ("b", "Crews called seven pumps to the mill.")) == set()


def test_two_counts_of_more_still_meet() -> None:
    assert _joined(("a", "Crews called an additional six pumps to the mill."),
                   ("b", "Crews called a further four pumps to the mill.")) == {frozenset({0, 1})}


def test_a_count_another_subject_names_does_not_meet_one_naming_no_one() -> None:
    assert _joined(("a", "The treaty says the Allies will ship 900 million doses abroad."),
                   ("b", "The plan is to ship 300 million doses abroad.")) == set()
    assert _joined(("a", "The treaty says the Allies will ship 900 million doses abroad."),
                   ("b", "The Allies agreed to ship 300 million doses abroad.")) == {frozenset({0, 1})}


def test_a_forecast_count_is_no_count_that_happened() -> None:
    text = "Forecasters had anticipated that the mill would ship nearly 900 crates and that prices would fall."
    assert projected(text, quantities(text)[0])
    turned = "Analysts expected to see 900 crates, but the mill shipped 650 crates."
    assert [projected(turned, q) for q in quantities(turned)] == [True, False]


def test_a_forecast_never_meets_the_count_in_a_story(resources) -> None:
    lead_a = ("The Dunmore mill cut its output in May, its owners said on Friday. Workers had walked out for two days "
              "in April. The owners blamed the strike.")
    lead_b = ("The Dunmore mill's output fell in May, its owners said on Friday. The strike in April cost two days of "
              "work. Prices of cloth rose.")
    story = [("Mill output falls", lead_a + " The mill shipped 650 crates of cloth to ports in May."),
             ("Dunmore mill output falls", lead_b + " Traders had anticipated that the mill would ship nearly 900 "
                                                    "crates of cloth to ports in May.")]
    assert not [c for c in story_conflicts(story, resources) if "crate" in c.about]


def test_a_name_after_a_preposition_is_no_subject() -> None:
    assert _joined(("a", "Rioters torched a depot in central Dunmore as well as at least three banks."),
                   ("b", "Rioters torched a depot, four kiosks and two banks.")) == {frozenset({0, 2})}
