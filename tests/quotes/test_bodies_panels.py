"""'The <x> panel' read as the one committee or commission its article names before it (quotes/bodies.py, through
:func:`~newsprism.quotes.attribute_speakers`). Texts written for these tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.extract import find_quotes


def _speakers(resources: NlpResources, text: str) -> dict[str, tuple[str | None, bool]]:
    article = Article(id="a", source="a.txt", format="text", text=text)
    parsed = parse([article], resources, NlpConfig())
    found = attribute_speakers(find_quotes(parsed[0]), find_entities(parsed), {"a": text})
    return {v.content.text: (v.speaker, v.anonymous) for v in found}


def test_the_panel_is_the_one_committee_named_before(resources: NlpResources) -> None:
    text = ("The Lumo Senate Ports Committee said Monday it had obtained shipping logs from the harbour authority.\n\n"
            "The ports panel said the logs showed a “deliberate pattern” of delays by the authority's chief.")
    assert _speakers(resources, text)["deliberate pattern"] == ("Lumo Senate Ports Committee", False)


def test_the_panel_stays_a_description_where_two_committees_are_named(resources: NlpResources) -> None:
    text = ("The Lumo Senate Ports Committee and the Kade House Rail Committee said Monday they had obtained shipping "
            "logs.\n\nThe ports panel said the logs showed a “deliberate pattern” of delays by the authority's chief.")
    assert _speakers(resources, text)["deliberate pattern"][0] != "Lumo Senate Ports Committee"
