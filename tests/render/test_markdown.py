"""The Markdown report of the example story: every analysis shows its evidence."""

from __future__ import annotations

from newsprism.model import Report
from newsprism.render import to_markdown


def test_each_conflict_side_shows_its_claim_support_and_articles(example_report: Report) -> None:
    markdown = to_markdown(example_report)
    assert example_report.conflicts
    for conflict in example_report.conflicts:
        assert f"**{conflict.kind}** — {conflict.about}" in markdown
        for side in conflict.sides:
            line = next(row for row in markdown.splitlines() if f"“{side.claim}”: {side.articles} articles" in row)
            assert f"{side.origins} independent origin" in line
            assert all(e.article in line for e in side.evidence)


def test_every_section_is_there(example_report: Report) -> None:
    markdown = to_markdown(example_report)
    for title in ("Articles", "Facts", "Provenance", "Quotes", "Entities", "Conflicts", "Timeline", "Summary"):
        assert f"## {title}\n" in markdown
    assert "_None found._" not in markdown.split("## Summary")[1]
