"""The Markdown report shows hostile article text as text: no HTML, no link, no image reaches a Markdown viewer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from newsprism.config import Config
from newsprism.ingest import RawArticle
from newsprism.model import Report
from newsprism.pipeline import analyze_raw
from newsprism.render import to_markdown
from newsprism.render.markdown import inline

PAYLOADS = [
    '<script>alert("md")</script>',
    "<img src=x onerror=alert(1)>",
    "[click here](javascript:alert(1))",
    "![pixel](https://tracker.example/p.png)",
    "<javascript:alert(2)>",
    "&#106;avascript:alert(3)",
    "\\[escaped](javascript:alert(4))",
    "`code` and <b>bold</b>",
]
BODY = ("PORTVALE — The council of Portvale voted on Tuesday to rebuild the old river bridge, officials said. "
        "{payload} The vote was 7 to 2 after a long debate about the cost of the work. "
        '"We will start in spring," said Mayor Dana Whitcombe, who backed the plan from the start.')


@pytest.fixture(scope="module")
def hostile_report(resources) -> Report:
    raws = [RawArticle(id=f"story-{n}", source=f"hostile {n}", format="text",
                       title=f"Bridge vote {payload}", outlet=f"The Portvale {payload}",
                       text=f"Bridge vote {payload}\n\n" + BODY.format(payload=payload))
            for n, payload in enumerate(PAYLOADS)]
    return analyze_raw(raws, Config(), resources)


def _rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def test_no_tag_link_or_image_reaches_the_viewer(hostile_report: Report) -> None:
    html = _rendered(to_markdown(hostile_report, explain=True))
    for made in ("<script", "<img", "<a ", "<b>", "href="):
        assert made not in html
    assert "javascript:alert(1)" in html  # the words are still there, as text


@given(st.text(alphabet=st.sampled_from(list("<>&[]()!\\`*_ajvscript:/x=\"'")), max_size=60))
def test_inline_text_never_renders_as_markup(text: str) -> None:
    html = _rendered(f"- {inline(text)}")
    assert "<a " not in html and "<img" not in html
    assert html.count("<") == html.count("</") * 2  # only the list's own <ul><li> tags, each closed
