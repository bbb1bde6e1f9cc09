"""`figures.shooter.shooter_deaths`: taking his own life is the shooter's death (issue #18). Texts written for
the test, no publisher's text."""

from __future__ import annotations

from newsprism.figures.shooter import shooter_deaths


def test_taking_his_own_life_is_the_shooter_s_death() -> None:
    assert shooter_deaths("The standoff ended when the man killed his wife and then took his own life.")
    assert not shooter_deaths("He was taking his own life in his hands, a neighbour said, but survived.")
