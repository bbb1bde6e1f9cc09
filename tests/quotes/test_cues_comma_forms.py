"""quotes/cues.py, cue_subjects.py: a cue's third-person form between a noun and a comma or colon that opens a
quotation ('The charter states, “…”', 'The memo (pdf) notes, “…”') is the verb, its subject the noun before; the
tagger read 'states' there as a plural noun, so the quotation had no speaker (issue #19; the pattern of R3s's
honest reading, in texts written for these tests). A capitalised name ('the United States, “…”') stays no cue."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources
from newsprism.quotes.cues import is_cue

CHARTER = ("Mayor Lena Hallo on Tuesday signed a charter for the harbour board.\n\n"
           "The charter states, \u201cNo member of the board may hold a contract with the port for any reason of "
           "trade, kinship or past service.\u201d")
MEMO = ("Mayor Lena Hallo on Tuesday sent a memo to the harbour board.\n\n"
        "The new memo (pdf) notes, \u201cNo member of the board may hold a contract with the port while in office "
        "for any reason.\u201d")


def test_states_before_a_comma_and_a_quotation_is_the_charters_verb(resources: NlpResources) -> None:
    assert (quote_of(resources, CHARTER, "No member").speaker or "").lower().endswith("charter")


def test_a_parenthesis_between_the_noun_and_the_cue_is_passed_over(resources: NlpResources) -> None:
    assert (quote_of(resources, MEMO, "No member").speaker or "").lower().endswith("memo")


def test_a_capitalised_name_before_a_quotation_is_no_cue(resources: NlpResources) -> None:
    doc = resources.spacy("Envoys of the United States, \u201ca partner for seventy years,\u201d signed first.")
    assert not any(is_cue(token) for token in doc if token.lower_ == "states")
