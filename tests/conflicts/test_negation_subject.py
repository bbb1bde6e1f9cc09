"""A passive negation is said of its subject: two sentences flip only when both name it (issue #18, NeuS train 321
shape, invented wording)."""

import pytest
from conflict_sentences import sentence

from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.negations import passive_subject
from newsprism.values import read

OTHER_THING = [
    ("The mayor of Velden on Friday confirmed accounts that she is weighing a run for the regional council.",
     "The mayor of Velden hinted on Friday that she would run for the regional council, though the scheme has "
     "not been confirmed yet."),
    ("The harbour board approved reports that the ferry line will stop at Kessa island next spring.",
     "The ferry line will stop at Kessa island next spring, the harbour board said, but the timetable was not "
     "approved."),
]

SAME_THING = [
    ("The harbour board approved the timetable for the Kessa ferry.",
     "The timetable for the Kessa ferry was not approved by the harbour board."),
    ("The regional council confirmed the plans for a new tram depot.",
     "The plans for a new tram depot have not been confirmed by the regional council."),
    ("The company has paid the fine.", "The company has not paid the fine."),
]


@pytest.mark.parametrize(("a", "b"), OTHER_THING)
def test_negation_of_another_subject_is_no_flip(a: str, b: str) -> None:
    assert not [d for d in disagreements(sentence(a), sentence(b)) if d.kind == "negation"]


@pytest.mark.parametrize(("a", "b"), SAME_THING)
def test_negation_of_the_same_subject_flips(a: str, b: str) -> None:
    assert [d for d in disagreements(sentence(a), sentence(b)) if d.kind == "negation"]


@pytest.mark.parametrize(("text", "subject"), [
    ("Residents said the scheme has not been confirmed.", "scheme"),
    ("The bridge was not closed after the storm.", "bridge"),
    ("It was not approved.", ""),
    ("The company has not paid the fine.", ""),
])
def test_passive_subject(text: str, subject: str) -> None:
    assert passive_subject(text, read(text).negations[0]) == subject
