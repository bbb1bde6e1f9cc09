"""Reuse on the example story and the seeds: verbatim, rewrite with its changes, independent; facts' origins."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Report, Reuse

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
REWRITE = ("001_bec0765ebc047201", "003_3fb28538fe18c2b1")


@pytest.fixture(scope="module")
def example(example_report: Report) -> Report:
    return example_report


def _pair(report: Report, a: str, b: str) -> Reuse:
    return next(r for r in report.reuse if {r.a, r.b} == {a, b})


def test_every_pair_is_related_once(example: Report) -> None:
    """Only pairs that share an aligned passage have a record (every other pair is independent: issue #20)."""
    pairs = [frozenset((r.a, r.b)) for r in example.reuse]
    assert len(pairs) == len(set(pairs)) < 6 * 5 // 2
    assert all(r.passages for r in example.reuse)


def test_the_reprint_is_verbatim_from_the_wire(example: Report) -> None:
    reuse = _pair(example, "01-wire", "02-reprint")
    assert (reuse.relation, reuse.source) == ("verbatim", "01-wire")
    assert reuse.coverage >= 0.9 and reuse.passages


def test_the_rewrite_lists_its_changed_number_and_date(example: Report) -> None:
    reuse = _pair(example, "01-wire", "rewrite-daily")
    assert (reuse.relation, reuse.source) == ("rewrite", "01-wire")
    changed = {(c.kind, c.a_value, c.b_value) for c in reuse.changes}
    assert {("number", "14 people", "41 people"), ("date", "Tuesday", "Monday")} <= changed
    for change in reuse.changes:
        assert change.a.article == "01-wire" and change.b.article == "rewrite-daily"


def test_two_copies_of_the_wire_are_not_each_others_source(example: Report) -> None:
    reuse = _pair(example, "02-reprint", "rewrite-daily")
    assert (reuse.relation, reuse.source) == ("rewrite", None)


@pytest.mark.parametrize("other", ["04-independent", "05-earlier-speaker", "06-feed"])
def test_own_reporting_is_independent(example: Report, other: str) -> None:
    for wire in ("01-wire", "02-reprint", "rewrite-daily"):
        reuse = next((r for r in example.reuse if {r.a, r.b} == {wire, other}), None)  # None: nothing shared
        assert reuse is None or (reuse.relation, reuse.source, reuse.changes) == ("independent", None, [])


def test_a_reprint_is_not_a_second_origin(example: Report) -> None:
    for fact in example.facts:
        articles = {e.article for e in fact.evidence}
        wire_family = articles & {"01-wire", "02-reprint", "rewrite-daily"}
        assert fact.origins == len(articles) - len(wire_family) + (1 if wire_family else 0)
        assert fact.articles == len(articles)
    assert any(f.articles >= 3 and f.origins < f.articles for f in example.facts)


def test_seeds_one_rewrite_and_facts_of_all_five_have_four_origins(seeds_report: Report) -> None:
    report = seeds_report
    reusing = [(r.a, r.b, r.relation, r.source) for r in report.reuse if r.relation != "independent"]
    assert reusing == [(*REWRITE, "rewrite", REWRITE[1])]
    assert _pair(report, *REWRITE).changes
    everywhere = [f for f in report.facts if f.articles == 5]
    assert everywhere and all(f.origins == 4 for f in everywhere)
