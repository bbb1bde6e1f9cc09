"""The Markdown report of the example story: every analysis shows its evidence, sources by name, summary first."""

from __future__ import annotations

import re

from newsprism.model import Report
from newsprism.outlets import source_names
from newsprism.render import to_markdown
from newsprism.summary.notes import conflict_point


def test_each_conflict_side_shows_its_claim_support_and_sources(example_report: Report) -> None:
    markdown = to_markdown(example_report)
    names = source_names(example_report.articles)
    assert example_report.conflicts
    for conflict in example_report.conflicts:
        assert f"**{conflict.kind}** — {conflict_point(conflict.about)}" in markdown
        for side in conflict.sides:
            line = next(row for row in markdown.splitlines() if f"“{side.claim}”: {side.articles} article" in row)
            assert f"{side.origins} independent origin" in line
            assert all(names[e.article] in line for e in side.evidence)


def test_every_section_is_there_and_the_summary_comes_first(example_report: Report) -> None:
    markdown = to_markdown(example_report)
    titles = re.findall(r"^## (.+)$", markdown, flags=re.MULTILINE)
    assert titles[0] == "Summary"
    for title in ("Agreed facts", "Sources", "Headlines", "Wording", "Provenance", "Quotes", "Entities", "Conflicts",
                  "Timeline", "Articles"):
        assert title in titles
    assert "_None found._" not in markdown.split("## Summary")[1].split("## ")[0]


def test_no_article_id_is_shown(example_report: Report) -> None:
    """Only the reader's own label (the file name '01-wire.txt', the URL) may hold the id."""
    markdown = to_markdown(example_report)
    for article in example_report.articles:
        assert re.search(r"(?<![\w./-])" + re.escape(article.id) + r"(?![\w.-])", markdown) is None, article.id


def test_changes_read_source_to_copy(example_report: Report) -> None:
    markdown = to_markdown(example_report)
    names = source_names(example_report.articles)
    wire, rewrite = names["01-wire"], names["rewrite-daily"]
    line = next(row for row in markdown.splitlines() if "number changed" in row and f"({rewrite})" in row)
    assert line.index(f"({wire})") < line.index("→") < line.index(f"({rewrite})")
    assert line.index("14") < line.index("41")


def test_counts_are_written_in_the_singular_for_one() -> None:
    from newsprism.model import Article, InputProblem

    one = Report(articles=[Article(id="a", source="a.txt", format="text", text="One sentence here.")],
                 problems=[InputProblem(input="b.txt", code="E001", message="no such file")])
    markdown = to_markdown(one)
    assert "1 article," in markdown and "1 input could not be read" in markdown
    assert "1 articles" not in markdown and "1 inputs" not in markdown
