"""The line classifier's fitting (clean/train.py, clean/train_folds.py): a bag of boosted-tree models packed as one
model reads at run time (numpy only) as the members' mean log-odds, a model fitted on some columns reads them where
the runtime puts them, and of the settings compared leave-outlets-out a later one is taken only beyond the tie. Rows
are made up here: no page text."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsprism.clean import train, train_folds
from newsprism.clean.boilerplate import load_model, probabilities
from newsprism.clean.features import FEATURES

pytest.importorskip("sklearn")


def _rows(count: int, seed: int, column: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    rows = rng.random((count, len(FEATURES)))
    labels = ((rows[:, column] + 0.3 * rows[:, 1] + 0.2 * rng.random(count)) > 0.9).astype(np.int64)
    return rows, labels


def _packed(tmp_path: Path, members: list, setting: train_folds.Setting) -> np.ndarray:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(train.export(members, train_folds.Thresholds(0.5, 0.8), setting)), encoding="utf-8")
    load_model.cache_clear()
    return load_model(path)


def test_a_packed_bag_reads_as_its_members_mean(tmp_path: Path) -> None:
    rows, labels = _rows(400, 1)
    setting = train_folds.Setting(depth=2, trees=20, learning_rate=0.1, min_leaf=10, subsample=0.7, members=3)
    members = train_folds.fit(rows, labels, setting)
    packed = _packed(tmp_path, members, setting)
    fresh, _ = _rows(50, 2)
    assert np.allclose(probabilities(packed, fresh), train_folds.predict(members, fresh, setting), atol=1e-5)
    single = train_folds.predict(members[:1], fresh, setting)
    assert not np.allclose(single, train_folds.predict(members, fresh, setting))  # the members differ: the bag averages


def test_a_model_fitted_on_some_columns_reads_them_among_all(tmp_path: Path) -> None:
    last = len(FEATURES) - 1
    rows, labels = _rows(400, 3, column=last)
    setting = train_folds.Setting(depth=2, trees=20, learning_rate=0.1, min_leaf=10, subsample=1.0, members=1,
                                  features=(FEATURES[1], FEATURES[last]))
    assert setting.columns() == [1, last]
    members = train_folds.fit(rows, labels, setting)
    packed = _packed(tmp_path, members, setting)
    fresh, _ = _rows(60, 4, column=last)
    assert set(packed.trees.feature[packed.trees.left != -1]) <= {1, last}
    assert np.allclose(probabilities(packed, fresh), train_folds.predict(members, fresh, setting), atol=1e-5)


def test_the_earlier_setting_is_kept_within_the_tie() -> None:
    assert train.preferred([50, 50 + train.TIE_LINES]) == 0
    assert train.preferred([50, 51 + train.TIE_LINES]) == 1
    assert train.preferred([50, 40, 51 + train.TIE_LINES, 52 + train.TIE_LINES]) == 2
    assert train.preferred([7]) == 0
