"""The HTML report's structure: sections, citation targets, offsets, escaping, no external URL, the CLI option."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.cli import cli
from newsprism.model import (
    Article,
    Change,
    Conflict,
    ConflictSide,
    Evidence,
    Report,
    Reuse,
    Sentence,
    SummarySentence,
    TimelineEvent,
)
from newsprism.render import to_html
from newsprism.render.html_text import Anchors, Span, mark_up
from newsprism.render.html_timeline import interval

SECTIONS = ["summary", "conflicts", "compare", "provenance", "timeline", "quotes", "entities", "articles"]
VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "source", "col", "area", "base", "embed", "track"}


class Page(HTMLParser):
    """Ids, link targets, the text inside every data-ev element, and a check that every element is closed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.evidence_text: dict[str, str] = {}
        self.stack: list[tuple[str, str | None]] = []
        self.mismatched: list[str] = []
        self.scripts: dict[str, str] = {}
        self._script: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        for name, target in (("href", self.hrefs), ("src", self.srcs)):
            if found.get(name):
                target.append(str(found[name]))
        if tag == "script":
            self._script = found.get("type") or "text/javascript"
            self.scripts.setdefault(self._script, "")
        if tag not in VOID:
            self.stack.append((tag, found.get("data-ev")))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.mismatched.append(tag)
            return
        self.stack.pop()
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script:
            self.scripts[self._script] += data
        for key in {ev for _, ev in self.stack if ev}:
            self.evidence_text[key] = self.evidence_text.get(key, "") + data


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def _ev(article: Article, needle: str) -> Evidence:
    start = article.text.index(needle)
    return Evidence(article=article.id, start=start, end=start + len(needle), text=needle)


def tiny_report(text_a: str = "The ship left at 6 a.m. on Monday. Nine people were hurt.\n\nThe port is closed.",
                text_b: str = "The ship left at 7 a.m. on Monday. Nine people were hurt.") -> Report:
    """Two articles of our own, one rewriting the other, with a change, a conflict, a summary and an event."""
    a = Article(id="a one", source="a.txt", format="text", outlet="Alpha <Times>", title="Ship </title> leaves",
                text=text_a, url="https://alpha.example/story")
    b = Article(id="b", source="b.txt", format="text", outlet="Beta", text=text_b)
    first_a, first_b = _ev(a, text_a.split(". ")[0] + "."), _ev(b, text_b.split(". ")[0] + ".")
    a = a.model_copy(update={"sentences": [Sentence(start=first_a.start, end=first_a.end, text=first_a.text)]})
    b = b.model_copy(update={"sentences": [Sentence(start=first_b.start, end=first_b.end, text=first_b.text)]})
    change = Change(kind="number", a=first_a, b=first_b, a_value="6 a.m.", b_value="7 a.m.")
    reuse = Reuse(a=a.id, b=b.id, relation="rewrite", source=a.id, coverage=0.9,
                  passages=[(0, 0, 0.9)], changes=[change])
    conflict = Conflict(kind="date", about="when the ship left", explanation="They differ on the hour.",
                        sides=[ConflictSide(claim="6 a.m.", evidence=[first_a], articles=1, origins=1),
                               ConflictSide(claim="7 a.m.", evidence=[first_b], articles=1, origins=1)])
    return Report(articles=[a, b], reuse=[reuse], conflicts=[conflict],
                  summary=[SummarySentence(text=first_a.text, citations=[a.id, b.id], evidence=[first_a, first_b]),
                           SummarySentence(text="Outlets differ on the hour.", citations=[a.id, b.id],
                                           evidence=[first_a, first_b], conflict=0)],
                  timeline=[TimelineEvent(date="2025-03-10T06:00", precision="time", what=first_a.text,
                                          evidence=[first_a], expressions=[_ev(a, "6 a.m.")])])


@pytest.fixture(params=["example_report", "seeds_report", "tiny"])
def report(request: pytest.FixtureRequest) -> Report:
    return tiny_report() if request.param == "tiny" else request.getfixturevalue(request.param)


@pytest.mark.parametrize("key", SECTIONS)
def test_every_section_is_a_landmark_with_its_heading(example_report, key):
    page = to_html(example_report)
    assert re.search(rf'<section id="{key}" aria-labelledby="{key}-h"><h2 id="{key}-h">', page)
    assert f'href="#{key}"' in page, f"the nav does not link to {key}"


def test_page_is_well_formed_with_unique_ids(report):
    page = parse(to_html(report))
    assert not page.mismatched and not page.stack
    assert len(page.ids) == len(set(page.ids))


def test_every_internal_link_has_its_target(report):
    page = parse(to_html(report))
    targets = {h[1:] for h in page.hrefs if h.startswith("#")}
    assert targets - set(page.ids) == set()


def test_every_summary_citation_points_to_its_evidence_in_the_article(report):
    page = parse(to_html(report))
    anchors = Anchors(report.articles)
    for sentence in report.summary:
        assert {anchors.of(e) for e in sentence.evidence} <= set(page.ids)
        for article in sentence.citations:
            assert any(f"#{anchors.of(e)}" in page.hrefs for e in sentence.evidence if e.article == article), (
                f"no link to {article}'s evidence for {sentence.text!r}")


def test_evidence_elements_hold_exactly_the_text_their_offsets_slice(report):
    page = parse(to_html(report))
    anchors = Anchors(report.articles)
    texts = {a.id: a.text for a in report.articles}
    checked = 0
    for sentence in report.summary:
        for e in sentence.evidence:
            shown = page.evidence_text[anchors.of(e)]
            assert "".join(shown.split()) == "".join(texts[e.article][e.start:e.end].split())
            checked += 1
    assert checked == sum(len(s.evidence) for s in report.summary)


def test_article_text_cannot_break_out_of_the_page():
    hostile = 'Bad </script><script>alert(1)</script> & <b>bold</b> "quoted" </p>. Calm text.'
    report = tiny_report(text_a=hostile + " The ship left at 6 a.m. on Monday. Done.")
    page = to_html(report)
    assert "<script>alert(1)" not in page and "<b>bold" not in page
    parsed = parse(page)
    assert not parsed.mismatched
    data = json.loads(parsed.scripts["application/json"])
    assert data["articles"][0]["text"] == report.articles[0].text
    assert "</title> leaves" not in page and "Alpha &lt;Times&gt;" in page


def test_an_empty_report_renders_every_section():
    page = parse(to_html(Report(), title="Nothing"))
    assert set(SECTIONS) <= set(page.ids)
    assert not page.mismatched


def test_no_url_points_outside_the_page(example_report):
    html = to_html(example_report)
    page = parse(html)
    assert all(not re.match(r"(?:[a-z]+:)?//", link, re.IGNORECASE) for link in page.hrefs + page.srcs)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//|@import", html, re.IGNORECASE)
    assert set(page.scripts) == {"application/json", "text/javascript"}
    assert "https://dailyharbour.example" in html, "the article's own URL is shown as text"


def test_default_pair_is_the_strongest_reuse(example_report):
    data = json.loads(parse(to_html(example_report)).scripts["application/json"])
    strongest = max(example_report.reuse, key=lambda r: (r.relation != "independent", r.coverage))
    assert data["initial"] == [strongest.a, strongest.b]
    assert f'{strongest.a}|{strongest.b}' in data["pairs"]


def test_changes_point_at_their_values(example_report):
    data = json.loads(parse(to_html(example_report)).scripts["application/json"])
    texts = {a["id"]: a["text"] for a in data["articles"]}
    changes = [(key.split("|"), c) for key, pair in data["pairs"].items() for c in pair["changes"]]
    assert changes, "the example story has a rewrite with changed values"
    for (a, b), change in changes:
        assert texts[a][slice(*change["a"])] == change["a_value"]
        assert texts[b][slice(*change["b"])] == change["b_value"]


@pytest.mark.parametrize(("value", "days"), [("2025", 365), ("2024-02", 29), ("2025-03-11", 1),
                                             ("2025-03-11T06:25", 0), ("2025-03-04/2025-03-10", 7)])
def test_timeline_intervals_cover_the_stated_precision(value, days):
    span = interval(value)
    assert span is not None and span[1] - span[0] == pytest.approx(days)


def test_title_is_escaped_and_defaults_to_a_headline(example_report):
    assert "<title>A &lt;b&gt; story · newsprism</title>" in to_html(example_report, title="A <b> story")
    assert f"<h1>{example_report.articles[0].title}</h1>".replace("'", "&#x27;") in to_html(example_report)


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12), st.sampled_from(["span", "p", "mark"])),
                 max_size=12)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="ab <&>\"'\n", min_size=1, max_size=40), raw=spans)
def test_mark_up_nests_any_spans_and_keeps_every_character(text, raw):
    chosen = [Span(s, min(s + n, len(text)), tag, anchor=f"k{i}") for i, (s, n, tag) in enumerate(raw)
              if s < len(text)]
    page = parse(mark_up(text, chosen))
    assert not page.mismatched and not page.stack
    for span in chosen:
        assert page.evidence_text.get(span.anchor or "", "") == text[span.start:span.end]
    assert len(page.ids) == len({s.anchor for s in chosen})


def test_analyze_writes_the_html_report(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text("Harbour reopens\n\nThe harbour reopened on Friday after a storm, the port said.\n",
                     encoding="utf-8")
    out = tmp_path / "out" / "report.html"
    result = CliRunner().invoke(cli, ["analyze", str(story), "--html", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "", "with --html alone nothing goes to standard output"
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "reopened on Friday" in page
