"""Sources as a journalist counts them (issue #19): a described source stays the speaker and is anonymous, a
possessor or a name modifying a noun never speaks, a title phrase before a name goes, idioms and quoted terms
are no statements. Texts written for these tests."""

from __future__ import annotations

import pytest
from quoted_texts import quotes_of

from newsprism.nlp import NlpResources
from newsprism.quotes.descriptions import described
from newsprism.quotes.people import bare_name

CASES = [  # text, the speaker, anonymous?
    ('"The parcels will arrive late for weeks," the country\'s postmaster general said on Monday.',
     "the country's postmaster general", True),
    ('"We are not slowing the parcels," New Postmaster General Ray Dolan said.', "Ray Dolan", False),
    ('"The simulator course was far too short," a former Kestrel instructor pilot said.',
     "a former Kestrel instructor pilot", True),
    ('"The threat remains high," a senior U.S. intelligence official told reporters.',
     "a senior U.S. intelligence official", True),
    ('"My client is innocent," Mr Adler\'s lawyer said.', "Mr Adler's lawyer", True),
    ('"We will appeal the ruling," said Vantor, the company that Mr Reyes accused.', "Vantor", False),
]


@pytest.mark.parametrize("text, speaker, anonymous", CASES)
def test_described_and_named_sources(resources: NlpResources, text: str, speaker: str, anonymous: bool) -> None:
    (quote,) = quotes_of(resources, text)
    assert (quote.speaker, quote.anonymous) == (speaker, anonymous)


def test_a_pronoun_after_a_described_source_is_never_the_name_inside_the_description(
        resources: NlpResources) -> None:
    text = ('"The cabin filled with smoke," a former Kestrel instructor pilot said. '
            '"I had never seen that," she said.')
    speakers = [q.speaker for q in quotes_of(resources, text)]
    assert "Kestrel" not in speakers


def test_idioms_and_quoted_terms_are_no_statements(resources: NlpResources) -> None:
    text = ('All told, "the device is a phablet," the reviewer wrote. '
            'The new model is a "phablet" in all but name.')
    quotes = quotes_of(resources, text)
    assert [q.speaker for q in quotes] == ["the reviewer"]
    assert all(q.speaker != "All" for q in quotes)


@pytest.mark.parametrize("written, name", [
    ("New Postmaster General Ray Dolan", "Ray Dolan"),
    ("Secretary of State Ana Lee", "Ana Lee"),
    ("Ana Lee", "Ana Lee"),
    ("Mr. Putin's", "Putin"),
])
def test_bare_name_drops_a_title_phrase_before_a_full_name(written: str, name: str) -> None:
    assert bare_name(written) == name


@pytest.mark.parametrize("speaker, expected", [
    ("a senior official", True), ("Mr Adler's lawyer", True), ("the ministry's spokesman", True),
    ("the ministry", False),  # a body speaking on the record, no unnamed person (issue #19's fourteenth round)
    ("Ray Dolan", False), ("she", False), (None, False),
])
def test_described(speaker: str | None, expected: bool) -> None:
    assert described(speaker) is expected


def test_signed_quotations_one_per_line_are_each_a_statement_of_their_signer(resources: NlpResources) -> None:
    """Readers' answers printed one per line, each signed after a quotation dash: the signature ends no sentence
    with a full stop, yet the next line's quotation opens a new one (it was read as a few quoted words)."""
    text = ("Readers told us what they thought of the debate.\n"
            "“The harbour plan makes no sense to me.” ― Lena Morvik\n"
            "“Short answers, long pauses.” ― Tomas Ekholt\n"
            "“I will vote for the ferry levy after all.” ― Ana Ruiz\n")
    found = [(q.kind, q.speaker) for q in quotes_of(resources, text) if q.kind != "indirect"]
    assert found == [("direct", "Lena Morvik"), ("direct", "Tomas Ekholt"), ("direct", "Ana Ruiz")]


def test_said_in_a_statement_that_reports_the_clause(resources: NlpResources) -> None:
    found = quotes_of(resources, "The Kessel Water Trust said in a statement that the lake was fine to swim in again.")
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "The Kessel Water Trust")]
    assert found[0].content.text.endswith("fine to swim in again")
