"""An event's representative sentence, scored by how many sentences hold each of its words (issue #20), is the one
the pairwise definition picks: the sentence sharing most content words with the others, the first on a tie."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from newsprism.memo import Readings
from newsprism.model import Evidence, Sentence
from newsprism.timeline.events import Group, content_words, representative
from newsprism.timeline.mentions import Mention
from newsprism.values.moments import Point, TimeValue

TEXTS = [
    "The ferry left the harbour of Lendon on Tuesday with forty passengers aboard.",
    "A ferry carrying forty passengers left Lendon harbour on Tuesday.",
    "On Tuesday the ferry left Lendon, officials said.",
    "The harbour master said the weather on Tuesday was calm.",
    "Forty passengers boarded the ferry in Lendon on Tuesday morning.",
    "The ferry left the harbour of Lendon on Tuesday with forty passengers aboard.",
    "Officials in Varsk said on Tuesday that rescue boats were ready.",
]
DAY = TimeValue(Point(2025, 3, 11, precision="day"))


def _alignment(texts: list[str]) -> Any:
    sentences = [Sentence(start=0, end=len(t), text=t, entities=[]) for t in texts]

    def evidence(i: int) -> Evidence:
        return Evidence(article=f"a{i}", start=0, end=len(texts[i]), text=texts[i])

    return SimpleNamespace(table=SimpleNamespace(sentences=sentences, evidence=evidence))


def _pairwise(group: Group, alignment: Any) -> Evidence:
    """The definition read pair by pair: each sentence's shared words with every sentence, itself included."""
    indices = sorted({m.sentence for m in group.mentions})
    words = [content_words(alignment.table.sentences[i].text) for i in indices]
    scores = [sum(len(w & other) for other in words) for w in words]
    return alignment.table.evidence(indices[scores.index(max(scores))])


def _group(indices: list[int]) -> Group:
    return Group(DAY, [Mention(f"a{i}", i, DAY, (), False) for i in indices])


def test_counted_words_pick_the_pairwise_representative() -> None:
    alignment = _alignment(TEXTS)
    picked = set()
    with Readings().active():
        for indices in ([0, 1, 2, 3, 4, 5, 6], [6, 3, 2], [1, 2], [3, 6], [4, 4, 2, 1], [2, 1, 0], [6]):
            group = _group(indices)
            expected = _pairwise(group, alignment)
            assert representative(group, alignment) == expected
            picked.add(expected.article)
    assert len(picked) >= 3  # the groups do not all pick the same sentence


def test_a_tie_goes_to_the_first_sentence() -> None:
    alignment = _alignment(["Ships sailed north.", "Boats rowed south.", "Ships sailed north."])
    with Readings().active():
        assert representative(_group([1, 0]), alignment).article == "a0"
        assert representative(_group([2, 1, 0]), alignment).article == "a0"
