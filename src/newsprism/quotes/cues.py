"""Attribution cues (said, told, according to, ...) and the words that name who speaks, read from spaCy's parse.

The pipeline runs without spaCy's lemmatizer, so cue verbs are matched by their written forms.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from newsprism.quotes.idioms import writer_idiom

Token = Any
"""a ``spacy.tokens.Token``"""

_REGULAR = (
    "add", "state", "ask", "insist", "claim", "explain", "note", "declare", "argue", "warn", "recall", "tweet",
    "announce", "acknowledge", "suggest", "report", "conclude", "respond", "remark", "observe", "predict",
    "promise", "shout", "joke", "boast", "complain", "concede", "assert", "contend", "emphasize", "stress",
    "maintain", "reply", "testify", "allege", "confirm", "deny", "recount", "scoff", "quip", "vow", "pledge",
    "admit", "charge", "counter", "caution", "urge", "posit", "reiterate", "continue", "describe", "post",
    "exclaim", "agree", "lament", "mock", "muse", "opine", "yell", "whisper", "retort", "write", "tell", "say",
    "answer", "chant", "read", "interject", "pray",
)
_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "reply": ("replied",),
    "testify": ("testified",), "deny": ("denied",), "quip": ("quipped",), "admit": ("admitted",),
    "read": ("read",),
}
_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj", "pobj")
RELATIVE = frozenset({"which", "who", "that"})
"""A relative pronoun as the cue's subject stands for the noun before it ("the coast guard, which said ..." -> the
coast guard); the small model parses such a clause as relcl or advcl, so the noun is found by position."""
NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE")
"""Entity labels that can name a speaker."""
MAX_SOURCE_TOKENS = 8
"""Longest source phrase kept before a cue's subject (det, adjectives, compounds of one noun phrase); a longer
left edge is a misparse and the subject's head word alone is kept. Checked on PolNeAR train (400 articles):
speaker accuracy 0.926 at 4 and 8, 0.925 at 16."""


def verb_forms(verb: str) -> set[str]:
    """The written forms of a regular or listed irregular verb: 'say' -> say, says, said, saying."""
    stem = verb[:-1] if verb.endswith("e") else verb
    if verb.endswith("y") and verb[-2] not in "aeiou":
        inflected = {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    else:
        ending = "es" if verb.endswith(("s", "sh", "ch", "x")) else "s"
        inflected = {verb + ending, stem + "ed", stem + "ing"}
    return {verb, *inflected, *_IRREGULAR.get(verb, ())}


CUE_FORMS = frozenset(form for verb in _REGULAR for form in verb_forms(verb))
"""Every written form of the speech verbs that attribute a quotation."""


def is_cue(token: Token) -> bool:
    """A speech verb (by its form and a verbal tag, or as its sentence's root with a subject), or the 'according'
    of 'according to'."""
    if token.lower_ == "according":
        return bool(token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to")
    if token.lower_ not in CUE_FORMS or _goes_on(token) or writer_idiom(token):
        return False  # below: a cue the tagger took for a noun but the parse gives a subject ('…, the charges state.')
    return bool(token.tag_.startswith("VB")
                or (token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children)))


def _goes_on(token: Token) -> bool:
    """'continue' with an infinitive after it ('as the number of cases continues to rise'): no speech (NeuS train
    453, issue #19's eleventh round; '“…,” she continued' stays a cue)."""
    return token.lower_.startswith("continu") and any(child.dep_ == "xcomp" for child in token.children)


def cue_span(token: Token) -> tuple[int, int]:
    """(start, end) character offsets within the doc of the cue's words: 'according to', 'has said'."""
    if token.lower_ == "according":
        return token.idx, token.doc[token.i + 1].idx + len(token.doc[token.i + 1])
    first = min([token, *(c for c in token.children if c.dep_ in ("aux", "auxpass", "neg"))], key=lambda t: t.i)
    if first.i < token.i - 3:
        first = token
    return first.idx, token.idx + len(token)


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
    inverted = _inverted_subject(cue)
    if inverted is not None:
        return [inverted]
    token = below = cue
    for _ in range(CLIMB_STEPS + 1):
        quoted = _quoted_as(token, below)
        if quoted:
            return quoted
        if token is not cue and token.dep_ == "ccomp" and is_cue(token.head) and token.head.i < token.i:
            token = token.head  # 'X said [it was early] but added': the cue hangs below what X said
        own = _named_first(sorted((c for c in token.children if c.dep_ in _SUBJECTS), key=lambda c: abs(c.i - cue.i)))
        if own:
            return [_antecedent(c) if c.lower_ in RELATIVE else c for c in own]
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and token is cue:
            if token.head.dep_ not in _OBJECTS:
                return [token.head]
            token = token.head  # 'X issued a statement saying': X speaks, not the statement
        if token.dep_ not in (*CLIMB, *_OBJECTS) or token.head is token:
            return []
        below, token = token, _outside_dashes(token.head, token)
    return []


_CLOSING_MARKS = frozenset({"”", "\"", "''"})


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


def _closing(token: Token) -> bool:
    """A quotation's closing mark after its last words' comma or stop ('… other,”'), not a title's mark inside a
    noun phrase ('his “Lumo” radio program') nor a possessive's apostrophe."""
    return token.is_quote and token.dep_ != "case" and token.i > 0 and token.doc[token.i - 1].text in _CLOSING_STOPS


_CLOSING_STOPS = frozenset({",", ".", "!", "?"})


def _after_quotation(name: Token) -> bool:
    """The name, with the title words before it, comes right after a quotation's closing mark ('“…,” officer Ana
    Ruiz'): a source written after the quoted words, not a name inside reported words."""
    for token in reversed(name.doc[max(0, name.i - TIED_REACH):name.i]):
        if _closing(token):
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


def _placed_person(head: Token) -> Token:
    """The name in apposition to a place that opens the phrase, not itself a place ('according to Russell County,
    Alabama, Sheriff Ana Ruiz': Ruiz, whose title the place qualifies), else the head itself."""
    if head.ent_type_ not in ("GPE", "LOC"):
        return head
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ in ("PERSON", "")), head)


DATA_NOUNS = frozenset({"data", "figures", "statistics", "numbers", "records", "estimates", "count", "tally",
                        "analysis", "documents", "report", "survey", "poll", "study", "release", "statement",
                        "announcement", "letter", "filing", "memo"})
"""What a body releases that 'according to' may cite ('according to data released by the Lumo Police Department'):
the body is the source, not the data (issue #19's known wrong kinds; the statement nouns: 'according to a statement
from the Navy', NeuS train 647, issue #19's thirteenth round)."""
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


PARTITIVES = frozenset({"one", "two", "three", "some", "several", "many", "most", "each", "none", "both", "all",
                        "any", "either", "neither", "few"})
"""Head words of a source that only counts the people its 'of' phrase names ('one of the two friends', 'some of
the residents'): the phrase is kept whole."""


GROUP_PART_HEADS = frozenset({"head", "member", "members"})
"""Head words of a source that say nothing until their 'of' phrase names the group ('the head of a team of experts',
'a member of the board'): the phrase is kept whole, as a partitive's (NeuS train 723, issue #19's fourteenth
round: 'according to the head' was all the source kept)."""
_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def _of_phrase_last(of: Token) -> Token:
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
            last = _of_phrase_last(of)
            if last.i - head.i <= MAX_SOURCE_TOKENS:
                return int(last.idx + len(last))
    return _hyphened_end(head)


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
    mark = next((t.i for t in reversed(head.doc[left:first]) if _closing(t) or _clause_word(t)
                 or "\n" in t.text_with_ws), None)
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


def _clause_word(token: Token) -> bool:
    return token.pos_ in _CLAUSE_POS or (token.pos_ == "CCONJ" and token.head.pos_ in ("VERB", "AUX"))


def cues_in(tokens: Iterable[Token]) -> list[Token]:
    return [token for token in tokens if is_cue(token)]
