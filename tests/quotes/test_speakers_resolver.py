"""quotes/speakers.py's SpeakerResolver on given people (PersonMention): a title of the country before the
name, of namesakes the one who already spoke, a possessor ending in 's', a described source said to be named. Texts
written for these tests."""

from __future__ import annotations

from newsprism.quotes.people import PersonMention
from newsprism.quotes.speakers import SpeakerResolver


def test_a_title_of_the_country_before_the_name() -> None:  # NeuS train 1017
    text = "Treasurer of the United States Ana Tarvo on Wednesday sent a sharp letter."
    resolver = SpeakerResolver([PersonMention(text.index("Ana"), text.index(" on"), "Ana Tarvo")], text=text)
    assert resolver.resolve("Treasurer", 0) == "Ana Tarvo"


def test_of_namesakes_the_one_who_already_spoke() -> None:
    text = ("Ben Tarvo and his wife, Cora Tarvo, were found dead. “This is a quiet family,” Kevin Tarvo said. "
            "Neighbors heard nothing, Tarvo said.")
    people = [PersonMention(text.index(name), text.index(name) + len(name), name)
              for name in ("Ben Tarvo", "Cora Tarvo", "Kevin Tarvo")]
    people.append(PersonMention(text.rindex("Tarvo said"), text.rindex("Tarvo said") + 5, "Tarvo"))
    resolver = SpeakerResolver(people, text=text)
    assert resolver.resolve("Tarvo", text.rindex("Tarvo said")) == "Kevin Tarvo"


def test_a_possessor_ending_in_s_is_no_speaker() -> None:
    text = "“He fired at him twice,” said Voss’ mother Della. Della Voss says she cannot sleep."
    people = [PersonMention(text.index("Voss’"), text.index("Voss’") + 4, "Voss"),
              PersonMention(text.index("Della."), text.index("Della.") + 5, "Della"),
              PersonMention(text.index("Della Voss"), text.index("Della Voss") + 10, "Della Voss")]
    resolver = SpeakerResolver(people, text=text)
    start = text.index("Voss’")
    assert resolver.resolve("Voss’ mother Della", start) == "Della Voss"


def test_a_described_source_said_to_be_named() -> None:
    text = "A woman at the site named Rhea Lomax said her husband was among those shot."
    resolver = SpeakerResolver([PersonMention(text.index("Rhea"), text.index(" said"), "Rhea Lomax")], text=text)
    assert resolver.resolve("A woman", 0) == "Rhea Lomax"
