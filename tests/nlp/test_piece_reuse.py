"""A story analysed again parses only the paragraphs its articles did not hold: an added reprint's copies of the
wire's paragraphs get the Docs parsed then, and it reads as if parsed from scratch."""

from __future__ import annotations

from typing import Any

from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse
from newsprism.story_cache import StoryCache

WIRE = ("Harbour master Henrik Dahl said the port of Port Averly would reopen on Wednesday. “We pulled eleven "
        "people out of the water,” he told reporters.")
LATER = "Divers from the coast guard inspected the hull on Thursday."
OWN = "The Daily Ledger could not reach the ferry operator, Nordlys Lines, on Tuesday."


class _Counting:
    """A spaCy pipeline that counts the texts it is given."""

    def __init__(self, nlp: Any) -> None:
        self.nlp, self.texts = nlp, []  # type: list[str]

    def pipe(self, texts: Any, **options: Any) -> Any:
        texts = list(texts)
        self.texts.extend(texts)
        return self.nlp.pipe(texts, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)


def _article(name: str, text: str) -> Article:
    return Article(id=name, source="test", format="text", text=text)


def _tokens(doc: Any) -> list[tuple[str, int, str, str, int, str]]:
    return [(t.text, t.idx, t.tag_, t.dep_, t.head.i, t.ent_iob_ + t.ent_type_) for t in doc]


def test_an_added_reprint_parses_only_its_own_paragraphs(resources: NlpResources) -> None:
    counting = _Counting(resources.spacy)
    counted = NlpResources(spacy=counting, encoder=resources.encoder)
    cache, config = StoryCache(), NlpConfig()
    story = [_article("wire", f"{WIRE}\n\n{LATER}"), _article("other", OWN)]
    first = cache.parse(story, counted, config)
    assert sorted(counting.texts) == sorted([WIRE, LATER, OWN])
    counting.texts.clear()
    reprint = _article("reprint", f"{WIRE}\n\nA line of its own, by the Averly Post.\n\n{LATER}")
    second = cache.parse([*story, reprint], counted, config)
    assert counting.texts == ["A line of its own, by the Averly Post."]
    assert [p.doc for p in second[2].paragraphs][::2] == [p.doc for p in first[0].paragraphs]
    alone = parse([reprint], resources, config)[0]
    assert second[2].article == alone.article
    assert [(p.start, p.end, _tokens(p.doc)) for p in second[2].paragraphs] == \
        [(p.start, p.end, _tokens(p.doc)) for p in alone.paragraphs]


def test_other_options_parse_again(resources: NlpResources) -> None:
    counting = _Counting(resources.spacy)
    counted = NlpResources(spacy=counting, encoder=resources.encoder)
    cache = StoryCache()
    cache.parse([_article("wire", WIRE)], counted, NlpConfig())
    counting.texts.clear()
    cache.parse([_article("reprint", f"{OWN}\n\n{WIRE}")], counted, NlpConfig(batch_size=8))
    assert sorted(counting.texts) == sorted([OWN, WIRE])
