"""What the line classifier sees of a line: its shape, its words, where it stands and what surrounds it.

Every feature is general (no outlet's string): the line's length and sentence shape, its capitals, digits and
function words, link and widget vocabulary, its place relative to the body the rules found, its neighbours'
shape and the rules' verdicts on them, how much of its vocabulary the title and the rest of the body share
(a teaser for another story shares little), and whether it repeats among the lines the rules keep (the
first copy of a paragraph printed twice is not a repeat: the rules took the second), then the line read against its
page (:mod:`newsprism.clean.line_context`). :func:`line_features` gives one row per line; :data:`FEATURES` names the
columns (the packaged model stores the same names and is refused when they differ). No column tells the rules'
verdict on the line itself: a line the rules took reads its rank among the kept lines and its repeats as if it were
kept in its place (until round 14 it read as past the edge, which taught the model, fitted on every labelled line,
the rules' verdicts: leave-outlets-out the ranking of the lines it is asked about went from AUC 0.933 to 0.939 with
it set right, dev batches 1-11; the lines it is asked about, all kept, read the same as before).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from newsprism.clean import prefilter
from newsprism.clean.line_context import CONTEXT_FEATURES, context_row, page_of
from newsprism.clean.lines import Line, ends_sentence, lower_words, sentence_count, title_case_ratio, words
from newsprism.lexicon import GLUE_WORDS, MONTH_PREFIX
from newsprism.model import ClutterKind

FUNCTION_WORDS = GLUE_WORDS
"""Words that glue sentences: prose is about 40 % function words, labels and headlines far fewer."""
WIDGET_WORDS = frozenset(
    """video videos photo photos gallery slideshow image images watch click tap subscribe subscription newsletter
    newsletters alert alerts app apps download share comment comments related stories story more read follow
    twitter facebook instagram contact email e-mail reach reached copyright rights reserved advertisement
    sponsored weather forecast update updates refresh latest breaking sign login account previous next see view
    loading autoplay captions thumbnails player play pause listen podcast inbox page pages site website online
    caption credit courtesy file staff writer reporter editor covers digital archive archives offer""".split()
)
"""The vocabulary of page widgets, players, promos and footers across outlets (no outlet's own words)."""
WIDGET_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, WIDGET_WORDS), key=len, reverse=True))
                         + r")(?![\w-])", re.I)
"""Any word of :data:`WIDGET_WORDS` (one search instead of a look-up per word)."""
WORD_RUN = re.compile(r"[\w-]+")
"""What :data:`WIDGET_WORD` matches stands between characters that are neither word characters nor hyphens: a
whole run of them (:func:`widget_word`)."""
_WORD_RUNS_EXACT = WIDGET_WORD.pattern == (r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, WIDGET_WORDS), key=len,
                                                                             reverse=True)) + r")(?![\w-])") \
    and all(re.fullmatch(r"[a-z-]+", word) for word in WIDGET_WORDS)


def widget_word(text: str) -> bool:
    """``WIDGET_WORD.search(text)``, read as a look-up of each run of word characters and hyphens (the search tries
    every word at every position). Exact: a match is a whole run, equal to a word whatever its case; a text that
    lower-cases unlike the engine's case folding (:func:`newsprism.clean.prefilter.lowered`) is searched."""
    low = prefilter.lowered(text) if _WORD_RUNS_EXACT else None
    if low is None:
        return bool(WIDGET_WORD.search(text))
    return not WIDGET_WORDS.isdisjoint(WORD_RUN.findall(low))
PROSE_WORDS = frozenset("said says told according police officers investigators authorities".split())
"""Words of a news report's own sentences (attribution and its usual sources)."""
URLISH = re.compile(r"https?://|www\.|\.com\b|\.org\b|@\w")
PHONE = re.compile(r"\b\d{3}[-.)\s]\s?\d{3}[-.]\d{4}\b|\b\d{3}-\d{4}\b")
CLOCK = re.compile(rf"\b\d{{1,2}}:\d{{2}}\b|\b{MONTH_PREFIX} \d{{1,2}}\b",
                   re.I)
CREDIT_WORDS = re.compile(r"\b(?:photos?|image|credit|courtesy|getty|file|staff|pictured|shown)\b|"
                          r"\.(?:jpe?g|png|gif|webp)\b|\b(?:AP|Reuters|AFP)\b", re.I)
"""A picture's credit or file name: a line with it, or next to it, is a caption's or close to one."""
NAME_IN_PARENS = re.compile(r"\((?:[A-Z][\w.'’-]*)(?:[ /][A-Z][\w.'’-]*){0,4}\)[.\s]*$")
"""A caption's closing credit: '(Jane Roe)', '(AP Photo/Jane Roe)', '(Photo)'."""
PAST_TENSE = re.compile(r"\b(?:said|says|was|were|had|did|told|according|\w{3,}ed)\b", re.I)
"""A reported event's verbs: the article's sentences tell what happened; captions and teasers use the present."""
EDGE_RANK = 5
"""How far from the first or last kept line the rank features count (ranks past it read the same)."""
RULE_KEPT_KINDS = frozenset({"title", "subtitle", "byline", "date", "dateline", "outlet", "credit"})
"""Rule kinds that are metadata, not clutter: a neighbour with one of them is the header, not a widget."""

SHAPE_FEATURES: tuple[str, ...] = (
    "log_words", "log_chars", "ends_sentence", "sentences", "title_case", "starts_lower", "starts_symbol",
    "digit_share", "upper_share", "function_share", "widget_share", "prose_words", "urlish", "phone", "clock",
    "ellipsis", "colon_end", "pipe", "quote", "before_body", "after_body", "in_body", "position",
    "from_first", "from_last", "title_overlap", "body_overlap", "page_repeats", "prev_clutter", "next_clutter",
    "prev_meta", "next_meta", "prev_words", "next_words", "prev_sentence", "next_sentence", "open_run",
    "clutter_near", "alone", "plain", "kept_from_first", "kept_from_last", "credit_near", "name_in_parens",
    "past_tense", "title_run", "max_overlap", "similar_run",
    "imperative", "we_our", "caption_cue", "before_lead", "after_tail", "long_prose", "sentence_words",
)
"""The columns of the models fitted until issue #16's round 14 (the line, its place and its neighbours)."""
FEATURES: tuple[str, ...] = SHAPE_FEATURES + CONTEXT_FEATURES
"""Column names of :func:`line_features`, in order (:data:`SHAPE_FEATURES`, then the line read against its page,
:data:`newsprism.clean.line_context.CONTEXT_FEATURES`)."""

Kinds = Sequence[ClutterKind | None]


def content_words(text: str) -> set[str]:
    return {w for w in lower_words(text) if len(w) > 2 and w not in FUNCTION_WORDS}


def line_features(lines: Sequence[Line], kinds: Kinds, title: str | None, first: int, last: int,
                  only: Sequence[int] | None = None, context: bool = True) -> npt.NDArray[np.float64]:
    """One row of :data:`FEATURES` per line (per line of ``only`` when given); ``first`` and ``last`` index the
    body's first and last lines. Without ``context`` the :data:`CONTEXT_FEATURES` columns are left at 0 (a model
    that reads none of them: cleaning spends nothing on them)."""
    vocab = [content_words(line.text) for line in lines]
    body_counts: Counter[str] = Counter(w for i in range(len(lines)) if kinds[i] is None for w in vocab[i])
    title_words = content_words(title or "")
    repeats = Counter(" ".join(line.text.lower().split()) for line, kind in zip(lines, kinds, strict=True)
                      if kind is None)
    picked = range(len(lines)) if only is None else only
    kept = [i for i, kind in enumerate(kinds) if kind is None]
    strong = [i for i in kept if _strong_prose(lines[i].bare)]
    lead, tail = (strong[0], strong[-1]) if strong else (first, last)
    page = page_of(lines, kinds, lead, tail, RULE_KEPT_KINDS) if context else None
    unread = [0.0] * len(CONTEXT_FEATURES)
    rows = [[*_row(lines, kinds, i, first, last, vocab[i], body_counts, title_words, repeats),
             *_context(lines, kinds, i, kept, vocab), *_cues(lines[i].bare, i, lead, tail),
             *(context_row(lines, kinds, i, page, RULE_KEPT_KINDS) if page is not None else unread)]
            for i in picked]
    return np.array(rows, dtype=np.float64).reshape(len(picked), len(FEATURES))


def _row(lines: Sequence[Line], kinds: Kinds, i: int, first: int, last: int, vocab: set[str],
         body_counts: Counter[str], title_words: set[str], repeats: Counter[str]) -> list[float]:
    text = lines[i].bare
    return [*_shape(text), *_place(len(lines), i, first, last),
            _overlap(vocab, title_words), _body_overlap(vocab, body_counts, kinds[i] is None),
            float(max(repeats[" ".join(lines[i].text.lower().split())] - (kinds[i] is None), 0)),
            *_neighbours(lines, kinds, i),
            float(lines[i].alone)]


def _shape(text: str) -> list[float]:
    lowered = lower_words(text)
    count = max(len(lowered), 1)
    alpha, digits, upper = char_counts(text)
    letters = max(alpha, 1)
    stripped = text.strip()
    return [
        math.log1p(len(lowered)), math.log1p(len(text)), float(ends_sentence(text)),
        float(min(sentence_count(text), 5)),
        title_case_ratio(text), float(stripped[:1].islower()), float(bool(stripped) and not stripped[0].isalnum()),
        digits / max(len(text), 1), upper / letters,
        sum(map(FUNCTION_WORDS.__contains__, lowered)) / count, sum(map(WIDGET_WORDS.__contains__, lowered)) / count,
        float(not PROSE_WORDS.isdisjoint(lowered)), float(bool(prefilter.search(URLISH, text))),
        float(bool(prefilter.search(PHONE, text))), float(bool(prefilter.search(CLOCK, text))),
        float(stripped.endswith(("...", "…"))), float(stripped.endswith(":")), float("|" in text),
        float(any(q in text for q in "\"“”")),
    ]


ASCII_UPPER, ASCII_LOWER, ASCII_DIGITS = bytes(range(65, 91)), bytes(range(97, 123)), b"0123456789"


def char_counts(text: str) -> tuple[int, int, int]:
    """How many characters of ``text`` are letters, digits and capitals (``str.isalpha``, ``isdigit``,
    ``isupper``); in an ASCII text those are exactly A-Z and a-z, 0-9 and A-Z, counted by deleting them."""
    if not text.isascii():
        return sum(map(str.isalpha, text)), sum(map(str.isdigit, text)), sum(map(str.isupper, text))
    raw = text.encode("ascii")
    upper = len(raw) - len(raw.translate(None, ASCII_UPPER))
    lower = len(raw) - len(raw.translate(None, ASCII_LOWER))
    return upper + lower, len(raw) - len(raw.translate(None, ASCII_DIGITS)), upper


def _place(n: int, i: int, first: int, last: int) -> list[float]:
    return [float(i < first), float(i > last), float(first <= i <= last), i / max(n - 1, 1),
            max(first - i, 0) / n, max(i - last, 0) / n]


def _overlap(vocab: set[str], other: set[str]) -> float:
    return len(vocab & other) / len(vocab) if vocab else 0.0


def _body_overlap(vocab: set[str], body_counts: Counter[str], kept: bool) -> float:
    """Share of the line's content words that another kept line also uses."""
    if not vocab:
        return 0.0
    own = 1 if kept else 0
    return sum(body_counts[w] > own for w in vocab) / len(vocab)


def _neighbours(lines: Sequence[Line], kinds: Kinds, i: int) -> list[float]:
    prev, nxt = i - 1, i + 1

    def clutter(j: int) -> float:
        return float(0 <= j < len(lines) and kinds[j] is not None and kinds[j] not in RULE_KEPT_KINDS)

    def meta(j: int) -> float:
        return float(0 <= j < len(lines) and kinds[j] in RULE_KEPT_KINDS)

    def size(j: int) -> float:
        return math.log1p(len(words(lines[j].text))) if 0 <= j < len(lines) else 0.0

    def sentence(j: int) -> float:
        return float(0 <= j < len(lines) and ends_sentence(lines[j].text))

    near = sum(clutter(j) for j in range(i - 3, i + 4) if j != i)
    return [clutter(prev), clutter(nxt), meta(prev), meta(nxt), size(prev), size(nxt), sentence(prev),
            sentence(nxt), float(_open_run(lines, i)), near / 6]


def _open_run(lines: Sequence[Line], i: int) -> int:
    """How many lines in a row around ``i`` (itself included) do not end like a sentence."""
    if ends_sentence(lines[i].text):
        return 0
    run, j = 1, i - 1
    while j >= 0 and not ends_sentence(lines[j].text):
        run, j = run + 1, j - 1
    j = i + 1
    while j < len(lines) and not ends_sentence(lines[j].text):
        run, j = run + 1, j + 1
    return min(run, 10)


def _context(lines: Sequence[Line], kinds: Kinds, i: int, kept: list[int], vocab: list[set[str]]) -> list[float]:
    """Where a caption or a teaser gives itself away: the line's rank among the kept lines from the top and the
    bottom, a credit or file name on it or next to it, a closing '(Name)', no past-tense report, a run of
    capitalised words, the largest share of its words that one other kept line repeats (a teaser or caption of
    the same story), and how many lines around it have its shape (teasers come in lists)."""
    text = lines[i].bare
    rank = bisect_left(kept, i)  # a line the rules took reads as if kept in its place (its verdict is no feature)
    after = len(kept) - rank - (kinds[i] is None)
    near = [j for j in (i - 1, i, i + 1) if 0 <= j < len(lines)]
    return [float(_plain(text)), float(min(rank, EDGE_RANK)), float(min(after, EDGE_RANK)),
            float(any(prefilter.search(CREDIT_WORDS, lines[j].text) and len(words(lines[j].text)) <= 40 for j in near)),
            float(bool(prefilter.search(NAME_IN_PARENS, text))), float(bool(prefilter.search(PAST_TENSE, text))),
            float(min(_title_run(text), 8)), _max_overlap(vocab, i, kept), float(_similar_run(lines, i))]


def _plain(text: str) -> bool:
    stripped = text.strip()
    return ends_sentence(stripped) and stripped[:1].isupper() and not prefilter.search(URLISH, stripped)


def _title_run(text: str) -> int:
    run = best = 0
    for token, low in zip(words(text), lower_words(text), strict=True):
        run = run + 1 if token[:1].isupper() or (low in SMALL_TITLE_WORDS and run) else 0
        best = max(best, run)
    return best


SMALL_TITLE_WORDS = frozenset("of the and in on at for to a".split())
"""Words a Title Case run goes through ('Man Shot in the Leg')."""


def _max_overlap(vocab: list[set[str]], i: int, kept: list[int]) -> float:
    own = vocab[i]
    if not own:
        return 0.0
    return max((len(own & vocab[j]) / len(own) for j in kept if j != i), default=0.0)


def _similar_run(lines: Sequence[Line], i: int) -> int:
    """Lines next to ``i`` (up to three each way) of a similar length and the same ending."""
    size, shape = len(lines[i].text), ends_sentence(lines[i].text)

    def similar(j: int) -> bool:
        return 0.6 * size <= len(lines[j].text) <= 1.6 * size and ends_sentence(lines[j].text) == shape

    count = 0
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= 3 and similar(j):
            count, j = count + 1, j + step
    return count


IMPERATIVE = re.compile(r"^\W*(?:click|tap|watch|read|see|view|follow|like|share|download|sign|subscribe|join|"
                        r"check|stay|visit|listen|send|learn|find|get|keep|tell|tune|go|let|don[’']t miss|"
                        r"scroll|swipe|log|register|contact|email|e-mail|call)\b", re.I)
"""A line that opens with an order to the reader (a prompt, a teaser, a contact box): 'Read more: …', 'Watch:',
'Call …'. A report's sentences open with their subject."""
WE_OUR = re.compile(r"\b(?:we|we[’']ll|we[’']re|our|us)\b", re.I)
"""The outlet speaking of itself ('We will update this story', 'our app'); prose quotes it too, so it is a cue
the model weighs, never a rule."""
CAPTION_CUE = re.compile(r"\((?:left|right|center|centre|top|bottom|above|below|inset|l|r|front|back)\)|"
                         r"\b(?:from left|at left|at right|pictured|seen here|shown here|is shown|are shown|"
                         r"poses?|posing|mugshot|booking photo|file photo|handout)\b", re.I)
"""What a photo caption says of its picture: a place in it ('(left)', 'at right'), 'pictured', 'poses', 'file
photo', 'booking photo'; a report sentence rarely does."""
STRONG_PROSE_WORDS = 20
"""A line of at least this many words that ends like a sentence and is mostly function-word prose anchors the
body: captions and teasers stand before the first such line or after the last (a caption of 15 to 25 words is
common, so the anchor also needs the report's function-word share)."""
STRONG_FUNCTION_SHARE = 0.3
"""Share of function words a report's paragraph has at least (prose is about 0.4; headlines and labels far less)."""
LONG_PROSE_WORDS = 40
"""A paragraph of this many words in two sentences or more is nearly always the article's (:func:`long_prose`);
the ``long_prose`` feature is the shape alone, without the function-word share."""


def long_prose(text: str) -> bool:
    """A paragraph of at least :data:`LONG_PROSE_WORDS` words in two sentences or more, mostly function-word prose:
    the article's own (on the dev pages 141 such lines the rules keep are body, 3 clutter; PolNeAR train 1,483 and
    5), so the classifier is never asked about one (:func:`newsprism.clean.boilerplate.candidates`)."""
    tokens = lower_words(text)
    return (len(tokens) >= LONG_PROSE_WORDS and sentence_count(text) >= 2
            and sum(map(FUNCTION_WORDS.__contains__, tokens)) >= STRONG_FUNCTION_SHARE * len(tokens))


def _strong_prose(text: str) -> bool:
    tokens = lower_words(text)
    return (len(tokens) >= STRONG_PROSE_WORDS and ends_sentence(text)
            and sum(map(FUNCTION_WORDS.__contains__, tokens)) >= STRONG_FUNCTION_SHARE * len(tokens))


def _cues(text: str, i: int, lead: int, tail: int) -> list[float]:
    """Cheap cues that do not depend on the outlet: an order to the reader, the outlet's 'we', a caption's words,
    the place before the first or after the last strong prose paragraph, a long multi-sentence paragraph and
    the mean sentence length."""
    count, sentences = len(words(text)), sentence_count(text)
    return [float(bool(prefilter.search(IMPERATIVE, text))), float(bool(prefilter.search(WE_OUR, text))),
            float(bool(prefilter.search(CAPTION_CUE, text))), float(i < lead), float(i > tail),
            float(count >= LONG_PROSE_WORDS and sentences >= 2), min(count / max(sentences, 1), 60.0) / 60.0]
