"""A person the title names stands before the text and has no span in it: a quotation in the text that names no
speaker is never credited to them with a span outside the text (issue #18: such a story stopped the analysis).
Texts written for this test."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes.extract import find_quotes
from newsprism.quotes.people import title_people

_TITLE = "Lumo Outfitters drops a jacket honoring Marta Quill after online protests."
_TEXT = ("Lumo Outfitters kept to its choice to withdraw the winter jackets from shops, though the decision pulled "
         "the retailer into another quarrel over symbols and drew sharp words from several regional councils. "
         "“We often pull designs, colors and whole lines from our catalog.")


def test_the_title_names_the_person() -> None:
    assert [m.text for m in title_people(_TITLE)] == ["Marta Quill"]


def test_a_quotation_after_a_title_person_has_no_span_outside_the_text(resources: NlpResources) -> None:
    article = Article(id="a", source="a.txt", format="text", text=_TEXT, title=_TITLE)
    quotes = find_quotes(parse([article], resources, NlpConfig())[0])
    assert [q.content.text[:10] for q in quotes] == ["We often p"]
    source = quotes[0].source
    assert source is None or (0 <= source.start < source.end <= len(_TEXT)
                              and source.text == _TEXT[source.start:source.end])
