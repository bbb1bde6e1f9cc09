"""quotes/speaking_documents.statute_clause: a partial quotation with no source in a clause whose subject is a text of
law ('the provision in Section 212 that bars … on the basis "creed, origin …"') is that text's wording, credited to
it, not left with no speaker (issue #19: AllSides 6058#3, R5s's seed-109 reading); a quotation someone is credited
with keeps that speaker; in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

STATUTE = ("The notice concerns one of the key parts of the Fair Housing Code \u2014 the provision in Section 212 that "
           "bars landlords and lenders from refusing tenants on the basis \"creed, origin, age or disability in "
           "certain housing programs.\"")
CREDITED = ("Senator Ana Vell said the provision in Section 212 bars landlords from refusing tenants on the basis of "
            "\"creed or origin\" and must stay.")


def _partials(resources: NlpResources, text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(resources, text) if q.kind == "partial"]


def test_a_statutes_wording_is_the_statutes(resources: NlpResources) -> None:
    assert _partials(resources, STATUTE) == ["Section 212"]


def test_a_credited_quotation_about_a_statute_keeps_its_speaker(resources: NlpResources) -> None:
    assert _partials(resources, CREDITED) == ["Ana Vell"]
