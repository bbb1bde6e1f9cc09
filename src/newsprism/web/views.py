"""The HTML of the pages: the story list with its forms, a story's progress, its report.

Pages are built from ``assets/`` (a layout, the style sheet, small scripts) with every value
escaped; the forms are :mod:`newsprism.web.forms`. A source is named by its outlet (or the URL's
domain), else 'unnamed source N': never by an article id. The
report itself is :func:`newsprism.render.html.to_html` when that renderer is installed, else a
plain page with the Markdown report.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape
from importlib import resources
from string import Template
from urllib.parse import quote

from newsprism.ingest import RawArticle
from newsprism.model import Report
from newsprism.outlets.names import UNNAMED, domain
from newsprism.render import to_markdown
from newsprism.store import StoryInfo
from newsprism.web.access import ANONYMOUS, Visitor
from newsprism.web.forms import add_form, csrf_input, delete_button, new_story_form, remove_button

BODY_OPEN = re.compile(r"<body\b[^>]*>", re.I)
PREVIEW_CHARS = 120
"""An article without a stated headline is listed by its text's first line, cut to this many characters."""


@cache
def asset(name: str) -> str:
    return resources.files("newsprism.web").joinpath("assets", name).read_text(encoding="utf-8")


def page(title: str, body: str, script: str | tuple[str, ...] = "", visitor: Visitor | None = None) -> str:
    """A page of the app with its scripts (assets, inlined); ``visitor`` (when known) shows 'Log in' or 'Log out'
    in the top bar."""
    code = "".join(f"<script>{asset(name)}</script>" for name in ((script,) if isinstance(script, str) else script)
                   if name)
    return Template(asset("page.html")).substitute(title=escape(title), style=asset("style.css"), body=body,
                                                   script=code, account=_account(visitor))


def _account(visitor: Visitor | None) -> str:
    if visitor is None or visitor.bearer:
        return ""
    if not visitor.authenticated:
        return '<span class="np-account"><a href="/login">Log in</a></span>'
    return (f'<span class="np-account"><form method="post" action="/logout">{csrf_input(visitor)}'
            '<button class="plain" type="submit">Log out</button></form></span>')


def index_page(stories: list[StoryInfo], query: str = "", error: str = "", visitor: Visitor = ANONYMOUS,
               existing: StoryInfo | None = None) -> str:
    """The story list with the search and the new-story form; ``existing``: the story that already holds the
    articles just pasted, offered instead of a copy."""
    rows = ("".join(_story_row(s, visitor) for s in stories)
            or '<tr><td colspan="5" class="muted">No stories yet.</td></tr>')
    found = _count(len(stories), "story", "stories") + (f" matching “{escape(query)}”" if query else "")
    body = f"""<h1>Stories</h1>
{_error(error)}{_existing(existing)}
<form class="row" method="get" action="/" role="search">
  <input type="search" name="q" value="{escape(query)}" placeholder="Search titles, articles, URLs" aria-label="Search">
  <button class="plain" type="submit">Search</button>
</form>
<p class="muted">{found}</p>
<table class="stories"><thead><tr><th>Story</th><th>Articles</th><th>Status</th><th>Updated</th><th></th></tr></thead>
<tbody>{rows}</tbody></table>
<section class="card" id="new-story"><h2>New story</h2>
{new_story_form(visitor)}</section>"""
    return page("Stories", body, "index.js", visitor)


def _existing(story: StoryInfo | None) -> str:
    if story is None:
        return ""
    link = f'<a href="/stories/{escape(quote(story.id, safe=""))}">{escape(story.title)}</a>'
    return (f'<p class="notice np-existing" role="alert">These articles are already stored: they are the story '
            f"{link} ({_count(story.articles, 'article')}). Open it there, or add other articles to make a new "
            "story.</p>")


def _story_row(story: StoryInfo, visitor: Visitor) -> str:
    return (f'<tr><td class="np-title"><a href="/stories/{escape(quote(story.id, safe=""))}">{escape(story.title)}</a>'
            f'</td><td data-label="Articles">{story.articles}</td>'
            f'<td data-label="Status">{_status(story)}</td>'
            f'<td data-label="Updated">{escape(story.updated[:16].replace("T", " "))} UTC</td>'
            f'<td class="np-actions">{delete_button(story, visitor)}</td></tr>')


def _status(story: StoryInfo) -> str:
    return f'<span class="status np-status {escape(story.status)}">{escape(story.status)}</span>'


def _error(error: str) -> str:
    return f'<p class="error" role="alert">{escape(error)}</p>' if error else ""


def _count(n: int, word: str, words: str = "") -> str:
    """'1 story', '2 stories', '1 article'."""
    return f"{n} {word if n == 1 else words or word + 's'}"


def story_page(story: StoryInfo, articles: list[RawArticle], error: str = "", visitor: Visitor = ANONYMOUS) -> str:
    """A story without a current report: its progress (polled live), its articles, a form to add more."""
    status_url = f"/api/stories/{escape(quote(story.id, safe=''))}/status"
    names = source_names(articles)
    items = "".join(_article_item(story, a, names[a.id], visitor) for a in articles) or (
        "<li class='muted'>No articles yet: add some below.</li>")
    body = f"""<h1>{escape(story.title)}</h1>
{_error(error)}
<section class="card" id="np-progress" data-status-url="{status_url}">
  <p>{_status(story)} <span class="np-message">{escape(story.message)}</span>
     <span class="muted np-elapsed"></span></p>
  <progress max="1" value="{float(story.progress)}"></progress>
</section>
<h2>Articles ({int(story.articles)})</h2><ul class="np-articles">{items}</ul>
{add_form(story, visitor)}"""
    return page(story.title, body, ("index.js", "story.js"), visitor)


def source_names(articles: list[RawArticle]) -> dict[str, str]:
    """Article id → what the page calls its source: the outlet stated, else the URL's domain, else 'unnamed source
    N' (as the report does; never the article's id)."""
    names: dict[str, str] = {}
    unnamed = 0
    for article in articles:
        known = article.outlet or domain(article.url)
        if not known:
            unnamed += 1
        names[article.id] = known or UNNAMED.format(n=unnamed)
    return names


def _article_item(story: StoryInfo, article: RawArticle, name: str, visitor: Visitor) -> str:
    published = f" · {escape(article.published[:10])}" if article.published else ""
    first = next((line.strip() for line in (article.text or "").splitlines() if line.strip()), "")
    if article.title or first:
        title = escape(article.title or (first if len(first) <= PREVIEW_CHARS else first[:PREVIEW_CHARS] + "…"))
    else:
        title = '<span class="muted">headline found when analysed</span>'
    return (f"<li><strong>{escape(name)}</strong>{published}: {title}"
            f"{remove_button(story, article, visitor, name)}</li>")


def report_html(story: StoryInfo, report: Report) -> str:
    """The report page with a bar on top: back to the stories, add articles, the story's state."""
    bar = (f'<nav class="np-bar"><a href="/">← all stories</a><a href="/stories/{escape(story.id)}/add">add '
           f'articles</a><a href="/api/stories/{escape(story.id)}/report">JSON</a>'
           f'<span class="np-state">{escape(story.message)}</span></nav>'
           f'<style>{asset("bar.css")}</style>')
    document = render_report(report, story.title)
    opening = BODY_OPEN.search(document)
    if opening is None:
        return bar + document
    return document[:opening.end()] + bar + document[opening.end():]


def render_report(report: Report, title: str) -> str:
    """The interactive HTML report when newsprism.render.html is there, else the Markdown report in a page."""
    try:
        from newsprism.render.html import to_html
    except ImportError:
        return page(title, f'<h1>{escape(title)}</h1><pre class="report">{escape(to_markdown(report))}</pre>')
    return to_html(report, title=title)
