"""The stream's document vector as configured: MiniLM, the static word-piece vectors, or none (issue #17 item 5)."""

from __future__ import annotations

import numpy as np

from newsprism.ingest import RawArticle
from newsprism.nlp.static_vectors import load_static_vectors
from newsprism.stream.features import StreamItem
from newsprism.stream.options import StreamConfig
from newsprism.stream.prepare import Fresh, Prepared, document_text, prepare_batch
from newsprism.stream.stories import StoryConfig

BODY = ("Flood waters rose over the river banks on Tuesday night and forced two hundred families from their homes "
        "in the valley town of Eastbrook, the county emergency office said.\n\nVolunteers filled sandbags at the "
        "school gym while the road to the bridge stayed closed to traffic for most of Wednesday.")


def _entries() -> list[Fresh]:
    raw = [RawArticle(id="a1", source="test", format="text", text=BODY, title="Floods force families from homes"),
           RawArticle(id="a2", source="test", format="text", text="Too short.", title=None)]
    return [Fresh(r, f"fp-{r.id}", r.id, 1_700_000_000.0) for r in raw]


def _static() -> StreamConfig:
    return StreamConfig(stories=StoryConfig(document_vector="static"), analyse=False)


def test_static_vectors_need_no_encoder_and_read_title_and_lead() -> None:
    config = _static()
    prepared = [o for o in prepare_batch(_entries(), config, encoder=None) if isinstance(o, Prepared)]
    assert prepared and prepared[0].vector is not None
    assert abs(float(np.linalg.norm(prepared[0].vector)) - 1.0) < 1e-5
    text = "Floods force families from homes. " + " ".join(BODY.split())  # the lead: both paragraphs (57 words)
    expected = load_static_vectors().vectors([text], config.embed_tokens)[0]
    assert np.allclose(prepared[0].vector, expected, atol=1e-6)
    assert not np.allclose(prepared[0].vector, load_static_vectors().vectors([BODY], config.embed_tokens)[0])
    assert document_text(_item("T", "L")) == "T. L" and document_text(_item("", "L")) == "L"


def test_without_embeddings_or_without_an_encoder_there_is_no_vector() -> None:
    off = StreamConfig(embeddings=False, stories=StoryConfig(document_vector="static"), analyse=False)
    for config in (off, StreamConfig(analyse=False)):
        prepared = [o for o in prepare_batch(_entries(), config, encoder=None) if isinstance(o, Prepared)]
        assert prepared and all(p.vector is None for p in prepared)


def test_the_static_setting_groups_with_its_own_weight_and_threshold() -> None:
    static, minilm = StoryConfig(document_vector="static"), StoryConfig()
    assert static.vector_weight == static.static_weight != minilm.vector_weight == minilm.dense_weight
    assert static.new_cosines(40.0, True)[1] == static.static_new
    assert minilm.new_cosines(40.0, True)[1] == minilm.dense_new
    assert static.new_cosines(20.0, False)[1] < static.static_new  # scaled like dense_new


def _item(title: str, lead: str) -> StreamItem:
    return StreamItem("x", title, lead)


def test_a_static_run_loads_no_sentence_encoder() -> None:
    from newsprism.stream.executor import LocalExecutor

    assert LocalExecutor(_static()).encoder() is None
    assert not _static().needs_encoder and StreamConfig().needs_encoder
