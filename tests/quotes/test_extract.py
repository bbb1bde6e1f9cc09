"""find_quotes on short articles written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from quoted_texts import quotes_of

from newsprism.model import QuoteVariant
from newsprism.quotes.marks import find_marked


def only(quotes: list[QuoteVariant], kind: str) -> list[QuoteVariant]:
    return [q for q in quotes if q.kind == kind]


CASES = [  # text, quoted words, source words, speaker
    ('"The bridge will reopen in May," said Marta Delgado, the town engineer.',
     "The bridge will reopen in May", "Marta Delgado", "Marta Delgado"),
    ('Marta Delgado told reporters: "The bridge will reopen in May."',
     "The bridge will reopen in May.", "Marta Delgado", "Marta Delgado"),
    ('Town engineer Marta Delgado inspected the site on Monday.\n\n“We found no cracks at all,” she said.',
     "We found no cracks at all", "she", "Marta Delgado"),
    ('Oskar Lindqvist spoke first. “Nobody expected the river to rise so fast,” Lindqvist said.',
     "Nobody expected the river to rise so fast", "Lindqvist", "Oskar Lindqvist"),
    ("Lee Min-jun leads the delegation. Lee Soo-ah, an economist, was not convinced. "
     '"The plan is too vague," Lee said.', "The plan is too vague", "Lee", "Lee Soo-ah"),
    ("The flood was the worst in decades, according to Henrik Sorensen, the mayor.",
     "The flood was the worst in decades", "Henrik Sorensen", "Henrik Sorensen"),
    ("Boats pulled everyone out of the water, according to the coast guard, which said two divers had helped.",
     "two divers had helped", "the coast guard", "the coast guard"),
    ('The two candidates disagreed on the port.\n\nAlvarez: "We will sell the port to the highest bidder."',
     "We will sell the port to the highest bidder.", "Alvarez", "Alvarez"),
    ('Nadia Osei spoke after the vote.\n\n"Taxes on small farms have doubled since 2010."\n\n- Nadia Osei.\n\n'
     'The claim is mostly true.', "Taxes on small farms have doubled since 2010.", "Nadia Osei", "Nadia Osei"),
]


@pytest.mark.parametrize(("text", "words", "source", "speaker"), CASES)
def test_quote_speaker_and_content(resources, text: str, words: str, source: str, speaker: str) -> None:
    quotes = quotes_of(resources, text)
    found = [q for q in quotes if q.content.text == words]
    assert found, [q.content.text for q in quotes]
    assert found[0].source is not None and found[0].source.text == source
    assert found[0].speaker == speaker


def test_standalone_paragraph_takes_the_previous_speaker(resources) -> None:
    text = ('"The harvest was poor this year," said Ingrid Novak, who runs the cooperative.\n\n'
            '"We will need help from the county before the winter comes."')
    quotes = only(quotes_of(resources, text), "direct")
    assert [q.speaker for q in quotes] == ["Ingrid Novak", "Ingrid Novak"]
    assert quotes[1].content.text.startswith("We will need help")


def test_a_quote_running_over_two_paragraphs_is_one_quote(resources) -> None:
    text = ('Councillor Amos Whitfield spoke for an hour. He said: "The budget is too small for the roads.\n\n'
            '"And the schools need new roofs before the rains," he went on.')
    quotes = only(quotes_of(resources, text), "direct")
    assert len(quotes) == 1
    assert quotes[0].content.text.startswith("The budget is too small")
    assert quotes[0].content.text.endswith("before the rains")
    assert quotes[0].speaker == "Amos Whitfield"


@pytest.mark.parametrize(("text", "kind", "words"), [
    ('The senator called the vote a "sacred fight" for the valley.', "partial", "sacred fight"),
    ("The senator called the vote a “sacred fight” for the valley.", "partial", "sacred fight"),
    ("“We will win,” said Senator Clara Mbeki.", "direct", "We will win"),
    ("The minister’s plan, she said, was ‘dead on arrival’ in the chamber.", "partial", "dead on arrival"),
    ("\u202a“We are ready for the storm,”\u202c said Ana Ruiz.", "direct", "We are ready for the storm"),
    ("Lena Park said, “Probably.”", "direct", "Probably."),
    ("Gupta mocked the mayor - “He would have sold it,” Mr. Gupta said - and left.", "direct", "He would have sold it"),
])
def test_marks_and_kinds(resources, text: str, kind: str, words: str) -> None:
    quotes = quotes_of(resources, text)
    assert [(q.kind, q.content.text) for q in quotes if q.kind != "indirect"] == [(kind, words)]


@pytest.mark.parametrize("text", [
    "The farmers’ market opened on Saturday and the town’s mayor didn’t attend.",
    "Rain fell all week. The river rose two metres and the bridge was closed.",
])
def test_no_quotes(resources, text: str) -> None:
    assert quotes_of(resources, text) == []


def test_indirect_speech(resources) -> None:
    text = "Mayor Petra Holm said that the bridge would reopen after the inspection in the spring."
    quotes = quotes_of(resources, text)
    assert [q.kind for q in quotes] == ["indirect"]
    assert "the bridge would reopen" in quotes[0].content.text
    assert quotes[0].source is not None and quotes[0].source.text == "Mayor Petra Holm"
    assert quotes[0].cue is not None and quotes[0].cue.text == "said"


def test_clause_before_the_cue_is_indirect(resources) -> None:
    quotes = quotes_of(resources, "The bridge will stay closed until the spring, the engineer said.")
    assert [(q.kind, q.content.text) for q in quotes] == [("indirect", "The bridge will stay closed until the spring")]


def test_apostrophes_are_not_quotes() -> None:
    text = "It’s the voters’ choice, and the town’s ‘new deal’ isn’t here."
    spans = find_marked(text, [(0, len(text))])
    assert [text[s.start:s.end] for s in spans] == ["new deal"]


SENTENCES = st.sampled_from([
    '"The roads are closed," said Ana Ruiz.', "The roads are closed, the police said.",
    "Ana Ruiz inspected the dam.", "“We are ready,” she added.", 'He called it "a mess" again.',
    "According to the council, the dam held.", "It’s the farmers’ day.", '"Unclosed quote at the end',
])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(SENTENCES, min_size=1, max_size=3), min_size=1, max_size=4))
def test_every_span_slices_back_to_its_text(resources, paragraphs: list[list[str]]) -> None:
    text = "\n\n".join(" ".join(sentences) for sentences in paragraphs)
    for quote in quotes_of(resources, text):
        for evidence in (quote.content, quote.source, quote.cue):
            if evidence is not None:
                assert text[evidence.start:evidence.end] == evidence.text
                assert evidence.end > evidence.start


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ('Mayor Maria Lopez told reporters that engineer David Brown had found no cracks.\n\n'
     'She said the bridge "will reopen on Monday".', "will reopen on Monday", "Maria Lopez"),
    ('Paul Okafor inspected the bridge with Mayor Ana Ruiz.\n\n'
     'He said that the town would "fix every crack before winter" and thanked the crews.',
     "fix every crack before winter", "Paul Okafor"),
])
def test_a_pronoun_stands_for_the_earlier_subject(resources, text: str, words: str, speaker: str) -> None:
    found = [q for q in quotes_of(resources, text) if q.content.text == words]
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize(("text", "content"), [
    ("On Monday, Lena Park said \"local groups\" should run the plan. The vote is next week.",
     "local groups\" should run the plan."),
    ("Hugo Brandt says “the budget” will not pass this year, and he means it.",
     "the budget” will not pass this year, and he means it."),
    ("Hugo Brandt posted a message reading “thank you all” moments after the vote closed.", "thank you all"),
    ("Lena Park said “we will see,” and left the hall.", "we will see"),
    ("Lena Park said “the roads” he added later.", "the roads"),
    ("Ravi Gupta spoke at the hall. “We counted every vote” twice over, the clerk said.",
     "We counted every vote” twice over"),
    ("“We counted every vote” the clerk said twice, and left.", "We counted every vote"),
])
def test_a_quotation_opening_the_reported_clause_takes_in_the_rest(resources, text: str, content: str) -> None:
    """'X said “a b” must c.': what was said is the whole clause, not only the quoted words."""
    assert [q.content.text for q in only(quotes_of(resources, text), "direct")] == [content]
