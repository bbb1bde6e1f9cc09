"""The same-statement scorer and article similarity, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.align.contradiction import contradictions
from newsprism.align.features import FEATURES, feature_matrix
from newsprism.align.similarity import (
    MODEL_FILE,
    SAME_STATEMENT_THRESHOLD,
    article_similarity,
    load_model,
    same_statement,
)
from newsprism.errors import ModelLoadError

PARAPHRASES = [
    ("The river rose by two metres overnight and the old bridge was closed to traffic.",
     "The old bridge was shut to traffic after the river climbed two metres during the night."),
    ("The mayor said the town hall would reopen on Monday after repairs.",
     "Repairs finished, the town hall will reopen on Monday, the mayor said."),
    ("Heavy rain flooded dozens of homes in the valley on Sunday, officials said.",
     "Officials said dozens of homes in the valley were flooded by heavy rain on Sunday."),
    ("The firm booked a profit of 12 million dollars in the third quarter.",
     "In the third quarter, the firm posted a 12 million dollar profit."),
    ("Police arrested two men after a robbery at a jewellery shop in the city centre.",
     "Two men were arrested by police following a robbery at a city-centre jewellery shop."),
    ("The minister resigned on Tuesday after weeks of pressure over the housing scandal.",
     "After weeks of pressure over the housing scandal, the minister stepped down on Tuesday."),
]

DIFFERENT = [
    pytest.param("The firm booked a profit of 12 million dollars in the third quarter.",
                 "The firm booked a profit of 45 million dollars in the third quarter.", id="number"),
    pytest.param("Unemployment fell to 5.2 percent in March, the statistics office said.",
                 "Unemployment fell to 6.8 percent in March, the statistics office said.", id="decimal"),
    pytest.param("Prime Minister Anna Berg met the French president in Paris on Friday.",
                 "Prime Minister Oskar Lind met the French president in Paris on Friday.", id="name"),
    pytest.param("The council approved the new bridge on Monday.",
                 "The council did not approve the new bridge on Monday.", id="negation"),
    pytest.param("The ferry company says the crossing is safe in winter.",
                 "The ferry company says the crossing isn't safe in winter.", id="contracted-negation"),
    pytest.param("The mayor said the town hall would reopen on Monday after repairs.",
                 "Heavy rain flooded dozens of homes in the valley on Sunday, officials said.", id="same-town"),
    pytest.param("Two people died when the bus left the road near Elm.",
                 "The central bank raised interest rates by a quarter point.", id="unrelated"),
]

MINIMAL = [  # (a, b, differ only by a contradicting number, name or negation?)
    ("Profits rose 12 percent.", "Profits rose 45 percent.", True),
    ("Profits rose 12 percent.", "Profits rose 12.3 percent.", False),  # the same figure, rounded
    ("Profits rose 12 percent.", "Profits rose 12 %.", False),
    ("Anna Berg won the vote.", "Oskar Lind won the vote.", False),  # a first word is no sure name
    ("The vote was won by Anna Berg.", "The vote was won by Oskar Lind.", True),
    ("The firm does not have a licence.", "The firm has no licence.", False),  # both negated
    ("The firm has a licence.", "The firm has no licence.", True),
    ("The talks ended on Monday.", "The talks ended on Tuesday.", False),  # a date question, not a name
    ("The talks ended on Monday.", "The talks collapsed on Monday.", False),  # a rewording
]


def scores(encoder, pairs: list[tuple[str, str]]) -> np.ndarray:
    a, b = encoder.encode([x for x, _ in pairs]), encoder.encode([y for _, y in pairs])
    cosine = np.einsum("ij,ij->i", a.vectors, b.vectors)
    return same_statement(a.texts, b.texts, cosine)


@pytest.mark.parametrize(("a", "b"), PARAPHRASES)
def test_paraphrases_score_above_the_threshold(encoder, a: str, b: str) -> None:
    assert scores(encoder, [(a, b)])[0] >= SAME_STATEMENT_THRESHOLD


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_statements_score_below_the_threshold(encoder, a: str, b: str) -> None:
    assert scores(encoder, [(a, b)])[0] < SAME_STATEMENT_THRESHOLD


def test_identical_sentences_score_almost_one(encoder) -> None:
    sentences = [a for a, _ in PARAPHRASES]
    assert scores(encoder, list(zip(sentences, sentences, strict=True))).min() > 0.95


def test_scores_many_pairs_at_once_as_one_by_one(encoder) -> None:
    pairs = PARAPHRASES + [(p.values[0], p.values[1]) for p in DIFFERENT]
    together = scores(encoder, pairs)
    alone = np.array([scores(encoder, [pair])[0] for pair in pairs])
    assert together.shape == (len(pairs),)
    np.testing.assert_allclose(together, alone, atol=1e-5)


WORDS = ["the", "council", "said", "profits", "rose", "not", "Berg", "Lind", "12", "45.5", "in", "Paris",
         "percent", "bridge", "closed", "n't", "was", "'s", "%", "Monday", "three", "\"", ","]
sentence = st.lists(st.sampled_from(WORDS), min_size=0, max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(sentence, sentence, st.floats(min_value=-1.0, max_value=1.0))
def test_same_statement_is_symmetric(encoder, a: str, b: str, cosine: float) -> None:
    c = np.array([cosine], dtype=np.float32)
    a, b = encoder.encode([a, b]).texts
    forward, backward = same_statement([a], [b], c), same_statement([b], [a], c)
    assert 0.0 <= forward[0] <= 1.0
    assert forward[0] == pytest.approx(backward[0], abs=1e-12)
    np.testing.assert_array_equal(feature_matrix([a], [b], c), feature_matrix([b], [a], c))


@pytest.mark.parametrize(("a", "b", "expected"), MINIMAL)
def test_minimal_contradictions(a: str, b: str, expected: bool) -> None:
    assert contradictions([a, b], [b, a]).tolist() == [expected, expected]


def test_no_pairs_give_an_empty_result() -> None:
    assert same_statement([], [], np.zeros(0, dtype=np.float32)).shape == (0,)


def test_lengths_must_agree(encoder) -> None:
    one, two = encoder.encode(["One.", "Two."]).texts
    with pytest.raises(ValueError, match="differ in length"):
        same_statement([one], [one, two], np.ones(1, dtype=np.float32))


def test_packaged_model_matches_the_features() -> None:
    model = load_model(MODEL_FILE)
    assert model.features == FEATURES
    assert 0.3 <= model.threshold <= 0.7
    assert model.about["cv_accuracy"] > 0.75


def test_broken_model_file_says_how_to_refit(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text("{\"format\": 1}", encoding="utf-8")
    with pytest.raises(ModelLoadError, match="--fit"):
        load_model(path)


STORY = ["Storm closes the Elm bridge.", "The river rose two metres overnight in Elm.",
         "The old bridge was closed to traffic, the town said.", "Repairs may take a week."]
RETOLD = ["Elm shuts its bridge as the river rises.", "The river in Elm climbed by two metres during the night.",
          "Officials closed the old bridge to all traffic.", "Schools stay open."]
OTHER = ["Central bank raises rates.", "The central bank raised its main interest rate by a quarter point.",
         "Markets had expected the move.", "Inflation stands at four percent."]


def test_article_similarity_ranks_the_same_story_above_another(encoder) -> None:
    story, retold, other = (encoder.encode(a).vectors for a in (STORY, RETOLD, OTHER))
    same, different = article_similarity(story, retold), article_similarity(story, other)
    assert 0.0 <= different < same <= 1.0
    assert article_similarity(story, story) == pytest.approx(1.0, abs=1e-6)
    assert article_similarity(story, retold) == pytest.approx(article_similarity(retold, story))


def test_article_without_sentences_is_similar_to_nothing(encoder) -> None:
    assert article_similarity(encoder.encode(STORY).vectors, np.zeros((0, 384), dtype=np.float32)) == 0.0
