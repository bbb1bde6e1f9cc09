"""quotes/terms.py: 'slammed <a long object> as “…”' credits the quoted words to the verb's subject when the parse
hangs the 'as' phrase on a verb inside the object (issue #19, E27's seed-107 reading: AllSides 5732#4 had no
speaker); in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

LONG_OBJECT = ("Mayor Ana Vell on Monday slammed the council\u2019s late vote to let the city's \u201charsh\u201d "
               "curfew stay in force as a \u201creckless attack on working families.\u201d")
SERVING = ("Mayor Ana Vell on Monday picked Teo Lask, who will stay in the post as a \u201ccaretaker for the "
           "families of the district\u201d until the spring.")


def _speaker(resources: NlpResources, text: str, words: str) -> str | None:
    return quote_of(resources, text, words).speaker


def test_the_judging_subject_owns_the_words_as_hung_far_below(resources: NlpResources) -> None:
    assert _speaker(resources, LONG_OBJECT, "reckless") == "Ana Vell"


def test_an_as_below_a_verb_that_judges_nothing_credits_no_one(resources: NlpResources) -> None:
    assert _speaker(resources, SERVING, "caretaker") is None
