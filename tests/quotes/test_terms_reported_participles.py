"""quotes/terms: quoted words on a participle of a clause whose subject is a person ('Dr. Mira Kovac traded notes
…, conceding the "…" and pledging to "…," a new review revealed') are that person's, not the review's that frames the
clause; a thing's clause ('An audit revealed that the bridge was a "costly failure"') stays the audit's. Texts
written for these tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

REPORT = ("Dr. Mira Kovac traded notes with a Danish health official early in the outbreak, conceding the \"loud "
          "voices out there\" and pledging to \"beat this thing side by side,\" a new review revealed Monday.")
AUDIT = "An audit released on Friday revealed that the new bridge was a \"costly failure\" from the start."


def test_words_on_a_person_s_participles_are_hers_not_the_report_s(resources: NlpResources) -> None:
    assert [quote_of(resources, REPORT, words).speaker for words in ("loud", "beat")] == ["Mira Kovac"] * 2


def test_words_in_a_thing_s_clause_stay_the_revealing_audit_s(resources: NlpResources) -> None:
    assert quote_of(resources, AUDIT, "costly").speaker == "An audit"
