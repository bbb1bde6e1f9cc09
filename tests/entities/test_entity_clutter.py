"""entities/clutter.py: lines that are page clutter, not names (a contributor line, a courtesy credit). Sentences
written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsprism.entities.clutter import CONTRIBUTOR_LINE, _aircraft, contributor, drop_products
from newsprism.entities.mentions import make_mention


@pytest.mark.parametrize(("line", "credit"), [
    ("Lumo Press reporters Ana Lee and Ben Ode in Kade, Cy Tarvo in Vale and researcher Di Moss in Port Lumo "
     "contributed to this report.", True),
    ("Staff writer Ana Lee contributed to this report.", True),
    ("Reporters said the man was shot and contributed to this.", False),
])
def test_a_contribution_line_with_places_and_roles(line: str, credit: bool) -> None:
    assert bool(CONTRIBUTOR_LINE.fullmatch(line)) is credit


def test_contribution_lines_of_any_form() -> None:
    for line in ("The Lumo Times' Ana Lee contributed to this story.",
                 "Staff writers Ana Lee and Ben Ode of the Lumo Gazette contributed reporting.",
                 "Contributing: Ana Lee, Lumo Today; The Kade Press"):
        assert CONTRIBUTOR_LINE.fullmatch(line), line
    for line in ("Ana Lee said her brother contributed.", "He said Ana Lee contributed to the team's success."):
        assert not CONTRIBUTOR_LINE.fullmatch(line), line


@pytest.mark.parametrize(("name", "product"), [
    ("Kadair 727", True), ("Kadair F-150", True), ("Kadair A320", True), ("Kadair Aerospace", False),
    ("Route 66", False),
])
def test_a_makers_model_number_is_a_product(name: str, product: bool) -> None:
    text = f"Kadair said its jets are safe. The {name} crashed on landing, Kadair said."
    maker = make_mention("a", text, (0, 6), "organisation", 0)
    start = text.index(name)
    model = make_mention("a", text, (start, start + len(name)), "organisation", 0)
    kept = drop_products([[maker, model, replace(maker, start=text.rindex("Kadair"))]])[0]
    assert (model not in kept) is product and maker in kept


@pytest.mark.parametrize(("line", "credit"), [
    ("— With Ana Tarvo", True),
    ("With Ana Tarvo, Ben Webbly", True),
    ("Contributing: Ana Tarvo and Ben Webbly", True),
    ("Additional reporting by Ana Tarvo", True),
    ("Staff writer Ana Tarvo contributed to this report.", True),
    ("With Ana Tarvo gone, the team looked elsewhere.", False),
    ("Contributing: Ana Tarvo covers the county board and can be reached by phone.", False),
])
def test_contribution_lines(line: str, credit: bool) -> None:
    assert (CONTRIBUTOR_LINE.fullmatch(line) is not None) is credit
    text = f"The mayor spoke on Monday.\n\n{line}\n"
    assert contributor(text, text.index(line) + len(line) - 3) is credit


@pytest.mark.parametrize(("tokens", "aircraft"), [
    (("newschopper", "2"), True), (("sky", "copter", "4"), True), (("chopper", "7"), True),
    (("chopper", "street"), False), (("lumo", "2"), False), (("newschopper",), False),
])
def test_a_broadcasters_helicopter(tokens: tuple[str, ...], aircraft: bool) -> None:
    assert _aircraft(tokens) is aircraft
