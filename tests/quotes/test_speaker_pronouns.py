"""Who 'he' or 'she' stands for as a quotation's source: the gender the article gives each person (an honorific,
the subject pronoun that follows them) rules out the people of the other gender. Texts written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quoted_texts import quotes_of

from newsprism.quotes.gender import bare_pronoun, gender_of_pronoun, genders

CASES = [  # case, text, the quoted words, who the pronoun stands for
    ("'she' passes over a nearer man the article calls 'he'",
     "Ada Lindqvist said she would ask the board to vote on Monday. Hugo Brandt, the mayor, told reporters he "
     "would wait. “We have waited long enough,” she said.", "We have waited long enough", "Ada Lindqvist"),
    ("'he' passes over a nearer woman the article calls 'she'",
     "Tomas Reyes said he had read the report twice. Lena Okafor said she had not. “The numbers do "
     "not add up,” he said.", "The numbers do not add up", "Tomas Reyes"),
    ("an honorific tells the gender",
     "Councillor Dana Whitlock opened the meeting at noon. Then Mr. Ruiz asked about the roads. “There "
     "is no money left,” she said.", "There is no money left", "Dana Whitlock"),
    ("two people of one surname: the one the article calls 'she'",
     "Maria Varga said she was worn out by the quarrel. Paul Varga said he was not. “We will appeal the ruling,” "
     "she said.", "We will appeal the ruling", "Maria Varga"),
    ("without any evidence of gender the nearest subject is kept",
     "Noor Haddad chaired the hearing on Monday. “The hearing is closed,” she said.", "The hearing is closed",
     "Noor Haddad"),
]


@pytest.mark.parametrize(("case", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_pronoun_speaker(resources, case: str, text: str, words: str, speaker: str) -> None:
    found = [q for q in quotes_of(resources, text) if q.content.text == words]
    assert found, (case, [q.content.text for q in quotes_of(resources, text)])
    assert found[0].speaker == speaker, (case, found[0].source, found[0].speaker)


@pytest.mark.parametrize(("word", "bare", "gender"), [
    ("she’s", "she", "f"), ("He'd", "he", "m"), ("him", "him", "m"), ("Her", "her", "f"), ("I", "i", None),
    ("they", "they", None), ("Shea", "shea", None),
])
def test_pronoun_words(word: str, bare: str, gender: str | None) -> None:
    assert bare_pronoun(word) == bare
    assert gender_of_pronoun(word) == gender


@pytest.mark.parametrize(("evidence", "expected"), [
    ([("Ada Park", "f"), ("Ada Park", "f"), ("Ada Park", "m")], {"ada park": "f"}),
    ([("Ada Park", "f"), ("Ada Park", "m")], {}),
    ([("Ada Park", None), ("Hugo Brandt", "m")], {"hugo brandt": "m"}),
])
def test_gender_by_majority(evidence, expected) -> None:
    assert genders(evidence) == expected


@given(st.lists(st.tuples(st.sampled_from(["Ada Park", "Hugo Brandt"]), st.sampled_from(["m", "f", None]))))
def test_gender_never_against_the_majority(evidence) -> None:
    for name, gender in genders(evidence).items():
        votes = [g for n, g in evidence if n.lower() == name and g is not None]
        assert votes.count(gender) > len(votes) / 2
