"""Attributions read from a quotation's layout, not from a parse: a name standing as its label ('Clinton: “…”',
'“…” – Bernie Sanders.'), a pull quote's signature line, a headline leading into its quotation with a colon."""

from __future__ import annotations

import re

from newsprism.entities.clutter import CONTRIBUTOR_LINE, contributor
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.attribution import Attribution
from newsprism.quotes.cues import CUE_FORMS, NAME_LABELS
from newsprism.quotes.ranges import Range
from newsprism.typography import DASHES

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|bin|al))*"
_NAMES = rf"{_NAME}(?:\s+(?:and|&)\s+{_NAME})?"
"""one name, or two joined ('Mark Blumenthal and Jon Cohen')"""
_LEADING_LABEL = re.compile(rf"^\s*(?:[^\n]*\s[{DASHES}]+\s*)?(?:[Mm]ore from\s+)?({_NAMES})\s*:\s*$")
_TRAILING_LABEL = re.compile(rf"[^\S\n]*(?:\n\n)?[^\S\n]*[{DASHES}]+[^\S\n]*({_NAME})(?:,[^\n]*)?\.?[^\S\n]*(?=\n|$)")
LABEL_MAX_WORDS = 4
"""A label is a name of at most this many words: 'Clinton: “…”', '“…” – Bernie Sanders.' (debate transcripts,
fact checks). On 250 PolNeAR train articles these layouts were 8 of 87 speaker errors."""


_CAPS_LABEL = re.compile(r"^\s*([^\W\d_a-z][^a-z\n]*[^\W_a-z])\s*$")
"""A newsletter's all-capitals headline leading straight into the quotation it excerpts ('EBOLA SURVIVORS, THROUGH
THE LENS “…” [HuffPost.]'): 7 of 7 such quotations on PolNeAR train are annotated with the headline as source."""


def label_attribution(text: str, prefix_start: int, quote: Range) -> Attribution | None:
    """A name standing alone as the quotation's label: before it with a colon ('Clinton: “…”', also behind a
    newsletter's headline and a dash: 'Polls were early - Mark Blumenthal: “…”'), or after it behind a dash
    (hyphen, en or em dash, or the quotation dash '―'), unless its line credits the article's reporters ('— With Ana
    Lee', gun-violence incident 653539); or the all-capitals headline of a newsletter item that the
    quotation follows."""
    before = _LEADING_LABEL.match(text[prefix_start:quote[0]])
    if before is not None and all(len(name.split()) <= LABEL_MAX_WORDS
                                  for name in re.split(r"\s(?:and|&)\s", before.group(1))):
        start = prefix_start + before.start(1)
        return Attribution((start, start + len(before.group(1))), None)
    headline = _CAPS_LABEL.match(text[prefix_start:quote[0]])
    if headline is not None and len(re.findall(r"[^\W\d_]{2,}", headline.group(1))) >= 2:
        start = prefix_start + headline.start(1)
        return Attribution((start, start + len(headline.group(1))), None)
    after = _TRAILING_LABEL.match(text, quote[1])
    if after is not None and len(after.group(1).split()) <= LABEL_MAX_WORDS and not contributor(text, after.start(1)):
        start = after.start(1)
        return Attribution((start, start + len(after.group(1).rstrip("."))), None)  # the sentence's full stop
    return None


_SIGNATURE = re.compile(r"\n[ \t]*([A-Z][^\n\"“”‘’!?]*?)[ \t]*\.?[ \t]*\Z")
SIGNATURE_MAX_WORDS = 12
"""Most words on a pull quote's signature line ('Amy Pope, deputy homeland security advisor'); set by hand: a name
and a title or an organisation. On PolNeAR train (881 articles) the rule finds 9 signed pull quotes, all in one
outlet, and each signature is the annotated source."""


def signature_attribution(paragraphs: Paragraphs, start: int, end: int) -> tuple[int, Attribution] | None:
    """A pull quote signed on its own last line inside the marks ('“We will rebuild the pier. [line break] Mina
    Sato, harbour master.”'): where the quoted words end, and the signature as the source. The line names a person or an
    organisation and holds no speech verb, and is no reporters' contribution line ('— With Ana Lee' closing an
    article whose last quotation the page cut before its closing mark, gun-violence incident 653539)."""
    paragraph = paragraphs.at(start)
    if paragraph is None:
        return None
    text = paragraph.text
    signed = _SIGNATURE.search(text, start - paragraph.start, end - paragraph.start)
    if signed is None or not text[start - paragraph.start:signed.start()].strip():
        return None
    words = signed.group(1).split()
    if CONTRIBUTOR_LINE.fullmatch(signed.group(1)) or len(words) > SIGNATURE_MAX_WORDS or any(
            word.lower().strip(",") in CUE_FORMS for word in words):
        return None
    if not any(signed.start(1) <= e.start_char < signed.end(1) and e.label_ in NAME_LABELS
               for e in paragraph.doc.ents):
        return None
    said_end = paragraph.start + len(text[:signed.start()].rstrip())
    return said_end, Attribution((paragraph.start + signed.start(1), paragraph.start + signed.end(1)), None)


HEADLINE_MAX_WORDS = 16
"""Most words before the colon of a headline that labels its quotation ('Silverman heckles fans: ‘…’'); set by
hand: headlines are short, and a longer line before a colon is a sentence of the body."""


def headline_attribution(paragraphs: Paragraphs, quote: Range) -> Attribution | None:
    """The name opening a short line with no speech verb that leads with a colon into a quotation ending that
    line, the headline layout ('Republicans' reaction: ‘Is that all?’', 'WSJ editorial: ‘…’'), where the parse
    of title-case words cannot be trusted for a subject."""
    paragraph = paragraphs.at(quote[0])
    if paragraph is None:
        return None
    doc = paragraph.doc
    lead = paragraph.text[:quote[0] - paragraph.start]
    line_start = lead.rfind("\n") + 1
    words = lead[line_start:].split()
    if (not words or not words[-1].endswith(":") or len(words) > HEADLINE_MAX_WORDS or ". " in lead[line_start:]
            or any(word.lower().strip(",:") in CUE_FORMS for word in words)):
        return None  # a cue in the line: its parse names the speaker ('In an interview, Ito said: “…”')
    first = line_start + len(lead[line_start:]) - len(lead[line_start:].lstrip())
    name = next((e for e in doc.ents if e.start_char == first and e.label_ in NAME_LABELS), None)
    if name is None:
        return None
    return Attribution((paragraph.start + name.start_char, paragraph.start + name.end_char), None)
