"""conflicts/figured.py: counts that are no rival of a count of the dead: one person named by a relation ('her
granddaughter'), a count of others or of two measures at once, a second count of a second measure, a generic case
(sentences written for these tests)."""

from __future__ import annotations

from figure_records import figure_value, killed_figure

from newsprism.conflicts.figured import figured_conflicts


def test_one_person_named_by_a_relation_is_no_rival_of_a_count() -> None:
    count = figure_value("a", 3, "three", "The fire killed three people on Monday.")
    relation = figure_value("b", 1, "her", "She mourned the death of her nephew.")
    assert figured_conflicts([killed_figure([count, relation])]) == []
    rival = figure_value("c", 4, "four", "The fire killed four people on Monday.")
    assert len(figured_conflicts([killed_figure([count, relation, rival])])) == 1


def test_a_count_of_others_is_no_rival_of_a_count() -> None:
    one = figure_value("a", 1, "a teacher", "A gunman killed a teacher outside the school.")
    others = figure_value("b", 2, "two other victims killed", "Ana Ruiz and two other victims killed in the attack.")
    assert figured_conflicts([killed_figure([one, others])]) == []
    rival = figure_value("c", 2, "two people", "A gunman killed two people outside the school.")
    assert len(figured_conflicts([killed_figure([one, rival])])) == 1


def test_a_count_of_two_measures_at_once_is_no_rival() -> None:
    one = figure_value("a", 1, "one person", "A gunman killed one person outside the school.")
    joined = figure_value("b", 3, "three people killed", "There were three people killed and injured in the attack.")
    assert figured_conflicts([killed_figure([one, joined])]) == []


def test_a_second_count_of_a_second_measure_leaves_the_first_alone() -> None:
    bound = figure_value("a", 50, "up to 50 people were killed",
                   "Early accounts said up to 50 people were killed and scores hurt.")
    beyond = figure_value("b", 63, "At least 63 people were said to have died",
                    "At least 63 people were said to have died by Wednesday.")

    assert len(figured_conflicts([killed_figure([bound, beyond])])) == 1


def test_a_generic_case_stands_on_no_side_of_a_figure() -> None:
    hedged = "There may have been two people killed, the sheriff said."
    generic = "When one is killed, the whole town mourns."
    plain = "One person was killed in the blast."
    assert figured_conflicts([killed_figure([figure_value("a", 2, "two people killed", hedged),
                                             figure_value("b", 1, "one is killed", generic)])]) == []
    found = figured_conflicts([killed_figure([figure_value("a", 2, "two people killed", hedged),
                                              figure_value("c", 1, "One person was killed", plain)])])
    assert found == []  # the hedged side is no side either
    two = "Two people were killed in the blast."
    found = figured_conflicts([killed_figure([figure_value("d", 2, "Two people were killed", two),
                                              figure_value("c", 1, "One person was killed", plain)])])
    assert len(found) == 1
