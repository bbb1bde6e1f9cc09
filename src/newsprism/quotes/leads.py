"""The sentence that leads into a quotation: a quotation that names no speaker, or takes the cue of an earlier
sentence, goes to the person the sentence right before it has as its main subject ('Sen. Ana Ruiz identified young
voters' fatigue as a reason. “The younger people …”')."""

from __future__ import annotations

from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.attribution import Attribution
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


def cue_before(attribution: Attribution | None, span: MarkedSpan) -> bool:
    """The quotation's cue stands before its opening mark (a cue of an earlier sentence, as the nearest cue)."""
    return attribution is not None and attribution.cue is not None and attribution.cue[1] <= span.mark_start


def cue_end(attribution: Attribution | None) -> int:
    return attribution.cue[1] if attribution is not None and attribution.cue is not None else 0
