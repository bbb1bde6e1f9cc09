"""A paragraph printed again is parsed once: the copies share one Doc, and every article reads as parsed alone."""

from __future__ import annotations

from typing import Any

from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse

WIRE = ("Harbour master Henrik Dahl said the port of Port Averly would reopen on Wednesday. “We pulled eleven "
        "people out of the water,” he told reporters.")
OWN = "The Daily Ledger could not reach the ferry operator, Nordlys Lines, on Tuesday."
LATER = "Divers from the coast guard inspected the hull on Thursday."


def _article(name: str, text: str) -> Article:
    return Article(id=name, source="test", format="text", text=text)


def _tokens(doc: Any) -> list[tuple[str, int, str, str, str, int, str]]:
    return [(t.text, t.idx, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_ + t.ent_type_) for t in doc]


def test_copies_share_one_doc_and_read_as_parsed_alone(resources: NlpResources) -> None:
    wire, reprint = _article("wire", f"{WIRE}\n\n{LATER}"), _article("reprint", f"{OWN}\n\n{WIRE}\n\n{WIRE}")
    together = parse([wire, reprint], resources, NlpConfig())
    alone = [parse([article], resources, NlpConfig())[0] for article in (wire, reprint)]
    copies = [together[0].paragraphs[0], together[1].paragraphs[1], together[1].paragraphs[2]]
    assert all(p.doc is copies[0].doc for p in copies)
    assert [p.start for p in together[1].paragraphs] == [0, len(OWN) + 2, len(OWN) + len(WIRE) + 4]
    for parsed, single in zip(together, alone, strict=True):
        assert parsed.article == single.article
        assert [(p.start, p.end, _tokens(p.doc)) for p in parsed.paragraphs] == \
            [(p.start, p.end, _tokens(p.doc)) for p in single.paragraphs]
    sentences = together[1].article.sentences
    assert [s.text for s in sentences].count(sentences[-1].text) == 2
    assert sentences[-1].start == len(OWN) + len(WIRE) + 4 + WIRE.index("“We")
