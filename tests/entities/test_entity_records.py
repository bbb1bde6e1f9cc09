"""Entity records read on real stories (issue #19): a namesake's short name does not carry a story's later short names,
"the city" of an article is no other article's city, glued spans, dates, diseases, shops and platforms; on sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.evidence import cue
from newsprism.entities.mentions import Mention, _lines, make_mention
from newsprism.entities.merge import Resolved, absorb_bodies, cluster
from newsprism.entities.names import clean_span
from newsprism.entities.not_entities import not_an_entity
from newsprism.entities.surnames import story_names
from newsprism.model import Article, EntityType
from newsprism.nlp import NlpResources, parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def test_a_short_name_after_a_namesake_does_not_carry_the_later_ones(resources: NlpResources) -> None:
    first = ("Police shot Tavio Renk, 16, on Saturday in Varnholm.\n"
             "His sister Mirela Renk said he was unarmed.\n"
             "Neighbours gathered outside the station on Sunday.\n"
             "A crowd of about 60 people marched down the avenue.\n"
             "Officers said Renk had pointed a gun at them.\n"
             "Renk died at the hospital an hour later.\n")
    second = "Tavio Renk was buried on Monday.\nFriends of Tavio Renk spoke at the service.\n"
    index = analyse(resources, first, second)
    sister = index.by_name("a0", "Mirela Renk")
    victim = index.by_name("a1", "Tavio Renk")
    assert sister is not None and victim is not None and sister.id != victim.id
    text = first
    late = [text.index("Renk had"), text.index("Renk died")]
    assert all(index.resolve("a0", at, at + 4) == victim for at in late)
    assert len(sister.mentions) == 1


def test_the_city_of_an_article_that_names_another_place_is_not_the_story_city(resources: NlpResources) -> None:
    first = "Lumo City officials met on Friday.\n\nThe mayor of Lumo City spoke to reporters."
    second = "Protesters marched through Athens on Saturday.\n\nThe city was calm by Sunday morning."
    index = analyse(resources, first, second)
    at = second.index("city")
    found = index.resolve("a1", at, at + 4)
    assert found is None or "Lumo" not in found.name


@pytest.mark.parametrize(("written", "kind", "cleaned"), [
    ("Saints’ Super Bowl", "place", "Saints"),
    ("Workers' Party", "organisation", "Workers' Party"),
    ("Veterans' Memorial Hall", "place", "Veterans' Memorial Hall"),
    ("Indy 27-yd line", "place", "Indy"),
    ("Kessel Hawks red", "organisation", "Kessel Hawks"),
    ("Vincent van Dorne", "person", "Vincent van Dorne"),
])
def test_a_name_ends_at_a_plural_possessive_or_a_lower_case_last_word(written: str, kind: EntityType,
                                                                      cleaned: str) -> None:
    span = clean_span(written, 0, len(written), kind)
    assert span is not None and written[span[0]:span[1]] == cleaned


@pytest.mark.parametrize("written", ["COVID-19", "Jan 5", "Sept 12", "Ave", "Ebola"])
def test_diseases_dates_and_street_words_alone_are_no_entities(written: str) -> None:
    text = f"It was about {written} again."
    start = text.index(written)
    span = clean_span(text, start, start + len(written), "organisation")
    assert span is not None
    found = make_mention("a0", text, span, "organisation", 0)
    assert not_an_entity(text, found.start, found.end, found.tokens)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("A crowd looted a Kopa Mart. Police came.", "Kopa Mart", "organisation"),
    ("Residents wrote on Twitter that police came.", "Twitter", "organisation"),
    ("They met on Church Ave. near the school.", "Church Ave", "place"),
    ("The shots came from the Dorne Projects late at night.", "Dorne Projects", "place"),
])
def test_the_words_around_a_name_give_its_kind(text: str, name: str, kind: EntityType) -> None:
    start = text.index(name)
    found = cue(text, start, start + len(name), tuple(name.lower().replace(".", "").split()))
    assert found is not None and found.type == kind


def test_a_name_used_as_a_modifier_after_a_takes_no_body_cue() -> None:
    text = "Police shot a Varnholm man on Friday."
    start = text.index("Varnholm")
    found = cue(text, start, start + len("Varnholm"), ("varnholm",))
    assert found is None or found.type != "organisation"


def test_names_joined_by_a_slash_are_two_pieces() -> None:
    text = "District Attorney Dana Soares/Lumo County District Attorney"
    start = text.index("Dana")
    pieces = [text[a:b] for a, b in _lines(text, start, text.index(" District Attorney", start + 5), "person")]
    assert pieces == ["Dana Soares", "Lumo County"]


def _named(text: str, name: str, label: EntityType, after: str = "") -> Mention:
    start = text.index(name, text.index(after) + len(after) if after else 0)
    return make_mention("a0", text, (start, start + len(name)), label, 0)


def test_a_team_word_joins_its_full_name_when_only_a_glued_span_opens_with_it() -> None:
    text = ("The Kessel City Hawks won. The Hawks led early. Hawks WR Tavio Renk scored. The Hawks red zone "
            "offence stalled.")
    found = [_named(text, "Kessel City Hawks", "organisation"), _named(text, "Hawks", "organisation", "won."),
             _named(text, "Hawks WR Tavio Renk", "organisation"), _named(text, "Hawks", "organisation", "scored.")]
    resolved = absorb_bodies([Resolved(m, m.key) for m in found], story_names(found))
    groups = cluster(resolved, {"a0": text})
    team = next(group for group in groups if any(m.text == "Kessel City Hawks" for m in group))
    assert sum(m.text == "Hawks" for m in team) == 2


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("said 29-year-old marcher Paris Kade.", "Paris Kade", "person"),
    ("The 27-year-old actress Dana Velm arrived.", "Dana Velm", "person"),
])
def test_an_age_before_a_name_makes_it_a_person(text: str, name: str, kind: EntityType) -> None:
    start = text.index(name)
    found = cue(text, start, start + len(name), tuple(name.lower().split()))
    assert found is not None and found.type == kind


def test_an_age_before_a_place_that_modifies_a_noun_says_nothing() -> None:
    text = "Officers wounded a 17-year-old Brooklyn teenager."
    start = text.index("Brooklyn")
    assert cue(text, start, start + len("Brooklyn"), ("brooklyn",)) is None


def test_a_street_written_short_and_in_full_and_its_first_word_are_one_street(resources: NlpResources) -> None:
    first = ("Protesters gathered on Varden Avenue on Monday.\n\nThey marched along Varden Ave. toward the precinct."
             "\n\nThe riot was at Varden and Kessel, a witness said.")
    index = analyse(resources, first)
    street = index.by_name("a0", "Varden Avenue")
    assert street is not None and street.type == "place"
    assert {"Varden Ave", "Varden"} <= {street.name, *street.aliases}


def test_a_nationality_in_the_plural_is_no_entity(resources: NlpResources) -> None:
    text = ("Greek police said the officer was arrested.\n\nGreeks reacted with fury on Sunday.\n\n"
            "A poll found that most Greeks blame the government.")
    index = analyse(resources, text)
    assert all(entity.name != "Greeks" for entity in index.entities)


@pytest.mark.parametrize(("text", "name"), [
    ("He was driving his 2008 Lumo when officers stopped him.", "Lumo"),
    ("Kopa released Velmo 3.05 to its users.", "Velmo"),
])
def test_a_model_year_or_a_version_number_makes_a_product(text: str, name: str) -> None:
    start = text.index(name)
    assert make_mention("a0", text, (start, start + len(name)), "organisation", 0).product


def test_a_model_year_before_a_name_that_modifies_a_noun_makes_no_product() -> None:
    text = "She spoke at the 2008 Lumo convention."
    start = text.index("Lumo")
    assert not make_mention("a0", text, (start, start + 4), "organisation", 0).product


def test_the_city_named_by_of_is_no_mention_of_the_story_city(resources: NlpResources) -> None:
    text = ("Lumo City officials met on Friday.\n\nHe won a payout from the city of Varnholm last year.")
    index = analyse(resources, text)
    at = text.index("city of")
    found = index.resolve("a0", at, at + 4)
    assert found is None or "Lumo" not in found.name


def test_a_state_abbreviation_after_a_city_is_the_state(resources: NlpResources) -> None:
    text = "Officials in Portland, Ore., said the list was unfair.\n\nOregon leaders agreed."
    index = analyse(resources, text)
    state = index.by_name("a0", "Oregon")
    assert state is not None and "Ore" in state.aliases


def test_an_acronym_the_story_spells_out_in_lower_case_is_no_entity(resources: NlpResources) -> None:
    text = ("Tavio Renk was held on suspicion of DUI late Tuesday.\n\nDriving under the influence is a misdemeanor "
            "in the state.\n\nThe DUI charge may cost Renk his place on the team.")
    index = analyse(resources, text)
    assert all("DUI" not in (entity.name, *entity.aliases) for entity in index.entities)


def test_a_name_before_an_adjectives_suffix_is_the_name() -> None:
    text = "boats that are U.S.-made"
    span = clean_span(text, text.index("U.S."), len(text), "place")
    assert span is not None and text[span[0]:span[1]] == "U.S."


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Gaskin told the Varn Herald on Sunday.", "Varn Herald", "organisation"),
    ("He was approaching the Kessel Saddle Hut when he fell.", "Kessel Saddle Hut", "place"),
])
def test_a_newspapers_and_a_huts_last_word_give_their_kind(text: str, name: str, kind: EntityType) -> None:
    start = text.index(name)
    found = cue(text, start, start + len(name), tuple(name.lower().split()))
    assert found is not None and found.type == kind


def test_a_police_rank_written_short_is_cut_off_the_name() -> None:
    text = "Insp Dana Gaskin said"
    span = clean_span(text, 0, len("Insp Dana Gaskin"), "person")
    assert span is not None and text[span[0]:span[1]] == "Dana Gaskin"
