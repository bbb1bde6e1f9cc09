"""A paragraph printed again in other articles (its parsed Doc shared) has its reported speech read once, with the
same statements at each copy's own offsets (issue #20: a one-event story read a reprint's paragraphs again in every
article)."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import indirect
from newsprism.quotes.attribution import Ranges
from newsprism.quotes.extract import find_quotes
from newsprism.quotes.paragraph_reported import reported_once

WIRE = ("Harbour master Lena Voss said the new ferry pier would open in May. Port officials told reporters that the "
        "dredging had cost less than planned.")
TEXTS = (
    f"By Tom Arden | Coast Ledger\n\n{WIRE}\n\nThe ferry will carry 300 cars a day.",
    f"BAYSIDE WEEKLY\n\n{WIRE}",
    f"{WIRE}\n\nCouncil member Rosa Imre told the board that the fares were too high.",
)


def _parsed(resources: NlpResources) -> list[Any]:
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", format="text", text=t) for i, t in enumerate(TEXTS)]
    return parse(articles, resources, NlpConfig())


def test_a_shared_paragraph_is_read_once(resources: NlpResources, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _parsed(resources)
    reads: list[tuple[str, int]] = []
    original = indirect._reported

    def counted(paragraph: Any, sent: Any, cue: Any, quoted: Any) -> Any:
        reads.append((paragraph.text, cue.i))
        return original(paragraph, sent, cue, quoted)

    monkeypatch.setattr(indirect, "_reported", counted)
    found = [v for p in parsed for v in find_quotes(p) if v.kind == "indirect"]
    assert reads and len(reads) == len(set(reads))  # the wire's two cues once, not once per article
    wire = [(v.content.article, v.content.text, v.source and v.source.text) for v in found if v.content.text in WIRE]
    assert [article for article, *_ in wire] == ["a0", "a0", "a1", "a1", "a2", "a2"]
    assert {tuple(rest) for _, *rest in wire} == {("the new ferry pier would open in May", "Harbour master Lena Voss"),
                                                  ("that the dredging had cost less than planned", "Port officials")}
    for variant in found:  # every copy's offsets are its own article's
        content = variant.content
        assert TEXTS[int(content.article[1:])][content.start:content.end] == content.text


def test_the_reading_follows_the_quotations_in_the_paragraph(resources: NlpResources) -> None:
    paragraphs = _parsed(resources)[1].paragraphs
    shared = paragraphs[1]
    start = TEXTS[1].index("the new ferry pier")
    quoted = Ranges([(start - 1, start + len("the new ferry pier would open in May") + 1)])
    for marks in (Ranges(), quoted, Ranges(), quoted):
        assert list(reported_once(paragraphs, marks)) == list(indirect.find_reported(paragraphs, marks))
    assert len(list(reported_once([shared], quoted))) == len(list(reported_once([shared], Ranges()))) - 1
