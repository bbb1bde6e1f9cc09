"""The entity decoder sets every token's entity annotation as spaCy's entity recogniser does."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Span

from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import parse
from newsprism.nlp.entity_decoder import _BEGIN, _IN, _LAST, _OUT, _UNIT, EntityDecoder

TEXTS = [
    "Harbour master Henrik Dahl said on Tuesday that the port of Bergen would reopen by March 3, 2025.",
    "The Nordvik Ferry Company paid $4.2 million, about 12 percent of its budget, to the Ministry of Transport.",
    "Mayor Lucia Ferrante met Oskar Lindqvist.  Lindqvist flew back to Stockholm at 9 a.m.",
    "Ana Ruiz\n\nPedro Alves",
    "Third place went to the Riverside Hawks, who lost to the Dallas Mavericks in the NBA final.",
    "Nobody said anything.",
    "",
    "Lima",
    "   ",
    "The European Union and the United Nations said 300 people had left Kherson since Friday night.",
    "\"We will not leave,\" said Father Tomasz Nowak of St. Mary's Church in Gdansk, Poland, on Sunday.",
    "Senators Elena Park (D-Oregon) and Raj Mehta (R-Texas) voted for the Clean Harbors Act of 2019.",
    "It costs 40 euros.Then Ms. Ito left for Osaka.",
    "The clinic counted 1,874 visits between February 2 and October 27, more than in the whole of the previous year.",
    "Officials at the Northern Rivers Water Management Authority of New South Wales said the dam held until dawn.",
    "From the first week of June until the last Sunday of August, the Museum of Modern Glass in Venice stays open.",
    "The report, titled Waiting for the Tide: A History of the Harbor, was read aloud by the Lord Mayor of London.",
]
"""Texts written for the decoder: people, places, organisations, dates, money, percentages, laws, entities ending a
sentence right before another begins, double spaces and line breaks (space tokens), a quotation, an empty Doc, one
word, only spaces, a sentence end without a space, and long entities (date ranges, names of bodies and of works)
whose words after the first depend on the entity's first word."""
ENTITY_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID]


def _entities(doc: Any) -> tuple[np.ndarray, list[tuple[int, int, str]]]:
    return doc.to_array(ENTITY_ATTRS), [(e.start, e.end, e.label_) for e in doc.ents]


def _without_entities(resources: Any, texts: list[str]) -> list[Any]:
    return list(resources.spacy.pipe(texts, disable=["ner"]))


@pytest.mark.parametrize("batch_size", [1, 3, 8, 64])
def test_the_decoder_sets_the_entities_spacy_sets(resources, batch_size) -> None:
    texts = TEXTS * 3
    ours, theirs = _without_entities(resources, texts), _without_entities(resources, texts)
    assert resources.entities is not None
    assert resources.entities.pipe(ours, batch_size) == ours
    list(resources.spacy.get_pipe("ner").pipe(theirs, batch_size=batch_size))
    for a, b in zip(ours, theirs, strict=True):
        x, y = _entities(a), _entities(b)
        assert np.array_equal(x[0], y[0]) and x[1] == y[1], a.text
    assert sum(len(doc.ents) for doc in ours) > 30


def test_preset_entities_go_through_spacy(resources) -> None:
    ours, theirs = (_without_entities(resources, TEXTS[:2]) for _ in range(2))
    for docs in (ours, theirs):
        docs[0].set_ents([Span(docs[0], 0, 2, label="ORG")], default="unmodified")
    resources.entities.pipe(ours, 4)
    list(resources.spacy.get_pipe("ner").pipe(theirs, batch_size=4))
    assert [_entities(d)[1] for d in ours] == [_entities(d)[1] for d in theirs]
    assert ours[0].ents[0].label_ == "ORG" and (ours[0].ents[0].start, ours[0].ents[0].end) == (0, 2)


def test_parse_gives_the_same_articles_with_and_without_the_decoder(resources) -> None:
    articles = [Article(id=f"a{n}", source=f"a{n}", format="text", text="\n\n".join(TEXTS[n:n + 4]))
                for n in range(0, len(TEXTS), 4)]
    config = NlpConfig()
    ours = parse(articles, resources, config)
    theirs = parse(articles, dataclasses.replace(resources, entities=None), config)
    assert [p.article for p in ours] == [p.article for p in theirs]
    assert any(s.entities for p in ours for s in p.article.sentences)


def test_only_a_last_greedy_entity_recogniser_is_read(resources) -> None:
    assert EntityDecoder.of(spacy.blank("en")) is None
    decoder = EntityDecoder.of(resources.spacy)
    assert decoder is not None and len(decoder.labels) == 18
    assert (decoder.kinds == _OUT).sum() == 1


def test_the_validity_rules(resources) -> None:
    decoder = resources.entities
    person = decoder.labels.index("PERSON")
    # states: closed on a word with a next word; closed on a space; closed on the last word; open PERSON with a
    # next word; open PERSON before a sentence start; open PERSON on the last word; closed before a sentence start
    is_open = np.array([False, False, False, True, True, True, False])
    label = np.array([0, 0, 0, person, person, person, 0])
    room = np.array([True, True, False, True, True, False, True])
    next_starts = np.array([False, False, False, False, True, False, True])
    space = np.array([False, True, False, False, False, False, False])
    valid = decoder._valid(is_open, label, room, next_starts, space)
    kinds = decoder.kinds
    assert valid[0, kinds == _BEGIN].all() and valid[0, kinds == _UNIT].all() and valid[0, kinds == _OUT].all()
    assert not valid[1, (kinds == _BEGIN) | (kinds == _UNIT)].any() and valid[1, kinds == _OUT].all()
    assert not valid[2, kinds == _BEGIN].any() and valid[2, kinds == _UNIT].all()
    assert not valid[6, kinds == _BEGIN].any() and valid[6, kinds == _UNIT].all() and valid[6, kinds == _OUT].all()
    assert valid[[0, 1, 2, 6]][:, (kinds == _IN) | (kinds == _LAST)].sum() == 0
    for row, inside in ((3, True), (4, False), (5, False)):
        assert valid[row].sum() == 1 + inside
        assert valid[row, decoder.last[person]] and valid[row, decoder.inside[person]] == inside


REAL = Path(__file__).resolve().parents[2].parent / "shared"
"""Real coverage beside the checkout (read at run time, never copied here): the seeds and PolNeAR dev's texts."""
REAL_FILES = 40
"""PolNeAR dev texts read (of 84): about 1,500 paragraphs, enough to hold each kind of long entity (a 9-in-300
paragraph slip in one state feature showed on real paragraphs and not on the invented texts above)."""


def _real_paragraphs() -> list[str]:
    files = sorted((REAL / "seeds").glob("*.txt"))
    files += sorted((REAL / "data" / "polnear" / "data" / "dev" / "text").glob("*"))[:REAL_FILES]
    return [p for f in files for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]


@pytest.mark.skipif(not (REAL / "seeds").is_dir(), reason="../shared is not beside the checkout")
def test_the_decoder_sets_spacys_entities_on_real_paragraphs(resources) -> None:
    texts = _real_paragraphs()
    ours, theirs = _without_entities(resources, texts), _without_entities(resources, texts)
    resources.entities.pipe(ours, 64)
    list(resources.spacy.get_pipe("ner").pipe(theirs, batch_size=64))
    differ = [a.text[:60] for a, b in zip(ours, theirs, strict=True)
              if not (np.array_equal(_entities(a)[0], _entities(b)[0]) and _entities(a)[1] == _entities(b)[1])]
    assert len(texts) > 500 and differ == []
