"""Slots a rewrite changed: substitutions are listed, omissions and rewordings of the same value are not."""

from __future__ import annotations

import pytest

from newsprism.model import EntityMention, Sentence
from newsprism.reuse.changes import differences


def _sentence(text: str, *entities: tuple[str, str]) -> Sentence:
    mentions = [EntityMention(text=t, label=label, start=text.index(t), end=text.index(t) + len(t))
                for t, label in entities]
    return Sentence(start=0, end=len(text), text=text, entities=mentions)


CASES = [
    # (a, b, expected (kind, a value, b value) list)
    (_sentence("Fourteen people were hurt on Tuesday."), _sentence("41 people were hurt on Tuesday."),
     [("number", "Fourteen people", "41 people")]),
    (_sentence("He travelled 10 miles on Tuesday."), _sentence("He travelled 16 km on Tuesday."), []),
    (_sentence("The city paid $50 million."), _sentence("The city paid $80 million."),
     [("number", "$50 million", "$80 million")]),
    (_sentence("The vote was held on Nov. 8."), _sentence("The vote was held on Nov. 12."),
     [("date", "Nov. 8", "Nov. 12")]),
    (_sentence("The vote was held on Nov. 8."), _sentence("The vote was held on November 8, 2015."), []),
    (_sentence("The crash happened on Tuesday."), _sentence("The crash happened on Monday."),
     [("date", "Tuesday", "Monday")]),
    (_sentence("He last visited in 2019."), _sentence("He last visited in 2016."), [("date", "2019", "2016")]),
    (_sentence("Dahl said the port was closed.", ("Dahl", "PERSON")),
     _sentence("Varga said the port was closed.", ("Varga", "PERSON")), [("name", "Dahl", "Varga")]),
    (_sentence("They met in Portvale.", ("Portvale", "GPE")), _sentence("They met in Holm.", ("Holm", "GPE")),
     [("place", "Portvale", "Holm")]),
    (_sentence('"We will rebuild the pier," she said.'), _sentence('"We are going to rebuild the pier," she said.'),
     [("quote", "We will rebuild the pier,", "We are going to rebuild the pier,")]),
    # no change: same value written differently, or a value left out
    (_sentence("Two ships collided."), _sentence("2 ships collided."), []),
    (_sentence("The 1,800 containers were unharmed."), _sentence("The 1800 containers were unharmed."), []),
    (_sentence("Fourteen people were hurt on Tuesday."), _sentence("Fourteen people were hurt."), []),
    (_sentence("The U.S. warned Russia.", ("U.S.", "GPE")), _sentence("The US warned Russia.", ("US", "GPE")), []),
    (_sentence("Officials of the Munitions Industry Department came.", ("Munitions Industry Department", "ORG")),
     _sentence("Officials of the Munitions Industrial Department came.", ("Munitions Industrial Department", "ORG")),
     []),
]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_differences(a: Sentence, b: Sentence, expected: list[tuple[str, str, str]]) -> None:
    assert list(differences(a, b)) == expected
