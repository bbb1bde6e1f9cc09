"""A quotation mark glued between punctuation and a word (a space lost in scraped text) is its own token."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp.sentences import parse
from newsprism.quotes.extract import find_quotes


@pytest.mark.parametrize(("text", "tokens"), [
    ("“The roads are closed,”Ines Calloway said.", ["closed", ",", "”", "Ines"]),
    ("The vote ended.“We won,” she said.", ["ended", ".", "“", "We"]),
    ('He said "no," and the U.S. left.', ["no", ",", '"', "and", "the", "U.S."]),   # unchanged where spaced
])
def test_glued_quotation_marks_are_split(resources, text: str, tokens: list[str]) -> None:
    words = [token.text for token in resources.spacy(text)]
    start = words.index(tokens[0])
    assert words[start:start + len(tokens)] == tokens


def test_glued_closing_mark_keeps_its_speaker(resources) -> None:
    text = "The storm moved east overnight.\n\n“The roads will stay closed until noon,”Ines Calloway said on Friday."
    article = Article(id="a", source="a.txt", format="text", text=text)
    quotes = find_quotes(parse([article], resources, NlpConfig())[0])
    assert [(q.content.text, q.source.text if q.source else None) for q in quotes] == [
        ("The roads will stay closed until noon", "Ines Calloway")]
