"""Batch 4 of the gunviolence line labels: dev pages only, from outlets no earlier batch has, redrawn by the tool."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.eval.label_tool import sample
from newsprism.eval.pagelabels import LABEL_FILE, read_labels, split_of

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "gunviolence_semeval2018t5"


def _domains(paths: set[str]) -> set[str]:
    found: set[str] = set()
    for gold in CORPUS.glob("*/gold.json"):
        for doc in json.loads(gold.read_text(encoding="utf-8"))["documents"]:
            if f"{gold.parent.name}/{doc['file']}" in paths:
                found.add(doc["outlet"])
    return found


def test_batch_4_is_dev_only() -> None:
    docs = [doc for doc in read_labels(LABEL_FILE) if doc.batch == 4]
    assert len(docs) == 60 and all(doc.split == "dev" for doc in docs)


def test_dev_only_sampling_never_draws_a_test_document(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    documents = [{"file": f"d{n}.txt", "outlet": f"outlet{n}.com", "n_chars": 300} for n in range(30)]
    (root / "1").mkdir(parents=True)
    (root / "1" / "gold.json").write_text(json.dumps({"documents": documents}), encoding="utf-8")
    drawn = sample(root, seed=19, count=30, max_chars=8000, dev_only=True)
    assert drawn and all(split_of(Path(path).stem) == "dev" for path in drawn)
    assert len(sample(root, seed=19, count=30, max_chars=8000)) == 30 > len(drawn)


def test_batch_4_redraws_and_comes_from_new_outlets() -> None:
    if not CORPUS.is_dir():
        return
    docs = read_labels(LABEL_FILE)
    earlier = _domains({doc.path for doc in docs if doc.batch < 4})
    fourth = {doc.path for doc in docs if doc.batch == 4}
    assert not _domains(fourth) & earlier and len(_domains(fourth)) == 60
    redrawn = sample(CORPUS, seed=19, count=60, max_chars=8000, exclude=frozenset(earlier), dev_only=True)
    assert redrawn == sorted(fourth)
