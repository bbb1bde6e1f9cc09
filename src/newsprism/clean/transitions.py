"""A sentence of the article between two of its paragraphs ('Police have not named a suspect.' under one paragraph
and over the next, 'For others the day ended more quietly.' between two quotations): prose inside the article, never
the line classifier's to drop, even among the body's first or last kept lines
(:func:`newsprism.clean.boilerplate.edge_sentences`) or when its only widget word is a comparative 'more'. A
caption over the lead has no kept paragraph of the body above it and a teaser after the last paragraph none under it,
so the classifier still reads those.

Calibration (dev batches 1-21, the rules' verdicts as shipped): of the lines the classifier was asked about that are
sentences (a capital or a quote first, a sentence's end, no link) between two kept paragraphs, 258 are labelled
body and 2 clutter (a 'See … TV report' pointer, a print edition's 'To find … open …' promo). Guarding every such
sentence changed 11 decisions on the 2,781 dev pages, 7 of them wrong: sentences with a widget's word between
paragraphs are mostly pointers ('Watch Channel 2 … for updates.', 'X posted an update on Facebook about …'), so a
widget's word still leaves the sentence to the classifier."""

from __future__ import annotations

import re

from newsprism.clean import prefilter
from newsprism.clean.features import URLISH, widget_word
from newsprism.clean.lines import Line, ends_sentence, words
from newsprism.model import ClutterKind

PARAGRAPH_WORDS = 8
"""A kept line of the body of this many words that ends like a sentence is one of the article's paragraphs (the
length from which :attr:`newsprism.config.CleanConfig.body_min_words` makes a line body). Out of fold on dev batches
1-21 the classifier dropped one such sentence between two paragraphs and no clutter line there."""


COMPARATIVE = re.compile(r"\bmore (?=than\b|[a-z]+(?:ly|ing|ed|ful|ous|ive|ble|al|ic|ent|ant)\b)")
"""'more' before 'than' or an adjective or adverb ('a more unsettling feeling', 'more than a dozen'): the comparative,
not a widget's 'More' ('Read more', 'more stories', 'for more information')."""


def transition_sentence(lines: list[Line], kinds: list[ClutterKind | None], i: int, first: int, last: int) -> bool:
    """The kept line ``i`` is a sentence (a capital or a quote first, a sentence's end, no link, no widget's word
    but a comparative 'more': :data:`COMPARATIVE`) between two kept paragraphs of the body
    (:func:`between_paragraphs`)."""
    text = lines[i].text.strip()
    return (ends_sentence(text) and (text[:1].isupper() or text[:1] in "\"“‘'")
            and not prefilter.search(URLISH, text) and not widget_word(COMPARATIVE.sub("", text))
            and between_paragraphs(lines, kinds, i, first, last))


def between_paragraphs(lines: list[Line], kinds: list[ClutterKind | None], i: int, first: int, last: int) -> bool:
    """The kept line ``i`` has a kept paragraph of the body right above it and another right under it."""
    above = next((j for j in range(i - 1, first - 1, -1) if kinds[j] is None), None)
    below = next((j for j in range(i + 1, last + 1) if kinds[j] is None), None)
    return above is not None and below is not None and _paragraph(lines[above]) and _paragraph(lines[below])


def _paragraph(line: Line) -> bool:
    return ends_sentence(line.text) and len(words(line.text)) >= PARAGRAPH_WORDS
