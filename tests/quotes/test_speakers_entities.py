"""Speakers and their entities (find_quotes, attribute_speakers): a she opening the text, a name modifying its
source, a joint subject's first entity, a speech as its owner's words. Texts written for these tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.extract import find_quotes

_GRIEF = ("“Nobody tells you how quiet a kitchen gets,” she said. “I still set out four plates.”\n\n"
          "Her son, Pell Dunmore, who liked kites and long bus rides, died on Tuesday.\n\n"
          "Varrow says she and her cousin had gone to buy bread while her girls, eight-year-old Tamsin and "
          "six-year-old Orla, stayed by the van.\n\n"
          "“We were gone two minutes at most,” she said. “Then we heard the pops.”\n\n"
          "She says she ran back across the lot.")


def _with_title(resources: NlpResources, title: str | None, text: str) -> dict[str, str | None]:
    article = Article(id="a", source="a.txt", format="text", text=text, title=title)
    return {q.content.text[:12]: q.speaker for q in find_quotes(parse([article], resources, NlpConfig())[0])}


def test_a_she_opening_the_text_is_the_person_the_title_names(resources: NlpResources) -> None:
    found = _with_title(resources, "Helen Varrow is learning to live with an empty chair at dinner.", _GRIEF)
    assert found["Nobody tells"] == "Helen Varrow"
    assert found["We were gone"] == found["Then we hear"] == found["she ran back"] == "Helen Varrow"
    assert _with_title(resources, None, _GRIEF)["Nobody tells"] == "she"


def _speakers(resources: NlpResources, text: str) -> list[str | None]:
    parsed = parse([Article(id="a", source="a.txt", format="text", text=text)], resources, NlpConfig())
    return [v.speaker for v in attribute_speakers(find_quotes(parsed[0]), find_entities(parsed))]


def test_a_name_that_modifies_its_source_is_not_the_speaker(resources: NlpResources) -> None:
    text = ("President Ana Lopez said on Monday that she would run again.\n\n"
            "The Lopez campaign said its spring total was its best so far, topping its prior high.")
    assert _speakers(resources, text) == ["Ana Lopez", "The Lopez campaign"]


def test_without_the_texts_the_description_stays_anonymous(resources: NlpResources) -> None:
    first = "House Speaker Ana Ruiz had a rough morning on the radio show on Tuesday as the host pressed her on taxes."
    second = "The House speaker said she could not tell how the plan would change the deficit in the coming years."
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", format="text", text=t) for i, t in enumerate((first, second))]
    parsed = parse(articles, resources, NlpConfig())
    found = attribute_speakers([v for p in parsed for v in find_quotes(p)], find_entities(parsed))
    assert [(v.speaker, v.anonymous) for v in found if v.content.article == "a1"] == [("The House speaker", True)]


JOINT = ("Lumo Motors and Kade Foods said on Monday that the merger was off.\n\n"
         "\u201cWe found no harm at all,\u201d the Lumo Health Agency and the Borovia Disease Office said.")


def _story_speakers(resources: NlpResources, text: str) -> dict[str, tuple[str | None, str | None]]:
    articles = [Article(id="a", source="a.txt", format="text", text=text)]
    parsed = parse(articles, resources, NlpConfig())
    found = attribute_speakers(find_quotes(parsed[0]), find_entities(parsed), {"a": text})
    return {v.content.text.split()[-1]: (v.speaker, v.entity) for v in found}


def test_a_joint_subject_names_both_and_keeps_the_first_entity(resources: NlpResources) -> None:
    found = _story_speakers(resources, JOINT)
    assert found["off"] == ("Lumo Motors and Kade Foods", "organisation:lumo-motors")
    assert found["all"][0] == "Lumo Health Agency and Borovia Disease Office"


OWNED = "Lumo Motors and Kade Foods's owner said the deal was dead. Kade Foods shares fell."


def test_a_second_name_owning_the_source_is_no_joint_subject(resources: NlpResources) -> None:
    assert _story_speakers(resources, OWNED)["dead"][0] == "Lumo Motors"


def test_a_second_name_after_a_few_words_of_description_is_joined(resources: NlpResources) -> None:
    text = "Reporter Ana Ruiz and fellow Lumo Post journalist Ben Ode write that the plan failed."
    assert _story_speakers(resources, text)["failed"][0] == "Ana Ruiz and Ben Ode"


SPEECH = ("President Ana Ruiz spoke for an hour on Tuesday.\n\n"
          "President Ruiz's address to the assembly looked back over a hard year and declared \"the country is moving "
          "again.\"")


def test_a_speech_is_its_owners_words_with_the_owners_entity(resources: NlpResources) -> None:
    assert _story_speakers(resources, SPEECH)["again."] == ("Ana Ruiz", "person:ana-ruiz")
