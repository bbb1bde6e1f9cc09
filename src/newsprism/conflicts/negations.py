"""The negation slot of two sentences that say the same thing: one negates a verb the other states plainly ('did not
pay the fine' / 'paid the fine'), told apart from a negation made another way ('failed to reach'), a negation of
another thing ('the plans have not been confirmed' / 'confirmed reports that ...') and a time ('not until May')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsprism.conflicts.slots import Disagreement, same_stem, words
from newsprism.lexicon import AUXILIARIES, HEDGES, NEGATION, STOP
from newsprism.values import Negation, read, same_verb

DENIAL = re.compile(r"\b(?:fail(?:s|ed)?\s+to|den(?:y|ies|ied)|refus(?:e|es|ed)|reject(?:s|ed)?|lack(?:s|ed)?|"
                    r"declin(?:e|es|ed)\s+to|unable|unlikely|without|neither|nor|absent)\b", re.I)
"""Words that carry a negation without a 'not': 'failed to reach' restates 'did not reach'."""
DO_SUPPORT = frozenset({"do", "does", "did"})
"""Auxiliaries a negation brings in ('paid' → 'did not pay'): such a flip is the slot 'aux-negation'."""


def negation_flips(a: str, b: str) -> Iterator[Disagreement]:
    """One sentence negates a verb the other states plainly, with the word after it ('did not pay the fine' /
    'paid the fine'); a sentence that negates in another way ('suffered no damage', 'failed to reach') is no
    flip, and two different groups ('some who worked' / 'others who did not work for her board') are not."""
    na, nb = read(a).negations, read(b).negations
    extra_a = [n for n in na if not any(same_verb(n.verb, m.verb) for m in nb)]
    extra_b = [m for m in nb if not any(same_verb(m.verb, n.verb) for n in na)]
    if bool(extra_a) == bool(extra_b):
        return  # a negation both sentences make ('the good times aren't over') is no flip
    negated, plain, shared, flipped = (extra_a, b, nb, False) if extra_a else (extra_b, a, na, True)
    plain_words, text = words(plain), a if extra_a else b
    if _denies(plain, negated) or _negates_otherwise(plain, shared) or RUMOURED.search(plain):
        return  # 'was not damaged' / 'suffered no damage', 'did not reach' / 'failed to reach'
    for negation in (n for n in negated if n.verb.lower() not in TIME_LIMITS):
        patient = passive_subject(text, negation)
        if any(same_verb(negation.verb, w) for w in plain_words) and (
                not negation.following or any(same_stem(negation.following, w) for w in plain_words)) and (
                not patient or any(same_stem(patient, w) for w in plain_words)):
            claim = (f"not {negation.verb}", negation.verb)
            yield Disagreement("negation", *(claim[::-1] if flipped else claim), f"whether '{negation.verb}'",
                               _negation_slot(negation, plain))
            return


BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
"""A 'be' the negation joins ('was not approved', 'have not been confirmed'): the verb after it is passive."""
SUBJECT_BREAK = re.compile(r"[,;:()\"“”—–]|\s-\s|\b(?:and|but|although|though|while|because|as|if|when|that|which|"
                           r"who)\b", re.I)
"""Where a negated verb's subject clause opens ('..., though the scheme was not approved')."""


def passive_subject(text: str, negation: Negation) -> str:
    """The content word a passive negation is said of: its subject ('the scheme was not approved' → 'scheme');
    '' when the verb is active or its subject is a pronoun. The plain sentence must name it too for a flip:
    'approved accounts that she is weighing a run' / 'the scheme has not been approved' state and deny the approving
    of two things (NeuS train 321, an h18audit look-alike; tests/conflicts/test_negation_subject.py)."""
    passive = negation.auxiliary.lower() in BE or bool(BE & set(words(text[negation.start:negation.end])))
    if not passive or negation.verb.lower().endswith("ing"):
        return ""
    subject = [w for w in words(SUBJECT_BREAK.split(text[:negation.start])[-1])
               if w not in AUXILIARIES and w not in HEDGES]
    return subject[-1] if subject and subject[-1] not in STOP and len(subject[-1]) > 2 else ""


TIME_LIMITS = frozenset({"until", "till", "before"})
"""Words a 'not' joins to say when ('it was not until May that the family revealed it'): a time, no negation of the
fact (ECB+ 28/ecb, a check story of round 13, read after the rules were final)."""
RUMOURED = re.compile(r"\b(?:rumou?r(?:s|ed)?|speculat(?:ed|ion)|suspect(?:s|ed)?|believed|thought|alleged)"
                      r"(?:\s+\w+){0,3}?\s+(?:to\s+(?:be|have)|of\s+being|that)\b", re.I)
"""A plain sentence that only reports a rumour or a suspicion ('was among those rumored over the years to be the
secret source', 'dismissed rumors that he was the source') asserts nothing a negation ('insisted he was not the
source') contradicts (ECB+ 28/ecbplus, round 13)."""


def _denies(plain: str, negated: list[Negation]) -> bool:
    """The plain sentence carries a negation in a verb ('failed to reach'), other than the negated verb itself
    ('denied' / 'did not deny' is a flip)."""
    return any(not any(same_verb(n.verb, m.group(0).split()[0]) for n in negated) for m in DENIAL.finditer(plain))


def _negates_otherwise(plain: str, shared: tuple[Negation, ...]) -> bool:
    """A negation word in the plain sentence outside the negations both sentences make ('suffered no damage')."""
    spans = [(n.start, n.end) for n in shared]
    return any(not any(s <= m.start() < e for s, e in spans)
               for m in re.finditer(r"\b(?:" + "|".join(NEGATION) + r")\b|n['’]t\b", plain, re.I))


def _negation_slot(negation: Negation, plain: str) -> str:
    """'aux-negation' when the negation brings its own auxiliary or adverb ('did not pay', 'never paid', 'no
    longer pays'), 'negation' when it joins an auxiliary the plain sentence has too ('has paid' / 'has not paid',
    'does come' / 'does not come')."""
    if negation.auxiliary and re.search(rf"\b{negation.auxiliary}\s+(?:\w+\s+)?{negation.verb}\b", plain, re.I):
        return "negation"
    return "aux-negation" if negation.auxiliary in DO_SUPPORT or negation.cue in ("never", "no longer") \
        else "negation"
