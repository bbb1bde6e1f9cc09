"""Batches 4 to 7 of the gunviolence line labels: dev pages only, each from outlets no earlier batch has,
redrawn by the tool with the seed and count the labels README gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.eval.label_tool import BATCH4_SEED, BATCH5_SEED, BATCH6_SEED, sample
from newsprism.eval.pagelabels import LABEL_FILE, read_labels, split_of

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "gunviolence_semeval2018t5"
BATCH7_SEED = 22
"""Seed of batch 7 (labels/README.md: ``--seed 22 --count 40 --max-chars 8000 --exclude --dev-only``)."""
DEV_BATCHES = [(4, BATCH4_SEED, 60), (5, BATCH5_SEED, 36), (6, BATCH6_SEED, 45), (7, BATCH7_SEED, 40)]
"""(batch, seed, pages) of each batch drawn with `label_tool sample --dev-only`."""


def _domains(paths: set[str]) -> set[str]:
    found: set[str] = set()
    for gold in CORPUS.glob("*/gold.json"):
        for doc in json.loads(gold.read_text(encoding="utf-8"))["documents"]:
            if f"{gold.parent.name}/{doc['file']}" in paths:
                found.add(doc["outlet"])
    return found


@pytest.mark.parametrize(("batch", "seed", "pages"), DEV_BATCHES)
def test_the_batch_is_dev_only(batch: int, seed: int, pages: int) -> None:
    docs = [doc for doc in read_labels(LABEL_FILE) if doc.batch == batch]
    assert len(docs) == pages and all(doc.split == "dev" for doc in docs)


def test_dev_only_sampling_never_draws_a_test_document(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    documents = [{"file": f"d{n}.txt", "outlet": f"outlet{n}.com", "n_chars": 300} for n in range(30)]
    (root / "1").mkdir(parents=True)
    (root / "1" / "gold.json").write_text(json.dumps({"documents": documents}), encoding="utf-8")
    drawn = sample(root, seed=19, count=30, max_chars=8000, dev_only=True)
    assert drawn and all(split_of(Path(path).stem) == "dev" for path in drawn)
    assert len(sample(root, seed=19, count=30, max_chars=8000)) == 30 > len(drawn)


@pytest.mark.parametrize(("batch", "seed", "pages"), DEV_BATCHES)
def test_the_batch_redraws_and_comes_from_new_outlets(batch: int, seed: int, pages: int) -> None:
    if not CORPUS.is_dir():
        return
    docs = read_labels(LABEL_FILE)
    earlier = _domains({doc.path for doc in docs if doc.batch < batch})
    drawn = {doc.path for doc in docs if doc.batch == batch}
    assert not _domains(drawn) & earlier and len(_domains(drawn)) == pages
    redrawn = sample(CORPUS, seed=seed, count=pages, max_chars=8000, exclude=frozenset(earlier), dev_only=True)
    assert redrawn == sorted(drawn)
