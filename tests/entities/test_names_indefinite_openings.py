"""entities/names.py: an indefinite article opening a body's span ("A Lumo Drug Agency panel voted") is no part of
its name, as "the" is not; a work's title keeps it. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.names import clean_span
from newsprism.nlp.resources import NlpResources


def test_a_body_named_at_the_texts_first_word_drops_the_article(resources: NlpResources) -> None:
    index = analyse(resources, "A Varnholt Drug Administration advisory panel voted on Friday to back the pills.",
                    "The Varnholt Drug Administration said the panel would meet again in May.")
    names = {entity.name for entity in index.entities}
    assert "Varnholt Drug Administration" in names
    assert not any(name.startswith("A ") for name in names)


def test_an_article_before_a_place_or_body_is_cut_and_a_works_kept() -> None:
    text = "An Ostrava Rail Board study"
    assert clean_span(text, 0, len("An Ostrava Rail Board"), "organisation") == (3, len("An Ostrava Rail Board"))
    title = "A Quiet Harbour"
    assert clean_span(title, 0, len(title), "work") == (0, len(title))
    assert clean_span("A Lee", 0, 5, "person") == (0, 5)
