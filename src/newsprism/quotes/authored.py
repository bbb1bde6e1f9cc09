"""A document standing as a quotation's source whose own phrase names its authors or issuer ('a new book by Ana
Ruiz and Ben Tal says', 'the report, written by the county auditor', 'a memo from Lumo Steel said'): the words are
the first named author's or the issuer's (QuoteVariant holds one speaker: the first of two authors)."""

from __future__ import annotations

from newsprism.model import Evidence
from newsprism.nlp.paragraphs import Paragraphs
from newsprism.quotes.cues import Token
from newsprism.quotes.filings import FILING_NOUNS
from newsprism.quotes.source_spans import source_evidence

AUTHORED_NOUNS = frozenset({"book", "memoir", "biography", "excerpt", "excerpts", "passage", "passages", "report",
                            "study", "memo", "memorandum", "letter", "statement", "article", "column", "essay",
                            "op-ed", "paper", "analysis", "review", "audit", "survey", "poll", "opinion", "ruling",
                            "decision", "dissent", *FILING_NOUNS})
"""Documents whose words a writer credits to the document itself though its phrase names who wrote or issued it
(AllSides crawled roundup 5703, read in issue #19's twentieth round's last honest check: 'according to a new book
by X and Y', 'a book excerpt from reporter X', 'passages of "Peril," a book from X and Y' were left as 'a new book',
'a book excerpt', 'passages'); a court's opinion by its judge ('The majority opinion by Judge X looked at …: “…”':
AllSides 5869, read in E22's seed-99 honest reading, left 'The Majority Opinion')."""
_BY = frozenset({"by", "from"})
PUBLISHED_IN_NOUNS = frozenset({"report", "article", "analysis"})
"""Documents a publication writes itself, so that 'a report in X' is X's (AllSides 6095, read in issue #19's
twenty-third round's honest check: 'according to a report in The New York Times' was left 'a report'); not an
op-ed, column, letter or study in X, which others write."""
AUTHORING_VERBS = frozenset({"written", "co-written", "authored", "co-authored", "issued", "released", "published",
                             "signed", "sent", "prepared", "compiled", "produced", "filed", "drafted", "led"})
"""Participles whose 'by' phrase names the document's author or issuer ('the report, written by X'); 'obtained by',
'seen by', 'reviewed by' name who holds it (a NeuS train flip audit of this rule, story 42: 'a copy of X's
statement obtained by NPR'); 'led by' names who leads a joint filing ('A lawsuit led by X said': NeuS train 2399,
issue #19's twenty-third round's flip audit)."""
_ISSUER_LABELS = frozenset({"ORG", "PERSON"})
"""What a name modifying a document must be to be its issuer ('a new Pew Research Center survey', 'a Lumo Health
Agency report': AllSides 6069, read in issue #19's twenty-fourth round's third honest check, left 'a new ... survey'):
an organisation or a person, not a place ('a Lumo County report' is left) nor a date; not for a lawsuit ('the Lumo
lawsuit' may name the one sued)."""
_NOT_AUTHORS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW"})
"""Named things a 'from' phrase may give that write nothing ('a report from Kabul', 'a letter from 1962')."""
_DOCUMENT_STEPS = 3
"""How many 'of' / apposition steps lead from the source's head to the document ('passages of "Peril," a book from
X': two)."""


def named_author(source: Evidence, paragraphs: Paragraphs) -> Evidence | None:
    """The author or issuer that the document phrase of ``source`` names in a 'by' / 'from' phrase, directly or
    through a participle ('written by', 'released by'); None when the source is no such document."""
    paragraph = paragraphs.at(source.start)
    if paragraph is None:
        return None
    tokens = list(paragraph.tokens_from(source.start, source.end))
    head = next((t for t in tokens if not tokens[0].i <= t.head.i <= tokens[-1].i or t.head.i == t.i), None)
    documents = _documents(head) if head is not None else []
    author = next((a for d in documents for a in _authors(d)), None)
    if author is None:
        return None
    return source_evidence(paragraph, _first_listed(author))


def _documents(head: Token) -> list[Token]:
    """The document nouns at ``head`` and a few 'of' / apposition steps below it."""
    found, frontier = [], [head]
    for _ in range(_DOCUMENT_STEPS):
        found += [t for t in frontier if t.lower_ in AUTHORED_NOUNS]
        frontier = [c for t in frontier for c in t.children if c.dep_ == "appos"] + \
            [o for t in frontier for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    return found


def _authors(document: Token) -> list[Token]:
    """Who the 'by' / 'from' phrase of ``document`` (or of its participle: 'written by'), its possessor, or for a
    report or article the organisation it is 'in' (:data:`PUBLISHED_IN_NOUNS`), or a name modifying it
    (:data:`_ISSUER_LABELS`) names
    (NeuS train 42, this rule's flip audit: 'a copy of X's opening statement obtained by NPR'), where it is a name
    or a noun a name modifies ('Ana Ruiz', 'Lumo University researchers'), not a place or a date ('the office of
    Governor X' is left: the source span would keep only 'the office')."""
    holders = [document, *(c for c in document.children if c.dep_ == "acl" and c.lower_ in AUTHORING_VERBS)]
    named = [o for h in holders for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ in _BY
             for o in p.children if o.dep_ == "pobj"]
    named += [o for o in document.children if o.dep_ == "poss" and o.pos_ == "PROPN"]  # 'a copy of X's statement'
    named += [o for o in document.children if o.dep_ == "compound" and o.pos_ == "PROPN"
              and o.ent_type_ in _ISSUER_LABELS and document.lower_ not in FILING_NOUNS]  # 'a Lumo Center survey'
    if document.lower_ in PUBLISHED_IN_NOUNS:  # 'a report in The Lumo Herald'
        named += [o for p in document.children if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "ORG"]
    return [o for o in named if o.ent_type_ not in _NOT_AUTHORS and (
        o.pos_ == "PROPN" or any(t.pos_ == "PROPN" and t.ent_type_ not in _NOT_AUTHORS for t in o.lefts))]


def _first_listed(author: Token) -> Token:
    """The first name of a list the parse hung on its last member ('by X, Y and Prince Z': X, not Z; NeuS train
    232, the flip audit of this rule), else ``author``."""
    before = [t for t in author.subtree if t.i < author.i]
    if not any(t.dep_ == "cc" for t in before):
        return author
    first = next((t for t in before if t.pos_ == "PROPN"), author)
    while first.dep_ == "compound" and first.head.pos_ == "PROPN" and first.head.i < author.i:
        first = first.head
    return first


def issuer(document: Token) -> Token | None:
    """The first author or issuer that a document noun's own phrase names (:func:`_authors`), wherever the noun
    stands ('a first draft from the Lumo Water Commission'), or None."""
    found = _authors(document)
    return _first_listed(found[0]) if found else None
