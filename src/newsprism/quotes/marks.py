"""Quotation-mark spans in an article's text: which marks open, which close, and what lies between.

Double marks (straight ``"``, the typewriter ``''``, curly ``“ ”``, and the marks that only open or only close,
:data:`~newsprism.typography.OPENING_QUOTES` such as two backticks, and
:data:`~newsprism.typography.CLOSING_QUOTES`) are matched with a stack, so a quotation nested inside another is
part of the outer one. Whether a straight mark opens or closes is read from the characters around it (a space
before and a letter after opens it), and from the stack where that is ambiguous. Curly single marks (``‘ ’``)
open a quotation only outside double marks, at the start of a word, and close at the first ``’`` that ends a
word — so ``don’t`` and ``voters’`` stay apostrophes. A straight single ``'`` is taken for an apostrophe, except
in the headline layout (:func:`_straight_single_quote`).

A paragraph that ends inside a quotation continues it when the next paragraph opens with a quotation mark
(the news convention for a quotation running over several paragraphs); otherwise the quotation ends with its
paragraph, and a paragraph opened by a mark of the other style (straight or typographic) continues nothing.
Where sentences stand one per line, a quotation opening a line ends the one left open on the lines before it; one
left open at a paragraph's end runs on when the next paragraph with a mark in the next few closes it (one sentence
a paragraph: :data:`CLOSE_REACH`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newsprism.typography import CLOSING_QUOTES, DASHES, DOUBLE_QUOTES, OPENING_QUOTES, SINGLE_QUOTES, invisible

CURLY_DOUBLE_CLOSE = "’’"
"""Two curly apostrophes written for a closing double mark ('Tomas “Big Wheel’’ Kade'; gun-violence incident
558796, issue #19's eleventh round): they close a quotation open before them and open none."""
_MARK = re.compile("|".join(re.escape(mark) + ("(?!')" if mark == "''" else "") for mark in (
    CURLY_DOUBLE_CLOSE, *DOUBLE_QUOTES, *SINGLE_QUOTES)))
"""Any quotation mark; of three straight single marks in a row the last two are the double mark ('…?\'\'\'' closes a
single-quoted quotation, then the double one)."""
_OPENS_BEFORE = set(" \t\n([{/“‘\"`„«" + DASHES)
_CLOSES_AFTER = set(" \t\n.,;:!?)]}”’\"»" + DASHES)
_CONTINUES = ("\"", "“", "'", *OPENING_QUOTES)
"""Marks that, opening the next paragraph, continue a quotation left open at the end of one."""
MAX_SINGLE_QUOTE = 200
"""Longest quotation (characters) read between curly single marks; longer is taken for stray apostrophes.
Set by hand, not tuned: single-quoted quotations in news are headline phrases, far shorter than this."""


@dataclass(frozen=True)
class MarkedSpan:
    """A quotation between marks: offsets into the article's text."""

    mark_start: int
    """offset of the opening mark"""
    start: int
    """first character of the quoted words"""
    end: int
    """end of the quoted words (exclusive), before the closing mark"""
    mark_end: int
    """end of the closing mark (exclusive), or of the paragraph where the quotation is left open"""
    closed: bool
    """a closing mark was found"""


@dataclass
class _Open:
    mark_start: int
    start: int
    straight: bool
    mark: str = ""


def find_marked(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[MarkedSpan]:
    """Every top-level quotation in ``text``, given its paragraphs' (start, end) offsets."""
    found: list[MarkedSpan] = []
    carried: _Open | None = None
    reopened = True
    for number, (start, end) in enumerate(paragraphs):
        spans, left_open = _paragraph_quotes(text, start, end, carried, skip_first=reopened)
        found.extend(spans)
        carried, reopened = None, True
        if left_open is not None:
            following = _first_visible(text, *paragraphs[number + 1]) if number + 1 < len(paragraphs) else None
            if following is not None and _continues(text, following, left_open):
                carried = left_open
            elif _closed_later(text, paragraphs[number + 1:number + 1 + CLOSE_REACH]):
                carried, reopened = left_open, False
            else:
                credit = _CREDIT.search(text, left_open.start, end)
                until = credit.start() if credit is not None else end
                found.append(_span(text, left_open, until, until, closed=False))
    return [span for span in found if span.end > span.start]


_SAID = r"(?:said|says|added|adds|explained|recalled|wrote)"
_CREDIT = re.compile(rf",[^\S\n]+(?:{_SAID}[^\S\n]+[A-Z]|(?:he|she|they)[^\S\n]+{_SAID}\b|"
                     rf"[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){{0,3}}[^\S\n]+{_SAID}\b)")
"""The credit inside a quotation the page never closed ('“We heard four bangs, said Ana Ruiz, a neighbour.' or
'…, Ana Ruiz said.'): the quotation ends at its comma and the credit is read after it (issue #19's thirteenth round,
a known residue of its twelfth)."""


CLOSE_REACH = 3
"""Most paragraphs after the one a quotation is left open in that may hold its closing mark when none of them opens
with a mark: texts set one sentence a line, each line a paragraph ('“We are grateful to the staff. [line] We look
forward to the move,” the lawyer said.'; ECB+ topic 1/ecbplus, issue #19's thirteenth round). Set by hand: a
quotation of two to four sentences."""


def _closed_later(text: str, following: Sequence[tuple[int, int]]) -> bool:
    """The first quotation mark of the paragraphs that follow a quotation left open closes a quotation (a word or
    its punctuation before it, a space or punctuation after): the quotation runs on to it."""
    for start, end in following:
        mark = next(_double_marks(text, start, end), None)
        if mark is not None:
            position, found = mark
            before = _visible(text, position - 1, -1)
            after = _visible(text, position + len(found), 1)
            if found == "\"" and before == " " and _visible(text, position - 2, -1) in ",.?!" and after.islower():
                return True  # glued to the next word ('…, "the source said'; not 'Ben said, "You …')
            return (found not in OPENING_QUOTES and not before.isspace() and after in _CLOSES_AFTER
                    and before not in _OPENS_BEFORE)
    return False


def _continues(text: str, following: int, left_open: _Open) -> bool:
    """The next paragraph, starting at ``following``, opens with a mark of the same style as the quotation left
    open (straight or typographic): a paragraph opened by a stray straight mark in an article of curly ones
    ('"Kevin was snoring.' before '“Here he is,” she said.') is no quotation running on."""
    mark = _MARK.match(text, following)
    if mark is None or not text.startswith(_CONTINUES, following):
        return False
    straight = ("\"", "''", "'")
    return (mark.group() in straight) == (left_open.mark in straight) or not left_open.mark


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _paragraph_quotes(text: str, start: int, end: int, carried: _Open | None,
                      skip_first: bool = True) -> tuple[list[MarkedSpan], _Open | None]:
    """The quotations closed in one paragraph, and the one left open at its end (if any); ``carried``, a quotation
    running on from the paragraph before, whose continuing mark opens this one unless not ``skip_first``."""
    found: list[MarkedSpan] = []
    stack: list[_Open] = [] if carried is None else [carried]
    marks = list(_double_marks(text, start, end))[1 if carried is not None and skip_first else 0:]
    for position, mark in marks:
        line_start = text.rfind("\n", start, position) + 1
        if (stack and line_start > stack[0].start and not text[line_start:position].strip()
                and _opens(text, position, mark, [])):
            found.append(_span(text, stack[0], line_start - 1, line_start - 1, closed=False))
            stack = []  # a quotation opening a line ends the one left open on the lines before
        if _opens(text, position, mark, stack):
            stack.append(_Open(position, position + len(mark), mark in ("\"", "''"), mark))
        elif stack:
            outer = stack[0]
            stack.pop()
            if not stack:
                found.append(_span(text, outer, position, position + len(mark), closed=True))
    found.extend(_single_quotes(text, start, end, found))
    found.extend(_interrupted_singles(text, start, end, found))
    found.extend(_straight_single_quote(text, start, end, found))
    found.sort(key=lambda span: span.mark_start)
    return found, (stack[0] if stack else None)


def _double_marks(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    for match in _MARK.finditer(text, start, end):
        if match.group() not in "‘’":
            yield match.start(), match.group()


def _opens(text: str, position: int, mark: str, stack: list[_Open]) -> bool:
    """Does the mark at ``position`` open a quotation (rather than close one)?"""
    before = _visible(text, position - 1, -1)
    after = _visible(text, position + len(mark), 1)
    open_context = before in _OPENS_BEFORE and not after.isspace()
    close_context = not before.isspace() and after in _CLOSES_AFTER
    if mark in ("``", "\"") and stack and stack[-1].mark == "``":
        return False  # a closing mark written as an opening one ('``We did all we could, ``said the mother', '"he')
    if mark == "\"" and stack and stack[-1].straight and _visible(text, position - 2, -1) in ",.?!" and before == " ":
        return False  # a closing mark glued to the next word after the quotation's comma ('"…, "he said.')
    if mark == CURLY_DOUBLE_CLOSE:
        return False
    if mark in OPENING_QUOTES or mark in CLOSING_QUOTES:
        return mark in OPENING_QUOTES
    if mark == "“":
        return not (close_context and not open_context and stack)
    if mark == "”":  # opening a line it is a misprinted opening mark ('” … he delivered a mix,” Ray wrote.')
        return (open_context or before == "\n") and not close_context and not stack
    if open_context != close_context:
        return open_context
    return not (stack and (stack[-1].straight or (mark == "''" and stack[-1].mark == "``")))


def _visible(text: str, at: int, step: int) -> str:
    """The character at ``at``, looking past invisible format characters (a bidi mark or a zero-width space
    pasted from a social post before an opening mark) in the direction ``step``; a space beyond the text."""
    while 0 <= at < len(text) and invisible(text[at]):
        at += step
    return text[at] if 0 <= at < len(text) else " "


def _single_quotes(text: str, start: int, end: int, doubles: list[MarkedSpan]) -> Iterator[MarkedSpan]:
    """Quotations between curly single marks, outside every double-quoted span."""
    position = start
    while (opening := text.find("‘", position, end)) >= 0:
        position = opening + 1
        before = text[opening - 1] if opening > start else " "
        if before not in _OPENS_BEFORE or not text[opening + 1:opening + 2].isalnum():
            continue
        if any(span.mark_start <= opening < span.mark_end for span in doubles):
            continue
        closing = _single_close(text, opening + 1, min(end, opening + MAX_SINGLE_QUOTE))
        if closing is not None:
            yield _span(text, _Open(opening, opening + 1, False), closing, closing + 1, closed=True)
            position = closing + 1


_STRAIGHT_SINGLE = re.compile(r"(?:^|(?<=:)[ \t]+)(')(?=\w)([^\n]*\S)'[.;,!?]?[ \t]*$", re.MULTILINE)


def _straight_single_quote(text: str, start: int, end: int, doubles: list[MarkedSpan]) -> Iterator[MarkedSpan]:
    """A quotation between straight single marks that runs to the end of its paragraph and opens it or follows a
    colon: the headline layout ('Reid: 'Never underestimate him.''). Elsewhere a straight ``'`` is read as an
    apostrophe ('the voters' choice', 'rock 'n' roll')."""
    for found in _STRAIGHT_SINGLE.finditer(text, start, end):
        opening, closing = found.start(1), found.end(2)
        if not any(span.mark_start <= closing and opening < span.mark_end for span in doubles):
            yield _span(text, _Open(opening, opening + 1, True), closing, closing + 1, closed=True)


_SINGLE_OPEN = re.compile(r"(?:^|(?<=\s))'(?=[A-Z])")
_SINGLE_CLOSE = re.compile(r"(?<=[.,?!])'(?=\s|$)")
"""Straight single marks that open (after a space, before a capital) and close (after a sentence's or a clause's
punctuation, before a space) a quotation: never an apostrophe ('don't', "the players' union", "'90s")."""


def _interrupted_singles(text: str, start: int, end: int, doubles: list[MarkedSpan]) -> Iterator[MarkedSpan]:
    """Quotations between straight single marks in a paragraph that opens with one and where the first closes
    before the paragraph's end: the attribution stands between two of them ("'We saw them,' Ana Ruiz told the
    paper. 'They were well.'"; gun-violence dev pages, issue #19's sixteenth round: read whole as one quotation,
    the paper was credited, or read as reported speech)."""
    first = _first_visible(text, start, end)
    if not _SINGLE_OPEN.match(text, first):
        return
    closing = _SINGLE_CLOSE.search(text, first + 1, end)
    if closing is None or not text[closing.end():end].strip():
        return  # one quotation over the whole paragraph: the headline layout (:func:`_straight_single_quote`)
    position = first
    while (opening := _SINGLE_OPEN.search(text, position, end)) and (
            closed := _SINGLE_CLOSE.search(text, opening.end(), end)):
        position = closed.end()
        if not any(span.mark_start <= closed.start() and opening.start() < span.mark_end for span in doubles):
            yield _span(text, _Open(opening.start(), opening.end(), True), closed.start(), closed.end(), closed=True)


def _single_close(text: str, start: int, end: int) -> int | None:
    for match in re.finditer("’", text[start:end]):
        at = start + match.start()
        after = text[at + 1] if at + 1 < len(text) else " "
        if not text[at - 1].isspace() and not after.isalnum():
            return at
    return None


def _span(text: str, opened: _Open, close_at: int, mark_end: int, *, closed: bool) -> MarkedSpan:
    begin = opened.start
    while begin < close_at and text[begin].isspace():
        begin += 1
    finish = close_at
    while finish > begin and (text[finish - 1].isspace() or text[finish - 1] == ","):
        finish -= 1
    return MarkedSpan(opened.mark_start, begin, finish, mark_end, closed)
