"""A lawsuit or complaint standing as a quotation's source ('The lawsuit alleges …', 'the complaint claims …') stands
for whoever the article says filed it just before ('X filed a lawsuit on Monday', 'X is suing Y', 'X will lead a
lawsuit'), as a statement stands for its issuer (issue #19's twenty-third round; AllSides crawled 5887, read in the
twenty-second round's second honest check: 'The three related lawsuits … allege' and 'The lawsuit will be a
class-action … claiming' were left as the lawsuit though the story says Trump is suing)."""

from __future__ import annotations

from newsprism.model import Evidence
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.cues import Token
from newsprism.quotes.source_spans import source_evidence

FILING_NOUNS = frozenset({"lawsuit", "lawsuits", "suit", "suits", "complaint", "complaints"})
"""Legal filings whose allegations writers credit to the filing ('the lawsuit alleges') though they name who filed
it (AllSides crawled 5887)."""
FILING_VERBS = frozenset({"file", "files", "filed", "filing", "bring", "brings", "brought", "bringing", "launch",
                          "launched", "lead", "leads", "led", "leading"})
"""Forms (the pipeline has no lemmatiser) of the verbs by which someone puts in a filing ('X filed a lawsuit', 'X
will lead a lawsuit': 5887)."""
SUING = frozenset({"sue", "sues", "sued", "suing"})
"""The forms of 'X sued / is suing Y': X filed the suit."""
FILING_WORDS = 4
"""The most words (dates not counted) a filing source may have to stand for its filer: 'The three related lawsuits'
(5887); a longer phrase describes the filing, not the filer's act."""
FILERS_REACH = 3
"""How many paragraphs back (the source's own included) the sentence that names the filer may lie (as
:data:`~newsprism.quotes.documents.DOCUMENT_REACH`)."""
_PERSONAL = frozenset({"he", "she"})
"""Pronoun filers passed on to the pronoun reader ('Trump said he is suing …': 5887); 'they', 'it', 'we' are not,
their antecedents being too often a group or the writer."""


def is_filing(words: list[str]) -> bool:
    """Whether a source's words end on a filing noun ('The three related lawsuits')."""
    return bool(words) and words[-1] in FILING_NOUNS


def filer(paragraphs: Paragraphs, before: int) -> Evidence | None:
    """The subject of the last 'X filed a lawsuit' / 'X sued Y' before ``before``, within :data:`FILERS_REACH`
    paragraphs; None when the last such clause names no filer ('a lawsuit was filed', 'Y was sued')."""
    for paragraph in reversed(paragraphs.before(before)[-FILERS_REACH:]):
        for token in reversed(paragraph.tokens_from(paragraph.start, before)):
            verb = _filing_verb(token)
            if verb is None:
                continue
            subject = _doer(verb)
            if subject is None or _name_modified(subject) or (
                    subject.tag_ == "PRP" and subject.lower_ not in _PERSONAL):
                return None
            return source_evidence(paragraph, subject)
    return None


def _filing_verb(token: Token) -> Token | None:
    """The verb of a filing clause at ``token``: 'sued' itself, or the verb a filing noun is the object of."""
    if token.lower_ in SUING and token.pos_ in ("VERB", "AUX"):
        return token
    if token.lower_ in FILING_NOUNS and token.dep_ == "dobj" and token.head.lower_ in FILING_VERBS:
        return token.head
    return None


def _name_modified(subject: Token) -> bool:
    """A common noun a name modifies ('The Biden administration sued …': NeuS train 1775, this rule's flip audit):
    the story stage would credit the named person, not the body; the filing is left as written."""
    return subject.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children)


def _doer(verb: Token) -> Token | None:
    """The active subject of ``verb``, or of the verb its 'to' clause completes ('X moved to file a suit'); None for
    a passive ('Y was sued by X' is left: the agent is rarely the story's filer of the suit quoted after)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject
