"""A parse's sentence and entity records are the records a validated build of each paragraph's parse gives, in
every article, whether its paragraphs are copies of another article's (read once, placed at each copy's offset)
or its own; and copies share their strings."""

from __future__ import annotations

from typing import Any

from newsprism.config import NlpConfig
from newsprism.model import Article, EntityMention, Sentence
from newsprism.nlp import NlpResources, parse
from newsprism.nlp.paragraphs import paragraph_spans

LEAD = ("Harbour master Henrik Dahl said on Monday that the port of Port Averly would reopen on Wednesday after "
        "the ferry Nordlys Star sank near Kettle Point.")
QUOTE = "“We pulled eleven people out of the water,” Dahl told reporters in Port Averly. Two are still missing."
OWN = "The Daily Ledger could not reach Nordlys Lines, the ferry's owner, by Tuesday evening."
TAIL = "Divers from the Averly Coast Guard will inspect the hull on Thursday, said spokeswoman Ines Marr."


def _article(name: str, text: str) -> Article:
    return Article(id=name, source="test", format="text", text=text)


def _validated(doc: Any, offset: int) -> list[Sentence]:
    """The records of one paragraph's Doc, built with validation, as parse built them before it shared them."""
    found = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        start = offset + sent.start_char + len(sent.text) - len(sent.text.lstrip())
        found.append(Sentence(start=start, end=start + len(text), text=text, entities=[
            EntityMention(text=e.text, label=e.label_, start=offset + e.start_char, end=offset + e.end_char)
            for e in doc.ents if e.start_char >= sent.start_char and e.end_char <= sent.end_char]))
    return found


def test_copies_placed_at_their_offsets_equal_validated_records(resources: NlpResources) -> None:
    story = [_article("wire", f"{LEAD}\n\n{QUOTE}\n\n{TAIL}"),
             _article("reprint", f"{OWN}\n\n{LEAD}\n\n{QUOTE}"),
             _article("twice", f"{QUOTE}\n\n{OWN}\n\n\n{QUOTE}\n\n{LEAD}")]
    parsed = parse(story, resources, NlpConfig())
    nlp = resources.spacy
    for article, found in zip(story, parsed, strict=True):
        expected = [s for start, end in paragraph_spans(article.text)
                    for s in _validated(nlp(article.text[start:end]), start)]
        sentences = found.article.sentences
        assert sentences == expected
        assert [s.model_dump() for s in sentences] == [s.model_dump() for s in expected]
        assert [s.model_fields_set for s in sentences] == [s.model_fields_set for s in expected]
        assert all(article.text[s.start:s.end] == s.text for s in sentences)
        assert all(article.text[e.start:e.end] == e.text for s in sentences for e in s.entities)
    assert sum(len(s.entities) for p in parsed for s in p.article.sentences) >= 12  # names, places, dates read
    quotes = [s for p in parsed for s in p.article.sentences if s.text.startswith("“We")]
    assert len(quotes) == 4 and len({s.start for s in quotes}) == 4
    # one string for the three copies of one paragraph; the fourth paragraph starts with a line break, another Doc
    assert sum(s.text is quotes[0].text for s in quotes) == 3


def test_a_changed_record_leaves_the_others_as_they_were(resources: NlpResources) -> None:
    parsed = parse([_article("a", LEAD), _article("b", LEAD)], resources, NlpConfig())
    first, second = (p.article.sentences[0] for p in parsed)
    changed = first.model_copy(update={"start": 5})
    assert changed.start == 5 and "start" in changed.model_fields_set
    assert first.start == second.start == 0
    assert first.model_fields_set == second.model_fields_set == {"start", "end", "text", "entities"}
