"""newsprism eval ecbplus: the coreference scores on hand-counted cases, and a tiny topic written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.eval import DATASETS, EvalError, evaluate
from newsprism.eval.coref import score_clusterings
from newsprism.eval.ecbplus import _nominal, read_topics
from newsprism.nlp import NlpResources

DOCS = {
    "7_1ecb": "Actress Mara Quill entered a clinic in Lakeford on Monday.\nQuill checked in after a court hearing.",
    "7_2ecb": "Mara Quill is in rehab again.\nThe actress arrived at the Lakeford clinic with her lawyer.",
}


def test_scores_of_a_perfect_answer_are_one() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    scores = score_clusterings(gold, {"a": "x", "b": "x", "c": "y"})
    assert (scores.muc.f1, scores.b3.f1, scores.ceafe.f1, scores.conll) == (1.0, 1.0, 1.0, 1.0)


def test_scores_counted_by_hand() -> None:
    # gold {a b c} {d}; answer {a b} {c d}: MUC recall 1/2, precision 1/2; B3 precision (1+1+.5+.5)/4
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    scores = score_clusterings(gold, {"a": "x", "b": "x", "c": "y", "d": "y"})
    assert scores.muc.recall == pytest.approx(0.5) and scores.muc.precision == pytest.approx(0.5)
    assert scores.b3.precision == pytest.approx(0.75)
    assert scores.b3.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    # CEAF-e: best alignment {a b c}-{a b} (phi 0.8) and {d}-{c d} (phi 2/3)
    assert scores.ceafe.precision == pytest.approx((0.8 + 2 / 3) / 2)
    assert scores.ceafe.recall == pytest.approx((0.8 + 2 / 3) / 2)


def write_topic(root: Path) -> Path:
    folder = root / "7"
    (folder / "ecb").mkdir(parents=True)
    documents = {}
    chains: dict[str, list[dict[str, object]]] = {"quill": [], "clinic": [], "town": []}
    for doc, text in DOCS.items():
        (folder / "ecb" / f"{doc}.txt").write_text(text, encoding="utf-8")
        documents[doc] = {"path": f"ecb/{doc}.txt"}
        for chain, words in (("quill", ("Mara Quill", "\nQuill", "The actress")), ("clinic", ("clinic",)),
                             ("town", ("Lakeford",))):
            for word in words:
                start = text.find(word)
                if start >= 0:
                    start, word = start + word.startswith("\n"), word.strip()
                    tag = {"quill": "HUMAN_PART_PER", "clinic": "LOC_FAC", "town": "LOC_GEO"}[chain]
                    chains[chain].append({"doc": doc, "start": start, "end": start + len(word), "tag": tag,
                                          "in_selected_sentence": True})
    gold = {"topic": 7, "documents": documents,
            "entity_chains": [{"chain_id": name, "mentions": mentions} for name, mentions in chains.items()]}
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def test_read_topics_and_bad_folders(tmp_path: Path) -> None:
    topics = read_topics(write_topic(tmp_path / "ok"))
    assert [t.number for t in topics] == [7] and topics[0].part == "tune"
    assert len(topics[0].mentions) == 8
    with pytest.raises(EvalError, match="no topic folder"):
        read_topics(tmp_path)
    (tmp_path / "bad" / "3").mkdir(parents=True)
    (tmp_path / "bad" / "3" / "gold.json").write_text("{", encoding="utf-8")
    with pytest.raises(EvalError, match="cannot read the topic"):
        read_topics(tmp_path / "bad")


def test_eval_ecbplus_on_a_written_topic(tmp_path: Path) -> None:
    assert "ecbplus" in DATASETS
    results = evaluate("ecbplus", write_topic(tmp_path), encoder=None)  # type: ignore[arg-type]
    figures = {(r.system, r.metric, r.split): r.value for r in results}
    assert {s for s, _, _ in figures} == {"newsprism", "newsprism+lemma", "newsprism|lemma", "lemma"}
    assert {split for _, _, split in figures} == {"all", "tune"}
    # the named mentions of Mara Quill (two articles) and of Lakeford are merged by the entity stage
    assert figures[("newsprism", "muc_f1", "all")] >= 0.5
    assert figures[("newsprism", "type_accuracy", "all")] == 1.0


def test_a_place_mention_with_its_preposition_has_the_nouns_head(resources: NlpResources) -> None:
    doc = resources.spacy("She checked into a clinic in Lakeford Heights.")
    span = doc.char_span(doc.text.index("in Lakeford"), len(doc.text), alignment_mode="expand")
    assert span is not None and span.root.text == "in"
    assert _nominal(span).root.text == "Heights"
    clinic = doc.char_span(doc.text.index("a clinic"), doc.text.index(" in Lake"))
    assert clinic is not None and _nominal(clinic).root.text == "clinic"


def test_union_joins_what_either_the_entities_or_the_heads_join() -> None:
    from newsprism.eval.ecbplus import _union

    ours = {"a": "a", "b": "E", "c": "E", "d": "d"}  # b and c in one entity; a and d in none
    lemma = {"a": "fund", "b": "fund", "c": "imf", "d": "rate"}
    union = _union(1, ours, lemma)
    assert union["a"] == union["b"] == union["c"] != union["d"]
