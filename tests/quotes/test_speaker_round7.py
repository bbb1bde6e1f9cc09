"""Speakers as issue #19's seventh fresh round showed them going wrong, in texts written for these tests: a name
after a rank's short form the parse cut off, a title and 'of the' before the name, a subject ending inside a
quotation, the namesake who already spoke."""

from __future__ import annotations

from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources
from newsprism.quotes.people import PersonMention
from newsprism.quotes.speakers import SpeakerResolver


def test_a_name_after_a_ranks_short_form_is_the_speaker(resources: NlpResources) -> None:
    text = ("“The wound looks to be self-inflicted,” said Lumvale Police Lt. Kevin Tarvo. “We are not looking for "
            "anybody else.”")
    assert quote_of(resources, text, "The wound").speaker == "Kevin Tarvo"


def test_a_title_of_the_country_before_the_name() -> None:  # NeuS train 1017
    text = "Chief Justice of the United States Ana Tarvo on Wednesday issued a rare rebuke."
    resolver = SpeakerResolver([PersonMention(text.index("Ana"), text.index(" on"), "Ana Tarvo")], text=text)
    assert resolver.resolve("Chief Justice", 0) == "Ana Tarvo"


def test_a_subject_ending_inside_a_quotation_is_no_speaker(resources: NlpResources) -> None:
    text = ("A woman who lives across the street described the family as very caring, loving, “great people” who "
            "would always ask her how they could help out.\n\n“It's hard to believe,” she said.")
    found = quotes_of(resources, text)
    assert all("“" not in (q.speaker or "") and "great people" not in (q.speaker or "") for q in found)


def test_of_namesakes_the_one_who_already_spoke() -> None:
    text = ("Ben Tarvo and his wife, Cora Tarvo, were found dead. “This is a quiet family,” Kevin Tarvo said. "
            "Neighbors heard nothing, Tarvo said.")
    people = [PersonMention(text.index(name), text.index(name) + len(name), name)
              for name in ("Ben Tarvo", "Cora Tarvo", "Kevin Tarvo")]
    people.append(PersonMention(text.rindex("Tarvo said"), text.rindex("Tarvo said") + 5, "Tarvo"))
    resolver = SpeakerResolver(people, text=text)
    assert resolver.resolve("Tarvo", text.rindex("Tarvo said")) == "Kevin Tarvo"


def test_a_possessor_ending_in_s_is_no_speaker() -> None:
    text = "“He shot him three times,” said Barnes’ mother Rhonda. Rhonda Barnes says she grieves."
    people = [PersonMention(text.index("Barnes’"), text.index("Barnes’") + 6, "Barnes"),
              PersonMention(text.index("Rhonda."), text.index("Rhonda.") + 6, "Rhonda"),
              PersonMention(text.index("Rhonda Barnes"), text.index("Rhonda Barnes") + 13, "Rhonda Barnes")]
    resolver = SpeakerResolver(people, text=text)
    start = text.index("Barnes’")
    assert resolver.resolve("Barnes’ mother Rhonda", start) == "Rhonda Barnes"


def test_a_described_source_said_to_be_named() -> None:
    text = "A woman on the scene named Ruth Hartley said one of the victims was her husband."
    resolver = SpeakerResolver([PersonMention(text.index("Ruth"), text.index(" said"), "Ruth Hartley")], text=text)
    assert resolver.resolve("A woman", 0) == "Ruth Hartley"


def test_a_time_is_no_speaker(resources: NlpResources) -> None:
    text = ("The patrol sent an alert to county residents around 8:45 a.m., that says the man should be considered "
            "armed and dangerous.")
    assert all("a.m." not in (q.speaker or "") for q in quotes_of(resources, text))
