"""spaCy's greedy entity recogniser with its transition loop as array operations: the same entities, a fraction of
the CPU (issue #20).

spaCy's ``EntityRecognizer`` scores each state's moves with its model and then, in compiled code, asks each of its
74 moves (begin, in, last and unit of each of 18 labels, a blocked unit, out) whether it is valid for the state. The
build installed with en_core_web_sm (spaCy 3.8, Python 3.11) takes and releases the interpreter lock on every read
of the state's buffer (``StateC::B``, compiled with profiling hooks), about 200 times per token: 3.0 of the NER's
4.5 CPU s on the 1,592 distinct paragraphs of a 100-article planted story (``perf``: 44 % of its samples in
``take_gil``, ``drop_gil`` and their mutexes), twice the parser's whole transition loop.

:class:`EntityDecoder` runs the same loop in numpy, one step of every unfinished doc of a batch at a time:
- the same sub-batches as ``Parser.pipe`` (the batch sorted by length, cut in quarters), each through the model's
  token vectors and lower layer as its ``predict`` runs them (the same arrays, padding row first);
- the same hidden layer (``sum_state_features``: the three features of each state, the word at the buffer's head,
  the entity's first word and the word before the head, added in that order to zeros, then the bias, then the best
  piece) and the same scores (blis's ``gemm`` with the arguments spaCy's loop gives it, per sub-batch as there,
  then the bias added);
- the same validity rules for documents without preset entities (``ner.pyx``: no entity may begin on a space or
  run across a sentence start, an open entity continues or ends with its own label), and the first best valid
  move, as spaCy's ``arg_max_if_valid``;
- the entities set as spaCy's ``set_annotations`` sets them (every other token outside).
It is not built for a pipeline it does not read (a beam, another feature set, no upper layer, unseen classes, moves
it does not know), and a sub-batch with entities already set goes through spaCy's component.
Planted 100's 1,592 distinct paragraphs: the NER 4.4-4.8 -> 2.1-2.4 CPU s (its own token vectors, 1.6-1.7 s, are
most of what is left), every token's entity annotation equal to spaCy's (73,008 tokens, 6,318 entities).
``tests/nlp/test_entity_decoder.py`` compares every token's entity annotation with spaCy's component.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce
from itertools import pairwise
from typing import Any

import numpy as np
from blis.py import gemm  # type: ignore[import-untyped]
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.tokens import Span

__all__ = ["EntityDecoder"]

_FEATURES = 3
"""The state features the decoder builds (``StateC.set_context_tokens`` with n = 3: the entity recogniser's)."""
_BEGIN, _IN, _LAST, _UNIT, _OUT, _BLOCKED = range(6)
_KINDS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT}


@dataclass(frozen=True)
class EntityDecoder:
    """The moves of one entity recogniser, read once (:meth:`of`), and its loop over a batch (:meth:`pipe`)."""

    component: Any
    """spaCy's ``EntityRecognizer``: its model scores the states, and it runs where the decoder stands aside."""
    kinds: np.ndarray
    """each move's kind (``_BEGIN`` ... ``_BLOCKED``), in the model's class order."""
    labels: tuple[str, ...]
    """the entity labels, in the order of :attr:`inside` and :attr:`last`."""
    move_labels: np.ndarray
    """each move's label, an index into :attr:`labels` (-1 for out and the blocked unit)."""
    inside: np.ndarray
    """the 'in' move of each label."""
    last: np.ndarray
    """the 'last' move of each label."""

    @classmethod
    def of(cls, nlp: Any) -> EntityDecoder | None:
        """The decoder of ``nlp``'s ``ner`` component (the pipeline's last); None when it has none or one that is
        not read here."""
        component = nlp.get_pipe("ner") if nlp.pipe_names[-1:] == ["ner"] else None  # last: run after the rest
        if component is None or component.cfg.get("beam_width") != 1 or component.model.attrs.get("unseen_classes"):
            return None
        model = component.model
        if not model.attrs.get("has_upper") or model.get_ref("lower").get_dim("nF") != _FEATURES:
            return None
        names = [component.moves.get_class_name(i) for i in range(component.moves.n_moves)]
        labels = tuple(dict.fromkeys(name[2:] for name in names if name[:2] in ("B-", "I-", "L-", "U-") and name[2:]))
        kinds, move_labels = [], []
        for name in names:
            kind = _OUT if name == "O" else _BLOCKED if name == "U-" else _KINDS.get(name[:1], -1)
            if kind < 0 or (kind != _OUT and name[1:2] != "-"):
                return None
            kinds.append(kind)
            move_labels.append(labels.index(name[2:]) if name[2:] else -1)
        kind_of, label_of = np.array(kinds), np.array(move_labels)
        inside = [int(np.flatnonzero((kind_of == _IN) & (label_of == n))[0]) for n in range(len(labels))]
        last = [int(np.flatnonzero((kind_of == _LAST) & (label_of == n))[0]) for n in range(len(labels))]
        return cls(component, kind_of, labels, label_of, np.array(inside), np.array(last))

    def pipe(self, docs: Sequence[Any], batch_size: int) -> list[Any]:
        """Set the entities of ``docs`` (parsed: their sentence starts are read) as ``component.pipe(docs,
        batch_size=batch_size)`` would; return them in their order."""
        for batch in _chunks(list(docs), batch_size):
            subs = [sub for sub in _chunks(sorted(batch, key=len), max(batch_size // 4, 2))
                    if any(len(doc) for doc in sub)]
            preset = [any(doc.to_array(ENT_IOB).any() for doc in sub) for sub in subs]
            for sub in (sub for sub, set_before in zip(subs, preset, strict=True) if set_before):
                self.component.set_annotations(sub, self.component.predict(sub))  # spaCy's rules for preset ones
            plain = [sub for sub, set_before in zip(subs, preset, strict=True) if not set_before]
            if plain:
                self._annotate(_Batch.of(plain, self.component.model))
        return list(docs)

    def _annotate(self, batch: _Batch) -> None:
        """Decode the batch's sub-batches side by side; set each doc's entities as ``set_annotations`` does."""
        for doc, found in zip(batch.docs, self._decode(batch), strict=True):
            doc.set_ents([Span(doc, start, end, label=self.labels[label]) for start, end, label in found],
                         default="outside")

    def _decode(self, batch: _Batch) -> list[list[tuple[int, int, int]]]:
        """Each doc's entities (start, end, label index) as spaCy's greedy loop finds them, one step of every
        unfinished doc at a time."""
        upper = self.component.model.get_ref("upper")
        weights, bias = upper.get_param("W"), upper.get_param("b")
        state = _States(len(batch.docs))
        found: list[list[tuple[int, int, int]]] = [[] for _ in batch.docs]
        active = np.flatnonzero(batch.lengths > 0)
        while active.size:
            first, pad, is_open = batch.first[active], batch.pad[active], state.open[active]
            head = first + state.head[active]
            hidden = batch.hidden(head, np.where(is_open, first + state.start[active], pad),
                                  np.where(is_open, head - 1, pad))
            scores = np.empty((active.size, weights.shape[0]), dtype=np.float32)
            bounds = np.searchsorted(batch.sub[active], np.arange(batch.subs + 1))
            for low, high in pairwise(bounds):  # spaCy's product: per sub-batch
                if high > low:
                    gemm(hidden[low:high], weights, out=scores[low:high], trans2=True, alpha=1.0, beta=0.0)
            scores += bias
            valid = self._valid(is_open, state.label[active], batch.lengths[active] - state.head[active] >= 2,
                                batch.starts[head + 1], batch.spaces[head])
            moves = np.where(valid, scores, -np.inf).argmax(axis=1)
            state.apply(active, moves, self.kinds[moves], self.move_labels[moves], found)
            active = active[state.head[active] < batch.lengths[active]]
        return found

    def _valid(self, is_open: np.ndarray, label: np.ndarray, room: np.ndarray, next_starts: np.ndarray,
               space: np.ndarray) -> np.ndarray:
        """Which moves are valid for each state (``ner.pyx``'s ``is_valid`` without preset entities): out when no
        entity is open; a unit not on a space; a begin as a unit, with a next word in the doc that starts no
        sentence; an open entity's own label's 'last', and its 'in' with such a next word."""
        valid = np.zeros((is_open.size, self.kinds.size), dtype=bool)
        unit = ~is_open & ~space
        valid[:, self.kinds == _OUT] = ~is_open[:, None]
        valid[:, self.kinds == _UNIT] = unit[:, None]
        valid[:, self.kinds == _BEGIN] = (unit & room & ~next_starts)[:, None]
        rows = np.flatnonzero(is_open)
        valid[rows, self.last[label[rows]]] = True
        valid[rows, self.inside[label[rows]]] = room[rows] & ~next_starts[rows]
        return valid


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    """``items`` cut in runs of ``size`` (spaCy's ``minibatch``)."""
    return [items[start:start + size] for start in range(0, len(items), size)]


@dataclass(frozen=True)
class _Batch:
    """Sub-batches of docs with the model's precomputed features of their words, in one table: each sub-batch's
    block (what ``precompute_hiddens`` keeps for it: its padding row, then its docs' words in order) in turn."""

    docs: list[Any]
    """the docs, sub-batch after sub-batch."""
    sub: np.ndarray
    """each doc's sub-batch."""
    subs: int
    lengths: np.ndarray
    first: np.ndarray
    """the row of each doc's first word in :attr:`features`."""
    pad: np.ndarray
    """the row of each doc's sub-batch's padding."""
    features: np.ndarray
    """(rows, features, hidden width, pieces): each word's contribution as each feature."""
    feature_bias: np.ndarray
    starts: np.ndarray
    """per row: the word starts a sentence (padding rows: no; one row more at the end)."""
    spaces: np.ndarray
    """per row: the word is a space."""

    @classmethod
    def of(cls, subs: list[list[Any]], model: Any) -> _Batch:
        """``model``'s features of each sub-batch, as its ``predict`` computes them (token vectors, then the lower
        layer)."""
        tok2vec, lower = model.get_ref("tok2vec"), model.get_ref("lower")
        docs = [doc for sub in subs for doc in sub]
        lengths = np.array([len(doc) for doc in docs])
        blocks = np.cumsum([0] + [1 + sum(len(doc) for doc in sub) for sub in subs])
        sub = np.repeat(np.arange(len(subs)), [len(sub) for sub in subs])
        within = np.concatenate([np.cumsum([0] + [len(doc) for doc in group])[:-1] for group in subs])
        none = np.zeros(1, dtype=bool)
        starts = [part for group in subs for part in [none, *(doc.to_array(SENT_START) == 1 for doc in group)]]
        spaces = [part for group in subs for part in [none, *(doc.to_array(IS_SPACE) == 1 for doc in group)]]
        return cls(docs, sub, len(subs), lengths, blocks[sub] + 1 + within, blocks[sub],
                   np.concatenate([lower.predict(tok2vec.predict(group)) for group in subs]),
                   lower.get_param("b"), np.concatenate([*starts, none]), np.concatenate([*spaces, none]))

    def hidden(self, *rows: np.ndarray) -> np.ndarray:
        """The hidden layer of states whose features are these rows (spaCy's ``sum_state_features``: the features
        added in order to zeros, then the bias; the best piece)."""
        total = np.zeros((rows[0].size, *self.features.shape[2:]), dtype=np.float32)
        for feature, row in enumerate(rows):
            total += self.features[row, feature]
        total += self.feature_bias
        return reduce(np.maximum, (total[:, :, piece] for piece in range(total.shape[2])))  # faster than max(2)


class _States:
    """The decoder's states, one per doc: the buffer's head and the open entity's start and label."""

    def __init__(self, count: int) -> None:
        self.head = np.zeros(count, dtype=np.int64)
        self.open = np.zeros(count, dtype=bool)
        self.start = np.zeros(count, dtype=np.int64)
        self.label = np.zeros(count, dtype=np.int64)

    def apply(self, rows: np.ndarray, moves: np.ndarray, kinds: np.ndarray, labels: np.ndarray,
              found: list[list[tuple[int, int, int]]]) -> None:
        """Take each row's move (``Begin``, ``Last``, ``Unit``, ``In``, ``Out``.transition): every move shifts the
        buffer's head by one word."""
        begin, last, unit = rows[kinds == _BEGIN], rows[kinds == _LAST], rows[kinds == _UNIT]
        self.open[begin], self.start[begin], self.label[begin] = True, self.head[begin], labels[kinds == _BEGIN]
        for row in last:
            found[row].append((int(self.start[row]), int(self.head[row]) + 1, int(self.label[row])))
        for row, label in zip(unit, labels[kinds == _UNIT], strict=True):
            found[row].append((int(self.head[row]), int(self.head[row]) + 1, int(label)))
        self.open[last] = False
        self.head[rows] += 1
