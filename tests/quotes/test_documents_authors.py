"""quotes/documents.py: a document's words credited to the document ('a new book', 'the report', 'a memo')
though its own phrase names who wrote or issued it ('a new book by X and Y', 'the report, written by X', 'a memo from
X'); the speaker is the first named author or the issuer; a participle that names a holder ('obtained by') names
none. Texts written for these tests."""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article, Evidence, QuoteVariant
from newsprism.nlp import NlpResources
from newsprism.nlp.paragraphs import Paragraph, Paragraphs
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.authored import named_author
from newsprism.quotes.extract import find_quotes

TEXT = ("The senator spent the week defending the plan.\n\n"
        "\"The general was sure the country was heading into a crisis,\" according to a new book by Mara Quill and "
        "Tobias Renn.\n\n"
        "\"We found no sign of tampering,\" the report, written by the county auditor Elsa Brandt, concluded.\n\n"
        "\"There is no plan to close the plant,\" a memo from Velko Industries said.\n\n"
        "The envoy feared that the talks would fail, according to passages of \"Cold Harbor,\" a book from Ida Marsh "
        "and Tom Reyes.")
GUARDS = ("Crews worked through the night in the flooded valley.\n\n"
          "\"The water rose in minutes,\" a report from Baghdad said.\n\n"
          "\"The bridge is closed until spring,\" a letter from 1998 said.\n\n"
          "\"It is a quiet town,\" a new book about Lumo says.")


def _variants(resources: NlpResources, text: str) -> list[QuoteVariant]:
    article = Article(id="a", source="a.txt", format="text", text=text)
    parsed = parse([article], resources, NlpConfig())
    return attribute_speakers(find_quotes(parsed[0]), find_entities(parsed))


def _speakers(resources: NlpResources, text: str) -> dict[str, tuple[str | None, bool]]:
    found = _variants(resources, text)
    return {v.content.text.split()[-1]: (v.speaker, v.anonymous) for v in found}


def test_a_book_by_two_authors_is_the_first_authors(resources: NlpResources) -> None:
    assert _speakers(resources, TEXT)["crisis"] == ("Mara Quill", False)


def test_a_report_written_by_a_named_person_is_theirs(resources: NlpResources) -> None:
    assert _speakers(resources, TEXT)["tampering"] == ("Elsa Brandt", False)


def test_a_memo_from_a_named_body_is_the_bodys(resources: NlpResources) -> None:
    assert _speakers(resources, TEXT)["plant"] == ("Velko Industries", False)


def test_passages_of_a_titled_book_are_its_authors(resources: NlpResources) -> None:
    assert _speakers(resources, TEXT)["fail"] == ("Ida Marsh", False)


def test_a_place_a_date_or_a_subject_is_no_author(resources: NlpResources) -> None:
    speakers = _speakers(resources, GUARDS)
    assert speakers["minutes"] == ("a report", True)
    assert speakers["spring"] == ("a letter", True)
    assert speakers["town"] == ("a new book", True)


def test_a_list_hung_on_its_last_name_gives_the_first(resources: NlpResources) -> None:
    # the parse a real story had ('by Mr X, Vesk PM Y and Nova Crown Prince Z': the list hung on Z, the 'by' object)
    words = ["A", "joint", "statement", "by", "Mr", "Lund", ",", "Vesk", "PM", "Anton", "Berg", "and", "Nova",
             "Crown", "Prince", "Omar", "Haddad", "said"]
    heads = [2, 2, 17, 2, 5, 16, 5, 8, 5, 10, 16, 10, 16, 16, 16, 16, 3, 17]
    deps = ["det", "amod", "nsubj", "prep", "compound", "nmod", "punct", "amod", "appos", "compound", "nmod", "cc",
            "conj", "compound", "compound", "compound", "pobj", "ROOT"]
    pos = ["DET", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN",
           "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    doc = Doc(resources.spacy.vocab, words=words, heads=heads, deps=deps, pos=pos)
    source = Evidence(article="a", start=0, end=len("A joint statement"), text="A joint statement")
    author = named_author(source, Paragraphs([Paragraph(start=0, doc=doc)]))
    assert author is not None and author.text == "Mr Lund"


def test_a_copy_obtained_by_a_broadcaster_is_not_the_broadcasters(resources: NlpResources) -> None:
    text = ("Ida Marsh will tell the panel that the mayor stalled the deal, according to a copy of the opening "
            "statement obtained by Lumo Radio.")
    assert "Lumo Radio" not in {v.speaker for v in _variants(resources, text)}


def test_a_copy_of_a_named_persons_statement_is_theirs(resources: NlpResources) -> None:
    text = ("Ida Marsh, a port clerk, will tell the panel on Friday that the mayor stalled the deal, according to a "
            "copy of Marsh's opening statement obtained by Lumo Radio.")
    assert {v.speaker for v in _variants(resources, text)} == {"Ida Marsh"}


def test_a_dated_release_is_its_issuers_named_before(resources: NlpResources) -> None:
    text = ("The Lumo Health Agency and the Vesk Drug Board teamed up to issue a calm statement after the trial "
            "ended.\n\nThe Thursday evening press release said adults were \"well shielded from the new strain.\"")
    assert _speakers(resources, text)["strain."][0] == "Lumo Health Agency"


def test_a_statement_issued_in_a_to_clause_is_the_subjects(resources: NlpResources) -> None:
    text = ("The Lumo Port Board met late to issue a short statement about the strike.\n\nThe statement said the "
            "board \"will not bend to threats.\"")
    assert _speakers(resources, text)["threats."][0] == "Lumo Port Board"
