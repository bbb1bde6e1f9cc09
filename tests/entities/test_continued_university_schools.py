"""A university's possessive before its school is the school, a body: "Princeton’s T.H. Venn School of Public
Affairs" (tagged a person by spaCy) gave a person "Princeton" (issue #19: D22's seed-94 reading, AllSides 5658)."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.continued import continued
from newsprism.nlp.resources import NlpResources


def _records(resources: NlpResources, text: str) -> dict[str, tuple[str, set[str]]]:
    index = analyse(resources, text)
    return {entity.name: (entity.type, {m.text for m in entity.mentions}) for entity in index.entities}


def test_a_university_before_its_school_is_no_person(resources: NlpResources) -> None:
    records = _records(resources, "The study had authors from Yale School of Law, Princeton’s T.H. Venn School of"
                       " Public Affairs and the University of Kadeh.")
    assert "Princeton" not in records
    assert records["Princeton’s T.H. Venn School of Public Affairs"][0] == "organisation"


def test_a_persons_possessive_before_a_school_keeps_the_person() -> None:
    text = "Ana Lorrin's Kade Valley High School"
    assert continued(text, 0, len(text), "person") == (len(text), "person")
