"""A full stop before a quotation that opens in lower case is an abbreviation's, not a sentence's end: 'the U.N.
“peace mission”' was read as a quotation opening its sentence, so a statement, and given to the last speaker
(issue #19; the pattern of the final honest reading R2's 'the U.S. “war on terror”', in texts written for these
tests)."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Camp news."
AFTER_ABBREVIATION = ("The Lumo government said on Monday that it had closed the camp.\n\nBuilt in 2009, the camp "
                      "came to stand for the failures of the U.N. \"peace mission\" in the hills.")
NEW_SENTENCE = ("The Lumo government said on Monday that it had closed the camp. \"We kept our word,\" Minister Ana "
                "Ruiz said.")


def test_a_term_after_an_abbreviation_is_no_statement(resources: NlpResources) -> None:
    assert [speaker for speaker, _ in second_article_speakers(resources, FIRST, AFTER_ABBREVIATION)] == [
        "The Lumo government"]


def test_a_capitalised_quotation_after_a_full_stop_opens_a_sentence(resources: NlpResources) -> None:
    assert [speaker for speaker, _ in second_article_speakers(resources, FIRST, NEW_SENTENCE)] == [
        "The Lumo government", "Ana Ruiz"]
