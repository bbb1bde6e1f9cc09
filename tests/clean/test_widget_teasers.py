"""clean/widget_teasers.py: a promoted story's Title Case headline glued to its blurb is removed as a promo."""

from __future__ import annotations

from newsprism.clean.rules import clutter_kind
from newsprism.clean.widget_teasers import glued_teaser

PROMO = ("Best Bike Trails Near The Lake ShoreThe lake shore has miles of paved paths, and these five loops "
         "suit riders of every level.")
LIST_PROMO = ("Holiday Travel: How To Pack Your Winter Coat In A SuitcaseThree tricks keep a bulky coat out of "
              "the checked bag this season.")
YEAR_PROMO = "Top Rooftop Patios Downtown To Welcome 2019It's time to pick a spot for the countdown this year."


def test_glued_headlines_are_promos() -> None:
    for line in (PROMO, LIST_PROMO, YEAR_PROMO):
        assert glued_teaser(line)
        assert clutter_kind(line) == "promo"


def test_names_with_inner_capitals_are_no_glue() -> None:
    sentence = "Harbor County Police Chief Dana McAllister said officers found the car near the river."
    assert not glued_teaser(sentence) and clutter_kind(sentence) is None
    assert not glued_teaser("Officer Lee DeMarco Of The Harbor Patrol said the boat was found at dawn.")


def test_a_company_spelt_with_an_inner_capital_stays() -> None:
    assert not glued_teaser("Dozens of Alpha Beta and GammaCorp employees waited outside the plant on Monday.")
    assert not glued_teaser("These Are The Names Of The Crew On The SkyAir Plane Crash Flight.")


def test_a_press_release_header_run_into_its_text_stays() -> None:
    assert not glued_teaser("News Release From The City POLICE DEPARTMENT May 2, 2019Shooting Investigation "
                            "On May 1 officers responded to a call about shots fired.")
