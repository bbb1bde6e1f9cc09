"""Issue #20: a story encoder holds each sentence's vector as a row of the sentence table's vectors, not as a row
of the encoder run it came from (every vector was held twice); the vectors are the encoder's own, to the bit."""

from __future__ import annotations

import numpy as np
import pytest
from align_story_texts import STORY

from newsprism.align import sentence_table
from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse
from newsprism.nlp.story_encoder import StoryEncoder


@pytest.fixture(scope="module")
def story(resources: NlpResources) -> list[Article]:
    raw = [Article(id=key, source=f"{key}.txt", format="text", text=text) for key, text in STORY.items()]
    return [p.article for p in parse(raw, resources, NlpConfig())]


def test_the_encoder_holds_the_tables_rows_with_the_same_values(story: list[Article],
                                                                 resources: NlpResources) -> None:
    encoder = StoryEncoder(resources.encoder)
    table = sentence_table(story, encoder)
    texts = [s.text for s in table.sentences]
    first = np.unique(table.rows, return_index=True)[1]
    own = resources.encoder.encode([texts[i] for i in first.tolist()]).vectors
    assert np.allclose(table.distinct, own, atol=1e-6)
    for index, text in enumerate(texts):
        held = encoder._vectors[" ".join(text.split())]
        assert np.shares_memory(held, table.distinct)
        assert np.array_equal(held, table.distinct[table.rows[index]])
    assert np.array_equal(encoder.vectors(texts), table.vectors)
