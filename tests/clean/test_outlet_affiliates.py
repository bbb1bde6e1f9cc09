"""A station named after 'affiliate' is another outlet's reporting cited by the page (issue #16, ECB+ dev round):
'told CNN affiliate KZZQ-TV' on a network's page, 'Witnesses told local FOX affiliate WQXB' on a blog quoting it.
The station after 'affiliate' is cited, not the network before it; 'KZZQ, WQXB's sister station' still cites
KZZQ. Texts written for these tests (made-up call letters, people and places)."""

from __future__ import annotations

from newsprism.clean.outlet_cues import cited_elsewhere
from newsprism.clean.outlets import text_credits

NETWORK_PAGE = [
    "Sheriff: Portvale office shooting leaves 1 dead",
    "A Portvale man shot three people at the office he was fired from last week, police said.",
    '"We barricaded the door," Jane Roe told CNN affiliate KZZQ-TV while deputies searched.',
    '"We put a table in front of it," Roe told KZZQ, a Portvale station.',
]


def test_the_station_after_affiliate_is_cited() -> None:
    assert cited_elsewhere(["Witnesses told local FOX affiliate WQXB in Portvale there were shots."]) == {"wqxb"}
    assert "kzzq" in cited_elsewhere(NETWORK_PAGE)


def test_a_sister_station_before_its_description_is_still_cited() -> None:
    assert "kzzq" in cited_elsewhere(["The shooting was first seen by KZZQ, WQXB's sister station, on Monday."])


def test_a_cited_affiliate_is_not_the_outlet() -> None:
    assert text_credits(NETWORK_PAGE).outlets == []
