"""The forms that change stories: a new story, articles to add, removing an article.

Each pasted article has its own boxes: the text, and what the reader knows of it (outlet, URL, publication
date), sent in the same order (see :mod:`newsprism.web.bodies`). 'Another article' (index.js) adds a set of
boxes. Forms are shown to a visitor who logged in, each with the CSRF token in a hidden field; an anonymous
visitor gets a link to log in instead.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from newsprism.ingest import RawArticle
from newsprism.store import StoryInfo
from newsprism.web.access import ANONYMOUS, CSRF_FIELD, Visitor
from newsprism.web.inputs import MAX_OUTLET_CHARS


def csrf_input(visitor: Visitor) -> str:
    """The hidden field every form that changes something must carry (the guard refuses it without)."""
    return f'<input type="hidden" name="{CSRF_FIELD}" value="{escape(visitor.csrf or "")}">'


def login_needed(what: str) -> str:
    return (f'<p class="muted np-login-needed"><a href="/login">Log in</a> with the operator token to '
            f"{escape(what)}.</p>")


def new_story_form(visitor: Visitor) -> str:
    if not visitor.authenticated:
        return login_needed("create, add to or delete stories")
    return f"""<form method="post" action="/stories" enctype="multipart/form-data">
  {csrf_input(visitor)}
  <label for="title">Title <span class="hint">(optional: else the first article's headline)</span></label>
  <input type="text" id="title" name="title" maxlength="300">
  {article_fields()}
  <p><button type="submit">Create story</button></p>
</form>"""


def article_fields() -> str:
    """One article's boxes (text, outlet, URL, date), the button for another, uploads and URLs to fetch."""
    return f"""<fieldset class="np-article"><legend>Article <span class="np-n">1</span></legend>
    <label>Text or HTML <span class="hint">(one article: headline first)</span>
      <textarea id="text" name="text"></textarea></label>
    <div class="np-meta">
      <label>Outlet <span class="hint">(optional)</span>
        <input type="text" name="outlet" maxlength="{MAX_OUTLET_CHARS}" autocomplete="off"></label>
      <label>URL <span class="hint">(optional)</span>
        <input type="url" name="url" placeholder="https://example.org/news/item.html"></label>
      <label>Published <span class="hint">(optional)</span>
        <input type="date" name="published"></label>
    </div>
  </fieldset>
  <p><button class="plain" type="button" id="np-more-text">Another article</button></p>
  <label for="files">Upload files
    <span class="hint">(.txt, .html, .json/.jsonl, RSS/Atom; several at once)</span></label>
  <input type="file" id="files" name="files" multiple>
  <label for="urls">URLs to fetch <span class="hint">(one per line)</span></label>
  <textarea class="urls" id="urls" name="urls" placeholder="https://example.org/news/item.html"></textarea>"""


def add_form(story: StoryInfo, visitor: Visitor = ANONYMOUS) -> str:
    if not visitor.authenticated:
        return f'<section class="card" id="add-articles"><h2>Add articles</h2>{login_needed("add articles")}</section>'
    return f"""<section class="card" id="add-articles"><h2>Add articles</h2>
<form method="post" action="/stories/{escape(quote(story.id, safe=''))}/articles" enctype="multipart/form-data">
  {csrf_input(visitor)}
  {article_fields()}
  <p><button type="submit">Add to the story</button></p>
</form></section>"""


def remove_button(story: StoryInfo, article: RawArticle, visitor: Visitor, name: str) -> str:
    """A form to remove the article (every version) from the story, for a visitor who logged in."""
    if not visitor.authenticated:
        return ""
    action = f"/stories/{quote(story.id, safe='')}/articles/{quote(article.id, safe='')}/delete"
    return (f' <form class="np-remove" method="post" action="{escape(action)}" data-confirm="Remove this article '
            f'from the story?">{csrf_input(visitor)}<button class="danger" type="submit" aria-label="Remove '
            f'{escape(article.title or name)}">Remove</button></form>')


def delete_button(story: StoryInfo, visitor: Visitor) -> str:
    if not visitor.authenticated:
        return ""
    return (f'<form method="post" action="/stories/{escape(quote(story.id, safe=""))}/delete" '
            f'data-confirm="Delete this story and its articles?">{csrf_input(visitor)}'
            f'<button class="danger" type="submit" aria-label="Delete {escape(story.title)}">Delete</button></form>')
