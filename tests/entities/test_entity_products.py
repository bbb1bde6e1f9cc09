"""entities/products.py: products, vehicles and plural bodies (is_product, is_vehicle, plural_body). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsprism.entities.names import name_tokens
from newsprism.entities.products import is_product, is_vehicle, plural_body


@pytest.mark.parametrize(("text", "name", "car"), [
    ("The suspect fled in a Honda Civic.", "Honda", True),
    ("The victim's Ford Explorer was hit.", "Ford Explorer", True),
    ("Ford said it would recall the cars.", "Ford", False),
    ("The Ford Foundation gave money.", "Ford Foundation", False),
    ("a Ford spokesman said", "Ford", False),
])
def test_a_makers_name_before_a_model_is_a_car(text: str, name: str, car: bool) -> None:
    start = text.index(name)
    assert is_vehicle(text, start, start + len(name), name_tokens(name)) is car


@pytest.mark.parametrize("name", ["Lumo Boys", "Harbor Keepers", "Kade Patriots"])
def test_a_plural_for_people_ends_a_groups_name(name: str) -> None:
    text = f"Members of the far-right {name} marched downtown on Saturday."
    assert plural_body(text, text.index(name), name_tokens(name))


@pytest.mark.parametrize("name", ["Ana Summers", "Tom Sanders", "Boys"])
def test_a_surname_in_s_is_no_group(name: str) -> None:
    text = f"Members cheered {name} downtown on Saturday."
    assert not plural_body(text, text.index(name), name_tokens(name))


def test_a_detection_system_is_a_product() -> None:
    text = "Officers responding to a Lumvatech gun detection system call found him."
    start = text.index("Lumvatech")
    assert is_product(text, start, start + len("Lumvatech"))
