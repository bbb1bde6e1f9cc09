"""Quotation-mark styles (two backticks and two apostrophes, guillemets, the German low mark), titles and
headings in quotation marks, and speakers of harder layouts, on texts written for these tests."""

from __future__ import annotations

import pytest
from quoted_texts import quotes_of

from newsprism.nlp.resources import NlpResources
from newsprism.quotes.marks import find_marked


def quoted(text: str) -> list[str]:
    """The quoted words of each top-level quotation, one paragraph per blank-line block."""
    paragraphs, start = [], 0
    for part in text.split("\n\n"):
        paragraphs.append((start, start + len(part)))
        start += len(part) + 2
    return [text[span.start:span.end] for span in find_marked(text, paragraphs)]


@pytest.mark.parametrize(("text", "expected"), [
    ("``The ferry will run again,'' the captain said.", ["The ferry will run again"]),
    ("``We saw it,'' he said. ``Then the roof fell.''", ["We saw it", "Then the roof fell."]),
    ("She said, ``They asked, 'Why not fifty?''' and left.", ["They asked, 'Why not fifty?'"]),
    ("``We did all we could, ``said the nurse on duty.", ["We did all we could"]),
    ('``Nobody is above scrutiny, "he said.', ["Nobody is above scrutiny"]),
    ('"Nobody is above scrutiny, "he said. "Not me."', ["Nobody is above scrutiny", "Not me."]),
    ("«Nous restons ici», a dit le maire.", ["Nous restons ici"]),
    ("„Wir bleiben hier“, sagte der Bürgermeister.", ["Wir bleiben hier"]),
])
def test_quotation_mark_styles(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_a_quotation_opening_a_line_ends_the_one_left_open_on_the_line_before() -> None:
    text = "``I was not surprised.\n``I expected the verdict,'' the widow said."
    assert quoted(text) == ["I was not surprised.", "I expected the verdict"]


def test_a_stray_straight_mark_does_not_run_on_into_curly_quotations() -> None:
    text = '"Pavel was asleep.\n\n“Here it comes,” she said.'
    assert quoted(text) == ["Pavel was asleep.", "Here it comes"]


def test_a_misprinted_closing_mark_opening_a_paragraph_opens_the_quotation() -> None:
    text = "The critic was kind.\n\n” … she built a hall of rare calm,” Okafor wrote."
    assert quoted(text) == ["… she built a hall of rare calm"]



def test_backtick_quotations_have_their_speakers(resources: NlpResources) -> None:
    text = ("``The harbour will stay closed until Friday,'' port director Imre Halasz said on Monday.\n"
            "``We cannot risk another collision.''")
    quotes = [q for q in quotes_of(resources, text) if q.kind == "direct"]
    assert [q.content.text for q in quotes] == ["The harbour will stay closed until Friday",
                                                "We cannot risk another collision."]
    assert [q.speaker for q in quotes] == ["Imre Halasz", "Imre Halasz"]


def test_titles_and_headings_in_quotation_marks_are_no_statements(resources: NlpResources) -> None:
    text = ("The escaped inmate was added to the marshals' “Most Wanted” list on Tuesday.\n\n"
            "“We will find him,” Marshal Rita Oyelaran said.\n\n"
            "‘Nowhere Left to Run.’\n\n"
            "The search went on through the night.")
    quotes = quotes_of(resources, text)
    assert [q.content.text for q in quotes if q.kind != "indirect"] == ["We will find him"]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Lennart Voss described the plan. Councillor Amaka Eze scolded him: “The council is united against you,” "
     "she said.", "The council is united against you", "Amaka Eze"),
    ("The video shows Dorota Wilk asking, “Why is the clinic closed?”", "Why is the clinic closed?",
     "Dorota Wilk"),
    ('The angry farmers marched around the market hall - where the Lions played the Bears - while chanting, '
     '"Fair prices now."', "Fair prices now.", "The angry farmers"),
])
def test_speakers_of_harder_layouts(resources: NlpResources, text: str, words: str, speaker: str) -> None:
    found = [q for q in quotes_of(resources, text) if q.content.text == words]
    assert found, [q.content.text for q in quotes_of(resources, text)]
    assert found[0].speaker == speaker
