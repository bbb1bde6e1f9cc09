"""Markup left in a pasted text: the tags of an embedded post or a link around the words a reader sees; a prompt to
the readers run on after a paragraph's last sentence.

A page copied as text, or a corpus that marks its embeds, can keep HTML-like tags inside a paragraph:
``<tweet author="..." tweet_id="...">the post's words</tweet>``, ``[<a href="...">a linked headline</a>.]``. A
reader sees only the words between the tags. This pass runs last, on the lines the other passes kept: a tag goes
(listed as removed ``media``), the words around it stay; a line that is only a link's tags around its text is a
link; an opening tag the page broke over lines (no ``>`` on its line) goes with the lines that hold its attributes,
up to the line where it closes. The passes before it still see the tags (:data:`newsprism.clean.boilerplate.QUOTED_POST`
keeps a quoted post's line away from the line classifier).

Calibrated on the tune part of PolNeAR train (two thirds of its articles by a hash of their names): PolNeAR's
annotators discard the tags of the posts an article quotes and annotate the words between them as the article's
content; the tags' letters were a fifth of the Discard letters cleaning kept there.
"""

from __future__ import annotations

import re

from newsprism.clean.lines import Line
from newsprism.model import ClutterKind, RemovedLine

TAG_NAMES = r"(?:tweet|a|em|strong|b|i|u|span|p|div|br|img|iframe|blockquote|figure|figcaption)"
"""Tags of the markup kept in pasted texts (an embedded post, a link, emphasis, a block): only these names are
taken for tags, so that 'a <b> c' written as a formula, or '<3', stays."""
VALUE = r"(?:\"[^\"<>]*\"|”[^”<>]*”|“[^”<>]*”|'[^'<>]*')"
"""An attribute's value in quotation marks (straight, or the curly ones a page's typography put in)."""
VALUES = re.compile(VALUE)
TAG = re.compile(rf"</?{TAG_NAMES}(?:\s+[\w:.-]+\s*=\s*{VALUE})*\s*/?>", re.I)
"""One tag, its attributes included: '<tweet pic="" author="Name">', '</tweet>', '<tweet/>', '<a href=”…”>'."""
PROSE_WORDS = 5
"""An attribute whose value runs to this many words or more holds prose the page put in a tag (PolNeAR dev: a
rating's whole sentence in a post's author attribute, annotated as the article's content): the tag and its words
stay. The tags of the tune part's posts and links have values of three words at most ('February 10, 2016')."""
LINK_ONLY = re.compile(r"^\W*<a\b[^<>]*>[^<>]*</a>\W*$", re.I)
"""A line that is a link and nothing else: '[<a href="…">A linked headline</a>.]'."""
OPEN_TAG = re.compile(rf"<{TAG_NAMES}(?:\s+[\w:.-]+\s*=\s*{VALUE})*\s+[\w:.-]+\s*=\s*[\"”“'][^\"”“'<>]*$", re.I)
"""An opening tag that runs on to the next line (its attribute broken by the page's line breaks)."""
TAG_END = re.compile(r"^[^<>\"”“']*[\"”“']\s*/?>")
"""The end of a broken tag on a later line: the rest of its last value and the ``>``."""
BROKEN_TAG_LINES = 8
"""Most lines a broken tag's attributes run over; with no ``>`` by then, only its first line is taken."""
EMPTY = re.compile(r"^\W*$")
TRAILING_PROMPT = re.compile(
    r"(?<=[.!?\"”])\s+(?:please\s+)?(?:share|comment|sound off)(?:\s+(?:and|&)\s+(?:share|comment))?"
    r"\s+(?:below|in the comments)\W*$", re.I)
"""A prompt to the readers run on after the article's last sentence: '… Share and comment below.' (PolNeAR train,
tune part): it goes, the sentences before it stay."""


def strip_markup(lines: list[Line], kinds: list[ClutterKind | None]) -> list[RemovedLine]:
    """Take the tags out of the kept lines (their words stay) and mark link-only and broken-tag lines; ``lines``
    and ``kinds`` change in place; returns the tags taken from lines that stay."""
    removed: list[RemovedLine] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        prompt = TRAILING_PROMPT.search(line.text) if kinds[i] is None else None
        if prompt:
            removed.append(RemovedLine(text=prompt.group(0).strip(), reason="share", line=line.number))
            lines[i] = line = Line(line.text[:prompt.start()], line.number, line.alone)
        if kinds[i] is None and "<" in line.text:
            i = _strip_line(lines, kinds, i, removed)
        elif "<" in line.text and (opened := OPEN_TAG.search(line.text)):  # the rules took the line: not its tag's end
            i = _close_broken(lines, kinds, i, opened.group(0))
        i += 1
    return removed


def _strip_line(lines: list[Line], kinds: list[ClutterKind | None], i: int, removed: list[RemovedLine]) -> int:
    """Strip line ``i``; returns the last line it dealt with (a broken tag's last line)."""
    line, last = lines[i], i
    if LINK_ONLY.match(line.text):
        kinds[i] = "link"
        return i
    text = line.text
    opened = OPEN_TAG.search(text)
    if opened:
        last = _close_broken(lines, kinds, i, opened.group(0))
        text = text[:opened.start()] if last > i else text
    tags = [tag.group(0) for tag in TAG.finditer(text) if not _prose_tag(tag)]
    kept = TAG.sub(lambda tag: tag.group(0) if _prose_tag(tag) else "", text)
    if kept != line.text and EMPTY.match(kept):
        kinds[i] = "media"
    elif kept != line.text:
        removed.append(RemovedLine(text=" ".join([*tags, line.text[len(text):]]).strip(), reason="media",
                                   line=line.number))
        lines[i] = Line(" ".join(kept.split()), line.number, line.alone)
    return last


def _prose_tag(tag: re.Match[str]) -> bool:
    """A tag one of whose values is prose (:data:`PROSE_WORDS`): it stays, words and all."""
    return any(_prose(value.group(0)) for value in VALUES.finditer(tag.group(0)))


def _prose(value: str) -> bool:
    return len(value.split()) >= PROSE_WORDS


def _close_broken(lines: list[Line], kinds: list[ClutterKind | None], start: int, opening: str) -> int:
    """The last line a broken tag opened on ``start`` runs over, its middle lines marked ``media`` and the line it
    closes on cut after its ``>``; ``start`` when it does not close within :data:`BROKEN_TAG_LINES` lines or its
    values are prose (:data:`PROSE_WORDS`)."""
    value = opening[max(opening.rfind(q) for q in "\"”“'") + 1:]
    if any(_prose(v.group(0)) for v in VALUES.finditer(opening)):
        return start
    for j in range(start + 1, min(len(lines), start + 1 + BROKEN_TAG_LINES)):
        end = TAG_END.match(lines[j].text)
        value = f"{value} {end.group(0) if end else lines[j].text}"
        if _prose(value) or ("<" in lines[j].text and end is None) or kinds[j] is not None:
            return start
        if end is None:
            continue
        for k in range(start + 1, j):
            kinds[k] = "media"
        rest = lines[j].text[end.end():]
        if EMPTY.match(TAG.sub("", rest)):
            kinds[j] = "media"
            return j
        lines[j] = Line(rest, lines[j].number, lines[j].alone)
        return j - 1
    return start
