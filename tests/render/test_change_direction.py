"""Wording changes read source → copy everywhere they are shown, on the example story and the seeds: whichever
article of a pair is the source, its value comes first (issue #21: on the seeds they read copy → source whenever
the source was the pair's second article)."""

from __future__ import annotations

import json
import re

import pytest

from newsprism.model import Report
from newsprism.outlets import source_names
from newsprism.render import to_html, to_markdown
from newsprism.reuse.direction import oriented


def directed_changes(report: Report):
    return [(r, c) for r in report.reuse if r.source in (r.a, r.b) for c in r.changes]


@pytest.fixture(params=["example", "seeds"])
def report(request: pytest.FixtureRequest) -> Report:
    return request.getfixturevalue(f"{request.param}_report")


def test_every_oriented_change_starts_at_the_pairs_source(report: Report) -> None:
    changes = directed_changes(report)
    assert changes
    for reuse, change in changes:
        found = oriented(reuse, change)
        assert found is not None and found.source.article == reuse.source
        assert found.copy.article != reuse.source
        assert found.source_value in (change.a_value, change.b_value)


def test_the_seeds_have_a_pair_whose_source_is_its_second_article(seeds_report: Report) -> None:
    """The case the issue found: without orientation the copy's wording would read as the original."""
    assert any(r.source == r.b for r, _ in directed_changes(seeds_report))


def test_markdown_names_the_source_first_in_every_change(report: Report) -> None:
    markdown = to_markdown(report)
    names = source_names(report.articles)
    for reuse, change in directed_changes(report):
        found = oriented(reuse, change)
        assert found is not None
        source, copy = names[found.source.article], names[found.copy.article]
        lines = [row for row in markdown.splitlines() if "changed:" in row and f"({copy})" in row
                 and found.copy_value.split()[0] in row]
        assert lines
        assert any(row.index(f"({source})") < row.index("→") < row.index(f"({copy})") for row in lines)


def test_the_html_pair_data_keeps_each_value_with_its_own_article(report: Report) -> None:
    """The side-by-side data holds each value on its article's side, so the script can orient it by the source."""
    page = to_html(report)
    data = json.loads(re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page,
                                re.S).group(1))  # type: ignore[union-attr]
    texts = {a.id: a.text for a in report.articles}
    for reuse in report.reuse:
        pair = data["pairs"][f"{reuse.a}|{reuse.b}"]
        for change in pair["changes"]:
            a_start, a_end = change["a"]
            b_start, b_end = change["b"]
            assert change["a_value"].split()[0] in texts[reuse.a][a_start:a_end] or a_end - a_start > 40
            assert change["b_value"].split()[0] in texts[reuse.b][b_start:b_end] or b_end - b_start > 40
