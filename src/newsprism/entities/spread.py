"""Names read on the whole story: headline spans trimmed to the names the body uses, missed mentions found.

- A one-word "name" the story writes in lower case at least as often is a common word ("Driver", "Police")
  capitalised by a headline or a sentence start, and no mention (:func:`drop_common_words`).
- Headlines are written in title case ("Lumo Chief Quits After Vote"), where spaCy runs a name into the
  words after it ("Lumo Chief Quits"). A mention on a title-case line (:func:`headline_line`) whose key the
  story never writes outside such lines is trimmed to its longest run of words that is a name written
  elsewhere in the story ("Anna Berg Quits Lumo" → "Anna Berg"); with no such run it is cut to its longest run of
  words the story never writes in lower case ("Lumo Shares Fall" → "Lumo" where the story says "shares" and
  "fall"), and dropped when every word is one ("Driver Charged", "Investigation of Facility Pending").
- spaCy misses names it tagged a paragraph earlier ("Klitschko" untagged in one sentence, tagged in the next).
  Every form the story tags (:func:`missed_mentions`: a name of several words, a one-word name tagged
  at least :data:`MIN_ONE_WORD` times, the surname of a full person name) is looked for in every article; an
  occurrence no mention covers becomes a mention of the form's type; so does one in capitals ("ANNA BERG")
  of a form longer than :data:`MIN_LETTERS`; a name an occurrence runs on into is the mention
  (:func:`.continued.continued`: "Kade's Place" where the story names John Kade, spaCy tagging "Kade" a product). A
  one-word form that the story also writes in lower case ("Church" / "the church") is a common word and is not
  looked for.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace

from newsprism.entities.bills import case_party
from newsprism.entities.continued import continued
from newsprism.entities.given_names import given_name
from newsprism.entities.makers import ticker
from newsprism.entities.mentions import Mention, make_mention, voted_type
from newsprism.entities.names import alias_name
from newsprism.entities.not_entities import SENTENCE_START_BEFORE, cut_from_longer
from newsprism.lexicon import ENGLISH_STOPWORDS
from newsprism.model import EntityType
from newsprism.nlp.sentences import ParsedArticle

HEADLINE_SHARE = 0.8
"""Share of a line's words of four letters or more that start with a capital for the line to be a title-case
headline. Sentences of news prose stay far below (names are a minority of their long words); headlines in
title case capitalise every long word; 0.8 allows one lower-case word in a short headline of five or more."""

MIN_ONE_WORD = 2
"""Times spaCy must tag a one-word name in the story before its untagged occurrences count: one tag may be a
capitalised common word at a sentence start."""

MIN_LETTERS = 3
"""Shortest one-word name looked for ("Ohio" yes, "Al" no)."""

ACRONYM_LETTERS = 4
"""Longest word in capitals taken for an acronym ("US", "NATO") and kept whatever the lower-case count ("us");
a longer one in capitals ("DRIVER") is a headline's word and goes by the lower-case rule."""

SHOUTED_COMMON = 3
"""A word of :data:`ACRONYM_LETTERS` capitals ("FIRE") is a common word written in capitals, no acronym, when the
story writes it in lower case at least this many times and this many times as often as it is tagged ("NATO" is
never written "nato"); three, so one stray lower-case use ("Nato" styles aside) never drops an acronym."""

_TITLE_CASE_LOWER = frozenset({"and", "the", "for", "but", "nor", "yet", "with", "from", "into", "onto", "over",
                               "upon", "than", "via", "amid", "after", "about", "that"})
"""Words some title-case styles leave in lower case."""

_WORD = re.compile(r"\S+")


def headline_line(text: str, start: int) -> bool:
    """The line holding ``start`` is a title-case (or capitals) headline: at least two words of four letters or
    more, :data:`HEADLINE_SHARE` of them capitalised, no lower-case word of three letters or more but the short
    words title case leaves in lower case ("in", "and", "for"), and no full stop at its end unless it is the text's
    first line (a title some feeds close with one)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if len(line) > 200 or (line.endswith(".") and line_start > 0):
        return False
    words = re.findall(r"(?<![\w'’-])[^\W\d_][\w'’-]*", line)  # "76ers" is no lower-case word
    long = [w for w in words if len(w) >= 4]
    if len(long) < 2 or any(w.islower() and len(w) >= 3 and w not in _TITLE_CASE_LOWER for w in words):
        return False
    return bool(sum(w[0].isupper() for w in long) >= HEADLINE_SHARE * len(long))


def trim_headlines(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Headline mentions trimmed to the story's names (see the module's docstring)."""
    flags = [[headline_line(text, m.start) for m in mentions] for mentions, text in zip(per_article, texts,
                                                                                        strict=True)]
    body = {m.key for mentions, marks in zip(per_article, flags, strict=True)
            for m, headline in zip(mentions, marks, strict=True) if not headline}
    lower = Counter(re.findall(r"\b[a-z]+\b", "\n".join(texts)))
    trimmed = [[_trim(m, text, body, lower) if headline and m.key not in body else _opener_cut(m, text, body)
                for m, headline in zip(mentions, marks, strict=True)]
               for mentions, marks, text in zip(per_article, flags, texts, strict=True)]
    return [[m for m in mentions if m is not None] for mentions in trimmed]


SENTENCE_OPENERS = ENGLISH_STOPWORDS | frozenset({
    "across", "along", "alongside", "amid", "around", "behind", "beside", "beyond", "inside", "near", "outside",
    "past", "throughout", "toward", "towards", "opposite", "despite", "via"})
"""Words a sentence may open with before a name, capitalised by their place ("Across Liberty Street, ...", spaCy's
span "Across Liberty Street"): cut off a name the story also writes without them."""


def _opener_cut(mention: Mention, text: str, body: set[str]) -> Mention:
    """A name opening a sentence with a preposition or another function word whose rest the story writes as a name
    of the body ("Across Liberty Street" beside "Liberty Street"): the rest; a given name ("Will Lee") stays."""
    first = _WORD.match(mention.text)
    if first is None or (word := first.group(0).lower()) not in SENTENCE_OPENERS or given_name(word) or len(
            mention.tokens) < 2:
        return mention
    rest = mention.start + first.end() + len(mention.text[first.end():]) - len(mention.text[first.end():].lstrip())
    if not SENTENCE_START_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return mention
    candidate = make_mention(mention.article, text, (rest, mention.end), mention.label, mention.paragraph)
    return candidate if candidate.key in body and candidate.key != mention.key else mention


def _trim(mention: Mention, text: str, body: set[str], lower: Counter[str]) -> Mention | None:
    words = [(mention.start + w.start(), mention.start + w.end()) for w in _WORD.finditer(mention.text)]
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            start, end = words[first][0], words[first + size - 1][1]
            candidate = make_mention(mention.article, text, (start, end), mention.label, mention.paragraph)
            if candidate.key in body:
                return replace(candidate, cue=mention.cue if first == 0 else candidate.cue)
    return _uncommon_run(mention, text, words, lower)


def _uncommon_run(mention: Mention, text: str, words: list[tuple[int, int]], lower: Counter[str]) -> Mention | None:
    """The longest run of the mention's words that the story never writes in lower case; None when there is none."""
    runs: list[list[tuple[int, int]]] = [[]]
    for start, end in words:
        if lower[text[start:end].lower().strip(".,;:'’\"")]:
            runs.append([])
        else:
            runs[-1].append((start, end))
    best = max(runs, key=len)
    if not best:
        return None
    span = (best[0][0], best[-1][1])
    if span == (mention.start, mention.end):
        return mention
    return make_mention(mention.article, text, span, mention.label, mention.paragraph)


def drop_common_words(per_article: list[list[Mention]], texts: list[str],
                      titles: Sequence[str] = ()) -> list[list[Mention]]:
    """Without the one-word "names" that are common words: written in lower case in the story at least as often
    as tagged, or at all (in its texts or its articles' ``titles``) when every tagged one is capitalised by its place
    (a headline, a sentence start): "Driver" in a headline where the story says "the driver", "Police" opening a
    sentence, "Wildfires are raging" under the title "Western wildfires ..." (D18's flip set at 32049ce, AllSides
    roundups 5874 and 5845: the only lower-case "wildfires" and "vaccine" of the story were in its titles; a title's
    coined word in lower case does not outvote the name inside a sentence: "a video called Lumodemic", NeuS train
    195); and those the story writes as a verb once (:data:`_VERBED`: "had to Taser him" beside "used a Taser", a
    brand for a thing)."""
    story = "\n".join(texts)
    lower = Counter(re.findall(r"\b[a-z]+\b", story))
    titled = Counter(re.findall(r"\b[a-z]+\b", "\n".join(titles)))
    for verbed in _VERBED.findall(story):
        lower[verbed.lower()] += len(story)  # more than it can be tagged
    tagged: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    for mentions, text in zip(per_article, texts, strict=True):
        for m in mentions:
            if m.short:
                tagged[m.text.lower()] += 1
                placed[m.text.lower()] += _capitalised_by_place(text, m.start)
    return [[m for m in mentions if not _common(m, lower, tagged, placed) and not (
        m.short and titled[m.text.lower()] and placed[m.text.lower()] == tagged[m.text.lower()])]
        for mentions in per_article]


_VERBED = re.compile(r"\b(?:to|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|[Ii]|[Pp]olice|[Oo]fficers)\s+([A-Z][a-z]{2,})\s+"
                     r"(?:him|her|them|me|us)\b")
"""A capitalised word between "to" or a subject and an object pronoun ("had to Taser him", "they Taser them"): a
brand or name used as a verb (ECB+ dev topic 21, issue #19's thirteenth round: "Taser" a place in eight
mentions), the common word the story uses, no entity wherever it is written."""


def _common(m: Mention, lower: Counter[str], tagged: Counter[str], placed: Counter[str]) -> bool:
    word = m.text.lower()
    if m.short and m.text.isupper() and len(m.text) == ACRONYM_LETTERS and alias_name(m.key) is None and (
            lower[word] >= max(SHOUTED_COMMON, SHOUTED_COMMON * tagged[word])):
        return True  # "A FIRE has damaged ..." where the story says "fire" throughout
    if not m.short or (m.text.isupper() and len(m.text) <= ACRONYM_LETTERS) or not lower[word]:
        return False
    return lower[word] >= tagged[word] or placed[word] == tagged[word]


def _capitalised_by_place(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or before.endswith("\n") or bool(re.search(r"[.!?][\"”’')]?\s+$", before)) or headline_line(
        text, start)


FORM_PATTERNS_KEPT = 1_024
"""Articles' patterns of the story's forms kept compiled (:func:`_forms_pattern`): a story analysed again with
one more article (issue #20) asks again for the patterns of the articles whose forms it did not change."""


def missed_mentions(parsed: list[ParsedArticle], per_article: list[list[Mention]]) -> list[list[Mention]]:
    """Each article's mentions with the untagged occurrences of the story's names (and bracketed acronyms,
    :func:`bracketed_acronyms`) added, in text order."""
    per_article = bracketed_acronyms(parsed, per_article)
    forms = _forms([m for mentions in per_article for m in mentions],
                   "\n".join(p.article.text for p in parsed))
    if not forms:
        return bracketed_acronyms(parsed, per_article)
    ordered = sorted(forms, key=len, reverse=True)
    found = []
    for article, mentions in zip(parsed, per_article, strict=True):
        present = _present(ordered, article.article.text)
        more = list(_found(article, mentions, _forms_pattern(present), forms)) if present else []
        found.append(sorted([*mentions, *more], key=lambda m: (m.start, m.end)))
    return found


def _present(ordered: list[str], text: str) -> tuple[str, ...]:
    """The forms (in their order) that may stand in ``text``: those whose first word is a word of it, and those
    that open with no word. A form matches only where its first word is a whole word of the text (no word
    character or hyphen before the form, its first word ending at a non-word character of the form or at the
    form's end, where no word character may follow), so the others never match: the article's pattern without them
    finds what the story's finds (issue #20: every form of a 200-article story tried at every place of every
    article took 1.5 CPU s of each analysis)."""
    words = set(_WORD.findall(text))
    return tuple(f for f in ordered if (first := _WORD.match(f)) is None or first.group() in words)


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=FORM_PATTERNS_KEPT)
def _forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``forms`` as a whole name, the longest first (the order of ``forms``)."""
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


_BRACKETED = re.compile(r"\s*\(([A-Z][A-Z.&]{1,7})\)")


def bracketed_acronyms(parsed: list[ParsedArticle], per_article: list[list[Mention]]) -> list[list[Mention]]:
    """An acronym in brackets right after a name ("International Monetary Fund (IMF)") is a mention of the same
    type even when spaCy left it untagged; the tie itself is read by :mod:`.merge`."""
    added: list[list[Mention]] = []
    for article, mentions in zip(parsed, per_article, strict=True):
        text = article.article.text
        taken = {m.start for m in mentions}
        extra = [make_mention(m.article, text, match.span(1), m.label, m.paragraph) for m in mentions
                 if (match := _BRACKETED.match(text, m.end)) and match.start(1) not in taken
                 and not ticker(text, *match.span(1))]  # "Lumo (LUM.N)": a ticker, no name (:mod:`.makers`)
        added.append(sorted([*mentions, *extra], key=lambda m: (m.start, m.end)) if extra else mentions)
    return added


def _forms(mentions: list[Mention], story: str) -> dict[str, EntityType]:
    """Written form → type, for the forms worth looking for (see the module's docstring)."""
    by_text: dict[str, list[Mention]] = {}
    for m in mentions:
        if not m.descriptive:
            by_text.setdefault(m.text, []).append(m)
    forms = {text: voted_type(group) for text, group in by_text.items()
             if len(group[0].tokens) > 1 or len(group) >= MIN_ONE_WORD}
    for text, group in by_text.items():
        if len(group[0].tokens) > 1 and forms.get(text) == "person" and " " in text:
            forms.setdefault(text.rsplit(" ", 1)[1], "person")
    lower = Counter(re.findall(r"\b[a-z]+\b", story))
    kept = {form: kind for form, kind in forms.items()
            if (" " in form or (len(form) >= MIN_LETTERS and form.lower() not in lower)) and form[:1].isupper()}
    return {**{form.upper(): kind for form, kind in kept.items() if len(form) > MIN_LETTERS}, **kept}


def _found(article: ParsedArticle, mentions: list[Mention], pattern: re.Pattern[str],
           forms: dict[str, EntityType]) -> Iterator[Mention]:
    text = article.article.text
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [p.start for p in article.paragraphs]
    for match in pattern.finditer(text):
        start, end = match.span(1)
        at = bisect_right(taken, (start, len(text) + 1))
        if (at and taken[at - 1][1] > start) or (at < len(taken) and taken[at][0] < end):
            continue
        paragraph = max(0, bisect_right(starts, start) - 1)
        last, label = continued(text, start, end, forms[match.group(1)])
        if last > end and at < len(taken) and taken[at][0] < last:
            continue
        mention = make_mention(article.article.id, text, (start, last), label, paragraph)
        if not cut_from_longer(text, mention.start, mention.end, mention.tokens) and not case_party(
                text, mention.start, mention.end):  # not "Veterans of | America", "Lumo v. | Kade"
            yield mention
