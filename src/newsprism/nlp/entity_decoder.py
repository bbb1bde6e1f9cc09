"""spaCy's greedy entity recogniser with its transition loop as array operations: the same entities, a fraction of
the CPU (issue #20).

spaCy's ``EntityRecognizer`` scores each state's moves with its model and then, in compiled code, asks each of its
74 moves (begin, in, last and unit of each of 18 labels, a blocked unit, out) whether it is valid for the state. The
build installed with en_core_web_sm (spaCy 3.8, Python 3.11) takes and releases the interpreter lock on every read
of the state's buffer (``StateC::B``, compiled with profiling hooks), about 200 times per token: 3.0 of the NER's
4.5 CPU s on the 1,592 distinct paragraphs of a 100-article planted story (``perf``: 44 % of its samples in
``take_gil``, ``drop_gil`` and their mutexes), twice the parser's whole transition loop.

:class:`EntityDecoder` runs the same loop over all states of a sub-batch at once in numpy:
- the same sub-batches as ``Parser.pipe`` (the batch sorted by length, cut in quarters) and the model's own
  ``predict`` on each (token vectors and their precomputed features: the same arrays);
- the same hidden layer (the model's ``state2vec``, which sums the three features of each state as spaCy's loop
  does: the word at the buffer's head, the entity's first word, the word before the head) and the same scores
  (blis's ``gemm`` with the arguments and shapes spaCy's loop gives it, then the bias added);
- the same validity rules for documents without preset entities (``ner.pyx``: no entity may begin on a space or
  run across a sentence start, an open entity continues or ends with its own label), and the first best valid
  move, as spaCy's ``arg_max_if_valid``;
- the entities set as spaCy's ``set_annotations`` sets them (every other token outside).
It stands aside (spaCy's own component runs) for a pipeline it does not read: a beam, another feature set, unseen
classes, moves it does not know; and for a sub-batch with entities already set.
``tests/nlp/test_entity_decoder.py`` compares every token's entity annotation with spaCy's component.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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
            for sub in _chunks(sorted(batch, key=len), max(batch_size // 4, 2)):
                self._annotate(sub)
        return list(docs)

    def _annotate(self, docs: list[Any]) -> None:
        """One of ``Parser.pipe``'s sub-batches: ``predict`` then ``set_annotations``."""
        if not any(len(doc) for doc in docs):
            return
        if any(doc.to_array(ENT_IOB).any() for doc in docs):  # preset entities: spaCy's rules for them
            self.component.set_annotations(docs, self.component.predict(docs))
            return
        step = self.component.model.predict(docs)
        if step.state2vec.nF != _FEATURES or step.vec2scores is None or step._class_mask.min() < 1:
            self.component.set_annotations(docs, self.component.greedy_parse(docs))
            return
        for doc, found in zip(docs, self._decode(step, docs), strict=True):
            doc.set_ents([Span(doc, start, end, label=self.labels[label]) for start, end, label in found],
                         default="outside")
        step.clear_memory()

    def _decode(self, step: Any, docs: list[Any]) -> list[list[tuple[int, int, int]]]:
        """Each doc's entities (start, end, label index) as spaCy's greedy loop finds them."""
        lengths = np.array([len(doc) for doc in docs])
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        starts = np.concatenate([doc.to_array(SENT_START) == 1 for doc in docs] + [np.zeros(1, bool)])
        spaces = np.concatenate([doc.to_array(IS_SPACE).astype(bool) for doc in docs] + [np.zeros(1, bool)])
        weights, bias = step.vec2scores.get_param("W"), step.vec2scores.get_param("b")
        state = _States(len(docs))
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        active = np.flatnonzero(lengths > 0)
        while active.size:
            head = offsets[active] + state.head[active]
            is_open = state.open[active]
            ids = np.full((active.size, _FEATURES), -1, dtype=np.int32)
            ids[:, 0] = head
            ids[is_open, 1] = offsets[active][is_open] + state.start[active][is_open]
            ids[is_open, 2] = head[is_open] - 1
            scores = gemm(step.state2vec.predict(ids), weights, trans2=True, alpha=1.0, beta=0.0)
            scores += bias
            valid = self._valid(is_open, state.label[active], lengths[active] - state.head[active] >= 2,
                                starts[head + 1], spaces[head])
            moves = np.where(valid, scores, -np.inf).argmax(axis=1)
            state.apply(active, moves, self.kinds[moves], self.move_labels[moves], found)
            active = active[state.head[active] < lengths[active]]
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

