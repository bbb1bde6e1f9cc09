"""Parts of sentences read from the encoder's token states: the right pieces, the right vector, and the text
encoded on its own where the sentences do not hold the part whole."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.nlp.encoder import MAX_TOKENS, EncodedText, Encoder
from newsprism.nlp.pooling import PartRequest, SentenceStates, pooled_vectors, read_parts
from newsprism.nlp.story_encoder import StoryEncoder

FIRST = "The harbour  master said:\n“We will rebuild   every pier before winter,” on Tuesday."
SECOND = "“Nobody will be left without a berth.” He then left the meeting."
TEXT = f"Port Averly.\n\n{FIRST} {SECOND}"


@pytest.fixture(scope="module")
def story(encoder: Encoder) -> tuple[StoryEncoder, SentenceStates]:
    cached = StoryEncoder(encoder)
    first, second = cached.encode([FIRST, SECOND]).texts
    states = SentenceStates({"a": TEXT}, [("a", TEXT.index(FIRST), first), ("a", TEXT.index(SECOND), second)])
    return cached, states


def _request(words: str) -> PartRequest:
    start = TEXT.index(words)
    return PartRequest("a", ((start, start + len(words)),), words)


def test_offsets_point_at_the_pieces_as_written(story: tuple[StoryEncoder, SentenceStates]) -> None:
    encoded = story[0].encode([FIRST]).texts[0]  # encoded under its whitespace-collapsed key
    assert encoded.text == FIRST and len(encoded.offsets) == len(encoded.pieces)
    for piece, (start, end) in zip(encoded.pieces, encoded.offsets.tolist(), strict=True):
        assert FIRST[start:end].lower() == piece.removeprefix("##")


def test_a_quote_is_read_from_its_sentence(story: tuple[StoryEncoder, SentenceStates]) -> None:
    cached, states = story
    read = states.read(_request("We will rebuild   every pier before winter,"))
    assert read is not None
    assert read.pieces == ("we", "will", "rebuild", "every", "pier", "before", "winter", ",")
    sentence = cached.encode([FIRST]).texts[0]
    at = sentence.pieces.index("we")
    assert np.array_equal(read.states, sentence.states[at:at + 8])
    vector = pooled_vectors([read])[0]
    mean = sentence.states[at:at + 8].astype(np.float32).mean(axis=0)
    assert np.allclose(vector, mean / np.linalg.norm(mean), atol=1e-6)


def test_a_quote_over_two_sentences_joins_their_pieces(story: tuple[StoryEncoder, SentenceStates]) -> None:
    read = story[1].read(_request("on Tuesday. “Nobody will"))
    assert read is not None and read.pieces == ("on", "tuesday", ".", "“", "nobody", "will")


def test_text_outside_the_sentences_is_encoded_on_its_own(story: tuple[StoryEncoder, SentenceStates]) -> None:
    cached, states = story
    request = _request("Averly.\n\nThe harbour")
    assert states.read(request) is None and states.context(request) is None
    (alone,) = read_parts(states, [request], cached).texts
    assert alone.pieces == cached.encode([request.text]).texts[0].pieces
    assert states.context(_request("every pier")) is not None


def test_pieces_past_the_encoders_limit_are_not_read(encoder: Encoder) -> None:
    long = " ".join(["pier"] * (MAX_TOKENS + 20)) + " ends here."
    (encoded,) = encoder.encode([long]).texts
    states = SentenceStates({"a": long}, [("a", 0, encoded)])
    assert states.read(PartRequest("a", ((0, 20),), long[:20])) is not None
    assert states.read(PartRequest("a", ((len(long) - 10, len(long)),), "ends here.")) is None


def test_a_reading_without_offsets_is_not_read_from() -> None:
    bare = EncodedText("a pier", ("a", "pier"), np.ones((2, 4), dtype=np.float16))
    assert SentenceStates({"a": "a pier"}, [("a", 0, bare)]).read(PartRequest("a", ((2, 6),), "pier")) is None
