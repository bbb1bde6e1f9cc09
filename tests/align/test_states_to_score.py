"""Issue #20: a story encoder that lets states go keeps, through the alignment's scoring, the token states of the
representatives the model scores (and of the sentences read later) alone; the links are those of an encoder that
keeps every state."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from align_story_texts import STORY

import newsprism.align as align
from newsprism.align import VERBATIM_RATIO, align_story
from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse
from newsprism.nlp.story_encoder import StoryEncoder


@pytest.fixture(scope="module")
def story(resources: NlpResources) -> list[Article]:
    raw = [Article(id=key, source=f"{key}.txt", format="text", text=text) for key, text in STORY.items()]
    first = next(iter(STORY.values()))
    raw.append(Article(id="copy", source="copy.txt", format="text", text=first.replace(".", ",", 1)))
    return [p.article for p in parse(raw, resources, NlpConfig())]


def _links(alignment: Any) -> list[tuple[int, int, float, bool]]:
    return [(link.a, link.b, link.score, link.verbatim) for link in alignment.links]


def test_only_the_scored_representatives_keep_their_states(story: list[Article], resources: NlpResources,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    kept_all = align_story(story, StoryEncoder(resources.encoder))
    seen: dict[str, Any] = {}
    real = align._links

    def watched(encoded: Any, pairs: Any, cosine: Any, memo: Any = None, verbatim: Any = None) -> Any:
        seen.update(held=[len(x.states) > 0 for x in encoded], pairs=pairs.copy(), verbatim=verbatim.copy())
        return real(encoded, pairs, cosine, memo, verbatim)

    monkeypatch.setattr(align, "_links", watched)
    sentences = sum(len(a.sentences) for a in story)
    later = np.zeros(sentences, dtype=bool)
    later[3] = True  # one sentence a later stage reads
    encoder = StoryEncoder(resources.encoder)
    encoder.read_later = lambda table: later
    let_go = align_story(story, encoder)
    assert _links(let_go) == _links(kept_all)

    held, pairs, verbatim = np.array(seen["held"]), seen["pairs"], seen["verbatim"]
    scored = np.zeros(len(held), dtype=bool)
    scored[np.unique(pairs[~verbatim])] = True
    assert verbatim.any() and (~verbatim).any()  # the story has both kinds of candidates
    assert not scored.all()  # and representatives the model never reads
    reps = np.unique(let_go.table.rows, return_index=True)[1]
    assert np.array_equal(held, scored | later[reps])
    texts = [let_go.table.sentences[i].text for i in reps]
    assert all((align.fuzz.ratio(texts[i], texts[j]) >= VERBATIM_RATIO) == same
               for (i, j), same in zip(pairs.tolist(), verbatim.tolist(), strict=True))
