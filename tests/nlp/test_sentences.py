"""Sentences and entities: offsets slice back to the text, paragraphs bound sentences, models by path."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.config import NlpConfig
from newsprism.errors import ModelLoadError
from newsprism.model import Article
from newsprism.nlp import NlpResources, load_resources, parse
from newsprism.nlp.sentences import paragraph_spans

SENTENCES = [
    "Harbour master Henrik Dahl said the port would reopen on Wednesday.",
    "The ferry carried 212 passengers.",
    "“We pulled eleven people out of the water,” she said.",
    "Mr. Dahl declined to comment on the U.S. report.",
    "Fog closed the airport in Port Averly for a second day.",
]


def _article(text: str) -> Article:
    return Article(id="a", source="test", format="text", text=text)


paragraphs = st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join),
                      min_size=1, max_size=4).map("\n\n".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=paragraphs)
def test_sentence_offsets_slice_back_and_stay_in_their_paragraph(resources: NlpResources, text: str) -> None:
    (article,) = [p.article for p in parse([_article(text)], resources, NlpConfig())]
    bounds = list(paragraph_spans(text))
    assert article.sentences
    for sentence in article.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert any(start <= sentence.start and sentence.end <= end for start, end in bounds)
    assert [s.start for s in article.sentences] == sorted(s.start for s in article.sentences)


@given(st.lists(st.text(alphabet="ab \n", max_size=12), max_size=5).map("\n\n".join))
def test_paragraph_spans_cover_every_non_blank_paragraph(text: str) -> None:
    spans = list(paragraph_spans(text))
    assert [text[s:e] for s, e in spans] == [p for p in text.split("\n\n") if p.strip()]


def test_each_paragraph_splits_into_its_sentences(resources: NlpResources) -> None:
    text = f"{SENTENCES[0]} {SENTENCES[1]}\n\n{SENTENCES[3]}"
    (article,) = [p.article for p in parse([_article(text)], resources, NlpConfig())]
    assert [s.text for s in article.sentences] == [SENTENCES[0], SENTENCES[1], SENTENCES[3]]


def test_entities_are_found_per_sentence(resources: NlpResources) -> None:
    (article,) = [p.article for p in parse([_article(SENTENCES[0])], resources, NlpConfig())]
    labels = {(e.text, e.label) for e in article.sentences[0].entities}
    assert ("Henrik Dahl", "PERSON") in labels
    assert any(label == "DATE" for _, label in labels)


def test_a_saved_model_loads_from_its_path(resources: NlpResources, tmp_path: Path) -> None:
    resources.spacy.to_disk(tmp_path / "model")
    own = load_resources(NlpConfig(spacy_model=str(tmp_path / "model")))
    (article,) = [p.article for p in parse([_article(SENTENCES[0])], own, NlpConfig())]
    assert article.sentences[0].text == SENTENCES[0]


@pytest.mark.parametrize("name", ["no_such_spacy_model", "/nonexistent/model/path"])
def test_an_unknown_model_is_a_clear_error(name: str) -> None:
    with pytest.raises(ModelLoadError, match="--spacy-model"):
        load_resources(NlpConfig(spacy_model=name))


def test_parsed_docs_drop_the_tensor_and_keep_every_annotation(resources: NlpResources) -> None:
    """The kept Docs hold no tok2vec tensor (issue #20: memory), and the same tags, heads and entities as spaCy's
    own parse of the paragraph."""
    text = " ".join(SENTENCES)
    (parsed,) = parse([_article(text)], resources, NlpConfig())
    (paragraph,) = parsed.paragraphs
    own = resources.spacy(text)
    assert own.tensor.size > 0
    assert paragraph.doc.tensor.size == 0
    assert [(t.text, t.tag_, t.pos_, t.dep_, t.head.i) for t in paragraph.doc] == \
        [(t.text, t.tag_, t.pos_, t.dep_, t.head.i) for t in own]
    assert [(e.text, e.label_) for e in paragraph.doc.ents] == [(e.text, e.label_) for e in own.ents]
