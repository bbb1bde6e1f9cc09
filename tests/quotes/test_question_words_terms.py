"""quotes/question_words.py: a word quoted from a question put to someone ('Asked whether the plan was “dead,” Vell
said …') is not the statement of the one who answers, and a term someone rejects ('rejected the term “bailout”') is
not theirs (issue #19; the pattern of E30's seed-114 reading, AllSides 5946, in texts written for these tests)."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

ASKED = "Asked whether the ferry plan was \u201cdead,\u201d Mayor Ilse Vell said it would return next spring."
ASKED_BY = ("When asked why she was \u201chopeful\u201d about the vote, Senator Maren Ortan said the count was "
            "close.")
ASKING = "Senator Maren Ortan asked why the council was \u201chiding the numbers\u201d from voters."
REJECTED = ("Mayor Dario Pell rejected the term \u201cbailout,\u201d saying the loans to the mill would be repaid "
            "within five years.")
ANSWER = ("Asked about the ferry plan, Mayor Ilse Vell said it was \u201cnot dead yet\u201d and would return next "
          "spring.")


def test_a_questions_quoted_word_is_not_the_answerers(resources: NlpResources) -> None:
    assert [q.content.text for q in quotes_of(resources, ASKED) if q.kind == "partial"] == []


def test_a_quoted_word_after_when_asked_why_is_not_the_answerers(resources: NlpResources) -> None:
    assert [q.content.text for q in quotes_of(resources, ASKED_BY) if q.kind == "partial"] == []


def test_a_rejected_term_is_not_the_rejecters_statement(resources: NlpResources) -> None:
    assert [q.content.text for q in quotes_of(resources, REJECTED) if q.kind == "partial"] == []


def test_words_of_the_answer_after_a_question_stay(resources: NlpResources) -> None:
    assert [q.speaker for q in quotes_of(resources, ANSWER) if q.kind == "partial"] == ["Ilse Vell"]


def test_the_askers_own_words_stay_hers(resources: NlpResources) -> None:
    assert [q.speaker for q in quotes_of(resources, ASKING) if q.kind == "partial"] == ["Maren Ortan"]
