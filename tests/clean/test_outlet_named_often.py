"""Issue #16, seed 35 / ECB+ round: a national outlet told things three times or more is the page's own (a page
relaying another's reporting cites it once or twice), and a media group that obtains documents and is told things
is an outlet ('obtained by the Portvale Media Group'), while an owner in a copyright line stays an owner; a site's
domain the text writes ('a previous report by myPV.com') spells a staff address's domain ('jroe@mypv.com'). Texts
written for these tests (made-up places, people, groups and sites)."""

from __future__ import annotations

from newsprism.clean.outlet_contacts import contact_names
from newsprism.clean.outlet_names import media_like
from newsprism.clean.outlets import text_credits

NETWORK_PAGE = [
    "Gunman kills two at Portvale school",
    "A student shot two classmates in the gym of Portvale High on Friday, law enforcement officials told CNN.",
    "A teacher who hid with pupils in a storeroom told CNN on the phone that the shots came at noon.",
    '"They were his friends," Jane Roe told CNN. "It was not random."',
    "Investigators traced the gun to the student's uncle, a police source told CNN.",
]


def _names(lines: list[str]) -> list[str]:
    return [evidence.name for evidence in text_credits(lines).outlets]


def test_a_national_outlet_told_three_times_is_the_pages_own() -> None:
    assert _names(NETWORK_PAGE) == ["CNN"]


def test_a_national_outlet_told_twice_is_cited() -> None:
    assert _names(NETWORK_PAGE[:3]) == []
    assert _names([*NETWORK_PAGE[:2], "Jane Roe told CNN's John Doe that the school was closed.",
                   "The principal told CNN's John Doe the same."]) == []


def test_a_media_group_is_an_outlet() -> None:
    assert media_like("Portvale Media Group")
    page = ["Boy's death ruled a suicide",
            "In records obtained by Portvale Media Group, the boy was called a cheerful, well-liked pupil.",
            "The case file was given to Portvale Media Group by the county prosecutor's office."]
    assert _names(page) == ["Portvale Media Group"]
    assert _names(["Boy's death ruled a suicide", "The boy was called a cheerful pupil, police said.",
                   "© 2016 Kestrel Media Group. All rights reserved."]) == []


def test_a_written_domain_spelling_a_staff_address() -> None:
    page = ["Girl shot in Portvale", "A previous report by myPV.com states the shooting followed a dispute.",
            "jroe@mypv.com"]
    assert contact_names(page) == ["myPV.com"]
    assert contact_names(page[:2]) == []
    assert contact_names([page[1], "jroe@portvaleeagle.com"]) == []
