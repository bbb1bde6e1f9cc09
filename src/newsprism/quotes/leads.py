"""The sentence that leads into a quotation: a quotation that names no speaker, or takes the cue of an earlier
sentence, goes to the person the sentence right before it has as its main subject ('Sen. Ana Ruiz identified young
voters' fatigue as a reason. “The younger people …”')."""

from __future__ import annotations

import re

from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.attribution import Attribution
from newsprism.quotes.cues import CUE_FORMS
from newsprism.quotes.marks import MarkedSpan
from newsprism.quotes.prefix import SENTENCE_END
from newsprism.quotes.speakers import SpeakerResolver


def sentence_subject(resolver: SpeakerResolver, paragraphs: Paragraphs, previous_end: int,
                     before: int) -> Attribution | None:
    """The person named as the main subject of the sentence right before a quotation that names no speaker or takes
    the cue of an earlier sentence, in the same paragraph and after the last quotation and that cue ('Ana Ruiz, his
    partner, called him a master at deals. “He showed again and again …”', 'Sen. Ben Ode identified young voters as a
    reason. “The younger people …”': PolNeAR dev, issue #19's eleventh round): the sentence leads into the
    quotation."""
    paragraph = paragraphs.at(before)
    ends = list(SENTENCE_END.finditer(resolver.text, paragraph.start, before)) if paragraph is not None else []
    if paragraph is None or not ends or ends[-1].end() != before:
        return None
    start = ends[-2].end() if len(ends) > 1 else paragraph.start
    if start < previous_end:
        return None
    person = next((m for m in resolver.antecedents if start <= m.start < before and m.subject), None)
    return Attribution((person.start, person.end), None) if person is not None else None


def paragraph_lead(resolver: SpeakerResolver, paragraphs: Paragraphs, at: int) -> Attribution | None:
    """The person named as a subject in the last sentence of the paragraph right before a quotation that opens its
    own paragraph and names no speaker (the crawl cut its credit): that sentence leads into it ('Sen. Ana Ruiz
    criticized President Ode for … ¶ “While I value President Ode's concern …': Ruiz), not the last person it names,
    an object (AllSides crawled 6085#3, E28's seed-108 reading of issue #19, went to the president)."""
    paragraph = paragraphs.at(at)
    earlier = paragraphs.before(paragraph.start) if paragraph is not None else []
    if paragraph is None or not earlier or resolver.text[paragraph.start:at].strip():
        return None
    last = earlier[-1]
    sentences = [sentence for sentence in last.doc.sents if sentence.text.strip()]
    start = last.start + sentences[-1].start_char if sentences else last.start  # the parse's: '(Ariz.) criticized'
    person = next((m for m in resolver.antecedents if start <= m.start < last.end and m.subject), None)
    return Attribution((person.start, person.end), None) if person is not None else None


def cue_before(attribution: Attribution | None, span: MarkedSpan) -> bool:
    """The quotation's cue stands before its opening mark (a cue of an earlier sentence, as the nearest cue)."""
    return attribution is not None and attribution.cue is not None and attribution.cue[1] <= span.mark_start


def cue_end(attribution: Attribution | None) -> int:
    return attribution.cue[1] if attribution is not None and attribution.cue is not None else 0


CLOSING_CREDIT_REACH = 300
"""Most characters before a quotation searched for the credit closing the sentence right before it (one long
sentence: :func:`closing_credit`)."""
_CLOSING_CREDIT = re.compile(r",\s+((?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s+([a-z]+)"
                             r"(?:\s+(?:to|in|on|with)\s+[^\s.,;:!?]+(?:\s+[^\s.,;:!?]+){0,4})?\.\s*$")


def closing_credit(text: str, before: int) -> Attribution | None:
    """A possessed noun and a cue closing the sentence right before a quotation that names no speaker ('Ana Ruiz
    checked into a clinic on Friday, her rep confirms to Lumo Weekly. ¶ “And she hated it.”'): the rep speaks, not
    the possessor named before (a possessor is never the speaker of its possessed noun; issue #19's fourteenth round,
    ECB+ dev 1/ecbplus, where the parse hung the cue under the sentence's first clause)."""
    start = max(0, before - CLOSING_CREDIT_REACH)
    match = _CLOSING_CREDIT.search(text, start, before)
    if match is None or match.group(2) not in CUE_FORMS:
        return None
    return Attribution((match.start(1), match.end(1)), (match.start(2), match.end(2)))
