"""Speakers as issue #19's fresh real stories showed them going wrong, in texts written for these tests: a 'she'
after a man the text never calls 'he', a source given by 'according to', an apposition naming a subject or a
described source, a title cut off from its name, a 'they' after several people, the verb that frames a few quoted
words ('called for “…”'), quoted terms and titles that are no statements."""

from __future__ import annotations

import pytest
from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources
from newsprism.quotes.gender import first_name_gender
from newsprism.quotes.terms import is_term, used_as_title

CASES = [  # case, text, the quoted or reported words, the speaker
    ("a first name tells a man apart from the 'she'",
     "Nora Pellham, the singer, died on Monday at 85. Mark Tolliver, her agent, said the family was with her at "
     "the end.\n\n“I never wanted to be famous,” she said in 1998.", "I never wanted to be famous",
     "Nora Pellham"),
    ("'according to' gives the source a later 'he' stands for",
     "Tom Reyes, who lives next door, said he saw smoke at noon. The fire started in the kitchen, according to "
     "fire chief Rob Quinn. Nobody was hurt, he said.", "Nobody was hurt", "Rob Quinn"),
    ("an apposition names the subject a 'she' stands for",
     "Ebony Marsh said she would keep the school open. Her daughter, Lina Ortega, lived on the street for years. She "
     "said the boys often played outside.", "the boys often played outside", "Lina Ortega"),
    ("a described source with the name in apposition is the person",
     "The actress died on Friday.\n\n“We lost a dear friend,” her agent, Mark Tolliver, said on Saturday.",
     "We lost a dear friend", "Mark Tolliver"),
    ("a title the parse cuts off from the name",
     "“The two men were arrested on Friday,” said Chief of Detectives Carl Benton.",
     "The two men were arrested on Friday", "Carl Benton"),
    ("'they' after several people stands for them",
     "The lawyers argued that the search was illegal. They said the judge had ignored the evidence.",
     "the judge had ignored the evidence", "The lawyers"),
    ("a pronoun credited after the words does not stand for the one they name",
     "Tom Reyes spoke for the defence on Tuesday. Jose Lopez agreed not to testify, a choice that hurt his case, "
     "he said.", "Jose Lopez agreed not to testify", "Tom Reyes"),
    ("'called for' frames a few quoted words as the subject's",
     "Mayor Ana Ruiz called for “calm and patience” on Monday after the protests.", "calm and patience",
     "Ana Ruiz"),
    ("'called' with a pronoun subject",
     "Sheriff Dan Welby spoke after the arrest. He called the gunman “a coward with no aim” and left.",
     "a coward with no aim", "Dan Welby"),
]


@pytest.mark.parametrize(("case", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_fresh_story_speakers(resources: NlpResources, case: str, text: str, words: str, speaker: str) -> None:
    quote = quote_of(resources, text, words)
    assert quote.speaker == speaker, (case, quote.source, quote.speaker)


def test_a_named_apposition_is_no_anonymous_source(resources: NlpResources) -> None:
    quote = quote_of(resources, "“I cannot sleep at night,” said a victim's cousin, Dana Whitfield.",
                     "I cannot sleep at night")
    assert (quote.speaker, quote.anonymous) == ("Dana Whitfield", False)


@pytest.mark.parametrize("text", [
    "The shop on the corner sold “smart rings” and phones.",
    "Her “girl next door” charm won the magazine many readers.",
    "“The Quiet Harbour” won the prize for best film in 2005.",
])
def test_quoted_terms_and_titles_are_no_statements(resources: NlpResources, text: str) -> None:
    assert quotes_of(resources, text) == []


def test_a_one_word_quotation_before_its_attribution_stays(resources: NlpResources) -> None:
    quote = quote_of(resources, "“Perhaps,” the minister said, “we will wait until spring.”", "Perhaps")
    assert quote.speaker == "the minister"


@pytest.mark.parametrize(("text", "title"), [
    ("“Blue Valley” remains the band's best song.", True),
    ("“Blue Valley,” released in 1990, helped her career.", True),
    ("“Blue Valley,” a singer said.", False),
    ("“Never,” he said.", False),
    ("“Hopefully,” the president said.", False),
    ("“Yes,” said Ana.", False),
])
def test_used_as_title(text: str, title: bool) -> None:
    end = text.index("”")
    assert used_as_title(text, (1, end)) is title


@pytest.mark.parametrize(("words", "attributed", "term"), [
    ("dope house", False, True), ("girl next door", False, True), ("dope house", True, False),
    ("was shot in the back and never saw them", False, False), ("Most Wanted", True, True),
])
def test_partial_terms(words: str, attributed: bool, term: bool) -> None:
    text = f"They said “{words}” today."
    assert is_term(text, "partial", (text.index(words), text.index(words) + len(words)), attributed) is term


@pytest.mark.parametrize(("name", "gender"), [
    ("Mark", "m"), ("Hugh", "m"), ("Autumn", "f"), ("Nora", "f"), ("Kim", None), ("Lee", None), ("Jordan", None),
    ("Zxqv", None),
])
def test_first_name_gender(name: str, gender: str | None) -> None:
    assert first_name_gender(name) == gender


def test_a_statement_speaks_for_whoever_issued_it(resources: NlpResources) -> None:
    text = ("The Ortega family released a statement through their lawyer on Monday.\n\n“We are grateful for the "
            "support of our neighbours,” the statement read.")
    quote = quote_of(resources, text, "We are grateful")
    assert quote.speaker == "The Ortega family"


@pytest.mark.parametrize("text", [
    "Officer Ana Ruiz told reporters what the suspect had done in the building.",
    "Investigators did not say why the suspect was released on Monday.",
])
def test_questions_and_negated_cues_report_no_statement(resources: NlpResources, text: str) -> None:
    assert [q for q in quotes_of(resources, text) if q.kind == "indirect"] == []


def test_a_question_asked_stays_reported(resources: NlpResources) -> None:
    found = quotes_of(resources, "Senator Ana Ruiz asked whether the bridge would open before winter.")
    assert [q.speaker for q in found if q.kind == "indirect"] == ["Ana Ruiz"]


def test_a_possessor_of_a_named_speaker_stays_out_of_the_name(resources: NlpResources) -> None:
    quote = quote_of(resources, "Vantor Foods' Mara Quell said, “We are all grieving today, every one of us.”",
                     "We are all grieving today")
    assert quote.speaker == "Mara Quell"


def test_a_framed_partial_quotation_keeps_its_speaker_inside_reported_speech(resources: NlpResources) -> None:
    text = ("Mayor Ana Ruiz slammed the report on Monday, calling it “a disaster”, according to two aides who heard "
            "the call.")
    assert quote_of(resources, text, "a disaster").speaker == "Ana Ruiz"


def test_he_never_stands_for_several_people(resources: NlpResources) -> None:
    text = ("Mark Tolliver met the press on Monday.\n\n“The talks went well,” two aides said.\n\nIn an interview "
            "later, he said the deal was close.")
    assert quote_of(resources, text, "the deal was close").speaker == "Mark Tolliver"


def test_a_described_source_before_an_honorific_and_a_name_is_the_person(resources: NlpResources) -> None:
    text = "The network's chief medical correspondent Dr. Ana Ruiz admitted on Monday that the claim was wrong."
    quote = quote_of(resources, text, "that the claim was wrong")
    assert (quote.speaker, quote.anonymous) == ("Ana Ruiz", False)
