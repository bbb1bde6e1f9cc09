"""Speakers as issue #19's twenty-second-round tune set (AllSides roundups) found them going wrong, in texts written
for these tests: a definite description that goes on about the person the sentence before names as its subject
('Dr. X says … The veteran climate scientist predicted …'), 'the agency' after a body whose name holds 'and' and
'the department' after a police force were left as unnamed sources; someone in the events, someone brought in with
'a' and a spokeswoman stay apart; a joint subject ('X and Y said') was credited to the first name alone."""

from __future__ import annotations

from quoted_texts import quote_of, second_article_speakers

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article, Entity, Evidence, QuoteVariant
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.extract import find_quotes
from newsprism.quotes.joint import joint_speaker

RE_MENTION = ("Dr. Mara Quillon says the drought will last until next summer.\n\n"
              "The veteran climate scientist predicted that river levels would keep falling through the autumn.\n\n"
              "\u201cWe have not seen anything like this in decades,\u201d Quillon told reporters on Tuesday.")
IN_THE_EVENTS = ("A delivery van struck a cyclist on Elm Road, police said.\n\n"
                 "The crash happened just after noon, Sgt. Tobias Renn said.\n\n"
                 "The man told officers he never saw the van, Renn said.")
BROUGHT_IN = ("A senior trade official said the talks would resume in May.\n\n"
              "Minister Elsa Brandt says the deal is close.\n\n"
              "The official added that tariffs would stay in place until the summer.")
SPOKESWOMAN = ("Governor Ida Marsh denied the report on Monday.\n\n"
               "The spokeswoman said the governor had never met the donor.")
TITLED_OTHERWISE = ("Sen. Ana Ruiz voted against the bill on Monday.\n\n"
                    "The president said the bill would pass anyway.")
JOINT = ("Lumo Motors and Kade Foods said on Monday that the merger was off.\n\n"
         "\u201cWe found no harm at all,\u201d the Lumo Health Agency and the Borovia Disease Office said.")
OWNED = "Lumo Motors and Kade Foods's owner said the deal was dead. Kade Foods shares fell."
AGENCY = ("Customs and Border Protection is moving extra officers to the Lumo crossing, the agency said on Tuesday.\n\n"
          "Drivers were told to expect delays.")
POLICE = ("The Lumo Harbor Police arrested two men at the docks on Friday.\n\n"
          "The department said both men were released without charge on Saturday.")


def test_a_description_after_a_named_subject_is_that_person(resources: NlpResources) -> None:
    variant = quote_of(resources, RE_MENTION, "that river levels")
    assert (variant.speaker, variant.anonymous) == ("Mara Quillon", False)


def test_the_same_across_articles_of_a_story(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Rivers ran low.", RE_MENTION)[1] == ("Mara Quillon", False)


def test_someone_in_the_events_is_no_re_mention(resources: NlpResources) -> None:
    assert quote_of(resources, IN_THE_EVENTS, "he never saw").speaker != "Tobias Renn"


def test_someone_brought_in_with_a_is_no_re_mention(resources: NlpResources) -> None:
    variant = quote_of(resources, BROUGHT_IN, "that tariffs")
    assert variant.speaker != "Elsa Brandt" and variant.anonymous


def test_a_spokeswoman_is_no_re_mention_of_the_person_before(resources: NlpResources) -> None:
    assert quote_of(resources, SPOKESWOMAN, "the governor had").speaker != "Ida Marsh"


def test_a_title_written_before_the_name_must_agree(resources: NlpResources) -> None:
    assert quote_of(resources, TITLED_OTHERWISE, "the bill would pass").speaker != "Ana Ruiz"


def test_the_agency_is_the_body_whose_name_holds_and(resources: NlpResources) -> None:
    variant = quote_of(resources, AGENCY, "Customs and")
    assert (variant.speaker, variant.anonymous) == ("Customs and Border Protection", False)


def test_the_department_is_the_police_named_before(resources: NlpResources) -> None:
    variant = quote_of(resources, POLICE, "both men")
    assert (variant.speaker, variant.anonymous) == ("Lumo Harbor Police", False)


def _story_speakers(resources: NlpResources, text: str) -> dict[str, tuple[str | None, str | None]]:
    articles = [Article(id="a", source="a.txt", format="text", text=text)]
    parsed = parse(articles, resources, NlpConfig())
    found = attribute_speakers(find_quotes(parsed[0]), find_entities(parsed), {"a": text})
    return {v.content.text.split()[-1]: (v.speaker, v.entity) for v in found}


def test_a_joint_subject_names_both_and_keeps_the_first_entity(resources: NlpResources) -> None:
    found = _story_speakers(resources, JOINT)
    assert found["off"] == ("Lumo Motors and Kade Foods", "organisation:lumo-motors")
    assert found["all"][0] == "Lumo Health Agency and Borovia Disease Office"


def test_a_second_name_owning_the_source_is_no_joint_subject(resources: NlpResources) -> None:
    assert _story_speakers(resources, OWNED)["dead"][0] == "Lumo Motors"


def test_a_second_name_after_a_few_words_of_description_is_joined(resources: NlpResources) -> None:
    text = "Reporter Ana Ruiz and fellow Lumo Post journalist Ben Ode write that the plan failed."
    assert _story_speakers(resources, text)["failed"][0] == "Ana Ruiz and Ben Ode"


def _evidence(text: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence(article="a", start=start, end=start + len(words), text=words)


def _person(text: str, name: str) -> Entity:
    return Entity(id=f"person:{name}", name=name, type="person", mentions=[_evidence(text, name)], articles=1)


def _said(text: str, speaker: str, content: str) -> QuoteVariant:
    """An indirect quotation of ``content`` in ``text``, cued by 'said', its source ``speaker``."""
    return QuoteVariant(kind="indirect", content=_evidence(text, content), source=_evidence(text, speaker),
                        cue=_evidence(text, "said"), speaker=speaker)


def test_the_last_two_of_a_list_are_no_joint_subject() -> None:
    text = "Former mayors Ada Lee, Ana Ruiz and Ben Ode said the plan would fail."
    ruiz, ode = _person(text, "Ana Ruiz"), _person(text, "Ben Ode")
    variant = _said(text, "Ana Ruiz", "the plan would fail")
    assert joint_speaker(variant, ruiz, [ruiz, ode], {"a": text}) is None
    unlisted = text.replace("Ada Lee, ", "")
    variant = _said(unlisted, "Ana Ruiz", "the plan would fail")
    ruiz, ode = _person(unlisted, "Ana Ruiz"), _person(unlisted, "Ben Ode")
    assert joint_speaker(variant, ruiz, [ruiz, ode], {"a": unlisted}) == "Ana Ruiz and Ben Ode"


def test_a_name_after_the_verb_is_no_second_speaker() -> None:
    text = "Ana Ruiz and her brother said Ben Ode had left the town."
    ruiz, ode = _person(text, "Ana Ruiz"), _person(text, "Ben Ode")
    variant = _said(text, "Ana Ruiz", "Ben Ode had left the town")
    assert joint_speaker(variant, ruiz, [ruiz, ode], {"a": text}) is None


def test_the_second_name_as_written_where_its_entity_goes_on_past_it() -> None:
    text = "Ben Ode and Ana Ode said they would part."
    ben = _person(text, "Ben Ode")
    merged = Entity(id="person:ana-ode-foundation", name="Ana Ode Foundation", type="person",
                    mentions=[_evidence(text, "Ana Ode")], articles=1)
    variant = _said(text, "Ben Ode", "they would part")
    assert joint_speaker(variant, ben, [ben, merged], {"a": text}) == "Ben Ode and Ana Ode"


SPEECH = ("President Ana Ruiz spoke for an hour on Tuesday.\n\n"
          "President Ruiz's address to the assembly looked back over a hard year and declared \"the country is moving "
          "again.\"")


def test_a_speech_is_its_owners_words_with_the_owners_entity(resources: NlpResources) -> None:
    assert _story_speakers(resources, SPEECH)["again."] == ("Ana Ruiz", "person:ana-ruiz")


AS_CLAUSE = ("As Daniel Hoffman, of Lumo University, pointed out recently, the mayor\u2019s budget consists of "
             "\u201cslogans and wishful thinking\u2014an afterthought.\u201d")


def test_a_quotation_after_as_x_pointed_out_is_xs(resources: NlpResources) -> None:
    variant = quote_of(resources, AS_CLAUSE, "slogans")
    assert (variant.speaker, variant.anonymous) == ("Daniel Hoffman", False)
