"""A document standing as a quotation's source ('the statement read', 'a statement reads') stands for whoever the
article says issued it ('The family released a statement', 'X said in a statement', 'according to a Navy
statement')."""

from __future__ import annotations

import re

from newsprism.model import Evidence, QuoteVariant
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.authored import named_author
from newsprism.quotes.cue_subjects import data_source
from newsprism.quotes.cues import Token
from newsprism.quotes.descriptions import described
from newsprism.quotes.filings import FILING_WORDS, filer, is_filing
from newsprism.quotes.indirect import STATEMENT_NOUNS
from newsprism.quotes.introduced import introduced_issuer
from newsprism.quotes.source_spans import source_evidence
from newsprism.quotes.speakers import SpeakerResolver
from newsprism.quotes.speaking_documents import document_clause, statute_clause

ISSUING_VERBS = frozenset({"issued", "released", "sent", "posted", "published", "put", "read", "gave", "shared",
                           "tweeted", "wrote", "filed", "emailed", "signed", "issue", "release", "send", "post",
                           "publish", "share"})
"""Verbs by which a body puts out a document ('The family released a statement', 'Kraft issued a statement'; the
base forms for 'teamed up to issue a statement', AllSides crawled 5880, issue #19's twentieth round)."""
RULING_NOUNS = frozenset({"ruling", "order", "decision", "opinion", "judgment"})
"""Documents a court, judge or office issues, whose words ('The ruling said “…”', 'The order states that …') are its
issuer's: the one an earlier sentence says issued it, else the court the article names before (NeuS train 1271 and
2286, read in issue #19's eighteenth round's honest checks: left as the anonymous 'The ruling', 'The order')."""
REPORT_NOUNS = frozenset({"report"})
"""A report whose words ('The 165-page report said …') are its issuer's, when a sentence before says who issued it
('according to a report from the state attorney general, X', 'X released a report'); AllSides roundup 5812, E18's
final honest reading of issue #19, left them to 'The 165-page report'."""
FINDINGS_NOUNS = frozenset({"data", "findings", "figures", "study", "survey"})
"""What a report puts out, cited with its issuer before the report speaks ('…, according to data released Friday
from the Lumo Health Department. ¶ … ¶ “…,” the report stresses': the department; AllSides crawled 5820, E30's
seed-114 reading of issue #19, left the words to 'the report'); asked only when no report's issuer is found."""
DOCUMENT_REACH = 3
"""How many paragraphs back (the source's own included) the sentence that says who issued the document may lie."""


def document_authors(variants: list[QuoteVariant], paragraphs: Paragraphs,
                     resolver: SpeakerResolver) -> list[QuoteVariant]:
    """A source that is a document ('the statement read', 'a statement reads') stands for whoever the article says
    issued it just before ('The family released a statement ... “…,” the statement read': the family)."""
    out = []
    for variant in variants:
        issuer = document_clause(variant, paragraphs) or statute_clause(variant, paragraphs)
        if issuer is not None:  # '… and a White House memo urges … how the plan “…”': not the 'says' before
            issuer = issuer.model_copy(update={"article": variant.content.article})
            variant = variant.model_copy(update={"source": issuer})
        author = _author(variant.source, paragraphs) if variant.source is not None else None
        if author is None and issuer is not None:
            author = issuer
        if author is not None:
            speaker = resolver.resolve(author.text, author.start)
            variant = variant.model_copy(update={"speaker": speaker, "anonymous": described(speaker)})
        out.append(variant)
    return out


def _author(source: Evidence, paragraphs: Paragraphs) -> Evidence | None:
    """Who the document ``source`` stands for: the author its own phrase names ('a new book by X'), the issuer a
    sentence before names, the statement's or speech's owner, a ruling's court or a lawsuit's filer; None when it
    is no document."""
    words = source.text.lower().split()
    author = named_author(source, paragraphs)
    if author is None and words and _undated_words(source, paragraphs) <= 3 and words[-1] in STATEMENT_NOUNS:
        author = _issuer(paragraphs, source.start)
    if author is None and words and (words[-1] in STATEMENT_NOUNS or words[-1] in SPEECH_NOUNS or
                                     words[-1] in DECREE_NOUNS):
        author = _owner(source)
    if author is None and words and _undated_words(source, paragraphs) <= 3 and (
            words[-1] in REPORT_NOUNS or words[-1] in DECREE_NOUNS):
        author = _issuer(paragraphs, source.start, frozenset({words[-1]}))
    if author is None and words and _undated_words(source, paragraphs) <= 3 and words[-1] in REPORT_NOUNS:
        author = _issuer(paragraphs, source.start, FINDINGS_NOUNS)
    if author is None:
        author = introduced_issuer(source, paragraphs)
    if author is None and words and len(words) <= 3 and words[-1] in RULING_NOUNS:
        author = _issuer(paragraphs, source.start, RULING_NOUNS) or _court_before(paragraphs, source.start)
    if author is None and is_filing(words) and _undated_words(source, paragraphs) <= FILING_WORDS:
        author = filer(paragraphs, source.start)
    if author is None and words and words[0] in ("a", "an") and words[-1] in SENT_NOUNS:
        author = _sender(source, paragraphs)
    return author


SENT_NOUNS = frozenset({*STATEMENT_NOUNS, "video", "ad", "advertisement", "clip", "memo", "message", "report",
                        "document", "flyer", "leaflet", "notice", "presentation"})
"""Things a body sends out whose words are its own when the sentence says so ('the Pentagon sent servicemembers a
video that claimed …': the Pentagon; AllSides roundup 6031, the final honest reading R2 of issue #19, left it as 'a
video')."""
_SENDING = ISSUING_VERBS - {"read", "shared", "share", "gave"}
"""Issuing verbs by which one puts out one's own words (not 'read a letter', 'shared a post': another's words)."""


def _sender(source: Evidence, paragraphs: Paragraphs) -> Evidence | None:
    """Who put out the document that is the source, when it is the object of a verb of sending in its own
    sentence ('X released an ad that says …'): that verb's subject, not a pronoun."""
    paragraph = paragraphs.at(source.start)
    if paragraph is None or not len(tokens := paragraph.tokens_from(source.start, source.end)):
        return None
    head = tokens.root
    if head.dep_ != "dobj" or head.head.lower_ not in _SENDING:
        return None
    subject = _subject(head.head)
    if subject is None or subject.tag_ == "PRP":
        return None
    return source_evidence(paragraph, subject)


def addressed(paragraphs: Paragraphs, start: int, end: int) -> tuple[bool, Evidence | None]:
    """Whether the name at ``start``..``end`` is, alone or in a list, whom a document or a writing goes to ('in a
    letter to X, Y and Z', 'wrote to X', 'sent X a memo'), and who wrote it then: the subject of the verb the
    writing hangs on, not a pronoun. An addressee speaks none of the words cut after it (AllSides 5696, E19's honest
    reading of issue #19: a letter's '“We write to …' went to the last of its addressees, not to 'The groups' that
    'made their case … in a letter to' them)."""
    paragraph = paragraphs.at(start)
    if paragraph is None or not len(tokens := paragraph.tokens_from(start, end)):
        return False, None
    head = tokens.root
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    to = head.head
    if not ((head.dep_ == "dative" and to.lower_ in _SENDING) or (head.dep_ == "pobj" and to.lower_ == "to" and (
            to.head.lower_ in SENT_NOUNS or to.head.lower_ in _SENDING))):
        return False, None
    verb = to if head.dep_ == "dative" else to.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = _subject(verb)
    if subject is None or subject.tag_ == "PRP" or not subject.i < head.i:
        return True, None
    return True, source_evidence(paragraph, subject)


_WHEN = frozenset({"DATE", "TIME"})


def _undated_words(source: Evidence, paragraphs: Paragraphs) -> int:
    """The source's words less those that date the document ('the Thursday evening press release': three; AllSides
    crawled 5880, read in issue #19's twentieth round's first honest check, was left as the release though the
    sentence before says who issued it)."""
    paragraph = paragraphs.at(source.start)
    if paragraph is None:
        return len(source.text.split())
    tokens = paragraph.tokens_from(source.start, source.end)
    starts = [t for t in tokens if t.i == tokens.start or t.doc[t.i - 1].whitespace_]  # "church's": one word
    return sum(1 for t in starts if not (t.is_space or t.is_punct) and t.ent_type_ not in _WHEN)


SPEECH_NOUNS = frozenset({"address", "speech", "remarks", "testimony"})
"""A speech written with its owner ("Ana Ruiz's address declared"): the owner's words, as a statement's are
(AllSides crawled 6090, read in issue #19's twenty-second round's honest check, was left as the address)."""
DECREE_NOUNS = frozenset({"proclamation", "decree", "directive", "memorandum"})
"""A decree written with its issuer ("Ana Vell's proclamation states"): the issuer's words (AllSides crawled 6039,
E27's seed-107 reading, left them with the proclamation); so are 'the proclamation states' after 'Ana Vell issued a
proclamation' or 'a proclamation signed by Ana Vell' (E28's open list, issue #19)."""
_OWNED = re.compile(r"^(.+?)['’]s?[^\S\n]+(?:[a-z-]+[^\S\n]+)?[a-z]+$")
"""A statement written with its owner ("Ana Ruiz's statement", "the mayor's written statement")."""


def _owner(source: Evidence) -> Evidence | None:
    """The owner a statement source names in the possessive ("“…,” Ana Ruiz's statement read": Ana Ruiz; NeuS train
    2396, issue #19's seventeenth round, read in its last honest check), where no sentence before says who issued
    it."""
    owned = _OWNED.match(source.text.strip())
    if owned is None:
        return None
    start = source.start + len(source.text) - len(source.text.lstrip())
    return Evidence(article="", start=start, end=start + len(owned.group(1)), text=owned.group(1))


_SAYING = frozenset({"said", "says", "say", "announced", "wrote"})
"""Verbs of 'X said in a statement': X is the statement's author (issue #19's tenth round, read after the honest
count). A statement 'in' which a named subject does anything else is that subject's too ('In his resignation letter, X
attacked the policy. … “…,” the letter read': X; the resignation letters of E28's seed-108 reading, issue #19; not a
common noun: 'The instruction arrived in an opinion' says nothing of who issued it, AllSides crawled 5819)."""


def _issuer(paragraphs: Paragraphs, before: int, nouns: frozenset[str] = STATEMENT_NOUNS) -> Evidence | None:
    """The subject of the last 'X issued/released a statement' or 'X said in a statement' (any of the ``nouns``)
    before ``before``."""
    for paragraph in reversed(paragraphs.before(before)[-DOCUMENT_REACH:]):
        for token in reversed(paragraph.tokens_from(paragraph.start, before)):
            verb, within = token.head, token.dep_ == "pobj" and token.head.lower_ == "in"
            if token.lower_ in nouns and within:
                verb = verb.head  # 'X said in a statement that ...': X issued it (gun-violence incident 390914)
            cited = _cited_issuer(token, nouns) or _released_by(token, nouns)
            if cited is not None:
                return source_evidence(paragraph, cited)
            if token.lower_ in nouns and ((token.dep_ == "dobj" and verb.lower_ in ISSUING_VERBS) or (
                    token.dep_ == "pobj" and verb.lower_ in _SAYING)):
                subject = _subject(verb)
                if subject is not None and subject.tag_ != "PRP":
                    return source_evidence(paragraph, subject)
            if token.lower_ in nouns and within and verb.pos_ == "VERB" and (subject := _subject(verb)) is not None \
                    and subject.pos_ == "PROPN":
                return source_evidence(paragraph, subject)
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb its 'to' clause completes ('X teamed up to issue a statement':
    X)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def _cited_issuer(token: Token, nouns: frozenset[str]) -> Token | None:
    """Who issued the statement 'according to' cites: 'according to a statement from the Navy', 'according to a
    Navy statement' (NeuS train 647, issue #19's thirteenth round): the 'from'/'by' phrase or possessor
    (:func:`~newsprism.quotes.cue_subjects.data_source`), else a proper noun the statement noun compounds."""
    verb = token.head
    if token.lower_ not in nouns or token.dep_ != "pobj" or verb.lower_ != "to" or \
            verb.head.lower_ != "according":
        return None
    owner = data_source(token)
    if owner is token:
        owner = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    owner = _apposed_name(owner) or owner if owner is not None else None
    return owner if owner is not None and owner.pos_ == "PROPN" else None


def _released_by(token: Token, nouns: frozenset[str]) -> Token | None:
    """The named issuer in 'an opinion issued on Friday by the Office of Legal Review' (the 'by' phrase of a verb of
    issuing that modifies the document: AllSides crawled 5819, where 'The instruction arrived in an opinion issued …
    by …' had left the opinion's words to the opinion), else None."""
    if token.lower_ not in nouns:
        return None
    for verb in (c for c in token.children if c.dep_ == "acl" and c.lower_ in ISSUING_VERBS):
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        named = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if named is not None and named.pos_ == "PROPN":
            return named
    return None


def _apposed_name(owner: Token) -> Token | None:
    """The person named after a common noun and a comma, two or more proper nouns up to a stop or comma ('a report
    from the state auditor, Ana Ruiz, released …': her), however the parse hung the name (AllSides 5812: an
    adverbial of the main verb)."""
    doc = owner.doc
    if owner.pos_ == "PROPN" or owner.i + 2 >= len(doc) or doc[owner.i + 1].text != ",":
        return None
    end = owner.i + 2
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    closed = end == len(doc) or doc[end].is_punct
    return doc[end - 1] if end - owner.i - 2 >= 2 and closed else None


def _court_before(paragraphs: Paragraphs, before: int) -> Evidence | None:
    """The last court that is a clause's subject before ``before``, within :data:`DOCUMENT_REACH` paragraphs ('The
    Lumo Supreme Court on Saturday threw out the suit. … The ruling said': the court)."""
    for paragraph in reversed(paragraphs.before(before)[-DOCUMENT_REACH:]):
        for token in reversed(paragraph.tokens_from(paragraph.start, before)):
            if token.lower_ == "court" and token.dep_ in ("nsubj", "nsubjpass"):
                return source_evidence(paragraph, token)
    return None
