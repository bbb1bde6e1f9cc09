"""Clean plain text copied from a web page: keep the body, move metadata to fields, record the rest.

The article is read as a header (before the first body paragraph), a body and a footer
(after the last one). Clutter rules hold everywhere; metadata lines (title, byline,
outlet, date) are recognised in the header and footer only, so that a body sentence is
never taken for them. A line that is neither clutter nor metadata stays in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsprism.clean import boilerplate, comments, context, listings, markup, repeats, sections, title_copies
from newsprism.clean import metadata as meta
from newsprism.clean.edge_patterns import DATELINE, TRAILING_CREDIT
from newsprism.clean.lead_copies import story_lead
from newsprism.clean.lines import Line, ends_sentence, line_key, sentence_count, split_lines, title_case_ratio, words
from newsprism.clean.rules import BRACKET_CREDIT, clutter_kind
from newsprism.clean.teaser_heads import mark_teasers
from newsprism.clean.widgets import LABELLED_TEASER, RELATED_HEADLINE_WORDS
from newsprism.config import CleanConfig
from newsprism.lexicon import UI_WORDS, WEEKDAY_ALTERNATION
from newsprism.model import ClutterKind, RemovedLine

SIGNOFF = re.compile(
    r"^\(?(?:(?:additional )?reporting|writing|editing|edited|compiled|translated|produced) by\b|^write to \w|"
    r"\boriginally (?:published|appeared)\b|"
    r"^\(?with (?:additional )?(?:reporting|inputs?|contributions?) (?:from|by)\b|contributed (?:to )?this report\W*$",
    re.I,
)
HEADER_BREADCRUMB = re.compile(r"^[Hh]ome\s+[a-z]+\s")
OUTLET_MENTION = re.compile(  # 'the home of X Radio' is a station's slogan for a show it carries, not its name
    r"\b(?:with|from|at|(?<![Hh]ome )of|by|©|\d{4})\s+(?:the\s+)?(?P<name>(?:[A-Z][\w’'-]*\s){0,4}"
    r"(?:Daily|Times|Herald|Post|News|Journal|Tribune|Gazette|Telegraph|Guardian|Observer|Courier|Chronicle|"
    r"Independent|Express|Standard|Globe|Monitor|Review|Press|Insider|Today|Radio))\b"
)
MAX_TITLE_WORDS = 25
"""Longest title accepted. PolNeAR headlines (924 articles) run to 24 words."""
MAX_SENTENCE_TITLE_WORDS = 20
"""A first line that reads as a full sentence ('Trump wins Nevada caucus.') is a title only up to this
length, and only without a lead paragraph's cues (an article first, 'said', a weekday); 80 % of PolNeAR's
sentence-case titles have <= 20 words and 3 % start with an article."""
LEAD_CUES = re.compile(
    r"^(?:the|a|an)\s+[a-z]|\b(?:said|says|told|according to|yesterday|on \w+day|"
    rf"(?:on|last|this|next) (?:{WEEKDAY_ALTERNATION}))\b", re.I)


@dataclass
class Found:
    """Metadata stated in the text itself."""

    title: str | None = None
    subtitle: str | None = None
    byline: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    credit: str | None = None


@dataclass(frozen=True)
class CleanedText:
    paragraphs: list[str]
    removed: list[RemovedLine]
    found: Found


@dataclass(frozen=True)
class RuleVerdicts:
    """The lines of a text and the kinds the rules gave them; ``body`` lists the body's lines (empty: no body)."""

    lines: list[Line]
    kinds: list[ClutterKind | None]
    found: Found
    body: list[int]
    heads: list[RemovedLine] = field(default_factory=list)
    """captions cut from the head of a line whose rest is the article's (:func:`cut_caption_heads`)"""


def clean_text(text: str, title_hint: str | None, config: CleanConfig,
               repeated: frozenset[str] = frozenset()) -> CleanedText:
    """Split ``text`` into body paragraphs, removed lines and the metadata the lines state; ``repeated``: the line
    keys the other pages cleaned with it repeat (:mod:`newsprism.clean.repeats`)."""
    verdicts = rule_verdicts(text, title_hint, config)
    lines, kinds, found, body = verdicts.lines, verdicts.kinds, verdicts.found, verdicts.body
    if body and config.line_model:
        boilerplate.mark(lines, kinds, found.title or title_hint, body[0], body[-1])
    if body:
        repeats.mark(lines, kinds, repeated)
        listings.mark_interleaved(lines, kinds)
    tags = markup.strip_markup(lines, kinds) if body else []
    removed = [*verdicts.heads, *tags, *(RemovedLine(text=line.text, reason=kind, line=line.number)
                                  for line, kind in zip(lines, kinds, strict=True) if kind is not None)]
    paragraphs = [line.text for line, kind in zip(lines, kinds, strict=True) if kind is None] if body else []
    _read_metadata(lines, kinds, found)
    paragraphs = _strip_dateline(paragraphs, removed, found, lines, kinds)
    paragraphs = _strip_trailing_credit(paragraphs, removed, found)
    return CleanedText(paragraphs, removed, found)


def rule_verdicts(text: str, title_hint: str | None, config: CleanConfig) -> RuleVerdicts:
    """Every line's kind by the rules: single-line rules, context passes, then header, body and footer."""
    lines, heads = cut_caption_heads(split_lines(text), config)
    kinds: list[ClutterKind | None] = [line_kind(line.bare) for line in lines]
    found = Found()
    _mark_header_title(lines, kinds, found, title_hint)
    title_copies.mark_header_copy(lines, kinds, found.title or title_hint)
    _mark_context(lines, kinds)
    heads += listings.cut_glued_related(lines, kinds)
    body = _body_lines(lines, kinds, config)
    if len(body) > 1:
        context.closing_bios(lines, kinds, body[1:])
        body = _body_lines(lines, kinds, config)
    if not body and found.title is not None and title_hint is None:  # the only paragraph: body, not a title
        kinds[kinds.index("title")], found.title = None, None
        body = _body_lines(lines, kinds, config)
    if body and mark_teasers(lines, kinds, body, found.title or title_hint):  # the lead's was a headline
        body = _body_lines(lines, kinds, config)
    if body:
        _mark_header(lines[: body[0]], kinds, found)
        _mark_footer(lines, kinds, context.body_list_end(lines, kinds, body[-1] + 1, config.body_min_words))
        _mark_body(lines, kinds, config, body[0], body[-1], found.title or title_hint)
    return RuleVerdicts(lines, kinds, found, body, heads)


CAPTION_HEAD = re.compile(r"^(?:photo|image|picture)s?\s*:\s*[^…]{0,200}?\w(?:…|\.\.\.)\s+(?=[A-Z\"“])", re.I)
"""A picture's credit and its caption cut off by the page ('Photo: Jane Roe, The Daily X A surgeon sits for a... ')
run into the article's first paragraph on one line (batch 12 of the dev labels: the caption rule took the lead with
it)."""


def cut_caption_heads(lines: list[Line], config: CleanConfig) -> tuple[list[Line], list[RemovedLine]]:
    """Lines whose head is a cut-off caption (:data:`CAPTION_HEAD`) and whose rest is a paragraph of the article
    (:func:`_body_like`) lose the head; the heads are returned as removed captions."""
    heads: list[RemovedLine] = []
    for index, line in enumerate(lines):
        match = CAPTION_HEAD.match(line.text)
        if match and _body_like(line.text[match.end():], config) and ends_sentence(line.text):
            heads.append(RemovedLine(text=match.group(0).strip(), reason="caption", line=line.number))
            lines[index] = Line(line.text[match.end():], line.number, line.alone)
    return lines, heads


def line_kind(text: str) -> ClutterKind | None:
    """Clutter or metadata kind of a line wherever it stands; None if it may be body text."""
    kind = clutter_kind(text)
    if kind is not None:
        return kind
    count = len(words(text))
    if count <= 12 and meta.person_names(text) and meta.BYLINE.match(text):
        return "byline"
    if count <= 25 and SIGNOFF.search(text):
        return "signoff"
    if count <= 4 and meta.agency(text):
        return "credit"
    if count <= 30 and meta.date_line(text, UI_WORDS) is not None:
        return "date"
    return None


def _mark_context(lines: list[Line], kinds: list[ClutterKind | None]) -> None:
    """Kinds read from the lines around a line (:mod:`newsprism.clean.context`, :mod:`newsprism.clean.sections`)."""
    sections.mark_lead_ins(lines, kinds)
    context.mark_repeats(lines, kinds)
    context.mark_embeds(lines, kinds)
    context.mark_media_titles(lines, kinds)
    context.mark_playlists(lines, kinds)
    context.mark_polls(lines, kinds)
    context.mark_tag_lists(lines, kinds)
    context.mark_related_runs(lines, kinds)
    context.mark_continuations(lines, kinds)
    context.mark_cut_off_runs(lines, kinds)
    context.mark_cut_off_head(lines, kinds)
    context.mark_name_labels(lines, kinds)
    comments.mark_comment_threads(lines, kinds)
    listings.mark_release_listing(lines, kinds)
    listings.mark_dated_caption(lines, kinds)


def _body_lines(lines: list[Line], kinds: list[ClutterKind | None], config: CleanConfig) -> list[int]:
    return [i for i, line in enumerate(lines) if kinds[i] is None and _body_like(line.text, config)]


def _body_like(text: str, config: CleanConfig) -> bool:
    text = TRAILING_CREDIT.sub("", text)
    count = len(words(text))
    return count >= config.long_line_words or (count >= config.body_min_words and ends_sentence(text))


def _title_like(line: Line) -> bool:
    """A headline: short; one sentence unless in Title Case; not the dated first paragraph."""
    text = line.bare
    if not 2 <= len(words(text)) <= MAX_TITLE_WORDS:
        return False
    capitalised = title_case_ratio(text)
    if DATELINE.match(text) and capitalised < 0.6:
        return False
    if sentence_count(text) > 1 and capitalised < 0.7 and ends_sentence(text):
        return False
    if not ends_sentence(text) or capitalised >= 0.6:
        return True
    return line.alone and len(words(text)) <= MAX_SENTENCE_TITLE_WORDS and not LEAD_CUES.search(text)


def _mark_header_title(lines: list[Line], kinds: list[ClutterKind | None], found: Found,
                       hint: str | None) -> None:
    """The title is the first free line of the text if it looks like one (or equals the given title)."""
    for index, line in enumerate(lines):
        if kinds[index] is not None:
            continue
        if HEADER_BREADCRUMB.match(line.bare) and not ends_sentence(line.bare):
            kinds[index] = "breadcrumb"
            continue
        if _same(line.bare, hint) or (hint is None and _title_like(line) and not meta.person_names(line.bare)
                                      and not meta.outlet_name(line.bare)):
            kinds[index] = "title"
            found.title = line.bare
        return


def _mark_header(header: list[Line], kinds: list[ClutterKind | None], found: Found) -> None:
    for index, line in enumerate(header):
        if kinds[index] is not None:
            continue
        text = line.bare
        if _same(text, found.title) or (found.title and HEADER_BREADCRUMB.match(text)):
            kinds[index] = "title" if _same(text, found.title) else "breadcrumb"
        elif meta.person_names(text):
            kinds[index] = "byline"
        elif meta.outlet_name(text):
            kinds[index] = "outlet"
        elif found.title and found.subtitle is None and len(words(text)) >= 5 and _open_line(text) \
                and not DATELINE.match(text):
            kinds[index], found.subtitle = "subtitle", text
        elif _open_line(text):
            kinds[index] = "header"


def _mark_footer(lines: list[Line], kinds: list[ClutterKind | None], start: int) -> None:
    """Open lines from ``start`` (past the body and the list or fact box that closes it) are its footer."""
    for index in range(start, len(lines)):
        text = lines[index].bare
        if kinds[index] is not None:
            continue
        if meta.outlet_name(text):
            kinds[index] = "outlet"
        elif _open_line(text):
            kinds[index] = "footer"


def _open_line(text: str) -> bool:
    """Neither a sentence nor the lead-in to one: a label, a link title, a name."""
    return not ends_sentence(text) and not text.rstrip().endswith(":")


def _mark_body(lines: list[Line], kinds: list[ClutterKind | None], config: CleanConfig,
               first: int, last: int, title: str | None) -> None:
    """In the body: a paragraph repeated at once, and the link titles that follow a 'Related' marker."""
    previous = ""
    in_related = False
    for index in range(first, last + 1):
        text = lines[index].text
        if kinds[index] is None and labelled_teaser(text):
            kinds[index] = "related"
        if kinds[index] == "related":
            in_related = True
            continue
        if kinds[index] is not None:
            continue
        if in_related and not _body_like(text, config) and not ends_sentence(text) and \
                not context.update_marker(text):  # 'UPDATES:' under the links opens the story's update notes
            kinds[index] = "related"
            continue
        in_related = False
        key = line_key(text)
        if key == previous and BRACKET_CREDIT.search(text):
            kinds[index] = kinds[_last_kept(kinds, index)] = "caption"  # a picture's caption shown twice
        elif _copies(previous, key):
            kinds[index] = "duplicate"
            _mark_first_copy(lines, kinds, config, index, title)
        previous = key


def labelled_teaser(text: str) -> bool:
    """Another story's headline under a label in capitals (:data:`newsprism.clean.widgets.LABELLED_TEASER`)."""
    return len(words(text)) <= RELATED_HEADLINE_WORDS and bool(LABELLED_TEASER.match(text))


ADJACENT_COPY_WORDS = context.REPEAT_MIN_WORDS
"""A paragraph printed twice in a row above the article's first paragraph printed once, or below its last, is a
gallery's or a carousel's text and its alternative text (a caption, a teaser of another story): both copies are the
page's from this length on. On the dev labels (batches 1-9) 30 first copies of such adjacent pairs the rules keep
are all clutter (captions 24, teasers 6), none body, all at the body's edges; inside the article a doubled paragraph
keeps its first copy (labels/README.md), as one printed again further down does
(:func:`newsprism.clean.context.mark_repeats`)."""


def _mark_first_copy(lines: list[Line], kinds: list[ClutterKind | None], config: CleanConfig, index: int,
                     title: str | None) -> None:
    """The first copy of the paragraph at ``index`` printed right above it, when the pair stands at an edge of the
    article (no paragraph printed once before it, or none after it) and other lines stay; the first copy stays
    when the pair is the story's own lead (:func:`newsprism.clean.lead_copies.story_lead`)."""
    first = _last_kept(kinds, index)
    if (sum(kind is None for kind in kinds) <= 1 or len(words(lines[index].text)) < ADJACENT_COPY_WORDS
            or not _copies(line_key(lines[first].text), line_key(lines[index].text))):
        return
    single = [i for i in range(len(lines)) if i not in (first, index) and _single_prose(lines, kinds, config, i)]
    if (not any(i < first for i in single) or not any(i > index for i in single)) \
            and not story_lead(lines, kinds, first, index, title):
        kinds[first] = "duplicate"


def _single_prose(lines: list[Line], kinds: list[ClutterKind | None], config: CleanConfig, i: int) -> bool:
    """A paragraph of sentences the rules keep that is printed once (not the same as the line before or after it);
    a header run into one line ('Headline Posted: … Updated: … 3:27 PM EST') does not end like a sentence."""
    key = line_key(lines[i].text)
    return (kinds[i] is None and ends_sentence(lines[i].text) and len(words(lines[i].text)) >= config.body_min_words
            and not (i > 0 and _copies(line_key(lines[i - 1].text), key))
            and not (i + 1 < len(lines) and _copies(key, line_key(lines[i + 1].text))))




CUT_OFF = re.compile(r"\s*(?:\.\.\.|…)$")
"""A paragraph cut off by the page: its last, maybe broken, word before an ellipsis."""


def _copies(upper: str, lower: str) -> bool:
    """``lower`` (a key) prints ``upper`` again: the same paragraph, or its opening cut off with an ellipsis ('… said he
    showed up late by...' under the whole blurb), a carousel's blurb under its full text. Round 22: on the 2,781 dev
    pages two such cut-off pairs, both teasers of other stories (batch 20's 125272, 577157); PolNeAR none."""
    if upper and lower == upper:
        return True
    if not upper or CUT_OFF.search(lower) is None:
        return False
    opening = CUT_OFF.sub("", lower).rsplit(" ", 1)[0]
    return len(opening.split()) >= ADJACENT_COPY_WORDS and upper.startswith(opening)


def _last_kept(kinds: list[ClutterKind | None], before: int) -> int:
    return max(i for i in range(before) if kinds[i] is None)


def _read_metadata(lines: list[Line], kinds: list[ClutterKind | None], found: Found) -> None:
    """Fill ``found`` from the lines marked as metadata, in text order."""
    for line, kind in zip(lines, kinds, strict=True):
        text = line.bare
        if kind == "byline":
            found.byline += [n for n in meta.person_names(text) if n.lower() not in map(str.lower, found.byline)]
            found.credit = found.credit or _credit_in(text)
        elif kind == "outlet" and found.outlet is None:
            found.outlet = text
        elif kind == "date" and found.published is None:
            found.published = meta.date_line(text, UI_WORDS)
        elif kind in ("credit", "signoff") and found.credit is None:
            found.credit = _credit_in(text)
    if found.outlet is None:
        found.outlet = next((m.group("name") for line, kind in zip(lines, kinds, strict=True)
                             if kind in ("login", "comments", "footer", "signoff")
                             and not meta.CONTRIBUTED.search(line.text)
                             for m in [OUTLET_MENTION.search(line.text)] if m), None)


def _credit_in(text: str) -> str | None:
    whole = meta.agency(text)
    if whole:
        return whole
    match = re.search(rf"\b(?:from|by)\s+(?:the\s+)?({meta.AGENCY_ALTERNATION})\b", text, re.I)
    match = match or meta.AGENCY_MENTION.search(text)
    return meta.agency(match.group(1)) if match else None


def _strip_dateline(paragraphs: list[str], removed: list[RemovedLine], found: Found,
                    lines: list[Line], kinds: list[ClutterKind | None]) -> list[str]:
    if not paragraphs:
        return paragraphs
    match = DATELINE.match(paragraphs[0])
    if not match or len(re.sub(r"[^A-Za-z]", "", match.group("place"))) < 3:
        return paragraphs
    found.dateline = match.group("place").strip()
    if match.group("agency"):
        found.credit = meta.agency(match.group("agency")) or match.group("agency").strip()
    number = next(line.number for line, kind in zip(lines, kinds, strict=True) if kind is None)
    removed.append(RemovedLine(text=match.group(0).strip(), reason="dateline", line=number))
    return [paragraphs[0][match.end():], *paragraphs[1:]]


def _strip_trailing_credit(paragraphs: list[str], removed: list[RemovedLine], found: Found) -> list[str]:
    if not paragraphs:
        return paragraphs
    match = TRAILING_CREDIT.search(paragraphs[-1])
    if not match:
        return paragraphs
    found.credit = found.credit or meta.agency(match.group("agency"))
    removed.append(RemovedLine(text=match.group(0).strip(), reason="credit"))
    return [*paragraphs[:-1], paragraphs[-1][: match.start()]]


def _same(text: str, other: str | None) -> bool:
    def norm(s: str) -> str:
        return " ".join(words(s.lower()))
    return other is not None and norm(text) == norm(other)
