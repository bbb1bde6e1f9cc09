"""The phrase that names a speaker: where a source's words start and end around the token that names it (its
determiner, adjectives and compounds; a partitive's 'of' phrase; hyphened words), read from spaCy's parse.
"""

from __future__ import annotations

from newsprism.lexicon import TITLES
from newsprism.model import Evidence
from newsprism.nlp.sentences import Paragraph
from newsprism.quotes.cues import MAX_SOURCE_TOKENS, NAME_LABELS, Token, closing_mark


def source_span(head: Token) -> tuple[int, int]:
    """(start, end) character offsets within the doc of the phrase naming the speaker, without appositions."""
    doc = head.doc
    for ent in doc.ents:
        if ent.start <= head.i < ent.end and ent.label_ in NAME_LABELS:
            first = _left_modifiers(head, ent.start)
            comma = next((t for t in doc[head.i + 1:ent.end] if t.text == ","), None)  # 'Politico, Democratic party'
            return doc[first].idx, ent.end_char if comma is None else doc[comma.i - 1].idx + len(doc[comma.i - 1])
    first = _left_modifiers(head, head.i)
    return doc[first].idx, _partitive_end(head)


def source_evidence(paragraph: Paragraph, head: Token, article: str = "") -> Evidence:
    """The phrase naming the speaker at ``head`` (:func:`source_span`) as evidence, at its offsets in the article."""
    first, last = source_span(head)
    return Evidence(article=article, start=paragraph.start + first, end=paragraph.start + last,
                    text=paragraph.text[first:last])


PARTITIVES = frozenset({"one", "two", "three", "some", "several", "many", "most", "each", "none", "both", "all",
                        "any", "either", "neither", "few"})
"""Head words of a source that only counts the people its 'of' phrase names ('one of the two friends', 'some of
the residents'): the phrase is kept whole."""


GROUP_PART_HEADS = frozenset({"head", "member", "members"})
"""Head words of a source that say nothing until their 'of' phrase names the group ('the head of a team of experts',
'a member of the board'): the phrase is kept whole, as a partitive's (NeuS train 723, issue #19's fourteenth
round: 'according to the head' was all the source kept)."""
_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def of_phrase_last(of: Token) -> Token:
    """The last word of an 'of' phrase before a comma or a clause hung on its nouns ('one of the men | who was
    shot', 'the head of a team of experts | that released'): the clause tells about the speaker, it does not name
    them."""
    stops = [t.left_edge.i for t in of.subtree if t.dep_ in _CLAUSE_DEPS and t.i > of.i]
    stops += [t.i for t in of.subtree if t.text == ","]
    end = min(stops, default=of.right_edge.i + 1)
    last = of.doc[max(of.i + 1, end - 1)]
    while last.i > of.i + 1 and (last.is_punct or last.dep_ in ("cc", "prep")):
        last = last.nbor(-1)
    return last


UNNAMED_HEADS = frozenset({"someone", "somebody"})
"""Head words of a source that is no one until its 'with'/'from'/'at' phrase says where the person is from ('someone
with Lumo Foods'): the phrase is kept whole (gun-violence incident 707982, issue #19's eighth round)."""
_WHERE_FROM = frozenset({"with", "from", "at"})


def _partitive_end(head: Token) -> int:
    """Where the source phrase ends: after the 'of' phrase of a partitive head or the 'with' phrase of an unnamed
    one ('someone with Lumo Foods'), else after the head."""
    if head.lower_ in UNNAMED_HEADS:
        where = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _WHERE_FROM and c.i == head.i + 1),
                     None)
        if where is not None and where.right_edge.i - head.i <= MAX_SOURCE_TOKENS:
            last = where.right_edge
            if last.i + 1 < len(head.doc) and not last.whitespace_ and head.doc[last.i + 1].lower_ in ("'s", "’s"):
                last = head.doc[last.i + 1]  # 'with Lumo's': the shop's name ends in its possessive
            return int(last.idx + len(last))
    if head.lower_ in PARTITIVES or head.lower_ in GROUP_PART_HEADS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
        if of is not None:  # not the names in apposition after it ('Two of the victims, Ana and Ben, said')
            last = of_phrase_last(of)
            if last.i - head.i <= MAX_SOURCE_TOKENS:
                return int(last.idx + len(last))
    return _title_of_end(head) or _body_of_end(head) or _hyphened_end(head)


BODY_OF_REACH = 14
"""Most tokens from a described source's head to the end of the body its 'of' phrase names ('a three-judge panel
| of the U.S. Court of Appeals'; AllSides 5869, read in E22's seed-99 honest reading,
left 'a three-judge panel'), set by hand to hold a court's or an agency's full name."""


def _body_of_end(head: Token) -> int | None:
    """Where the organisation ends that an 'of' phrase right after a common-noun head names ('a panel of the Lumo
    Court of Appeals'); None for any other 'of' phrase ('a director of emergency services') and for one joining
    bodies ('The leaders of the Lumo Agency and the Kade Centers', which would be cut to the first: AllSides 5730 in
    this rule's flip audit)."""
    if head.tag_ not in ("NN", "NNS") or not any(c.dep_ == "det" for c in head.children):
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    body = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    named = next((e for e in head.doc.ents if body is not None and e.start <= body.i < e.end), None)
    if named is None or named.label_ != "ORG" or named.end - head.i > BODY_OF_REACH or any(
            c.dep_ == "conj" and c.i >= named.end for c in named.root.children):
        return None
    return int(named.end_char)


OF_TITLES = tuple(title.split() for title in TITLES if " of " in title)
"""Titles whose 'of' phrase belongs to them ('secretary of state'): the source keeps it ('the Lumo secretary of state
said' was cut to 'the Lumo secretary': AllSides 6099, read in issue #19's twentieth round's honest check)."""


def _title_of_end(head: Token) -> int | None:
    """Where a title of :data:`OF_TITLES` that the head opens ends, or None."""
    for words in OF_TITLES:
        following = head.doc[head.i + 1:head.i + len(words)]
        if head.lower_ == words[0] and [token.lower_ for token in following] == words[1:]:
            return int(following[-1].idx + len(following[-1]))
    return None


HYPHENED_PARTS = 4
"""Most tokens after a noun that a hyphen joins to it ('father | - | in | - | law'): a compound the tokenizer cut."""


def _hyphened_end(head: Token) -> int:
    """Where the head word ends, with the hyphen-joined words the tokenizer cut off after it ('father-in-law',
    'step-son'), the word being written whole (no space at either hyphen)."""
    doc, end = head.doc, head.i
    while (end + 2 < len(doc) and end + 2 - head.i <= HYPHENED_PARTS and doc[end + 1].text == "-"
           and not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha):
        end += 2
    return int(doc[end].idx + len(doc[end]))


def _left_modifiers(head: Token, first: int) -> int:
    """Index of the first token of the head's noun phrase to its left (det, adjectives, compounds), never before a
    quotation mark ('… each other,” officer Ana Ruiz': the quotation's words the parse hung on the name), a word that
    opens or joins a clause (:data:`_CLAUSE_POS`) or a line break (a layout glued a headline bullet to the line
    before: '… in Lumo, Nordland | Relative said' credited the place; ECB+ train 32/ecbplus, issue #19's sixteenth
    round)."""
    left = int(head.left_edge.i)
    index = int(head.i)
    mark = next((t.i for t in reversed(head.doc[left:first]) if closing_mark(t) or _clause_word(t)
                 or "\n" in t.text_with_ws or _antecedent_word(t)), None)
    if mark is not None:
        left = mark + 1
    while left < index and (head.doc[left].is_punct or head.doc[left].is_space):
        left += 1
    if index - left > MAX_SOURCE_TOKENS or head.tag_ == "PRP":
        return min(first, index)
    return min(first, left)


_CLAUSE_POS = frozenset({"SCONJ", "AUX"})
"""Words that open a clause: none is part of a speaker's noun phrase, where the parse hung a clause on the subject's
left ('…, even as cases are spiking and medical experts warn': the experts; NeuS train 487, issue #19's twelfth
round); nor is an 'and' joining verbs there (one joining adjectives is: 'A tired and angry Ana Ruiz')."""


_SUMS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def _antecedent_word(token: Token) -> bool:
    """A word of the noun a clause with no 'that' tells about, which the parse glued to the clause's subject: a
    sum ('the $3 billion most council members say they need': the members) or a common noun right before an
    adjective or a determiner ('the lowest figure local Democrats have said they would accept'; NeuS train 1518,
    issue #19's eighteenth round)."""
    if token.ent_type_ in _SUMS:
        return token.head.ent_type_ not in _SUMS  # not the count of a share ('74 percent of voters')
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (token.tag_ in ("NN", "NNS") and after is not None and after.pos_ in ("ADJ", "DET")
            and _reduced_relative(token.head))


def _reduced_relative(head: Token) -> bool:
    """The head is the subject of a relative clause with no 'that' that the parse hung elsewhere: no verb's
    subject, and followed by the auxiliary or the verb of a conjunct with no subject of its own ('far from the
    lowest figure local Democrats | have said')."""
    if head.dep_ in ("nsubj", "nsubjpass") or head.i + 1 >= len(head.doc):
        return False
    after = head.doc[head.i + 1]
    verb = after.head if after.dep_ in ("aux", "neg", "advmod") else after
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and not any(
        child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _clause_word(token: Token) -> bool:
    return token.pos_ in _CLAUSE_POS or (token.pos_ == "CCONJ" and token.head.pos_ in ("VERB", "AUX"))
