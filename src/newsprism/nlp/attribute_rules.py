"""spaCy's attribute ruler as array operations over a batch of Docs: the same annotations, a tenth of the CPU.

en_core_web_sm's ``attribute_ruler`` maps each fine tag to its coarse POS and morphology (56 patterns) and then
applies 123 exceptions ('was' as AUX with its morphology, a determiner that is no det as PRON, 'gon na' lemmas, a
space's tag). spaCy runs it through its ``Matcher``, which tries every pattern at every token, and sets each match's
attributes through a ``Span``: 12-14 % of the parse's CPU on PolNeAR paragraphs (0.44-0.55 of 3.7 s for 578
paragraphs of a 40-article planted story, 0.012 of 0.107 s for the 18 of a 5-article one), as much as the tagger
and the parser's transitions together.

:class:`ArrayAttributeRuler` (what ``nlp.pipe`` runs for the ruler once :func:`use_array_ruler` has set it up: the
parse's path; ``nlp(text)`` and a saved pipeline keep spaCy's own) reads the same rules (:meth:`Rules.of`) and
evaluates each one as a boolean mask over the token attributes of a whole batch (``Doc.to_array``), then writes
each Doc's attributes back once (``Doc.from_array``). It is exact, not an approximation:
- spaCy matches every rule on the Doc as the tagger and parser left it, then applies the matches sorted by rule
  (later rules win), each match setting its target token's attributes (``set_token_attrs``: the token's struct
  fields). Here every mask is computed from the attributes read before any write, rules are applied in their
  order, and ``from_array`` sets the same struct fields (it also registers each written morphology string, which
  the ruler had already registered);
- a match never crosses two Docs (a multi-token rule must start and end in one Doc);
- only the pattern language en_core_web_sm uses is read (one or more tokens without operators; TAG, LOWER, DEP
  as a string, ``IN``, ``NOT_IN`` or ``REGEX``; IS_SPACE as a bool; attributes POS, MORPH, LEMMA, TAG, DEP set):
  a ruler with anything else is left as spaCy's (:meth:`Rules.of` gives None).
``tests/nlp/test_attribute_rules.py`` compares every token attribute with spaCy's ruler on texts written for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

__all__ = ["ArrayAttributeRuler", "Rules", "use_array_ruler"]

READ = (TAG, LOWER, DEP, IS_SPACE)
"""The token attributes a rule may test, in the order of the read array's first columns."""
READ_NAMES = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
WRITTEN = (POS, MORPH, LEMMA, TAG, DEP)
"""The token attributes a rule may set, read after :data:`READ` and written back."""

_Test = tuple[int, str, Any]
"""One test of one token: the column of the read array, the kind ('eq', 'in', 'not_in', 'regex'), the value
(a hash, an array of hashes, a compiled pattern)."""


@dataclass(frozen=True)
class _Rule:
    tokens: tuple[tuple[_Test, ...], ...]
    """each token's tests, in order."""
    target: int
    """the token of a match that the rule sets (from the match's start; spaCy's index, made non-negative)."""
    sets: tuple[tuple[int, int], ...]
    """(column of :data:`WRITTEN`, value) pairs."""


@dataclass(frozen=True)
class _Table:
    """Consecutive one-token rules that each test one column for one value, the values all different (a tag
    map): one look-up for all of them."""

    column: int
    keys: np.ndarray
    """the tested values, sorted (uint64)."""
    sets: tuple[tuple[int, np.ndarray, np.ndarray], ...]
    """per column of :data:`WRITTEN` some rule sets: whether each key's rule sets it, and the value."""


@dataclass(frozen=True)
class Rules:
    """An attribute ruler's rules in their order (alternatives of one pattern are consecutive rules with the same
    attributes: the order between them changes nothing), runs of tag-map rules as :class:`_Table`."""

    steps: tuple[_Rule | _Table, ...]
    written: tuple[int, ...]
    """the columns of :data:`WRITTEN` some rule sets."""

    @classmethod
    def of(cls, ruler: Any) -> Rules | None:
        """The rules of spaCy's ``AttributeRuler``, or None when one uses what this module does not read."""
        strings = ruler.vocab.strings
        rules = []
        for pattern, attrs, index in zip(ruler.patterns, ruler.attrs, ruler.indices, strict=True):
            sets = [(WRITTEN.index(name), int(value)) for name, value in attrs.items() if name in WRITTEN]
            if len(sets) != len(attrs):
                return None
            for tokens in pattern["patterns"]:
                tests = [_tests(token, strings) for token in tokens]
                if any(t is None for t in tests) or not -len(tokens) <= index < len(tokens):
                    return None
                rules.append(_Rule(tuple(t for t in tests if t is not None), index % len(tokens), tuple(sets)))
        return cls(_steps(rules), tuple(sorted({column for rule in rules for column, _ in rule.sets})))


def _steps(rules: list[_Rule]) -> tuple[_Rule | _Table, ...]:
    steps: list[_Rule | _Table] = []
    run: list[_Rule] = []
    for rule in [*rules, None]:
        if rule is not None and _tabular(rule) and (not run or _joins(run, rule)):
            run.append(rule)
            continue
        if len(run) > 1:
            steps.append(_table(run))
        else:
            steps.extend(run)
        run = [rule] if rule is not None and _tabular(rule) else []
        if rule is not None and not run:
            steps.append(rule)
    return tuple(steps)


def _tabular(rule: _Rule) -> bool:
    return len(rule.tokens) == 1 and len(rule.tokens[0]) == 1 and rule.tokens[0][0][1] == "eq"


def _joins(run: list[_Rule], rule: _Rule) -> bool:
    column, _, value = rule.tokens[0][0]
    return run[0].tokens[0][0][0] == column and all(r.tokens[0][0][2] != value for r in run)


def _table(run: list[_Rule]) -> _Table:
    run = sorted(run, key=lambda r: r.tokens[0][0][2])
    keys = np.array([r.tokens[0][0][2] for r in run], dtype=np.uint64)
    sets = []
    for column in sorted({c for r in run for c, _ in r.sets}):
        given = [dict(r.sets).get(column) for r in run]
        sets.append((column, np.array([v is not None for v in given]),
                     np.array([v or 0 for v in given], dtype=np.uint64)))
    return _Table(run[0].tokens[0][0][0], keys, tuple(sets))


def _tests(token: dict[str, Any], strings: Any) -> tuple[_Test, ...] | None:
    tests: list[_Test] = []
    for name, value in token.items():
        column = list(READ_NAMES).index(name) if name in READ_NAMES else -1
        if column < 0:
            return None
        if isinstance(value, bool) and name == "IS_SPACE":
            tests.append((column, "eq", int(value)))
        elif isinstance(value, str) and name != "IS_SPACE":
            tests.append((column, "eq", strings.as_int(value) if value else 0))
        elif isinstance(value, dict) and len(value) == 1 and name != "IS_SPACE":
            (op, operand), = value.items()
            if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
                hashes = np.array(sorted({strings.as_int(v) if v else 0 for v in operand}), dtype=np.uint64)
                tests.append((column, op.lower(), hashes))
            elif op == "REGEX" and isinstance(operand, str):
                tests.append((column, "regex", re.compile(operand)))
            else:
                return None
        else:
            return None
    return tuple(tests)


class ArrayAttributeRuler:
    """Annotates Docs as the ``AttributeRuler`` whose rules it was given (:func:`use_array_ruler`)."""

    def __init__(self, rules: Rules, strings: Any) -> None:
        self.rules = rules
        self.strings = strings

    def __call__(self, doc: Any) -> Any:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterator[Any]:
        stream = iter(docs)
        while batch := list(islice(stream, max(batch_size, 1))):
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: list[Any]) -> None:
        if not docs:
            return
        tables = [doc.to_array([*READ, *WRITTEN]) for doc in docs]
        table = np.concatenate(tables) if len(tables) > 1 else tables[0]
        lengths = np.array([len(t) for t in tables])
        doc_of = np.repeat(np.arange(len(docs)), lengths)
        read = table[:, :len(READ)]
        written = table[:, len(READ):].copy()
        for step in self.rules.steps:
            if isinstance(step, _Table):
                _look_up(step, read, written)
                continue
            starts = _starts(step, read, doc_of, self.strings)
            for column, value in step.sets:
                written[starts + step.target, column] = value
        columns = list(self.rules.written)
        ends = np.cumsum(lengths)
        for doc, end, length in zip(docs, ends, lengths, strict=True):
            if length:
                doc.from_array([WRITTEN[c] for c in columns], np.ascontiguousarray(written[end - length:end, columns]))


def _look_up(table: _Table, read: np.ndarray, written: np.ndarray) -> None:
    values = read[:, table.column]
    at = np.minimum(np.searchsorted(table.keys, values), len(table.keys) - 1)
    found = table.keys[at] == values
    for column, given, value in table.sets:
        hit = found & given[at]
        written[hit, column] = value[at[hit]]


def _starts(rule: _Rule, read: np.ndarray, doc_of: np.ndarray, strings: Any) -> np.ndarray:
    """The tokens where ``rule`` matches a whole run of tokens inside one Doc."""
    span = len(rule.tokens)
    count = len(read) - span + 1
    if count <= 0:
        return np.zeros(0, dtype=np.int64)
    hit = doc_of[:count] == doc_of[span - 1:]
    patterns = []
    for offset, tests in enumerate(rule.tokens):
        for column, kind, value in tests:
            if kind == "regex":  # a string test for each token: only where the rest matched
                patterns.append((offset, column, value))
            else:
                hit &= _test(read[offset:offset + count, column], kind, value)
    starts = np.flatnonzero(hit)
    for offset, column, pattern in patterns:
        starts = starts[_search(read[starts + offset, column], pattern, strings)]
    return starts


def _search(values: np.ndarray, pattern: re.Pattern[str], strings: Any) -> np.ndarray:
    distinct, where = np.unique(values, return_inverse=True)
    found = np.array([bool(pattern.search(strings[h])) for h in distinct.tolist()], dtype=bool)
    return found[where]


def _test(values: np.ndarray, kind: str, value: Any) -> np.ndarray:
    if kind == "eq":
        equal: np.ndarray = values == np.uint64(value)
        return equal
    inside = np.isin(values, value)
    return inside if kind == "in" else ~inside


def use_array_ruler(nlp: Any) -> bool:
    """Have ``nlp.pipe`` annotate through an :class:`ArrayAttributeRuler` made from ``nlp``'s ``attribute_ruler``
    (its ``pipe``, which ``nlp.pipe`` calls; the ruler itself stays spaCy's: ``nlp(text)`` and ``nlp.to_disk``
    are unchanged); False (nothing changed) when it has none or one of its rules is not read here."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    rules = Rules.of(ruler) if isinstance(ruler, AttributeRuler) else None
    if ruler is None or rules is None:
        return False
    ruler.pipe = ArrayAttributeRuler(rules, nlp.vocab.strings).pipe
    return True
