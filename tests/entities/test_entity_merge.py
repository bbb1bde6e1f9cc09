"""find_entities on short stories written for these tests: merging, short names, namesakes, ranking, lookups."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.mentions import Mention, make_mention
from newsprism.entities.merge import Resolved, cluster
from newsprism.entities.records import build_entity
from newsprism.model import Article, Entity, EntityType
from newsprism.nlp import NlpResources, parse


def story(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source="test", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def named(index: EntityIndex, name: str) -> Entity:
    """The entity whose canonical name is ``name`` up to spelling (hyphens, case)."""
    (entity,) = [e for e in index.entities if e.name.replace("-", " ").lower() == name.replace("-", " ").lower()]
    return entity


def forms(entity: Entity, article: str | None = None) -> list[str]:
    return [m.text for m in entity.mentions if article is None or m.article == article]


@pytest.mark.parametrize("texts, name, kind, written", [
    (("North Korean leader Kim Jong-un arrived in Vladivostok on Tuesday.",
      "Kim Jong Un met officials in the port city on Tuesday.",
      "Officials said Kim Jong-Un would return to Pyongyang on Friday."),
     "Kim Jong Un", "person", {"Kim Jong-un", "Kim Jong Un", "Kim Jong-Un"}),
    (("The U.S. delegation left on Monday.", "Officials in the United States welcomed the talks.",
      "The US embassy said nothing."),
     "United States", "place", {"U.S.", "United States", "US"}),
    (("The United Nations condemned the launch on Monday.", "A U.N. spokesman said the launch broke the rules."),
     "United Nations", "organisation", {"United Nations", "U.N."}),
    (("The Kremlin said the talks had gone well.", "A spokesman for the Kremlin declined to comment."),
     "Kremlin", "organisation", {"Kremlin"}),
    (("The Korean Central News Agency (KCNA) said the launch succeeded.", "KCNA said the leader was pleased."),
     "Korean Central News Agency", "organisation", {"Korean Central News Agency", "KCNA"}),
])
def test_variants_merge_across_articles(resources: NlpResources, texts: tuple[str, ...], name: str, kind: str,
                                        written: set[str]) -> None:
    entity = named(story(resources, *texts), name)
    assert entity.type == kind
    assert set(forms(entity)) == written
    assert entity.articles == len(texts)
    assert entity.id == f"{kind}:{name.lower().replace(' ', '-')}"


@pytest.mark.parametrize("text, full, short", [
    ("Russian President Vladimir Putin opened the forum on Monday. Putin said the talks went well.",
     "Vladimir Putin", "Putin"),
    ("Putin arrived late. Later, Russian President Vladimir Putin opened the forum.", "Vladimir Putin", "Putin"),
    ("Kim Jong Un arrived by armoured train on Tuesday. Mr Kim was greeted by a military band.",
     "Kim Jong Un", "Kim"),
    ("Harbour master Henrik Dahl said the port would reopen. Mr. Dahl declined to say when.", "Henrik Dahl", "Dahl"),
])
def test_a_short_name_resolves_to_the_full_name_in_its_article(resources: NlpResources, text: str, full: str,
                                                                short: str) -> None:
    index = story(resources, text)
    assert short in forms(named(index, full))
    assert [e.name for e in index.entities if e.name == short] == []


KIMS = ("Kim Jong Un inspected a rocket factory on Wednesday.",
        "Kim Hae-rin, who lectures on security at a Seoul university, said the trip mattered.",
        "\u201cThe venue sends a message,\u201d Kim said.",
        "The talks lasted two hours.",
        "Diplomats said the summit would continue.",
        "Kim later returned to his armoured train.")


def test_two_kims_stay_apart_and_each_short_kim_goes_to_the_right_one(resources: NlpResources) -> None:
    index = story(resources, "\n\n".join(KIMS), "Kim Jong Un left Pyongyang on Sunday by train.")
    leader, professor = named(index, "Kim Jong Un"), named(index, "Kim Hae-rin")
    assert leader.id != professor.id
    text = "\n\n".join(KIMS)
    quoted = text.index("Kim said")
    returned = text.index("Kim later")
    assert (quoted, quoted + 3) in [(m.start, m.end) for m in professor.mentions]
    assert (returned, returned + 3) in [(m.start, m.end) for m in leader.mentions]


@pytest.mark.parametrize("texts", [
    ("Kim Jong Un and his sister Kim Yo Jong toured the site on Monday.\n\nThe visit lasted four hours.\n\n"
     "Reporters were kept away.\n\nKim waved at the crowd.",),
])
def test_a_short_name_shared_by_two_equally_named_people_is_left_ambiguous(resources: NlpResources,
                                                                            texts: tuple[str, ...]) -> None:
    """The bare "Kim" could be either: it joins neither and is no record of its own."""
    index = story(resources, *texts)
    assert forms(named(index, "Kim Jong Un")) == ["Kim Jong Un"]
    assert forms(named(index, "Kim Yo Jong")) == ["Kim Yo Jong"]
    assert not [e for e in index.entities if e.name == "Kim"]


def test_a_surname_two_people_share_is_no_record_of_its_own(resources: NlpResources) -> None:
    index = story(resources,
                  "Marta Quill and her cousin Dario Quill opened a bakery in Leeds.\n\nThe shop sold bread.\n\n"
                  "Customers queued for an hour.\n\nQuill said the ovens were old.",
                  "The bakery in Leeds closed after a year and its owners moved to York.")
    assert not [e for e in index.entities if e.name == "Quill"]
    assert forms(named(index, "Marta Quill")) == ["Marta Quill"]
    assert forms(named(index, "Dario Quill")) == ["Dario Quill"]


def test_entities_are_ranked_by_mentions(resources: NlpResources) -> None:
    index = story(resources,
                  "Chancellor Ingrid Falk met officials in Oslo. Falk said Oslo and Bergen would share the costs.",
                  "Falk visited Oslo on Friday.")
    counts = [len(e.mentions) for e in index.entities]
    assert counts == sorted(counts, reverse=True)
    assert index.entities[0].name in {"Ingrid Falk", "Oslo"}
    assert len(named(index, "Ingrid Falk").mentions) == 3
    assert named(index, "Ingrid Falk").articles == 2


@pytest.mark.parametrize("texts", [("The weather was mild and nothing else happened.",), ()])
def test_no_entities(resources: NlpResources, texts: tuple[str, ...]) -> None:
    index = story(resources, *texts)
    assert index.entities == []
    assert index.resolve("a0", 0, 5) is None
    assert index.by_name("a0", "Kim") is None


LOOKUP = "Russian President Vladimir Putin met Kim Jong Un in Vladivostok.\n\nPutin's aides said Mr Kim was pleased."


@pytest.mark.parametrize("start_word, end_word, expected", [
    ("Vladimir", "Putin", "Vladimir Putin"),
    ("President Vladimir", "President Vladimir", "Vladimir Putin"),
    ("Putin's", "Putin's", "Vladimir Putin"),
    ("Mr Kim", "Mr Kim", "Kim Jong Un"),
    ("Vladivostok", "Vladivostok", "Vladivostok"),
    ("met", "met", None),
])
def test_resolve_maps_an_overlapping_span_to_its_entity(resources: NlpResources, start_word: str, end_word: str,
                                                        expected: str | None) -> None:
    index = story(resources, LOOKUP)
    start = LOOKUP.index(start_word)
    end = LOOKUP.index(end_word) + len(end_word)
    found = index.resolve("a0", start, end)
    assert (found.name if found else None) == expected
    assert index.resolve("other", start, end) is None


@pytest.mark.parametrize("written, expected", [
    ("Putin", "Vladimir Putin"),
    ("President Putin", "Vladimir Putin"),
    ("Mr Kim", "Kim Jong Un"),
    ("Kim", "Kim Jong Un"),
    ("Kim Jong-un", "Kim Jong Un"),
    ("Jong Un", None),
    ("the Kremlin", None),
    ("Vladivostok", "Vladivostok"),
])
def test_by_name_resolves_a_name_as_written_in_an_article(resources: NlpResources, written: str,
                                                          expected: str | None) -> None:
    found = story(resources, LOOKUP).by_name("a0", written)
    assert (found.name if found else None) == expected


SENTENCES = [
    "Russian President Vladimir Putin hosted Kim Jong Un at the Vostochny Cosmodrome.",
    "Putin's spokesman Dmitry Peskov said the U.S. had not been told.",
    "Mr Kim thanked the Kremlin and North Korea's allies.",
    "The United Nations said the talks in Moscow broke no rules.",
    "“We will answer,” Kim said in Pyongyang.",
]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join),
                      min_size=1, max_size=3))
def test_every_mention_slices_back_and_every_article_is_counted(resources: NlpResources, texts: list[str]) -> None:
    index = story(resources, *texts)
    for entity in index.entities:
        assert entity.articles == len({m.article for m in entity.mentions})
        assert entity.name not in entity.aliases
        for mention in entity.mentions:
            assert texts[int(mention.article[1:])][mention.start:mention.end] == mention.text
            assert index.resolve(mention.article, mention.start, mention.end) == entity
    assert len({e.id for e in index.entities}) == len(index.entities)


@pytest.mark.parametrize("text, person, description", [
    ("Vladimir Putin, the Kremlin chief, arrived on Monday.\n\nLater the Kremlin chief toured the port.",
     "Vladimir Putin", "Kremlin chief"),
    ("North Korean leader Kim Jong Un arrived on Tuesday. Officials said the North Korean leader was tired.",
     "Kim Jong Un", "North Korean leader"),
])
def test_a_description_the_article_ties_to_a_name_refers_to_that_person(resources: NlpResources, text: str,
                                                                         person: str, description: str) -> None:
    index = story(resources, text)
    entity = named(index, person)
    later = text.rindex(description)
    assert (later, later + len(description)) in [(m.start, m.end) for m in entity.mentions]
    assert description not in entity.aliases and entity.name == person
    assert index.resolve("a0", later - 4, later + len(description)) == entity


@pytest.mark.parametrize("text", [
    "The North Korean leader arrived on Tuesday. North Korean leader Kim Jong Un waved.",
    "Russian President Vladimir Putin met Kim Jong Un. Kim Jong Un, the Russian president, was misquoted. "
    "Later the Russian president left.",
    "Ingrid Falk, the president, spoke. Later the president left.",
])
def test_descriptions_not_clearly_tied_stay_out(resources: NlpResources, text: str) -> None:
    index = story(resources, text)
    assert all(m.text.split()[-1] not in {"leader", "president"} for e in index.entities for m in e.mentions)


def _mention(text: str, name: str, label: EntityType) -> Mention:
    start = text.index(name)
    return make_mention("a0", text, (start, start + len(name)), label, 0)


def _records(text: str, found: list[Mention]) -> dict[str, tuple[set[str], set[str]]]:
    """First written name -> (the names of its record, the labels of its mentions)."""
    return {group[0].text: ({m.text for m in group}, {m.label for m in group})
            for group in cluster([Resolved(m, m.key) for m in found], {"a0": text})}


def test_a_name_tagged_a_person_joins_its_spelled_acronym_and_is_a_body() -> None:
    text = "Militias, including Kata'ib Varnok (KV) and others, fired rockets. KV denied it."
    found = [_mention(text, "Kata'ib Varnok", "person"), _mention(text, "KV", "organisation")]
    records = _records(text, found)
    assert records["Kata'ib Varnok"] == ({"Kata'ib Varnok", "KV"}, {"organisation"})


def test_both_tagged_people_still_join_as_a_body() -> None:
    text = "The Lumo Kade Front (LKF) claimed the attack."
    found = [_mention(text, "Lumo Kade Front", "person"), _mention(text, "LKF", "person")]
    assert _records(text, found)["Lumo Kade Front"] == ({"Lumo Kade Front", "LKF"}, {"organisation"})


def test_a_person_with_own_initials_in_brackets_joins_and_stays_a_person() -> None:
    text = "Voters cheered Janice Orla-Venn (JOV) at the rally."
    found = [_mention(text, "Janice Orla-Venn", "person"), _mention(text, "JOV", "person")]
    assert _records(text, found)["Janice Orla-Venn"] == ({"Janice Orla-Venn", "JOV"}, {"person"})


def test_a_person_before_other_letters_in_brackets_stays_apart() -> None:
    text = "The firm hired Ana Vane (CEO) last year."
    found = [_mention(text, "Ana Vane", "person"), _mention(text, "CEO", "organisation")]
    records = _records(text, found)
    assert records["Ana Vane"] == ({"Ana Vane"}, {"person"})
    assert records["CEO"] == ({"CEO"}, {"organisation"})


def test_a_person_before_a_spelled_acronym_without_brackets_stays_apart() -> None:
    text = "Kata'ib Varnok, KV said."
    found = [_mention(text, "Kata'ib Varnok", "person"), _mention(text, "KV", "organisation")]
    assert _records(text, found)["Kata'ib Varnok"] == ({"Kata'ib Varnok"}, {"person"})


def test_a_long_name_with_one_word_plural_slip_is_one_record() -> None:
    text = "The Joint Lumo Boards of Kade met. Later the Joints Lumo Boards of Kade voted."
    found = [_mention(text, "Joint Lumo Boards of Kade", "organisation"),
             _mention(text, "Joints Lumo Boards of Kade", "organisation")]
    assert _records(text, found)["Joint Lumo Boards of Kade"][0] == {"Joint Lumo Boards of Kade",
                                                                     "Joints Lumo Boards of Kade"}


def test_two_word_names_one_plural_apart_stay_apart() -> None:
    text = "Vorlan Star scored. The Vorlan Stars won."
    found = [_mention(text, "Vorlan Star", "organisation"), _mention(text, "Vorlan Stars", "organisation")]
    assert _records(text, found)["Vorlan Star"][0] == {"Vorlan Star"}


def test_peoples_long_names_one_plural_apart_stay_apart() -> None:
    text = "Ana Maria Lees spoke. Ana Maria Lee spoke too."
    found = [_mention(text, "Ana Maria Lees", "person"), _mention(text, "Ana Maria Lee", "person")]
    assert _records(text, found)["Ana Maria Lees"][0] == {"Ana Maria Lees"}


def _story_records(texts: dict[str, str], found: list[Mention]) -> dict[str, set[str]]:
    return {group[0].text: {m.text for m in group}
            for group in cluster([Resolved(m, m.key) for m in found], texts)}


def _in(article: str, text: str, name: str, label: EntityType) -> Mention:
    start = text.index(name)
    return make_mention(article, text, (start, start + len(name)), label, 0)


def test_a_two_letter_acronym_joins_the_name_another_article_spells() -> None:
    texts = {"a0": "The race was called, LW projected on Tuesday.", "a1": "Soon after the Lumo Wire projected it."}
    found = [_in("a0", texts["a0"], "LW", "organisation"), _in("a1", texts["a1"], "Lumo Wire", "organisation")]
    assert _story_records(texts, found)["LW"] == {"LW", "Lumo Wire"}


def test_a_two_letter_acronym_stays_apart_when_a_person_of_the_story_has_its_initials() -> None:
    texts = {"a0": "LW projected the race.", "a1": "The Lumo Wire said so.", "a2": "Lana Wirt disagreed."}
    found = [_in("a0", texts["a0"], "LW", "organisation"), _in("a1", texts["a1"], "Lumo Wire", "organisation"),
             _in("a2", texts["a2"], "Lana Wirt", "person")]
    assert _story_records(texts, found)["LW"] == {"LW"}


def test_a_states_code_joins_no_name_of_another_article() -> None:
    texts = {"a0": "Voters in VA went to the polls.", "a1": "The Vale Association endorsed no one."}
    found = [_in("a0", texts["a0"], "VA", "place"), _in("a1", texts["a1"], "Vale Association", "organisation")]
    assert _story_records(texts, found)["VA"] == {"VA"}


def test_an_office_joins_its_department() -> None:
    text = "The Kade County Sheriff's Department said. Kade County Sheriff deputies came. Lumo County Sheriff spoke."
    found = [make_mention("a0", text, (text.index(name), text.index(name) + len(name)), "organisation", 0)
             for name in ("Kade County Sheriff's Department", "Kade County Sheriff", "Lumo County Sheriff")]
    groups = cluster([Resolved(m, m.key) for m in found])
    assert sorted(len(group) for group in groups) == [1, 2]


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
    ((("a0", "Kade Press", "organisation"), ("a1", "KP", "organisation")), True),  # another article's
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


def test_washington_before_the_district_s_letters_is_the_district() -> None:
    text = "Ana Lee lives in Washington, D.C., near the river."
    found = groups(("a0", "Washington", "place"), ("a0", "D.C.", "place"), text=text)
    assert {"Washington", "D.C."} in found
    alone = "Ana Lee lives in Washington near the river, far from D.C. now."
    assert {"Washington", "D.C."} not in groups(("a0", "Washington", "place"), ("a0", "D.C.", "place"), text=alone)


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
