"""The optional NLI check, on a tiny ONNX model the test builds: a bag of words whose table makes 'cancelled' and
'never' push the contradiction logit and every other known word push entailment."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.conflicts import find_conflicts, load_nli
from newsprism.conflicts.nli import CONTRADICTION_THRESHOLD
from newsprism.errors import ModelLoadError

onnx = pytest.importorskip("onnx")

LABELS = ["entailment", "neutral", "contradiction"]
"""Contradiction is not output 0: the model finds it through config.json's id2label."""
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
CONTRADICTING = {"cancelled": 40.0, "never": 40.0}
ENTAILING = 0.5
WIRE = ("Bridge vote in Alderford\n\n"
        "The town council of Alderford approved the new footbridge over the Wend river on Tuesday evening.\n\n"
        "The mayor visited the riverside site with two engineers before the vote.\n\n"
        "Work on the footbridge should start in the spring and last roughly twelve months.\n")
DAILY = ("Alderford and its footbridge\n\n"
         "The town council of Alderford cancelled the new footbridge over the Wend river on Tuesday evening.\n\n"
         "The mayor never visited the riverside site with two engineers before the vote.\n\n"
         "Residents who live near the water have asked for a crossing for more than ten years.\n")
VOCAB = sorted({w.strip(".,").lower() for w in (WIRE + DAILY).split()} | {".", ","} | set(CONTRADICTING))


def _table() -> np.ndarray:
    table = np.zeros((len(SPECIAL) + len(VOCAB), 3), dtype=np.float32)
    for i, word in enumerate(VOCAB, start=len(SPECIAL)):
        table[i] = [0.0, 0.0, CONTRADICTING[word]] if word in CONTRADICTING else [ENTAILING, 0.0, 0.0]
    return table


def _onnx_model(table: np.ndarray) -> bytes:
    """logits = sum over the tokens the mask keeps of their row of ``table``; inputs input_ids and attention_mask."""
    from onnx import TensorProto, helper, numpy_helper

    nodes = [helper.make_node("Gather", ["table", "input_ids"], ["rows"]),
             helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
             helper.make_node("Unsqueeze", ["mask_f", "last"], ["mask_3d"]),
             helper.make_node("Mul", ["rows", "mask_3d"], ["kept"]),
             helper.make_node("ReduceSum", ["kept", "seq_axis"], ["logits"], keepdims=0)]
    graph = helper.make_graph(
        nodes, "bag_of_words_nli",
        [helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "seq"]) for name in ("input_ids",
                                                                                               "attention_mask")],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 3])],
        [numpy_helper.from_array(table, "table"), numpy_helper.from_array(np.array([-1], dtype=np.int64), "last"),
         numpy_helper.from_array(np.array([1], dtype=np.int64), "seq_axis")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return bytes(model.SerializeToString())


def _tokenizer():
    from tokenizers import Tokenizer, normalizers, pre_tokenizers, processors
    from tokenizers.models import WordLevel

    vocab = {w: i for i, w in enumerate(SPECIAL + VOCAB)}
    tokenizer = Tokenizer(WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Lowercase()
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    return tokenizer


def _write_model(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.onnx").write_bytes(_onnx_model(_table()))
    _tokenizer().save(str(folder / "tokenizer.json"))
    (folder / "config.json").write_text(json.dumps({"id2label": dict(enumerate(LABELS))}), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    return _write_model(tmp_path_factory.mktemp("nli") / "tiny-nli")


@pytest.fixture(scope="module")
def story_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("story")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "daily.txt").write_text(DAILY, encoding="utf-8")
    return folder


def _expected(premise: str, hypothesis: str) -> float:
    """The contradiction probability the table was built to give: softmax of the summed rows of every token."""
    ids = _tokenizer().encode(premise, hypothesis).ids
    logits = _table()[ids].sum(axis=0).astype(np.float64)
    weights = np.exp(logits - logits.max())
    return float(weights[LABELS.index("contradiction")] / weights.sum())


@pytest.mark.parametrize(("premise", "hypothesis", "contradicts"), [
    ("The mayor visited the site.", "The mayor visited the site.", False),
    ("The mayor visited the site.", "The mayor never visited the site.", True),
    ("The council approved the footbridge.", "The council cancelled the footbridge.", True),
    ("Zebras graze quietly.", "Quokkas smile.", False),  # unknown words only: all three labels equal
])
def test_model_scores_pairs_as_the_table_designs(model_dir, premise, hypothesis, contradicts) -> None:
    model = load_nli(str(model_dir))
    forward, backward = model.contradiction([premise, hypothesis], [hypothesis, premise]).tolist()
    assert forward == pytest.approx(_expected(premise, hypothesis), abs=1e-5)
    assert backward == pytest.approx(forward, abs=1e-5)  # a bag of words reads both orders alike
    assert (forward >= CONTRADICTION_THRESHOLD) is contradicts


def test_batches_give_the_same_probabilities(model_dir) -> None:
    model = load_nli(str(model_dir))
    premises = [f"The mayor {'never ' * (i % 2)}visited the site{' again' * i}." for i in range(7)]
    hypotheses = ["The mayor visited the site."] * 7
    whole = model.contradiction(premises, hypotheses)
    model.batch_size = 2
    assert np.allclose(model.contradiction(premises, hypotheses), whole, atol=1e-6)
    assert model.contradiction([], []).shape == (0,)


@pytest.fixture(scope="module")
def story(story_dir, resources, conflict_input):
    return conflict_input([str(story_dir)], resources)


def _pair_aligned(story, first: str, second: str) -> bool:
    texts = [s.text for s in story.alignment.table.sentences]
    return any({texts[link.a], texts[link.b]} == {t for t in texts if first in t or second in t}
               for link in story.alignment.links)


def test_story_pairs_are_aligned(story) -> None:
    assert _pair_aligned(story, "council of Alderford approved", "council of Alderford cancelled")
    assert _pair_aligned(story, "The mayor visited", "The mayor never visited")


def test_nli_reports_the_contradiction_no_slot_check_finds(story, model_dir) -> None:
    conflicts = find_conflicts(replace(story, nli=load_nli(str(model_dir))))
    other = [c for c in conflicts if c.kind == "other"]
    assert len(other) == 1
    sides = {s.claim: [e.article for e in s.evidence] for s in other[0].sides}
    assert sides == {"approved": ["wire"], "cancelled": ["daily"]}
    assert all(s.origins == 1 for s in other[0].sides)
    assert '"cancelled"' in other[0].explanation and "daily" in other[0].explanation
    # 'never visited' is the negation check's: reported once, under its own kind
    assert [c.kind for c in conflicts if c.kind != "other"] == [c.kind for c in find_conflicts(story)]


def test_without_a_model_no_other_conflict(story) -> None:
    assert story.nli is None
    assert all(c.kind != "other" for c in find_conflicts(story))


def test_quoted_sentences_are_not_read(story, model_dir) -> None:
    from newsprism.model import Quote, QuoteVariant

    sentence = next(i for i, s in enumerate(story.alignment.table.sentences) if "cancelled" in s.text)
    evidence = story.alignment.table.evidence(sentence)
    variant = QuoteVariant(kind="direct", content=evidence, source=None, cue=None, speaker=None)
    quote = Quote(kind="direct", text=evidence.text, speaker=None, variants=[variant], articles=1)
    quoted = replace(story, nli=load_nli(str(model_dir)), quotes=[quote])
    assert all(c.kind != "other" for c in find_conflicts(quoted))


def test_cli_analyze_with_nli_model(story_dir, model_dir) -> None:
    result = CliRunner().invoke(cli, ["analyze", str(story_dir), "--nli-model", str(model_dir), "--json", "-", "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    other = [c for c in report["conflicts"] if c["kind"] == "other"]
    assert [sorted(s["claim"] for s in c["sides"]) for c in other] == [["approved", "cancelled"]]


def _no_config(folder: Path) -> None:
    (folder / "config.json").unlink()


def _no_contradiction_label(folder: Path) -> None:
    (folder / "config.json").write_text(json.dumps({"id2label": {"0": "LABEL_0", "1": "LABEL_1"}}))


def _broken_onnx(folder: Path) -> None:
    (folder / "model.onnx").write_bytes(b"not a model")


def _broken_config(folder: Path) -> None:
    (folder / "config.json").write_text("{id2label")


@pytest.mark.parametrize(("damage", "words"), [
    (None, "no such folder"),
    (_no_config, "missing config.json"),
    (_no_contradiction_label, "names no 'contradiction'"),
    (_broken_config, "no readable id2label"),
    (_broken_onnx, "cannot load the NLI model"),
], ids=["missing-folder", "no-config", "no-contradiction-label", "broken-config", "broken-onnx"])
def test_bad_model_folder_is_a_clear_error(tmp_path, story_dir, damage, words) -> None:
    folder = tmp_path / "my-nli"
    if damage is not None:
        damage(_write_model(folder))
    with pytest.raises(ModelLoadError, match=re.escape(str(folder))):
        load_nli(str(folder))
    result = CliRunner().invoke(cli, ["analyze", str(story_dir), "--nli-model", str(folder), "--json", "-"])
    assert result.exit_code == 2
    assert str(folder) in result.stderr and words in result.stderr
    assert "Traceback" not in result.output
