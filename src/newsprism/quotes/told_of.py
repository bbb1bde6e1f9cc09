"""The speaker of a quotation that is the noun a relative clause tells of: 'X pointed to the “sunny outlook” the
ministry had painted …, in explaining why he doubted it'. The parse hangs the cue ('explaining') below the relative
clause, so the climb from it found the clause's subject (the ministry, whom X's words are aimed at); the words are
the subject's of the verb the noun hangs from (AllSides crawled roundup 5772, E23's honest reading of issue #19)."""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.quotes.cues import Token
from newsprism.quotes.ranges import Range, inside

_SUBJECTS = ("nsubj", "nsubjpass")
GOVERNING_STEPS = 3
"""How many heads are climbed from the quoted noun to the verb it hangs from ('pointed to the …': pobj, then prep
needs 2). Taken from the climb of cue_subjects.CLIMB_STEPS (3, calibrated on PolNeAR train), not tuned here."""


def main_clause_subject(head: Token, cue: Token, paragraph_start: int, quotes: Sequence[Range]) -> Token:
    """``head`` unless it is the subject of a relative clause (not the cue itself) whose noun lies in a quotation;
    then the subject of the verb that noun hangs from, when it has one."""
    clause = head.head
    if head.dep_ not in _SUBJECTS or clause.dep_ != "relcl" or clause is cue or clause.head.i > clause.i:
        return head
    noun = clause.head
    if not inside(paragraph_start + noun.idx, quotes):
        return head
    verb = noun.head
    for _ in range(GOVERNING_STEPS):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    own = [child for child in verb.children if child.dep_ in _SUBJECTS and child.i < noun.i]
    return own[0] if verb.pos_ in ("VERB", "AUX") and own else head
