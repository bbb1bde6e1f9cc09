"""The line classifier's fitting (clean/train.py): a bag of boosted-tree models packed as one model reads at run
time (numpy only) as the members' mean log-odds, and of the settings compared leave-outlets-out a later one is
taken only beyond the tie. Rows are made up here: no page text."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsprism.clean import train
from newsprism.clean.boilerplate import load_model, probabilities
from newsprism.clean.features import FEATURES

pytest.importorskip("sklearn")


def _rows(count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    rows = rng.random((count, len(FEATURES)))
    labels = ((rows[:, 0] + 0.3 * rows[:, 1] + 0.2 * rng.random(count)) > 0.9).astype(np.int64)
    return rows, labels


def test_a_packed_bag_reads_as_its_members_mean(tmp_path: Path) -> None:
    rows, labels = _rows(400, 1)
    setting = train.Setting(depth=2, trees=20, learning_rate=0.1, min_leaf=10, subsample=0.7, members=3)
    members = train._fit(rows, labels, setting)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(train.export(members, train.Thresholds(0.5, 0.8), setting)), encoding="utf-8")
    packed = load_model(path)
    fresh, _ = _rows(50, 2)
    assert np.allclose(probabilities(packed, fresh), train._predict(members, fresh), atol=1e-5)
    single = train._predict(members[:1], fresh)
    assert not np.allclose(single, train._predict(members, fresh))  # the members differ: the bag averages


def test_the_earlier_setting_is_kept_within_the_tie() -> None:
    assert train.preferred([50, 50 + train.TIE_LINES]) == 0
    assert train.preferred([50, 51 + train.TIE_LINES]) == 1
    assert train.preferred([50, 40, 51 + train.TIE_LINES, 52 + train.TIE_LINES]) == 2
    assert train.preferred([7]) == 0
