"""Contradictions found by a natural-language-inference model that the user supplies (``--nli-model DIR``).

newsprism ships no NLI model: conflicts come from alignment, the extracted slots and their normalisation
(:mod:`.aligned`). A user who has an NLI model can add it. Its folder holds ``model.onnx`` (inputs among
input_ids, attention_mask, token_type_ids; first output the logits, one row per pair), the model's
``tokenizer.json``, and ``config.json`` whose Hugging Face style ``id2label`` names the contradiction output.

The model only reads aligned sentence pairs of different articles that no slot check flagged, and reports a
conflict of kind "other" when it finds a contradiction both ways round. Precision first: pairs of the same words
and sentences that carry quoted words (a speaker's claim, not the article's) are not read. Near-verbatim links
are read: one changed word ('approved' / 'cancelled') is the contradiction a reprint can carry.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsprism.align import StoryAlignment
from newsprism.align.links import sentence_pairs
from newsprism.conflicts.aligned import PairEntities
from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.explain import explain
from newsprism.conflicts.sides import Claim, build_sides
from newsprism.errors import ModelLoadError
from newsprism.model import Conflict, Quote

CONTRADICTION_THRESHOLD = 0.9
"""Contradiction probability a pair needs in both directions. A default for the user's own model, not calibrated
on any data we hold: NLI models trained on MNLI put most clear contradictions above it, and asking for both
directions keeps one-sided readings (one sentence merely says more) out."""
MAX_TOKENS = 256
"""Premise and hypothesis together: two news sentences run to about 120 word pieces."""
NEEDED = ("model.onnx", "tokenizer.json", "config.json")


class NliModel:
    """A sentence-pair classifier in ONNX that says how likely a hypothesis contradicts a premise."""

    def __init__(self, folder: Path, batch_size: int = 32) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.contradiction_index = _label_index(folder)
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(str(folder / "model.onnx"), options,
                                                    providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        self.name = folder.name
        self.batch_size = batch_size

    def contradiction(self, premises: Sequence[str], hypotheses: Sequence[str]) -> NDArray[np.float32]:
        """For each (premise, hypothesis) pair, the probability that the hypothesis contradicts the premise."""
        out = np.zeros(len(premises), dtype=np.float32)
        for start in range(0, len(premises), self.batch_size):
            end = start + self.batch_size
            out[start:end] = self._batch(list(zip(premises[start:end], hypotheses[start:end], strict=True)))
        return out

    def _batch(self, pairs: list[tuple[str, str]]) -> NDArray[np.float32]:
        encodings = self.tokenizer.encode_batch(pairs)
        arrays = {"input_ids": [e.ids for e in encodings], "attention_mask": [e.attention_mask for e in encodings],
                  "token_type_ids": [e.type_ids for e in encodings]}
        feeds: dict[str, Any] = {k: np.array(v, dtype=np.int64) for k, v in arrays.items() if k in self.inputs}
        logits = np.asarray(self.session.run(None, feeds)[0], dtype=np.float64)
        shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
        probabilities: NDArray[np.float32] = (shifted / shifted.sum(axis=1, keepdims=True)).astype(np.float32)
        return probabilities[:, self.contradiction_index]


def _label_index(folder: Path) -> int:
    try:
        labels = json.loads((folder / "config.json").read_text(encoding="utf-8"))["id2label"]
        found = [int(k) for k, v in labels.items() if str(v).lower().startswith("contradict")]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ModelLoadError(f"{folder}: config.json has no readable id2label ({error.__class__.__name__}); it must "
                             "map each output index to its label, e.g. {\"0\": \"contradiction\", ...}") from None
    if len(found) != 1:
        raise ModelLoadError(f"{folder}: config.json's id2label names no 'contradiction' output (labels: "
                             f"{', '.join(map(str, labels.values()))})")
    return found[0]


def load_nli(path: str) -> NliModel:
    """The NLI model in the folder ``path``; a :class:`ModelLoadError` that names the folder and what is wrong."""
    folder = Path(path)
    if not folder.is_dir():
        raise ModelLoadError(f"{path}: no such folder; --nli-model needs a folder with {', '.join(NEEDED)}")
    missing = [name for name in NEEDED if not (folder / name).is_file()]
    if missing:
        raise ModelLoadError(f"{path}: an NLI model folder needs {', '.join(NEEDED)}; missing {', '.join(missing)}")
    try:
        return NliModel(folder)
    except ModelLoadError:
        raise
    except Exception as error:  # onnxruntime and tokenizers raise their own, unrelated types
        raise ModelLoadError(f"{path}: cannot load the NLI model ({error})") from None


def nli_conflicts(alignment: StoryAlignment, quotes: list[Quote], model: NliModel, origin: Callable[[str], int],
                  same_entity: PairEntities | None) -> list[Conflict]:
    """One conflict of kind "other" per aligned pair the model reads as a contradiction both ways round."""
    table = alignment.table
    quoted = _quoted(alignment, quotes)
    pairs = [(a, b) for a, b in sentence_pairs(alignment.links) if a not in quoted and b not in quoted
             and _words(table.sentences[a].text) != _words(table.sentences[b].text)
             and not disagreements(table.sentences[a], table.sentences[b],
                                   same_entity(a, b) if same_entity else None)]
    if not pairs:
        return []
    texts = [(table.sentences[a].text, table.sentences[b].text) for a, b in pairs]
    forward = model.contradiction([x for x, _ in texts], [y for _, y in texts])
    backward = model.contradiction([y for _, y in texts], [x for x, _ in texts])
    both = np.minimum(forward, backward) >= CONTRADICTION_THRESHOLD
    return [c for (a, b), hit in zip(pairs, both.tolist(), strict=True)
            if hit and (c := _conflict(alignment, a, b, origin)) is not None]


def _words(text: str) -> list[str]:
    return text.lower().split()


def _quoted(alignment: StoryAlignment, quotes: list[Quote]) -> set[int]:
    """Sentences that hold quoted words (a direct or partial quote variant)."""
    spans = [(v.content.article, v.content.start, v.content.end) for q in quotes for v in q.variants
             if v.kind != "indirect"]
    table = alignment.table
    return {i for i, (o, s) in enumerate(zip(table.owner.tolist(), table.sentences, strict=True))
            if any(art == table.articles[o].id and start < s.end and end > s.start for art, start, end in spans)}


def _conflict(alignment: StoryAlignment, a: int, b: int, origin: Callable[[str], int]) -> Conflict | None:
    table = alignment.table
    written_a, written_b = _differing(table.sentences[a].text, table.sentences[b].text)
    sides = build_sides([Claim(written_a, "a", table.evidence(a)), Claim(written_b, "b", table.evidence(b))],
                        origin, lambda x, y: x == y)
    if len(sides) < 2:
        return None
    words = table.sentences[a].text.split()
    about = "contradicting statements: " + " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    return Conflict(kind="other", about=about, sides=sides, explanation=explain("other", about, sides))


def _differing(a: str, b: str) -> tuple[str, str]:
    """The stretch of words where each sentence differs from the other ('approved' / 'cancelled'); a sentence
    that only leaves words out states itself whole."""
    wa, wb = a.split(), b.split()
    changed = [op for op in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not changed:
        return a, b
    span_a = " ".join(wa[changed[0][1]:changed[-1][2]])
    span_b = " ".join(wb[changed[0][3]:changed[-1][4]])
    return span_a or a, span_b or b
