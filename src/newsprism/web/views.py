"""The HTML of the pages: the story list with its forms, a story's progress, its report.

Pages are built from ``assets/`` (a layout, the style sheet, small scripts) with every value
escaped. Forms that change something are shown to a visitor who logged in, each with the CSRF token
in a hidden field (:func:`csrf_input`); an anonymous visitor gets a link to log in instead. The
report itself is :func:`newsprism.render.html.to_html` when that renderer is installed, else a
plain page with the Markdown report.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape
from importlib import resources
from string import Template

from newsprism.model import Report
from newsprism.render import to_markdown
from newsprism.store import StoredArticle, StoryInfo
from newsprism.web.access import ANONYMOUS, CSRF_FIELD, Visitor

BODY_OPEN = re.compile(r"<body\b[^>]*>", re.I)


@cache
def asset(name: str) -> str:
    return resources.files("newsprism.web").joinpath("assets", name).read_text(encoding="utf-8")


def page(title: str, body: str, script: str = "", visitor: Visitor | None = None) -> str:
    """A page of the app; ``visitor`` (when known) shows 'Log in' or 'Log out' in the top bar."""
    code = f"<script>{asset(script)}</script>" if script else ""
    return Template(asset("page.html")).substitute(title=escape(title), style=asset("style.css"), body=body,
                                                   script=code, account=_account(visitor))


def _account(visitor: Visitor | None) -> str:
    if visitor is None or visitor.bearer:
        return ""
    if not visitor.authenticated:
        return '<span class="np-account"><a href="/login">Log in</a></span>'
    return (f'<span class="np-account"><form method="post" action="/logout">{csrf_input(visitor)}'
            '<button class="plain" type="submit">Log out</button></form></span>')


def csrf_input(visitor: Visitor) -> str:
    """The hidden field every form that changes something must carry (the guard refuses it without)."""
    return f'<input type="hidden" name="{CSRF_FIELD}" value="{escape(visitor.csrf or "")}">'


def login_needed(what: str) -> str:
    return (f'<p class="muted np-login-needed"><a href="/login">Log in</a> with the operator token to '
            f"{escape(what)}.</p>")


def index_page(stories: list[StoryInfo], query: str = "", error: str = "", visitor: Visitor = ANONYMOUS) -> str:
    rows = ("".join(_story_row(s, visitor) for s in stories)
            or '<tr><td colspan="5" class="muted">No stories yet.</td></tr>')
    found = f"{len(stories)} stories" + (f" matching “{escape(query)}”" if query else "")
    body = f"""<h1>Stories</h1>
{_error(error)}
<form class="row" method="get" action="/" role="search">
  <input type="search" name="q" value="{escape(query)}" placeholder="Search titles, articles, URLs" aria-label="Search">
  <button class="plain" type="submit">Search</button>
</form>
<p class="muted">{found}</p>
<table><thead><tr><th>Story</th><th>Articles</th><th>Status</th><th>Updated</th><th></th></tr></thead>
<tbody>{rows}</tbody></table>
<section class="card" id="new-story"><h2>New story</h2>
{_new_story_form(visitor)}</section>"""
    return page("Stories", body, "index.js", visitor)


def _new_story_form(visitor: Visitor) -> str:
    if not visitor.authenticated:
        return login_needed("create, add to or delete stories")
    return f"""<form method="post" action="/stories" enctype="multipart/form-data">
  {csrf_input(visitor)}
  <label for="title">Title <span class="hint">(optional: else the first article's headline)</span></label>
  <input type="text" id="title" name="title">
  {_article_fields()}
  <p><button type="submit">Create story</button></p>
</form>"""


def _story_row(story: StoryInfo, visitor: Visitor) -> str:
    delete = (f'<form method="post" action="/stories/{escape(story.id)}/delete" '
              f'data-confirm="Delete this story and its articles?">{csrf_input(visitor)}'
              '<button class="danger" type="submit">Delete</button></form>') if visitor.authenticated else ""
    return (f'<tr><td><a href="/stories/{escape(story.id)}">{escape(story.title)}</a>'
            f'<div class="muted">{escape(story.id)}</div></td><td>{story.articles}</td>'
            f'<td>{_status(story)}</td><td>{escape(story.updated[:16].replace("T", " "))} UTC</td>'
            f"<td>{delete}</td></tr>")


def _status(story: StoryInfo) -> str:
    return f'<span class="status np-status {escape(story.status)}">{escape(story.status)}</span>'


def _error(error: str) -> str:
    return f'<p class="error" role="alert">{escape(error)}</p>' if error else ""


def _article_fields() -> str:
    return """<label for="text">Paste an article <span class="hint">(text or HTML; one article per box)</span></label>
  <textarea id="text" name="text"></textarea>
  <p><button class="plain" type="button" id="np-more-text">Another text</button></p>
  <label for="files">Upload files
    <span class="hint">(.txt, .html, .json/.jsonl, RSS/Atom; several at once)</span></label>
  <input type="file" id="files" name="files" multiple>
  <label for="urls">URLs <span class="hint">(one per line)</span></label>
  <textarea class="urls" id="urls" name="urls" placeholder="https://example.org/news/item.html"></textarea>"""


def story_page(story: StoryInfo, articles: list[StoredArticle], error: str = "",
               visitor: Visitor = ANONYMOUS) -> str:
    """A story without a current report: its progress (polled live), its articles, a form to add more."""
    status_url = f"/api/stories/{escape(story.id)}/status"
    items = "".join(f"<li>{escape(a.title or a.id)} <span class='muted'>{escape(a.url or a.source)}</span>"
                    f"{remove_button(story, a, visitor)}</li>"
                    for a in articles) or "<li class='muted'>No articles yet: add some below.</li>"
    body = f"""<h1>{escape(story.title)}</h1>
{_error(error)}
<section class="card" id="np-progress" data-status-url="{status_url}">
  <p>{_status(story)} <span class="np-message">{escape(story.message)}</span>
     <span class="muted np-elapsed"></span></p>
  <progress max="1" value="{float(story.progress)}"></progress>
</section>
<h2>Articles ({int(story.articles)})</h2><ul>{items}</ul>
{add_form(story, visitor)}"""
    return page(story.title, body, "story.js", visitor)


def remove_button(story: StoryInfo, article: StoredArticle, visitor: Visitor) -> str:
    """A form to remove the article (every version) from the story, for a visitor who logged in."""
    if not visitor.authenticated:
        return ""
    from urllib.parse import quote

    action = f"/stories/{quote(story.id, safe='')}/articles/{quote(article.id, safe='')}/delete"
    return (f' <form class="np-remove" method="post" action="{escape(action)}" data-confirm="Remove this article '
            f'from the story?">{csrf_input(visitor)}<button class="danger" type="submit" aria-label="Remove '
            f'{escape(article.title or article.id)}">Remove</button></form>')


def add_form(story: StoryInfo, visitor: Visitor = ANONYMOUS) -> str:
    if not visitor.authenticated:
        return f'<section class="card" id="add-articles"><h2>Add articles</h2>{login_needed("add articles")}</section>'
    return f"""<section class="card" id="add-articles"><h2>Add articles</h2>
<form method="post" action="/stories/{escape(story.id)}/articles" enctype="multipart/form-data">
  {csrf_input(visitor)}
  {_article_fields()}
  <p><button type="submit">Add to the story</button></p>
</form></section>"""


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
