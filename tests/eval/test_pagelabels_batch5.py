"""Batch 5 of the gunviolence line labels: 36 dev pages only, from outlets no earlier batch has, redrawn by the tool."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.eval.label_tool import BATCH5_SEED, sample
from newsprism.eval.pagelabels import LABEL_FILE, read_labels

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "gunviolence_semeval2018t5"


def _domains(paths: set[str]) -> set[str]:
    found: set[str] = set()
    for gold in CORPUS.glob("*/gold.json"):
        for doc in json.loads(gold.read_text(encoding="utf-8"))["documents"]:
            if f"{gold.parent.name}/{doc['file']}" in paths:
                found.add(doc["outlet"])
    return found


def test_batch_5_is_dev_only() -> None:
    docs = [doc for doc in read_labels(LABEL_FILE) if doc.batch == 5]
    assert len(docs) == 36 and all(doc.split == "dev" for doc in docs)


def test_batch_5_redraws_and_comes_from_new_outlets() -> None:
    if not CORPUS.is_dir():
        return
    docs = read_labels(LABEL_FILE)
    earlier = _domains({doc.path for doc in docs if doc.batch < 5})
    fifth = {doc.path for doc in docs if doc.batch == 5}
    assert not _domains(fifth) & earlier and len(_domains(fifth)) == 36
    redrawn = sample(CORPUS, seed=BATCH5_SEED, count=36, max_chars=8000, exclude=frozenset(earlier), dev_only=True)
    assert redrawn == sorted(fifth)
