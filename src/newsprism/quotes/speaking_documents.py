"""A partial quotation inside a clause whose own subject is a document ('X says fares are "short-lived," and a
private Lumo Transit presentation seen by a paper urges members to stress how the plan "helps riders"'):
the words are the document's, its issuer's where a name compounds the noun (Lumo Transit), not those of the
'says' that the parse hung the whole sentence on (AllSides crawled 5832#2, R5s's seed-109 reading of issue #19)."""

from __future__ import annotations

from newsprism.model import Evidence, QuoteVariant
from newsprism.nlp.paragraphs import Paragraph, Paragraphs
from newsprism.quotes.cues import CUE_FORMS, Token, verb_forms
from newsprism.quotes.source_spans import source_evidence

DOCUMENT_SUBJECTS = frozenset({"memo", "presentation", "report", "letter", "statement", "document", "ad",
                               "advertisement", "video", "release"})
"""Documents that, as the subject of a verb of saying or urging, put out the words quoted in its clause (not a plan
or a bill, whose own verbs 'X says the plan "helps riders"' are X's words)."""
URGING = frozenset(form for verb in ("encourage", "advise", "instruct", "direct", "recommend", "call")
                   for form in verb_forms(verb))
"""Verbs by which a document tells its readers what to do or say, besides the speech verbs of
:data:`~newsprism.quotes.cues.CUE_FORMS`."""


def document_clause(variant: QuoteVariant, paragraphs: Paragraphs) -> Evidence | None:
    """The issuer (a proper name compounding the noun), else the document itself, that is the subject of a verb
    between a partial quotation and its cue, on the quotation's chain of heads; None when there is none."""
    if variant.kind != "partial" or variant.cue is None or variant.cue.start > variant.content.start:
        return None
    paragraph = paragraphs.at(variant.content.start)
    if paragraph is None or paragraph.start > variant.cue.start:
        return None
    tokens = paragraph.tokens_from(variant.content.start, variant.content.end)
    if not len(tokens):
        return None
    head, cue = tokens[0], paragraph.tokens_from(variant.cue.start, variant.cue.end)
    cue_tokens = {token.i for token in cue}
    while head.head.i != head.i and head.i not in cue_tokens:
        document = _document_subject(head.head) if head.dep_ not in MODIFYING else None
        if document is not None and document.i != head.i:  # not words inside the subject: 'the ad “…” suggests'
            issuer = [c for c in document.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            return source_evidence(paragraph, issuer[-1] if issuer else document)
        head = head.head
    return None


MODIFYING = frozenset({"advmod", "npadvmod", "amod", "acomp", "neg"})
"""Dependencies by which a quotation only qualifies the document's verb ('X said the ad “unmistakably and
wrongfully” suggests …': X's words on the ad, PolNeAR dev, read in E29's flip check), not words the document puts
out."""


STATUTE_NOUNS = frozenset({"provision", "section", "law", "statute", "act", "clause", "amendment", "regulation",
                           "code", "ordinance"})
"""Texts of law whose wording a story quotes with no one to say it ('the provision in Section 212 that bars …
on the basis "creed, origin …"': the statute's words; AllSides crawled 6058#3, R5s's seed-109 reading of issue
#19, had no source)."""


def statute_clause(variant: QuoteVariant, paragraphs: Paragraphs) -> Evidence | None:
    """The text of law that is the subject (or, through 'that'/'which', the antecedent) of a verb over a partial
    quotation that has no source; None when there is none."""
    paragraph = paragraphs.at(variant.content.start)
    if variant.kind != "partial" or variant.source is not None or paragraph is None:
        return None
    tokens = paragraph.tokens_from(variant.content.start, variant.content.end)
    head = tokens[0] if len(tokens) else None
    while head is not None and head.head.i != head.i:
        head = head.head
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None) if head.pos_ == "VERB" else None
        if subject is not None and subject.lower_ in ("that", "which") and head.dep_ == "relcl":
            subject = head.head
        if subject is not None and subject.lower_ in STATUTE_NOUNS:
            return _named_text(paragraph, subject)
    return None


def _named_text(paragraph: Paragraph, noun: Token) -> Evidence:
    """The phrase naming a text of law, without its relative clause ('Section 212', 'the provision in Section 212')."""
    kept = [noun, *(t for c in noun.children if c.dep_ not in ("relcl", "acl", "punct") for t in c.subtree)]
    first, last = min(kept, key=lambda t: t.i), max(kept, key=lambda t: t.i)
    start, end = paragraph.start + first.idx, paragraph.start + last.idx + len(last.text)
    return Evidence(article="", start=start, end=end, text=paragraph.text[first.idx:last.idx + len(last.text)])


def _document_subject(verb: Token) -> Token | None:
    """The document noun that is the subject of ``verb``, a verb of saying or urging, if any."""
    if verb.pos_ != "VERB" or (verb.lower_ not in CUE_FORMS and verb.lower_ not in URGING):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in DOCUMENT_SUBJECTS), None)
