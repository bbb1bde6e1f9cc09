"""A credit cut off before its verb: excerpts (feed summaries, the first paragraphs a roundup or a crawl keeps) end
with an ellipsis wherever the limit falls, and often it falls right after the speaker's name ('“…,” Finance
Minister Ana Ruiz...'). The quotation closed on a comma says its credit follows; with no verb left the parse finds
no subject, and the quotation was left with no speaker (AllSides crawled 6023 and 5829, read in issue #19's
twenty-seventh round's honest reading at 32049ce: a named treasury secretary and a titled committee leader)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.attribution import Attribution, Range, inside

_CUT_CREDIT = re.compile(r"[^\S\n]+((?:[A-Z][\w.’'-]*[^\S\n]+(?:of[^\S\n]+)?){0,7}[A-Z][\w’'-]*)"
                         r"[^\S\n]*(?:\.\.\.|…)\s*$")
"""After the closing mark, to the paragraph's end: one to eight capitalised words ('of' may join two: 'Secretary of
State'), then the ellipsis that cuts the excerpt."""


def cut_credit(paragraphs: Paragraphs, quote: Range, quotes: Sequence[Range]) -> Attribution | None:
    """The capitalised words (a title, a name, or both) between a quotation closed on a comma and the ellipsis that
    ends its paragraph (:data:`_CUT_CREDIT`), as its source, with no cue."""
    paragraph = paragraphs.at(quote[1])
    if paragraph is None or not paragraph.text[:quote[1] - paragraph.start].rstrip("\"”’' ").endswith(","):
        return None
    found = _CUT_CREDIT.match(paragraph.text, quote[1] - paragraph.start)
    if found is None or inside(paragraph.start + found.start(1), quotes):
        return None
    return Attribution((paragraph.start + found.start(1), paragraph.start + found.end(1)), None)
