"""quotes/people.py: the people a text names (title_people, people_in): a headline in capitals names no one; a
place after 'in' and a run with a body word are no people. Texts written for these tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes.people import people_in, title_people


def test_a_headline_in_capitals_names_no_one() -> None:
    assert [m.text for m in title_people("Helen Varrow mourns a son lost on Tuesday")] == ["Helen Varrow"]
    assert title_people("Helen Varrow Mourns Son Lost In Parking Lot Shooting") == []
    assert title_people("Portvale police say Tamsin Road reopened") == []


def test_a_place_after_in_and_a_run_with_a_body_word_are_no_people(resources: NlpResources) -> None:
    text = ("The two men were taken to Kestrel Hospital in Ruby Glen. Troy Police Lt. Dale Wren said the car had left "
            "the lot.")
    parsed = parse([Article(id="a", source="a.txt", format="text", text=text)], resources, NlpConfig())[0]
    assert [m.text for m in people_in(parsed.paragraphs)] == ["Dale Wren"]
