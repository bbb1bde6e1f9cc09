"""A partial quotation inside a clause whose own subject is a document ('X says prices are "temporary," and a
private White House presentation obtained by a network encourages lawmakers to stress how the plan "lowers costs"'):
the words are the document's, its issuer's where a name compounds the noun (the White House), not those of the
'says' that the parse hung the whole sentence on (AllSides crawled 5832#2, R5s's seed-109 reading of issue #19)."""

from __future__ import annotations

from newsprism.model import Evidence, QuoteVariant
from newsprism.nlp.paragraphs import Paragraphs
from newsprism.quotes.cues import CUE_FORMS, Token, verb_forms
from newsprism.quotes.source_spans import source_evidence

DOCUMENT_SUBJECTS = frozenset({"memo", "presentation", "report", "letter", "statement", "document", "ad",
                               "advertisement", "video", "release"})
"""Documents that, as the subject of a verb of saying or urging, put out the words quoted in its clause (not a plan
or a bill, whose own verbs 'X says the plan "lowers costs"' are X's words)."""
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


def _document_subject(verb: Token) -> Token | None:
    """The document noun that is the subject of ``verb``, a verb of saying or urging, if any."""
    if verb.pos_ != "VERB" or (verb.lower_ not in CUE_FORMS and verb.lower_ not in URGING):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in DOCUMENT_SUBJECTS), None)
