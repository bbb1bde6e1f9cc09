"""'The company said' read as the one company its article names before, where spaCy tagged the maker's name a person
(quotes/named_companies.py, through :func:`~newsprism.quotes.attribute_speakers`). Texts written for these tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.extract import find_quotes

MAKER = ("Veltrix’s COVID-19 vaccine was found to guard adults over 80 with no grave side effects, the drugmaker said "
         "Thursday.\n\nThe vaccine, developed by Veltrix and its Danish partner Holmgard, produced a “strong” immune "
         "reaction in older patients during the trials, according to the company.")


def _speakers(resources: NlpResources, text: str) -> dict[str, tuple[str | None, bool]]:
    article = Article(id="a", source="a.txt", format="text", text=text)
    parsed = parse([article], resources, NlpConfig())
    found = attribute_speakers(find_quotes(parsed[0]), find_entities(parsed), {"a": text})
    return {v.content.text: (v.speaker, v.anonymous) for v in found}


def test_the_company_after_a_maker_tagged_a_person_is_the_maker(resources: NlpResources) -> None:
    assert _speakers(resources, MAKER)["strong"] == ("Veltrix", False)


def test_the_company_stays_a_description_where_the_article_names_two_companies(resources: NlpResources) -> None:
    text = ("Norvane Motors Inc. and Pellio Foods Corp. signed a supply deal on Monday.\n\nSales of the new van "
            "will be “very strong” next year, according to the company.")
    assert _speakers(resources, text)["very strong"][0] == "the company"
