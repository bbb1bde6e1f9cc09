"""Acronyms of two letters, states written short, the district, photographers' credits and title fragments
(issue #19, fifth fresh-stories round), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.mentions import make_mention, role_only
from newsprism.entities.merge import Resolved, cluster
from newsprism.entities.names import name_key, name_tokens
from newsprism.entities.not_entities import not_an_entity
from newsprism.entities.records import build_entity
from newsprism.entities.states import state_key
from newsprism.model import Article, EntityType
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def groups(*written: tuple[str, str, EntityType], text: str = "") -> list[set[str]]:
    """Cluster mentions written (article, name, label) in one text per article; the sets of names joined."""
    resolved = []
    for article, name, label in written:
        start = text.index(name) if name in text else 0
        mention = make_mention(article, text or name, (start, start + len(name)), label, 0)
        resolved.append(Resolved(mention, mention.key))
    return sorted(({m.text for m in group} for group in cluster(resolved, {"a0": text} if text else None)),
                  key=lambda g: sorted(g))


@pytest.mark.parametrize(("written", "joined"), [
    ((("a0", "Kade Press", "organisation"), ("a0", "KP", "organisation")), True),
    ((("a0", "Kade Press", "organisation"), ("a1", "KP", "organisation")), True),  # another article's (round 24)
    ((("a0", "Kade Press", "organisation"), ("a0", "Kim Park", "person"), ("a0", "KP", "organisation")), False),
    ((("a0", "Kim Park", "person"), ("a0", "KP", "organisation")), False),  # a person's initials
    ((("a0", "Nova Young", "organisation"), ("a0", "NY", "place")), False),  # a state's postal code
])
def test_two_letter_acronyms_join_a_body_no_person_shares_initials_with(
        written: tuple[tuple[str, str, EntityType], ...], joined: bool) -> None:
    found = groups(*written)
    acronym = written[-1][1]
    assert ({acronym, written[0][1]} <= next(g for g in found if acronym in g)) == joined


def test_three_letter_acronyms_still_join_across_articles() -> None:
    found = groups(("a0", "Lumo Kade Fund", "organisation"), ("a1", "LKF", "organisation"))
    assert {"Lumo Kade Fund", "LKF"} in found


@pytest.mark.parametrize(("written", "state"), [
    ("N.Y.", "newyork"), ("NY", "newyork"), ("Pa.", "pennsylvania"), ("W.Va.", "westvirginia"),
    ("Calif.", "california"), ("Wyo.", "wyoming"), ("Ny", None), ("Ohio", None), ("Lumo", None), ("D.C.", None),
])
def test_a_state_written_short_reads_as_the_state(written: str, state: str | None) -> None:
    assert state_key(written) == state


@pytest.mark.parametrize(("short", "full", "label", "joined"), [
    ("N.Y.", "New York", "place", True),
    ("Pa.", "Pennsylvania", "place", True),
    ("IN", "Indiana", "organisation", True),
    ("Wash.", "Kansas", "place", False),  # another state
    ("Miss.", "Mississippi", "person", False),  # a person's title
])
def test_a_state_written_short_joins_its_name_the_story_spells_out(
        short: str, full: str, label: EntityType, joined: bool) -> None:
    found = groups(("a0", full, "place"), ("a1", short, label))
    assert ({short, full} in found) == joined


@pytest.mark.parametrize("written", ["D.C.", "DC", "Washington D.C.", "Washington, D.C.", "District of Columbia"])
def test_the_district_has_one_key_however_written(written: str) -> None:
    assert name_key(written) == "".join(name_tokens("Washington D.C."))


def test_washington_before_the_district_s_letters_is_the_district() -> None:
    text = "Ana Lee lives in Washington, D.C., near the river."
    found = groups(("a0", "Washington", "place"), ("a0", "D.C.", "place"), text=text)
    assert {"Washington", "D.C."} in found
    alone = "Ana Lee lives in Washington near the river, far from D.C. now."
    assert {"Washington", "D.C."} not in groups(("a0", "Washington", "place"), ("a0", "D.C.", "place"), text=alone)


@pytest.mark.parametrize(("text", "name", "credit"), [
    ("Marchers filled the avenue.\n(Jane Roe for the Lumo Times)\nMore text.", "Jane Roe", True),
    ("Marchers filled the avenue. (Jane Roe for Kade News)", "Kade News", True),
    ("Marchers filled the avenue.\n(Jane Roe for the Lumo Times)\n", "Lumo Times", True),
    ("Jane Roe for the Lumo Times wrote that the vote was close.", "Jane Roe", False),
    ("The group (led by Jane Roe for the Lumo Party) won seats in the vote.", "Lumo Party", False),
    ("Marchers (Jane Roe for Kade News) filled the avenue.", "Jane Roe", False),  # no line's end
])
def test_a_photographer_credited_for_an_outlet_is_no_entity(text: str, name: str, credit: bool) -> None:
    start = text.index(name)
    assert not_an_entity(text, start, start + len(name), tuple(name.lower().split())) == credit


@pytest.mark.parametrize(("text", "name", "label", "role"), [
    ("said Interim Lumo Police Chief Ana Lee.", "Interim Lumo Police", "organisation", True),
    ("Acting Kade Fire Commissioner Tom Berg agreed.", "Acting Kade Fire", "organisation", True),
    ("said Lumo Police Chief Ana Lee.", "Lumo Police", "organisation", False),  # the body, named
    ("The Interim Kade Council met on Monday.", "Interim Kade Council", "organisation", False),  # no name after
    ("Former Lumo Bank said Monday it would close.", "Former Lumo Bank", "organisation", False),
])
def test_a_title_s_first_words_before_a_role_and_a_name_are_no_entity(
        text: str, name: str, label: EntityType, role: bool) -> None:
    start = text.index(name)
    assert role_only(text, make_mention("a0", text, (start, start + len(name)), label, 0)) == role


def test_a_story_s_agency_states_district_and_credits_read_whole(resources: NlpResources) -> None:
    index = analyse(
        resources,
        "The Associated Press reported the vote on Monday. Officials told AP the count would end Friday.\n"
        "Tom Berg moved from Albany, N.Y., to Lumo. He said New York was colder than Washington, D.C.\n"
        "(Jane Roe for the Kade Times)\n",
        "The crowd dispersed, Interim D.C. Police Chief Marla Okonkwo said Tuesday. Protests in D.C. continued.")
    records = {e.name: {m.text for m in e.mentions} for e in index.entities}
    assert {"AP", "Associated Press"} <= records.get("Associated Press", set())
    assert {"N.Y.", "New York"} <= records.get("New York", set())
    assert {"D.C.", "Washington"} <= records.get("Washington D.C.", set())
    assert not any("Jane Roe" in forms or "Interim D.C. Police" in forms for forms in records.values())


@pytest.mark.parametrize("name", ["U.S. Senate", "XP Professional", "Ana Pérez"])
def test_a_two_letter_acronym_joins_no_name_holding_an_abbreviation_or_a_person(name: str) -> None:
    letters = "".join(word[0] for word in name.split()).upper()
    label: EntityType = "person" if name == "Ana Pérez" else "organisation"
    assert {name, letters} not in groups(("a0", name, label), ("a0", letters, "organisation"))


def test_a_state_s_postal_code_tagged_a_body_votes_a_place_once_joined() -> None:
    resolved = []
    for name, label in [("South Carolina", "place"), ("SC", "organisation"), ("SC", "organisation"),
                        ("SC", "organisation")]:
        mention = make_mention("a0", name, (0, len(name)), label, 0)
        resolved.append(Resolved(mention, mention.key))
    (group,) = cluster(resolved)
    assert build_entity(group).type == "place"
