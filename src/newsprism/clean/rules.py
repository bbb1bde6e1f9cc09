"""Clutter rules for single lines: each takes a line's text and says which kind of clutter it is.

A rule fires only on lines that cannot be body prose: short widget rows, prompts, photo
captions with their credit, breadcrumbs. Whether a line is in the header, the body or
the footer is decided in :mod:`newsprism.clean.text`; these rules hold anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsprism.clean import prefilter
from newsprism.clean.lines import ends_sentence, words
from newsprism.clean.widget_credits import doubled_caption
from newsprism.clean.widget_prompts import OWN_DOCUMENT
from newsprism.clean.widget_teasers import glued_teaser
from newsprism.clean.widgets import widget_kind
from newsprism.lexicon import UI_WORDS
from newsprism.model import ClutterKind

NOCASE = re.IGNORECASE
RULES: list[tuple[ClutterKind, re.Pattern[str]]] = [
    ("breadcrumb", re.compile(r"^(?:home|main)\s*[>›»/|]|^[\w &'-]{1,30}(?:\s[>›»/|]\s[\w &'-]{1,40}){2,}$", NOCASE)),
    ("breadcrumb", re.compile(r"^Home\s+(?:[A-Z][\w&'’-]*\s+){1,4}[^.!?]{0,150}(?:…|\.\.\.)$")),
    ("login", re.compile(
        r"\b(?:log ?in|sign ?in|sign up)\b.{0,60}\b(?:comment|account|continue|read|access|connect)|"
        r"\bsubscribe\b.{0,30}\bto (?:continue|read|access|comment)|^(?:you must|please) (?:log|sign) ?in|"
        r"^(?:sign up|subscribe)\b.{0,40}\bnewsletters?\b|^get (?:our|the) .{0,30}newsletter|"
        r"^lock icon$", NOCASE)),
    ("comments", re.compile(
        r"^(?:to )?(?:write|post|leave|add|view|show|read|hide)\b.{0,30}\bcomments?\b|\bcomments? (?:are|is) "
        r"(?:closed|disabled)|^\d*\s*comments?$|^comment template$|social comment|^standards board policy|"
        r"\(\d+/\d+\s*\S*\)$|^be the first to comment|^join the (?:conversation|discussion)", NOCASE)),
    ("caption", re.compile(
        r"\[(?:[^\]]*\b)?(?:PHOTO|PHOTOS|IMAGE|SCREEN CAPTURE)\b[^\]]*\]\s*$|\bPHOTO:\s*[A-Z]", NOCASE)),
    ("caption", re.compile(
        r"\((?:AP |AFP |Reuters |)Photo\b|\bPhoto(?:graph)?(?: credit| courtesy)?(?: by|:)\s|"
        r"\b(?:Getty Images|Shutterstock|EPA-EFE|AFP via Getty)\b\s*$|"
        r"^(?:file photo|photo|image|caption)\s*[:|]|^(?:image|media) (?:source|caption)\b", NOCASE)),
    ("related", re.compile(
        r"^[\"“]?(?:related(?: articles?| stories| news| coverage| content)?|read (?:more|also|next)|also read|"
        r"see also|recommended(?: stories)?|you (?:may|might) also like|more (?:from|on|stories)\b.*|"
        r"most (?:read|popular)|trending(?: now)?|top stories|more news)\s*[:>»]?[\"”]?(?:\s.{0,90})?$", NOCASE)),
    # a label in quotation marks: '"Related:"' over its headlines (PolNeAR train, tune part)
    ("advertisement", re.compile(
        r"^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?|"
        r"continue reading below|scroll to continue.*)$", NOCASE)),
    ("link", re.compile(
        rf"^{OWN_DOCUMENT}(?:read|see|click|tap|continue reading|watch|listen)\b.{{0,40}}\b(?:here|more|story|article|"
        r"full|below|now|video|link)\b\W*$|^scroll to top$|^back to top$|"
        r"^(?:next|previous) (?:article|story)\b(?!\s*:\s*$)", NOCASE)),  # 'Previous story:' marks an update
    ("footer", re.compile(
        r"^(?:©|\(c\)|copyright\b)|all rights reserved|^terms of (?:use|service)|^privacy policy|"
        r"^(?:tags|topics|keywords|filed under)\s*:|"
        r"^(?:about us|contact us|cookie(?:s| policy| settings))$", NOCASE)),
]
"""Ordered (kind, pattern) rules; the first that matches names the line's clutter kind."""

HEADLINE_KINDS = frozenset({"related", "link"})
"""Kinds whose lines are link texts: they never end like a sentence unless very short."""

MAX_RULE_WORDS = 40
"""Rules that fire on prose-looking text (login, comments, related, link) stop at this length:
no prompt or widget row on the seeds or the example pages was longer than 25 words."""


def widget_row(text: str) -> bool:
    """A row of share/print/social buttons: every word is a UI word ('5 min read' counts: numbers pass)."""
    seen = False
    for token in words(text):
        if token.isdigit():
            continue
        if token.lower() not in UI_WORDS:
            return False
        seen = True
    return seen


def stray_fragment(text: str) -> bool:
    """A line with no word of two letters and no number: a lone letter, a rule line, punctuation.
    A number alone stays: in PolNeAR it is a list item's number, part of the body."""
    return not any(len(t) >= 2 or t.isdigit() for t in words(text))


def foreign_script_label(text: str) -> bool:
    """A short label in a non-Latin script inside an English page (an image's alt text, a menu)."""
    if len(words(text)) > 4:  # the cheap test first: most lines are longer
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ord(ch) > 0x2FF for ch in letters) > len(letters) / 2


BRACKET_CREDIT = re.compile(r"\[[A-Z0-9][A-Z0-9 /:.,&'’-]{1,60}\]\s*$")
"""An uppercase credit in brackets at the end of a line: '[AP/YONHAP]', '[NEWS1]', but also '[NYT]' after a
newsletter item. Alone it is not enough to call a line a caption (see :func:`described_photo`)."""
PICTURE_WORDS = re.compile(
    r"\b(?:left|right|cent(?:er|re)|pictured|poses?|posing|looks? on|smiles?|waves?|from left|in this photo|"
    r"is seen|are seen|shake hands|file photo)\b", re.I)


def described_photo(text: str) -> bool:
    """A line ending in a bracketed credit that describes a picture: '..., center right, ... [AP/YONHAP]'."""
    return bool(BRACKET_CREDIT.search(text)) and bool(PICTURE_WORDS.search(text))


SHAPE_RULES: list[tuple[ClutterKind, Callable[[str], bool]]] = [
    ("fragment", stray_fragment),
    ("share", widget_row),
    ("header", foreign_script_label),
    ("caption", described_photo),
    ("caption", doubled_caption),
]


def clutter_kind(text: str) -> ClutterKind | None:
    """The clutter kind of a line wherever it stands, or None if it may be body text."""
    for kind, test in SHAPE_RULES:
        if test(text):
            return kind
    count, sentence = len(words(text)), ends_sentence(text)
    for kind, pattern in RULES:
        long_prose = count > MAX_RULE_WORDS and sentence and kind != "caption"
        linked_sentence = kind in HEADLINE_KINDS and sentence and count > 6
        if not (long_prose or linked_sentence) and prefilter.search(pattern, text):  # searched only where it can decide
            return kind
    return widget_kind(text, count) or ("promo" if glued_teaser(text) else None)  # last: a name no rule gave
