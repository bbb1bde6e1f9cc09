"""The line classifier after the rules: widget labels go as 'boilerplate', prose and lists stay."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsprism.clean import boilerplate
from newsprism.clean.features import FEATURES, line_features
from newsprism.clean.lines import split_lines
from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig
from newsprism.model import ClutterKind

LEAD = "The city council approved the new harbour budget on Monday after a three-hour debate."
MIDDLE = "Councillor Ada Brenner said the vote was the closest the council had seen in a decade."
LAST = "The budget takes effect on the first of April, the council's clerk said."


LABELS = ["MORE VIDEO", "PREVIOUS STORIES", "Weather Alerts", "Photo Gallery: Harbour Days 2025"]


@pytest.mark.parametrize("label", LABELS)
def test_a_widget_label_inside_the_body_is_removed_as_boilerplate(label: str) -> None:
    cleaned = clean_text("\n\n".join([LEAD, label, MIDDLE, LAST]), None, CleanConfig())
    assert [(r.reason, r.text) for r in cleaned.removed] == [("boilerplate", label)]
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]


def test_without_the_model_the_rules_alone_decide() -> None:
    cleaned = clean_text("\n\n".join([LEAD, "MORE VIDEO", MIDDLE, LAST]), None, CleanConfig(line_model=False))
    assert cleaned.paragraphs == [LEAD, "MORE VIDEO", MIDDLE, LAST]


@pytest.mark.parametrize("line", ["Nobody was hurt.", "• a new roof for the ferry terminal", "Age – 17",
                                  "The harbour master declined to comment"])
def test_short_prose_and_list_items_are_never_the_models(line: str) -> None:
    cleaned = clean_text("\n\n".join([LEAD, line, MIDDLE, LAST]), None, CleanConfig())
    assert line in cleaned.paragraphs


def test_features_have_one_named_column_each() -> None:
    lines = split_lines("\n\n".join([LEAD, "MORE VIDEO", MIDDLE, LAST]))
    rows = line_features(lines, [None] * len(lines), "Harbour budget passes", 0, 3)
    assert rows.shape == (4, len(FEATURES))
    assert rows[1, FEATURES.index("ends_sentence")] == 0.0 and rows[0, FEATURES.index("ends_sentence")] == 1.0


def _one_tree_model(path: Path, features: list[str]) -> None:
    """A stump: feature 0 <= 1.0 goes left (leaf -2.0), else right (leaf +2.0); base 0, rate 1."""
    trees = {"feature": [0, 0, 0], "threshold": [1.0, 0.0, 0.0], "left": [1, -1, -1], "right": [2, -1, -1],
             "value": [0.0, -2.0, 2.0], "roots": [0], "depth": 1}
    path.write_text(json.dumps({"format": 1, "features": features, "threshold": 0.5, "base_score": 0.0,
                                "learning_rate": 1.0, "trees": trees}), encoding="utf-8")


def test_the_json_trees_are_evaluated_as_written(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    _one_tree_model(path, list(FEATURES))
    model = boilerplate.load_model(path)
    rows = np.zeros((2, len(FEATURES)))
    rows[1, 0] = 3.0
    assert np.allclose(boilerplate.probabilities(model, rows), [1 / (1 + np.exp(2.0)), 1 / (1 + np.exp(-2.0))])


def test_a_model_of_another_feature_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    _one_tree_model(path, ["log_words"])
    with pytest.raises(ValueError, match="feature list"):
        boilerplate.load_model(path)


def test_only_plain_sentences_at_the_bodys_edges_are_asked_about() -> None:
    middle = "Councillor Ada Brenner said the vote was close."
    texts = [LEAD, MIDDLE, middle, "The clerk read the motion twice.", "Nobody objected to the reading.", LAST]
    lines = split_lines("\n\n".join(texts))
    kinds: list[ClutterKind | None] = [None] * len(lines)
    assert boilerplate.edge_sentences(lines, kinds, 0, len(lines) - 1) == [0, 1, 4, 5]
    kinds[0] = "caption"
    assert boilerplate.edge_sentences(lines, kinds, 1, len(lines) - 1) == [1, 2, 4, 5]


def test_a_model_without_a_plain_threshold_never_removes_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    _one_tree_model(path, list(FEATURES))
    assert boilerplate.load_model(path).plain_threshold > 1


def test_caption_and_teaser_features() -> None:
    caption = "A firefighter sprays water on the burning ferry terminal (Jane Roe)"
    teaser = "Harbour Master Warns of Winter Storm Season Ahead"
    lines = split_lines("\n\n".join([caption, "Photo: Jane Roe / The Daily X", LEAD, MIDDLE, LAST, teaser]))
    rows = line_features(lines, [None, "caption", None, None, None, None], "Harbour budget passes", 2, 4)
    column = {name: rows[:, FEATURES.index(name)] for name in FEATURES}
    assert column["credit_near"][0] == 1.0 and column["credit_near"][3] == 0.0
    assert column["name_in_parens"][0] == 1.0 and column["name_in_parens"][2] == 0.0
    assert column["past_tense"][0] == 0.0 and column["past_tense"][2] == 1.0
    assert column["title_run"][5] >= 5 and column["kept_from_last"][5] == 0.0 and column["kept_from_first"][0] == 0.0
    assert column["max_overlap"][4] > 0.0


LONG_CLOSING = ("Detectives said the two men had argued in the car park for several minutes before the shot was fired, "
                "and that the wounded man walked to the ferry office for help. Anyone who saw the argument is asked "
                "to call the harbour police at 555-0134 or to leave a tip at www.example-tips.org.")


def test_a_long_prose_paragraph_is_never_asked_even_with_a_link() -> None:
    lines = split_lines("\n\n".join([LEAD, MIDDLE, LAST, LONG_CLOSING, "MORE VIDEO"]))
    kinds: list[ClutterKind | None] = [None] * len(lines)
    assert boilerplate.candidates(lines, kinds, 0, 3) == [4]
    cleaned = clean_text("\n\n".join([LEAD, MIDDLE, LAST, LONG_CLOSING]), None, CleanConfig())
    assert LONG_CLOSING in cleaned.paragraphs


def test_reader_and_caption_cues_and_the_strong_prose_anchors() -> None:
    caption = "Jane Roe (left) and John Doe pose outside the ferry terminal"
    prompt = "Read more: Harbour budget vote delayed again"
    promise = "We will update this story as more details come in."
    lines = split_lines("\n\n".join([caption, LEAD, MIDDLE, LAST, LONG_CLOSING, prompt, promise]))
    rows = line_features(lines, [None] * len(lines), "Harbour budget passes", 0, 6)
    column = {name: rows[:, FEATURES.index(name)] for name in FEATURES}
    assert list(column["caption_cue"][:2]) == [1.0, 0.0]
    assert column["imperative"][5] == 1.0 and column["imperative"][1] == 0.0
    assert column["we_our"][6] == 1.0 and column["we_our"][2] == 0.0
    assert column["before_lead"][0] == 1.0 and column["before_lead"][4] == 0.0  # LEAD is too short to anchor
    assert column["after_tail"][5] == 1.0 and column["after_tail"][4] == 0.0
    assert column["long_prose"][4] == 1.0 and column["long_prose"][1] == 0.0
