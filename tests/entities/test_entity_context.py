"""The phrase around a name, nicknames, ties and times (issue #19, fresh stories), on texts written here."""

from __future__ import annotations

import pytest
from entity_texts import analyse, around, holding

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.context import context_cue
from newsprism.entities.mentions import clause_span
from newsprism.entities.names import name_key, nickname_of
from newsprism.entities.not_entities import not_an_entity
from newsprism.entities.variants import person_variants
from newsprism.model import Article, Entity, EntityType
from newsprism.nlp import NlpResources, parse


def story(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source="test", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def with_form(index: EntityIndex, form: str) -> list[Entity]:
    return [e for e in index.entities if form == e.name or form in e.aliases]


@pytest.mark.parametrize("before, after, kind", [
    ("the quake was felt in the port city of ", ", a major harbour.", "place"),
    ("worst hit were the villages of ", ", Kessa and Dorn.", "place"),
    ("the epicentre was 35 miles southwest of ", ".", "place"),
    ("two people were shot, ", " police said on Monday.", "place"),
    ("the head of the ", " crime family died in prison.", "organisation"),
    ("His mother, ", ", said he was kind.", "person"),
    ("island governor ", " told reporters.", "person"),
    ("The ", " resident was married last month.", "place"),
    ("Ana Lee, of ", ", was an Army veteran.", "place"),
    ("Dist. Atty. Ana Lee said the deputy's mother, ", ", wept.", "person"),
])
def test_the_phrase_around_a_name_says_what_it_is(before: str, after: str, kind: str) -> None:
    found = context_cue(before, after)
    assert found is not None and found.type == kind


@pytest.mark.parametrize("before, after", [
    ("He met ", " on Friday."),
    ("The City of ", " Council voted."),  # capitalised: part of a body's name, not read here
])
def test_a_plain_phrase_gives_no_cue(before: str, after: str) -> None:
    assert context_cue(before, after) is None


def test_a_nickname_inside_a_name_is_no_part_of_its_key() -> None:
    assert name_key('Tarro "The Hawk" Benvik') == name_key("Tarro Benvik")
    assert nickname_of('Tarro "The Hawk" Benvik') == "The Hawk"
    assert nickname_of("Ron O'Dell") is None


def test_a_nickname_in_brackets_is_the_person_named_with_it(resources: NlpResources) -> None:
    index = story(resources, "Mourners remembered Deputy Mateo Ramiro (Remy) Ostrand on Friday.\n"
                             "Remy Ostrand joined the force in 2003. Remy was 35.")
    people = with_form(index, "Remy Ostrand")
    assert len(people) == 1 and not with_form(index, "Deputy Ostrand")


def test_a_street_direction_written_short_or_in_full_is_one_key() -> None:
    assert name_key("N. Lomar Kade Avenue") == name_key("North Lomar Kade Avenue")
    assert name_key("E. Street") != name_key("East Street")


def test_spaced_initials_of_a_known_abbreviation_are_that_name() -> None:
    assert name_key("U. S.") == name_key("United States")


@pytest.mark.parametrize("text, name", [
    ("Police were told of a blaze at 8.49pm on Friday.", "8.49pm"),
    ("The alarm was raised by a CCTV operator.", "CCTV"),
])
def test_times_and_technical_terms_are_no_entities(text: str, name: str) -> None:
    start = text.index(name)
    assert not_an_entity(text, start, start + len(name), tuple(name.lower().replace(".", "").split()))


def test_a_nickname_written_alone_is_the_person_whose_name_holds_it(resources: NlpResources) -> None:
    index = story(resources,
                  'Reputed mobster Carlo "The Fox" Marino died in prison on Monday, officials said.\nMarino was 81.',
                  "Prosecutors said Fox gave the orders. Carlo Marino denied it for years.\nThe Fox never testified.")
    people = with_form(index, "Carlo Marino")
    assert len(people) == 1 and people[0].type == "person" and "Fox" in people[0].aliases


def test_a_family_named_after_a_surname_is_no_mention_of_its_person(resources: NlpResources) -> None:
    index = story(resources,
                  "Aldo Kessler founded the gang in 1931. Decades later the Kessler crime family still ran the port.\n"
                  "Investigators said the Kessler family controlled the docks.")
    people = [e for e in with_form(index, "Aldo Kessler") if e.type == "person"]
    assert people and all("Kessler" not in e.aliases for e in people)


def test_two_countries_joined_by_or_stay_apart(resources: NlpResources) -> None:
    index = story(resources, "Call centres serving the UK or the US were the worst affected, engineers said.\n"
                             "Calls into the United Kingdom and the United States slowed.")
    us, uk = with_form(index, "United States"), with_form(index, "United Kingdom")
    assert us and uk and us[0].id != uk[0].id


def test_a_datelines_agency_is_no_name_of_its_city(resources: NlpResources) -> None:
    index = story(resources, "WASHINGTON (AP) — Lawmakers met on Tuesday in Washington to discuss the budget.")
    assert all("AP" not in e.aliases for e in with_form(index, "Washington"))


def test_places_listed_with_a_cued_place_are_places(resources: NlpResources) -> None:
    index = story(resources, "The hardest-hit were the villages of Tonvar, Gelzin and Kordabad, officials said.\n"
                             "Residents of Gelzin said help came late.")
    for name in ("Tonvar", "Gelzin"):
        assert all(e.type == "place" for e in with_form(index, name)), name


def test_a_body_name_spacy_cut_at_and_is_one_body(resources: NlpResources) -> None:
    index = story(resources, "Teams from Lumford and Kestrel Fire and Rescue fought the flames in Portvale on Sunday.",
                  "Fire crews from Lumford and Kestrel Fire and Rescue went to the scene.")
    bodies = with_form(index, "Lumford and Kestrel Fire and Rescue")
    assert len(bodies) == 1 and bodies[0].type == "organisation" and len(bodies[0].mentions) == 2
    assert not with_form(index, "Kestrel Fire") and not with_form(index, "Rescue")


def test_forms_of_one_name_with_a_middle_name_and_a_suffix_are_one_person() -> None:
    rewrite = person_variants({("robert", "lee", "adams"), ("robert", "adams", "jr"), ("robert", "lee", "adams", "jr")})
    assert set(rewrite) == {"robertleeadams", "robertadamsjr"}
    assert set(rewrite.values()) == {"robertleeadamsjr"}
    assert person_variants({("ana", "berg", "jr"), ("ana", "berg", "sr"), ("ana", "berg")}) == {}


def test_a_place_name_opening_a_seas_name_is_the_sea(resources: NlpResources) -> None:
    index = story(resources, "The Mediterranean route carries most traffic, engineers said.\n"
                             "The Mediterranean Sea cable was cut near Sicily, and ships crossed the "
                             "Mediterranean Sea.")
    assert len(with_form(index, "Mediterranean Sea")) == 1
    assert "Mediterranean" in with_form(index, "Mediterranean Sea")[0].aliases


def test_a_place_before_a_possessive_is_cut_from_the_persons_name(resources: NlpResources) -> None:
    index = story(resources, "Fans of California's Newsom rallied. Gavin Newsom thanked them. "
                             "Newsom spoke in California.")
    assert not with_form(index, "California's Newsom") and not with_form(index, "California’s Newsom")
    assert len(with_form(index, "Gavin Newsom")[0].mentions) == 3


def test_a_town_is_not_the_street_its_name_opens(resources: NlpResources) -> None:
    index = story(resources, "A fire broke out at a supermarket in Portvale on Sunday.\n"
                             "The store on Portvale High Street was closed. Shops in Portvale reopened.\n"
                             "Police in Portvale said the fire was not suspicious.")
    towns = with_form(index, "Portvale")
    assert towns and all(e.name != "Portvale High Street" for e in towns)


def test_two_spellings_of_a_given_name_take_one_key_not_each_others() -> None:
    rewrite = person_variants({("heidar", "molavi"), ("heydar", "molavi")})
    assert len(rewrite) == 1 and rewrite.get("heidarmolavi") == "heydarmolavi"


def test_a_common_word_written_in_capitals_is_no_acronym(resources: NlpResources) -> None:
    index = story(resources, "Fire at store\nA FIRE has badly damaged a supermarket in Portvale.\n"
                             "The fire started on the roof. Crews fought the fire for hours, and the fire was "
                             "out by noon.",
                  "NATO officials said the alliance would meet. NATO met on Friday.")
    assert not with_form(index, "FIRE")
    assert with_form(index, "NATO")


def test_two_bodies_joined_by_and_stay_two(resources: NlpResources) -> None:
    index = story(resources, "A survey from the Kade Institute of Public Affairs and Los Angeles Times showed "
                             "backing slipped. The Los Angeles Times reported it on Friday.")

    assert with_form(index, "Los Angeles Times")
    assert not [e for e in index.entities if " and " in e.name]


def test_a_police_force_named_with_and_without_department_is_one_body(resources: NlpResources) -> None:
    index = story(resources, "The Lumford Police Department said the suspect was arrested on Friday.\n"
                             "Lumford Police said the gun was found. The Lumford Police Department thanked "
                             "residents.")
    bodies = with_form(index, "Lumford Police Department")
    assert len(bodies) == 1 and "Lumford Police" in bodies[0].aliases


def test_a_title_case_phrase_the_story_writes_in_lower_case_is_no_name(resources: NlpResources) -> None:
    index = story(resources, "Under the new code, the Building Safety Officer must inspect every tower in Leeds. "
                             "The council said a building safety officer had been hired.",
                  "The Kent Police Department opened an office in Leeds. A Kent police department spokesman said "
                  "Kent had waited for years.")
    assert not with_form(index, "Building Safety")
    assert with_form(index, "Leeds")
    assert with_form(index, "Kent Police Department")


def test_a_span_holding_a_lower_case_verb_is_a_clause_not_a_name(resources: NlpResources) -> None:
    """spaCy sometimes tags "Brant saw Keller" as one name; a lower-case verb inside marks the clause."""
    text = "Police said Brant saw Keller at the Bank of Duluth."
    (parsed,) = parse([Article(id="a0", source="test", format="text", text=text)], resources, NlpConfig())
    doc = parsed.paragraphs[0].doc
    clause = doc.char_span(text.index("Brant"), text.index(" at"), label="ORG")
    bank = doc.char_span(text.index("Bank"), text.index("."), label="ORG")
    assert clause is not None and bank is not None
    assert clause_span(clause)
    assert not clause_span(bank)


def test_block_of_and_near_make_streets() -> None:
    for before, after in (("shot in the 15200 block of ", " near the park"),
                          ("one on ", " near Kade on the east side"),
                          ("one on Lumo near ", " and another"),
                          ("a store at West Lumo and ", ". The suspect")):
        found = context_cue(before, after)
        assert found is not None and found.type == "place" and found.street, (before, after)
    assert context_cue("a meal at ", " near Kade Park and") is None  # "at X near Y" may be a shop
    southwest = context_cue("southwest of Lumo near ", ", officials said")
    assert southwest is None or not southwest.street


def test_a_numbered_street_makes_its_crossing_a_street() -> None:
    for before, after in (("in the 3100 block of N. 31st Street (31st and ", ") after midnight"),
                          ("at ", " and 23rd Street, police said")):
        found = context_cue(before, after)
        assert found is not None and found.type == "place" and found.street, (before, after)


def test_kin_in_the_plural_before_names_marks_people() -> None:
    for before, after in (("She is survived by her parents, ", " and Ana Lumo."),
                          ("and two older brothers, Tobin and ", ".")):
        found = context_cue(before, after)
        assert found is not None and found.type == "person", before


def test_a_surname_before_administration_is_a_person(resources: NlpResources) -> None:
    text = "The plan may still change before the Orlan administration shows it to the public, two aides said."
    assert [e.type for e in holding(analyse(resources, text), "Orlan")] in ([], ["person"])
    cued = context_cue("before the ", " administration shows it", True)
    assert cued is not None and cued.type == "person"
    assert context_cue("before the ", " administration shows it", False) is None


@pytest.mark.parametrize(("before", "kind"), [
    ("The 17-year-old from ", "place"),
    ("a man from ", "place"),
    ("a letter from ", None),
])
def test_a_person_from_a_name_makes_it_a_place(before: str, kind: EntityType | None) -> None:
    found = context_cue(before, " is charged")
    assert (found.type if found is not None else None) == kind


@pytest.mark.parametrize(("before", "after", "kind"), [
    ("A ", " man was killed", "place"),
    ("the dog of ", " man", None),
    ("", ", New Hampshire (LNN) - Crowds", "place"),
    ("born in ", ", IL. He was", "place"),
    ("said Ana ", ", Washington Post reporter", None),
    ("said ", ", AP", None),
])
def test_a_person_noun_after_a_or_a_state_after_a_comma_makes_a_town(before: str, after: str,
                                                                      kind: EntityType | None) -> None:
    found = context_cue(before, after)
    assert (found.type if found is not None else None) == kind


@pytest.mark.parametrize(("before", "after", "kind"), [
    ("two ", " men were killed", "place"),
    ("said neighbor ", " of the house", "person"),
    ("Ana Lee, 35, of ", " was booked", "place"),
])
def test_more_phrases_around_a_name_give_its_kind(before: str, after: str, kind: EntityType) -> None:
    found = context_cue(before, after)
    assert found is not None and found.type == kind


@pytest.mark.parametrize(("text", "name"), [
    ("He works at Tarvo and Webbly Inc in the city.", "Tarvo"),  # a firm: more words after the pair
    ("The deal was struck at Tarvo & Webbly last year.", "Tarvo"),
    ("She talked to Tarvo about the plan.", "Tarvo"),
    ("The talks went on Tarvo's terms.", "Tarvo"),
])
def test_no_street_without_its_cue(text: str, name: str) -> None:
    found = context_cue(*around(text, name))
    assert found is None or found.type != "place"


def test_a_town_before_police_said_after_a_comma() -> None:
    text = "A woman was killed in Tarvo, police said Sunday."
    found = context_cue(*around(text, "Tarvo"))
    assert found is not None and found.type == "place"


@pytest.mark.parametrize(("text", "person"), [
    ('"We only wanted peace," said Tarvo, whose family escaped.', True),
    ('"We only wanted peace," said Tarvo.', True),
    ('"We are searching," said Tarvo police on Sunday.', False),  # the town's police
    ("The report said Tarvo had grown.", False),  # no quotation before it
    ('"We won," said Tarvo, who lost last year.', True),
])
def test_the_speaker_named_after_a_quotation(text: str, person: bool) -> None:
    found = context_cue(*around(text, "Tarvo"))
    assert (found is not None and found.type == "person") == person


def test_a_longer_name_after_said_or_a_team_before_who_is_no_person() -> None:
    text = '"Traffic is back," said Tarvo Operations. Fans cheered Lumo, who beat Kade.'
    found = context_cue(*around(text, "Tarvo Operations"), one_word=False)
    assert found is None or found.type != "person"
    found = context_cue(*around(text, "Lumo"))
    assert found is None or found.type != "person"


def test_a_lone_name_before_a_singular_noun_is_no_shared_head() -> None:
    assert context_cue(*around("Ana Tarvo and Ben Webbly hospital staff met.", "Ben Webbly")) is None


@pytest.mark.parametrize(("text", "name"), [
    ("“She asked if she could borrow my phone,” said building super Ana Tarvenko.", "Tarvenko"),
    ("“She asked if she could borrow my phone,” said building super German Tarvenko.", "Tarvenko"),
])
def test_a_role_noun_before_a_name_is_a_persons_cue(text: str, name: str) -> None:
    start = text.index(name)
    found = context_cue(text[max(0, start - 40):start], text[start + len(name):start + len(name) + 30])
    assert found is not None and found.type == "person"
