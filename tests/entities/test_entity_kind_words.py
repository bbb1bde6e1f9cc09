"""entities/kind_words.py: the words that make a name a kind of thing (STATION_NAME). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsprism.entities.kind_words import STATION_NAME


@pytest.mark.parametrize(("name", "station"), [("Local 4", True), ("Channel 12", True), ("KLMO 3 News", True),
                                               ("Ana Lee", False), ("Room 4", False)])
def test_a_channels_name_is_a_station(name: str, station: bool) -> None:
    assert bool(STATION_NAME.fullmatch(name)) is station


@pytest.mark.parametrize(("name", "station"), [
    ("CBS2", True), ("FOX5", True), ("PIX11", True), ("KLMO-TV", True), ("Tarvo", False), ("AB", False),
    ("Ana2Lee", False),
])
def test_a_broadcasters_name(name: str, station: bool) -> None:
    assert (STATION_NAME.fullmatch(name) is not None) is station
