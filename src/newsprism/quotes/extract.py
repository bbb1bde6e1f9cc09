"""Quotations and reported speech in one parsed article, with who said them.

:func:`find_quotes` reads the quotation marks (:mod:`~newsprism.quotes.marks`), tells a full quotation from a
few quoted words in the writer's sentence, finds the cue and the source around each quotation in the
dependency parse and in the words' order (:mod:`~newsprism.quotes.attribution`), adds reported speech
(:mod:`~newsprism.quotes.indirect`), carries the speaker of the nearest attributed statement over to a quotation
that names none, and resolves every source phrase to a name (:mod:`~newsprism.quotes.speakers`). Every span is
an :class:`Evidence` into ``article.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.memo import per_article
from newsprism.model import Evidence, QuoteVariant
from newsprism.nlp.sentences import Paragraphs, ParsedArticle
from newsprism.quotes.antecedents import (
    described_antecedents,
    described_in_sentence,
    described_subjects,
    looking_from,
    pronoun_genders,
    speakers_over_spoken_of,
)
from newsprism.quotes.as_clauses import as_clause_sources
from newsprism.quotes.attribution import (
    Attribution,
    Range,
    Ranges,
    adjacent_attribution,
    colon_attribution,
    cue_attribution,
    lead_in_attribution,
    row_attribution,
)
from newsprism.quotes.bodies import body_sources, named_later
from newsprism.quotes.cut_credits import cut_credit
from newsprism.quotes.data_credits import cites_data
from newsprism.quotes.delayed import named_next
from newsprism.quotes.descriptions import described
from newsprism.quotes.documents import addressed, document_authors
from newsprism.quotes.issued import issued_before
from newsprism.quotes.layouts import headline_attribution, label_attribution, signature_attribution
from newsprism.quotes.leads import closing_credit, cue_before, cue_end, paragraph_lead, sentence_subject
from newsprism.quotes.marks import MarkedSpan, find_marked
from newsprism.quotes.paragraph_reported import reported_once
from newsprism.quotes.people import people_in
from newsprism.quotes.prefix import lead_start, lead_words, led_in
from newsprism.quotes.rementions import renamed_subjects
from newsprism.quotes.replies import reply_before
from newsprism.quotes.shapes import (
    PUNCTUATION,
    Kind,
    ends_paragraph,
    introduced,
    quotation_kind,
    run_on_end,
)
from newsprism.quotes.speakers import SpeakerResolver
from newsprism.quotes.terms import credited_headline, framing_attribution, is_term, named_by_participle, title


@dataclass(frozen=True)
class _Found:
    kind: Kind
    content: Range
    attribution: Attribution | None
    carried: bool = False
    """the attribution was carried over from before (the quotation names no speaker of its own)"""
    framed: bool = False
    """a partial quotation credited by the verb that frames it ('X called him “a coward”'): it keeps that speaker
    inside reported speech credited to someone else ('…, calling him “a disaster”, according to reporters')"""


@per_article  # an article's quotes are read once per story (issue #20)
def find_quotes(parsed: ParsedArticle) -> list[QuoteVariant]:
    """Direct, partial and indirect quotations of the article, in text order (``entity`` is left None)."""
    text = parsed.article.text
    marked = find_marked(text, [(p.start, p.end) for p in parsed.paragraphs])
    quoted = Ranges((span.mark_start, span.mark_end) for span in marked)
    resolver = SpeakerResolver(people_in(parsed.paragraphs, parsed.article.title), quoted, text)
    found = _quoted(parsed, marked, quoted, resolver)
    direct = Ranges((span.mark_start, span.mark_end) for span, item in zip(marked, found, strict=True)
                    if item.kind == "direct")
    found += [_Found("indirect", r.content, r.attribution) for r in reported_once(parsed.paragraphs, direct)]
    found = _carry(_inherit(found), parsed.paragraphs, text)
    variants = [_variant(parsed.article.id, text, item, resolver, parsed.paragraphs) for item in found
                if not _term(text, item, parsed.paragraphs)]
    variants = body_sources(document_authors(variants, parsed.paragraphs, resolver), parsed.paragraphs)
    variants = described_antecedents(named_later(variants, resolver), resolver, parsed.paragraphs)
    variants = named_next(renamed_subjects(variants, resolver, parsed.paragraphs), resolver, parsed.paragraphs)
    variants = described_subjects(pronoun_genders(variants, resolver), parsed.paragraphs, resolver)
    variants = described_in_sentence(variants, parsed.paragraphs, resolver)
    variants = as_clause_sources(speakers_over_spoken_of(variants, resolver), parsed.paragraphs, resolver)
    return _one_speaker_a_source(sorted(variants, key=lambda variant: variant.content.start))


def _one_speaker_a_source(variants: list[QuoteVariant]) -> list[QuoteVariant]:
    """Quotations credited to one source phrase ('“…,” she said. “…”') have the speaker its first quotation (in text
    order) was given: the pronoun is read once, from before the first quotation ('Huntley says … ¶ “…,” she said.
    “…”' gave the second quotation a girl named in the paragraph before; gun-violence incident 516341, issue #19's
    twelfth round)."""
    first: dict[tuple[int, int], QuoteVariant] = {}
    out = []
    for variant in variants:
        source = variant.source
        if source is not None:
            chosen = first.setdefault((source.start, source.end), variant)
            if chosen.speaker != variant.speaker:
                variant = variant.model_copy(update={"speaker": chosen.speaker, "anonymous": chosen.anonymous})
        out.append(variant)
    return out


def _term(text: str, item: _Found, paragraphs: Paragraphs) -> bool:
    """A quoted term, a title or a heading rather than a statement (:func:`~newsprism.quotes.terms.is_term`), a
    quoted headline with its credit (:func:`~newsprism.quotes.terms.credited_headline`), a parenthesis alone
    (:data:`_PARENTHESIS`), or a title standing alone
    as its paragraph with no speaker of its own (a section heading: '‘All Bets Are Off.’'), as is a few words
    without a full stop ('‘Enough is enough’', '‘Divine intervention’')."""
    if is_term(text, item.kind, item.content, item.attribution is not None):
        return True
    words = text[item.content[0]:item.content[1]]
    if item.kind == "direct" and (credited_headline(text, item.content) or _PARENTHESIS.fullmatch(words.strip())):
        return True
    heading = title(words.rstrip(".")) or (len(words.split()) <= HEADING_MAX_WORDS
                                           and not words.rstrip().endswith(PUNCTUATION))
    if item.kind != "direct" or not (item.carried or item.attribution is None) or not heading:
        return False
    paragraph = paragraphs.at(item.content[0])
    return paragraph is not None and not (text[paragraph.start:item.content[0]].strip(" \t\n\"'“‘`")
                                          or text[item.content[1]:paragraph.end].strip(" \t\n.\"'”’"))


_PARENTHESIS = re.compile(r"\([^()]*\)")
"""A quotation that is only a parenthesis ('“(Lumo News article)'), a credit after quoted passages: no statement
(ECB+ dev topic 18, issue #19's twelfth round, found on its check half)."""
HEADING_MAX_WORDS = 6
"""Most words of a quotation standing alone as its paragraph, with no full stop and no speaker, that is a section
heading quoting the story ('‘Enough is enough’'), as :data:`~newsprism.quotes.terms.TITLE_MAX_WORDS` for titles;
set on issue #19's fresh gun-violence stories, whose four such headings had two to four words."""


def _quoted(parsed: ParsedArticle, marked: Sequence[MarkedSpan], quoted: Ranges,
            resolver: SpeakerResolver) -> list[_Found]:
    found: list[_Found] = []
    previous: Attribution | None = None
    previous_end = 0
    text = parsed.article.text
    for span in marked:
        kind = quotation_kind(text, span, parsed.paragraphs)
        end, attribution = _said(parsed, span, quoted)
        opens = not lead_words(text, span, parsed.paragraphs)
        if kind == "direct" and previous is not None and opens and _follows(text, previous_end, span, attribution):
            attribution = previous
        if previous is not None and _joined(text, previous_end, span):
            kind, attribution = "direct", previous  # 'X said, “…” and “…,” witnesses said': both are X's
        framing = framing_attribution(parsed.paragraphs, (span.start, end), quoted) if kind == "partial" else None
        named = kind == "partial" and framing is None and named_by_participle(parsed.paragraphs, (span.start, end))
        attribution = framing or (None if named else attribution)
        carried = attribution is None and kind == "direct" and not _credit_after(text, span)
        closing = closing_credit(text, span.mark_start) if carried else None
        if closing is not None:
            carried, attribution = False, closing
        elif carried and led_in(text, span, parsed.paragraphs):
            lead = lead_start(text, span, parsed.paragraphs)
            carried, attribution = False, _named_in_lead(resolver, lead, span.mark_start)
        elif carried:
            issuer = issued_before(parsed.paragraphs, span.mark_start)
            carried, attribution = (False, issuer) if issuer is not None else (True, previous or paragraph_lead(
                resolver, parsed.paragraphs, span.mark_start) or _last_person(resolver, span.mark_start,
                                                                          parsed.paragraphs))
        elif kind == "partial" and attribution is None and not named:
            attribution = issued_before(parsed.paragraphs, span.mark_start)
        if kind == "direct" and opens and framing is None and closing is None and (
                carried or cue_before(attribution, span)):
            led = sentence_subject(resolver, parsed.paragraphs, max(previous_end, cue_end(attribution)),
                                    span.mark_start)
            carried, attribution = (False, led) if led is not None else (carried, attribution)
        found.append(_Found(kind, (span.start, end), attribution, carried, framing is not None))
        if kind == "direct" and attribution is not None:
            previous, previous_end = attribution, span.mark_end
    return found


def _said(parsed: ParsedArticle, span: MarkedSpan, quoted: Ranges) -> tuple[int, Attribution | None]:
    """Where the quoted words end and who is credited: a pull quote's signature line, else the words and the
    attribution around the quotation."""
    text, paragraphs = parsed.article.text, parsed.paragraphs
    if not lead_words(text, span, paragraphs) and ends_paragraph(text, span, paragraphs):
        signed = signature_attribution(paragraphs, span.start, span.end)
        if signed is not None:
            return signed
    end = run_on_end(text, span, paragraphs)
    return end, _attribution(parsed, span, end, quoted)


def _carry(found: list[_Found], paragraphs: Paragraphs, text: str) -> list[_Found]:
    """A direct quotation that names no speaker goes on with the speaker of the nearest attributed statement
    before it, direct or reported ('Susan said her friends mock him. ¶ “But he is our candidate!”'); after data
    no one named issued (:func:`cites_data`), with none; after a later reply (:func:`reply_before`), its replier's."""
    out = []
    last: Attribution | None = None
    for item in sorted(found, key=lambda found_item: found_item.content):
        reply = reply_before(paragraphs, item.content[0]) if item.kind == "direct" else None
        if reply is not None and _earlier(item.attribution if not item.carried else last, reply):
            item = _Found(item.kind, item.content, reply, carried=True)
        elif item.carried and last is not None:
            item = _Found(item.kind, item.content, None if cites_data(text, last) else last, carried=True)
        if item.attribution is not None and item.kind != "partial":
            last = item.attribution
        out.append(item)
    return out


def _earlier(credit: Attribution | None, reply: Attribution) -> bool:
    """The credit a quotation has or would carry lies before the reply (:func:`reply_before`) that follows it."""
    at = credit.cue or credit.source if credit is not None else None
    return at is None or (reply.source is not None and at[0] < reply.source[0])


def _inherit(found: list[_Found]) -> list[_Found]:
    """A partial quotation inside reported speech ('He added that they will "fight imperialism"') is the words
    of whoever the reported speech is attributed to: the innermost holding it ('X said that ..., after Y said that
    they would "…"' is Y's; NeuS train 1783 of the h18audit)."""
    reported = [item for item in found if item.kind == "indirect" and item.attribution is not None]
    order = sorted(range(len(reported)), key=lambda index: reported[index].content[0])
    starts = [reported[index].content[0] for index in order]
    longest = max((r.content[1] - r.content[0] for r in reported), default=0)
    out = []
    for item in found:
        outer = None
        if item.kind == "partial" and not item.framed:  # the first reported statement holding it, in reach
            first, last = bisect_left(starts, item.content[0] - longest), bisect_right(starts, item.content[0])
            holding = [index for index in order[first:last] if item.content[1] <= reported[index].content[1] + 1]
            outer = reported[max(holding, key=lambda index: reported[index].content[0])] if holding else None
        out.append(item if outer is None else _Found(item.kind, item.content, outer.attribution))
    return out


_CREDIT_AFTER = re.compile(r"[ \t]*[A-Z]")


def _credit_after(text: str, span: MarkedSpan) -> bool:
    """'“…,” Capt.' — a quotation closed on a comma before a capital: its credit follows (unread here, as where the
    text is cut off after it; NeuS train 1783 of the h18audit), so no earlier speaker is carried over to it."""
    return span.closed and text[span.start:span.mark_end].rstrip(" \"”’'").endswith(",") and bool(
        _CREDIT_AFTER.match(text, span.mark_end))


def _joined(text: str, previous_end: int, span: MarkedSpan) -> bool:
    """The quotation is joined to the attributed one right before it by 'and'/'or' alone ('said, “…” and “…”')."""
    return previous_end > 0 and _JOINING.fullmatch(text[previous_end:span.mark_start]) is not None


_JOINING = re.compile(r"[,]?[^\S\n]+(?:and|or)[^\S\n]+")


def _follows(text: str, previous_end: int, span: MarkedSpan, attribution: Attribution | None) -> bool:
    """A quotation that opens a sentence right after an attributed one, in the same paragraph, whose only cue
    comes before it, goes on with the previous speaker ('“…,” she said. “…”'); so does a whole sentence in
    quotation marks opening the sentence right after the previous quotation's, whose cue is in a later sentence
    (:func:`_cue_in_later_sentence`)."""
    if attribution is None or attribution.cue is None:
        return False
    between = text[previous_end:span.mark_start]
    if "\n\n" in between:
        return False
    if attribution.cue[0] > span.mark_start:
        return _cue_in_later_sentence(text, span, attribution.cue[0]) and len(_SENTENCE_END.findall(between)) <= 1
    return attribution.cue[0] >= previous_end - 1


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_NEXT_SENTENCE = re.compile(r"[^\S\n]*\n?[^\S\n]*[\"“‘'(]?[A-Z]")


def _cue_in_later_sentence(text: str, span: MarkedSpan, cue: int) -> bool:
    """The quotation is a whole sentence (it closes on '.', '!' or '?' and a capital opens what follows) and the
    cue found for it lies after it: the nearest cue of the next sentence, which tells what someone else said ('“…,”
    Ana Ruiz said. ¶ “We are at a fork.” ¶ Greece says it cannot pay': the quotation is hers; ECB+'s one sentence
    a line, where a paragraph holds the next sentence; ECB+ train 8/ecbplus, issue #19's fifteenth round)."""
    words = text[span.start:span.mark_end].rstrip("\"”’' ")
    return (span.closed and cue >= span.mark_end and words.endswith((".", "!", "?"))
            and _NEXT_SENTENCE.match(text, span.mark_end) is not None)


def _attribution(parsed: ParsedArticle, span: MarkedSpan, end: int, quoted: Ranges) -> Attribution | None:
    """A name labelling the quotation first; then a cue just before it ('Putin said, “…”'); else a verb just after
    it or after the writer's words that continue it up to ``end`` ('“…,” beamed X', '“…,” X notes', '“…” since
    then, X said'); else the verb of the words leading into it ('X shot back, “…”'); else a colon sentence before
    it; else the nearest cue around it."""
    quote = (span.mark_start, span.mark_end)
    reported = quote if end <= span.end else (span.mark_start, end + (parsed.article.text[end:end + 1] == ","))
    paragraphs = parsed.paragraphs
    text = parsed.article.text
    prefix_start = lead_start(text, span, paragraphs)
    label = label_attribution(text, prefix_start, quote)
    if label is None and ends_paragraph(text, span, paragraphs):
        label = headline_attribution(paragraphs, quote)
    if label is not None:
        return label
    lead_in = lead_in_attribution(paragraphs, prefix_start, quote, quoted)
    if introduced(lead_words(text, span, paragraphs)):
        return lead_in or cue_attribution(paragraphs, quote, quoted)
    after = (adjacent_attribution(paragraphs, reported, quoted) or row_attribution(paragraphs, reported, quoted)
             or cut_credit(paragraphs, reported, quoted))
    if lead_in is not None and _past_quotation(lead_words(text, span, paragraphs), span, after, quoted):
        return lead_in
    return (after or lead_in or colon_attribution(paragraphs, quote, quoted)
            or cue_attribution(paragraphs, quote, quoted))


def _past_quotation(lead: str, span: MarkedSpan, after: Attribution | None, quoted: Ranges) -> bool:
    """The credit after a quotation led in by a colon lies past another quotation: it is the next one's, and the
    lead-in's verb this one's ('Borin asks the stranger a question as they wrestle: “Why …?” “Not at all,” answers
    the stranger': Borin's question; AllSides roundup 6015, read in issue #19's thirty-fifth round's honest reading,
    seed 101, where a film character's question went to the one who answers it)."""
    cue = after.cue if after is not None else None
    return lead.endswith(":") and cue is not None and (quoted.last_end(cue[0]) or 0) > span.mark_end


def _named_in_lead(resolver: SpeakerResolver, start: int, before: int) -> Attribution | None:
    """The last person named in the clause leading into a quotation, between ``start`` and ``before`` ('A lesson
    from Ana Ruiz: “…”'), else no one."""
    found = _last_person(resolver, before, None)
    return found if found is not None and found.source is not None and found.source[0] >= start else None


_POSSESSIVE = re.compile(r"[^\W\d_]*['’]s\b")


def _last_person(resolver: SpeakerResolver, before: int, paragraphs: Paragraphs | None) -> Attribution | None:
    """The last person named in the text before ``before`` outside the quotations. A person the title names
    stands before the text (:data:`~newsprism.quotes.people.TITLE_AT`, an antecedent for a pronoun) and has no
    span in it, so credits no quotation as its source (a title naming a flag's namesake gave a company statement
    opening the text's second paragraph the span (-1, 0) and stopped the story: NeuS train 140, issue #18). A person
    named as a possessor only is no one's voice (AllSides roundup 5794, the final honest reading R2 of issue #19: an
    excerpt cut before its credit went to "President Joe Biden's … agenda" two sentences back); with
    ``paragraphs``, nor is a document's addressee: its writer is, when the sentence names one
    (:func:`~newsprism.quotes.documents.addressed`)."""
    person = resolver.last_named_before(before)
    if person is None or person.start < 0 or _POSSESSIVE.match(resolver.text, person.end - 2, person.end + 2):
        return None  # "President Ana Ruiz's agenda … ¶ “Today, the …": a possessor speaks no words cut off after it
    to, writer = addressed(paragraphs, person.start, person.end) if paragraphs is not None else (False, None)
    if to:
        return Attribution((writer.start, writer.end), None) if writer is not None else None
    return Attribution((person.start, person.end), None)


def _variant(article: str, text: str, item: _Found, resolver: SpeakerResolver,
             paragraphs: Paragraphs) -> QuoteVariant:
    attribution = item.attribution or Attribution(None, None)
    source = _evidence(article, text, attribution.source)
    speaker = None if source is None else resolver.resolve(source.text, looking_from(source, item.content, resolver))
    content = Evidence(article=article, start=item.content[0], end=item.content[1],
                       text=text[item.content[0]:item.content[1]])
    anonymous = described(speaker) or (source is not None and speaker == source.text and _common_noun(paragraphs,
                                                                                                    source))
    return QuoteVariant(kind=item.kind, content=content, source=source,
                        cue=_evidence(article, text, attribution.cue), speaker=speaker, anonymous=anonymous)


def _common_noun(paragraphs: Paragraphs, source: Evidence) -> bool:
    """A one-word source that is a common noun capitalised only because it opens the sentence ('Police said',
    'Officials say'): a described source, not the name of a body."""
    paragraph = paragraphs.at(source.start)
    if paragraph is None or len(source.text.split()) != 1:
        return False
    tokens = list(paragraph.tokens_from(source.start, source.end))
    return len(tokens) == 1 and tokens[0].pos_ == "NOUN" and tokens[0].ent_type_ != "PERSON"


def _evidence(article: str, text: str, span: Range | None) -> Evidence | None:
    if span is None:
        return None
    return Evidence(article=article, start=span[0], end=span[1], text=text[span[0]:span[1]])
