"""Who speaks for an attribution cue: the candidates for the token that names the speaker, read from spaCy's parse
(the cue verb's subject, the verb it hangs below, an 'as saying' object, a 'by' agent, 'according to''s object).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from newsprism.quotes.cues import CUE_FORMS, Token, closing_mark, is_cue, noun_before_opening, verb_forms

_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj", "pobj")
RELATIVE = frozenset({"which", "who", "that"})
"""A relative pronoun as the cue's subject stands for the noun before it ("the coast guard, which said ..." -> the
coast guard); the small model parses such a clause as relcl or advcl, so the noun is found by position."""

CLIMB = ("conj", "advcl", "xcomp", "pcomp", "prep")
"""Where a cue with no subject of its own hangs below the verb whose subject speaks ('X shot back, adding',
'X deflected questions before saying', 'X seemed ready, telling the crowd')."""
CLIMB_STEPS = 3
"""How many heads are climbed from such a cue ('before saying' needs 2: pcomp, then prep). Calibrated on three
150-article PolNeAR train samples (speaker accuracy on samples A / B / C): 0.958 / 0.957 / 0.966 without climbing,
0.955 / 0.960 / 0.967 at 1, 0.956 / 0.963 / 0.967 at 2, 0.958 / 0.963 / 0.967 at 3 and at 4."""


def subjects(cue: Token) -> list[Token]:
    """The candidates (best first) for the token that names who speaks: the cue verb's subjects, nearest first
    (a quotation before 'said' may hold a subject of its own), else those of the verb it hangs below, else the
    noun a participle describes ('Romney, the nominee, tweeted in response:'), or the object of 'according to'."""
    if cue.lower_ == "according":
        return [data_source(_placed_person(c)) for c in cue.doc[cue.i + 1].children if c.dep_ == "pobj"]
    if cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].ent_type_ == "PERSON":
        return [cue.doc[cue.i - 1]]  # 'footage of Ana Ruiz asking, “…”': the person named right before speaks
    if _passive(cue):
        return _agents(cue)  # 'X was described as “…”', 'X was told that …': X hears or is spoken of
    before = noun_before_opening(cue)
    if before is not None and not any(c.dep_ in _SUBJECTS for c in cue.children):
        return [before]
    inverted = _inverted_subject(cue)
    if inverted is not None:
        return [inverted]
    relative = _reduced_relative_subject(cue) or _detached_participle_subject(cue)
    if relative is not None:
        return [relative]
    token = below = cue
    for _ in range(CLIMB_STEPS + 1):
        quoted = _quoted_as(token, below)
        if quoted:
            return quoted
        if token is not cue and token.dep_ == "ccomp" and token.head.i < token.i and (
                is_cue(token.head) or _on_reported_clause(cue, below)):
            token = token.head  # 'X said [it was early] but added': the cue hangs below what X said
        own = _named_first(sorted((c for c in token.children if c.dep_ in _SUBJECTS), key=lambda c: abs(c.i - cue.i)))
        if own:
            return [_antecedent(c) if c.lower_ in RELATIVE else c for c in own]
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and token is cue:
            if token.head.dep_ not in _OBJECTS or _quoted_saying(token.head):
                return [token.head]
            token = token.head  # 'X issued a statement saying': X speaks, not the statement
        if token.dep_ not in (*CLIMB, *_OBJECTS) or token.head is token:
            return []
        below, token = token, _outside_dashes(token.head, token)
    return []



def _on_reported_clause(cue: Token, below: Token) -> bool:
    """The cue is a participle the parse hangs on the verb of a clause another verb reports ('X indicated that the
    rights of workers will be respected, insisting that …'): the one who reports insists, not the reported clause's
    subject (AllSides 5777, read in issue #19's twenty-third round's honest check: 'the rights' spoke). Only when
    that verb has a subject of its own (a PolNeAR dev sentence the parse read with a name as its verb lost its
    quotation in this rule's flip audit). Only a participle set off by a comma or a dash: one right after a noun has
    that noun for its subject ('believes it began in a lab despite the agency saying that is unlikely': the agency
    says so, not the believer; NeuS train 723, read in the lead's audit)."""
    outer = cue.head.head
    set_off = cue.i > 0 and cue.doc[cue.i - 1].text in (",", "-", "\u2013", "\u2014")
    return below is cue and set_off and cue.tag_ == "VBG" and cue.dep_ == "advcl" and outer.pos_ in (
        "VERB", "AUX") and any(child.dep_ in _SUBJECTS for child in outer.children)


_CLOSING_MARKS = frozenset({"”", "\"", "''"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_BEFORE_VERB = frozenset({"aux", "neg", "advmod"})


def _reduced_relative_subject(cue: Token) -> Token | None:
    """The noun right before a cue that has no subject of its own, with only its auxiliaries and adverbs between:
    the subject of a relative clause with no 'that' ('the lowest sum union leaders have said they would take': the
    leaders), which the parse hangs on the main verb as a conjunct so that its subject spoke (NeuS train 1518,
    issue #19's eighteenth round). A finite cue or one with its auxiliary only, not a participle ('a letter from the
    mayor saying'), and no date or time ('said Monday' is no subject)."""
    if cue.dep_ != "conj" or any(c.dep_ in (*_SUBJECTS, "cc") for c in cue.children) or not (
            cue.tag_ in _FINITE or any(c.dep_ == "aux" for c in cue.children)):
        return None
    before = cue.i - 1
    while before >= cue.sent.start and cue.doc[before].head.i == cue.i and cue.doc[before].dep_ in _BEFORE_VERB:
        before -= 1
    noun = cue.doc[before] if before >= cue.sent.start else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME") or any(
            t.is_quote for t in cue.doc[noun.i:cue.i]):
        return None
    return noun


def _detached_participle_subject(cue: Token) -> Token | None:
    """The first person or body named as a subject in the sentence before a participle cue set off by a dash or a
    comma that the parse gave a common noun for subject, with no auxiliary (a participle has no subject of its
    own: 'Ana Ruiz slammed the rivals' stance as “odd” — warning that “…”', where the parse, taking 'slammed' for an
    adjective, made 'stance' the subject of 'warning'; AllSides crawled 5979, read in issue #19's twenty-seventh
    round's final honest reading: three quotations credited to 'posture')."""
    own = [c for c in cue.children if c.dep_ in _SUBJECTS]
    if cue.tag_ != "VBG" or cue.i == 0 or cue.doc[cue.i - 1].text not in (*_DASH_TOKENS, ",") or len(own) != 1 \
            or own[0].pos_ != "NOUN" or own[0].ent_type_ or any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        return None
    return next((t for t in cue.doc[cue.sent.start:own[0].i] if t.dep_ in _SUBJECTS
                 and t.ent_type_ in ("PERSON", "ORG")), None)


def _inverted_subject(cue: Token) -> Token | None:
    """The name right after a cue that follows a quotation's closing mark and has no subject, which the parse
    took for its object ('“…?” asked Ana Ruiz after the clips': Ruiz asks, no one is asked; NeuS train 723, issue
    #19's thirteenth round, found on its check half): a person's name only (a description there, 'added an aunt of
    Kade's, Nina Ode', goes on to the name in apposition by the parse's other readings)."""
    if cue.i == 0 or cue.lower_ not in CUE_FORMS or cue.doc[cue.i - 1].text not in _CLOSING_MARKS or any(
            c.dep_ in _SUBJECTS for c in cue.children):
        return None
    after = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1), None)
    return after if after is not None and after.pos_ == "PROPN" and after.ent_type_ == "PERSON" else None


def _named_first(own: list[Token]) -> list[Token]:
    """A verb's subject that is a common noun with a person's name before it, no quotation mark nor verb between
    and a preposition tying them ('“…,” officer Ana Ruiz with the Lumo, Kan., police department said', where the
    state's commas made 'department' the subject and the name a subject too or an object inside the quotation;
    gun-violence incident 518436, issue #19): the person first."""
    if not own or own[0].pos_ != "NOUN":
        return own
    doc, subject = own[0].doc, own[0]
    between: list[Token] = []
    for token in reversed(doc[max(0, subject.i - TIED_REACH):subject.i]):
        if (token.is_quote and token.dep_ != "case") or token.tag_.startswith("VB") or token.is_sent_start:
            return own
        if token.ent_type_ == "PERSON" and any(t.lower_ in _TIES for t in between) and _after_quotation(token):
            return [token, *(c for c in own if c is not token)]
        between.append(token)
    return own


def _after_quotation(name: Token) -> bool:
    """The name, with the title words before it, comes right after a quotation's closing mark ('“…,” officer Ana
    Ruiz'): a source written after the quoted words, not a name inside reported words."""
    for token in reversed(name.doc[max(0, name.i - TIED_REACH):name.i]):
        if closing_mark(token):
            return True
        if token.is_punct or not (token.ent_type_ == "PERSON" or token.pos_ in ("NOUN", "PROPN", "ADJ")):
            return False
    return False


_TIES = frozenset({"with", "of", "from", "for", "at"})
"""Prepositions between a person and the body they speak for ('Ana Ruiz with the Lumo police department')."""
TIED_REACH = 14
"""Most tokens looked back from such a subject for the person ('Morgan | with the Lumo City , Kan. , police
department': 9); set by hand for a town, its state and the body's words."""


QUOTING_FORMS = frozenset(verb_forms("quote") | verb_forms("cite"))
"""Verbs whose object is the speaker of the words an 'as saying' phrase reports ('The paper quotes Ana Ruiz as
saying ...'): the verb's subject only relays them."""


def _quoted_as(verb: Token, below: Token) -> list[Token]:
    """The object of a quoting verb reached from a cue through its 'as' phrase ('quoted | Ana Ruiz | as | saying'),
    else nothing."""
    if verb.lower_ not in QUOTING_FORMS or below.dep_ != "prep" or below.lower_ != "as":
        return []
    return [child for child in verb.children if child.dep_ == "dobj"]


def _quoted_saying(noun: Token) -> bool:
    """The noun a participle describes is the object of a quoting verb ('The magazine quoted a senior health
    official saying that …'): the one quoted speaks, as in 'quoted X as saying'; the verb's subject only relays the
    words (AllSides 5992, read in E30's seed-111 honest reading: the magazine was credited)."""
    return noun.dep_ == "dobj" and noun.head.lower_ in QUOTING_FORMS


def _placed_person(head: Token) -> Token:
    """The name in apposition to a place that opens the phrase, not itself a place ('according to Russell County,
    Alabama, Sheriff Ana Ruiz': Ruiz, whose title the place qualifies), else the head itself."""
    if head.ent_type_ not in ("GPE", "LOC"):
        return head
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ in ("PERSON", "")), head)


DATA_NOUNS = frozenset({"data", "figures", "statistics", "numbers", "records", "estimate", "estimates", "count",
                        "tally", "analysis", "documents", "report", "survey", "poll", "study", "release", "statement",
                        "announcement", "letter", "filing", "memo"})
"""What a body releases that 'according to' may cite ('according to data released by the Lumo Police Department'):
the body is the source, not the data (issue #19's known wrong kinds; the statement nouns: 'according to a statement
from the Navy', NeuS train 647, issue #19's thirteenth round; 'according to an early estimate released by the Lumo
Treasury': NeuS train 1036, the eighteenth)."""
_RELEASED_BY = frozenset({"by", "from"})


def data_source(head: Token) -> Token:
    """The body that released the data 'according to' cites: a possessor ('the FBI's figures'), a 'from' or 'by'
    phrase after the noun or after the participle that follows it ('data released by X', 'figures from X'); else
    the head itself."""
    if head.lower_ not in DATA_NOUNS:
        return head
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ != "DATE"), None)
    if owner is not None:
        return owner
    for holder in (head, *(c for c in head.children if c.dep_ == "acl")):
        for prep in holder.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in _RELEASED_BY:
                named = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if named is not None:
                    return named
    return head


def _passive(verb: Token) -> bool:
    """A participle in the passive: with a passive subject or auxiliary, or a reduced relative with a 'by' phrase
    ('the girl described as “smart” by her family'; not 'Ana Ruiz, the treasurer, tweeted', which the parse may
    also hang on the name)."""
    passive = ("nsubjpass", "auxpass", "agent") if verb.dep_ == "acl" else ("nsubjpass", "auxpass")
    return verb.tag_ == "VBN" and any(child.dep_ in passive for child in verb.children)


def _agents(verb: Token) -> list[Token]:
    """Who speaks for a cue in the passive: its 'by' phrase ('was told by police that …'), else no one."""
    return [named for by in verb.children if by.dep_ == "agent" for named in by.children if named.dep_ == "pobj"]


_DASH_TOKENS = frozenset({"-", "--", "–", "—", "―"})


def _outside_dashes(head: Token, child: Token) -> Token:
    """``head``, or the verb above it when ``head`` lies in an aside between two dashes that closes before
    ``child`` ('marched around the stadium - where the Panthers played - while chanting': the marchers chant, the
    parse hangs 'chanting' below 'played')."""
    sent = child.sent
    dashes = [i for i in _doc_dashes(child.doc) if sent.start <= i < sent.end]
    while head.head.i != head.i and any(first < head.i < second < child.i
                                        for first, second in pairwise(dashes)):
        head = head.head
    return head


def _doc_dashes(doc: Any) -> list[int]:
    """The indexes of a Doc's dash tokens, found once per Doc (kept in its ``user_data``) instead of reading the
    sentence token by token at each step of each cue's climb (issue #20, big stories; surgical)."""
    found: list[int] | None = doc.user_data.get(_DASHES_KEY)
    if found is None:
        found = doc.user_data[_DASHES_KEY] = [t.i for t in doc if t.text in _DASH_TOKENS]
    return found


_DASHES_KEY = "newsprism.dashes"


def _antecedent(pronoun: Token) -> Token:
    """The nearest noun before a relative pronoun that is no date or time ('a note from his lawyer Monday morning
    that says': the lawyer; PolNeAR dev, issue #19's eleventh round), or the pronoun itself when the sentence has
    none. Of nouns joined by 'and' under one determiner, the first ('an Egyptian blogger and journalist, who added':
    one person, the blogger who spoke before; ECB+ train 30/ecbplus, issue #19's fifteenth round)."""
    before = [t for t in pronoun.doc[pronoun.sent.start:pronoun.i] if t.pos_ in ("NOUN", "PROPN")
              and t.ent_type_ not in ("DATE", "TIME")]
    if not before:
        return pronoun
    noun = before[-1]
    shared = noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and not any(
        child.dep_ in ("det", "poss") for child in noun.children)
    return noun.head if shared else noun
