"""clean/outlet_photos.py: the outlet a picture credit names (photo_names), the photographer and the outlet
in either order, glued to the caption or standing alone, and a wire's or a non-media credit that names none.

Every text here was written for these tests: made-up call letters, outlets, places and people."""

from __future__ import annotations

import pytest

from newsprism.clean.outlet_photos import photo_names


def test_a_picture_credit_with_a_bare_middle_initial_is_a_national_outlets_own() -> None:
    assert photo_names("(Photo: Jane Q Roe, USA TODAY)") == ["USA TODAY"]
    assert photo_names("(Photo: USA TODAY)") == []  # alone: any page's wire picture


@pytest.mark.parametrize(("line", "names"), [
    ("Jane Roe/KZZQ7", ["KZZQ7"]),
    ("Jane Roe | 12News", ["12News"]),
    ("JANE ROE/REUTERS", []),  # a wire's picture
    ("Jane Roe/Portvale Police", []),  # not media-shaped
    ("Jane Roe/KZZQ said the man fled on foot.", []),  # a sentence, no credit standing alone
])
def test_a_picture_credit_standing_alone_names_the_outlet(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("Jane Roe for Portvale Daily News Officers walk the block on Main Street after the gunfire.",
     ["Portvale Daily News"]),
    ("Jane Q. Roe for The Portvale Herald", ["The Portvale Herald"]),
    # no person's name before 'for', or the paper's name runs on into a lower-case clause
    ("Memorial Service for Portvale Daily News reporter set for Friday", []),
    ("Attorneys for Portvale Daily News said the records were public.", []),
    ("Jane Roe for Portvale Daily News reporters, the mayor said", []),
])
def test_a_caption_opening_with_its_photographer_for_a_paper(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("The pier after the storm. Photograph: Jane Roe/The Portvale Chronicle", ["The Portvale Chronicle"]),
    ("The pier after the storm. Photo credit: Jane Roe / The Portvale Chronicle", ["The Portvale Chronicle"]),
    ("The pier after the storm. Credit: KZZQ 5", ["KZZQ 5"]),
    ("The pier after the storm. Photograph: Jane Roe/AFP/Getty Images", []),  # a wire's picture
    ("The pier after the storm. Photo credit: Courtesy of the family", []),
])
def test_a_caption_credit_after_a_label_names_the_paper(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("Officers stand by the closed road on Friday. (The Portvale Post)", ["The Portvale Post"]),
    ("Officers stand by the closed road on Friday. (Portvale Daily News)", ["Portvale Daily News"]),
    ("Officers stand by the closed road on Friday. (KZZQ5 News)", []),  # a channel's picture: another outlet's
    ("Officers stand by the closed road on Friday. (The Associated Press)", []),  # a wire's picture
    ("Officers stand by the closed road on Friday. (Portvale Police)", []),  # no paper's word
    ("Officers stand by the closed road on Friday. (Portvale Wire)", []),
    ("The fund drive ends on Friday (Portvale Post)", []),  # no sentence closes before the brackets
])
def test_a_caption_closing_with_its_paper_names_it(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("The pier after the storm. Photo Credit: The Portvale Herald / Jane Roe", ["The Portvale Herald"]),
    ("The pier at dusk. Photo Credit: Harbourday / Jane Q. Roe Divers search the water under the pier.",
     ["Harbourday"]),  # the next caption run on after the photographer
    ("The pier at dusk. Credit: Facebook / Jane Roe", []),
    ("The pier at dusk. Credit: Getty / Jane Roe", []),
    ("The pier at dusk. Credit: Portvale Day / Police Department", []),  # no photographer after the bar
])
def test_a_labelled_credit_with_the_outlet_first_names_it(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("Jane Roe/The Portvale Herald Officers stand by the taped-off corner on Friday.", ["The Portvale Herald"]),
    ("Jane Q. Roe/Portvale Daily News Two cars wait at the corner.", ["Portvale Daily News"]),
    # the caption's own capitalised words after the name are not part of it
    ("Jane Roe/The Portvale Herald Police Chief Sam Doe speaks on Friday.", ["The Portvale Herald"]),
    ("Officers searched the lot. Jane Roe/The Portvale Herald Neighbours watched.", ["The Portvale Herald"]),
    ("Jane Roe/Getty Images Officers stand by the corner.", []),  # a wire's picture
    ("Jane Roe/Associated Press Officers stand by the corner.", []),
    ("Harbour Road/Pike Street Officers closed both roads.", []),  # two streets, no paper
    ("Jane Roe/Portvale Police Officers closed both roads.", []),  # no newspaper word
    ("Main Street Crews/Portvale Radio Officers closed both roads.", []),  # a channel, no person before it
])
def test_a_caption_credit_glued_with_a_slash_names_the_paper(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("KZZQ / Jane Roe", ["KZZQ"]),
    ("The Portvale Herald/Jane Q. Roe", ["The Portvale Herald"]),
    ("Jane Roe/KZZQ", ["KZZQ"]),  # the photographer first, as before
    ("Facebook / Jane Roe", []),
    ("Portvale Police / Jane Roe", []),  # not a media name
    ("AP / Jane Roe", []),  # a wire is a credit, not the outlet
])
def test_a_lone_credit_with_the_outlet_first_names_it(line: str, names: list[str]) -> None:
    assert photo_names(line) == names
