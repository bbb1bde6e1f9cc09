"""A parsed paragraph's text and its sentences' texts are read from the text it was parsed from (not joined anew
from spaCy's tokens): the same strings as spaCy's ``doc.text`` and ``Span.text``."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse
from newsprism.nlp.paragraphs import Paragraph

TEXT = ("  Ferry captain Ilse Marwick told the Fjordhaven council on Monday that the  crossing would close.\n"
        "Repairs to the pier at Kestrel Point cost 40,000 crowns.  \n\n"
        "\tThe council of Fjordhaven meets again on 3 March.   Marwick said nothing more.\n\n\n"
        "Tolls rise in April, the harbour office wrote.")


def test_paragraph_text_and_sentences_are_spacys(resources: NlpResources) -> None:
    parsed = parse([Article(id="a", source="test", format="text", text=TEXT)], resources, NlpConfig())[0]
    spans = [(s.start_char, s.text) for p in parsed.paragraphs for s in p.doc.sents if s.text.strip()]
    assert len(parsed.paragraphs) == 3
    for paragraph in parsed.paragraphs:
        assert paragraph.text == paragraph.doc.text == TEXT[paragraph.start:paragraph.end]
    assert [s.text for s in parsed.article.sentences] == [text.strip() for _, text in spans]
    for sentence in parsed.article.sentences:
        assert TEXT[sentence.start:sentence.end] == sentence.text
        for entity in sentence.entities:
            assert TEXT[entity.start:entity.end] == entity.text
    assert any(e.label == "GPE" or e.label == "ORG" for s in parsed.article.sentences for e in s.entities)


def test_a_paragraph_without_its_text_reads_the_doc(resources: NlpResources) -> None:
    doc = resources.spacy("Harbour dues at Kestrel Point rose on Friday.")
    given, built = Paragraph(7, doc, written=doc.text), Paragraph(7, doc)
    assert given.text == built.text == doc.text
    assert given.end == built.end == 7 + len(doc.text)
    assert given == built
