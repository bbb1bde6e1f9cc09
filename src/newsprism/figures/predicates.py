"""The predicates of death and injury on the spaCy parse, and their victims: 'was shot and killed', 'died', 'was
pronounced dead', 'was taken to a hospital with gunshot wounds', 'is in critical condition'; the passive or
intransitive subject, the object of an active 'killed' / 'shot', the noun a relative clause hangs on
(:mod:`.victims` counts them one by one)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsprism.figures.shooter import SUICIDE
from newsprism.lexicon import ONE_PERSON_NOUNS, SUBJECT_PRONOUNS
from newsprism.values.polarity import base_form


def forms(words: str) -> frozenset[str]:
    return frozenset(base_form(w) for w in words.split())


KILL_VERBS = forms("kill killed kills killing die died dies dying slay slain slew murder murdered")
"""Base forms (:func:`newsprism.values.polarity.base_form`: the parse has no lemmatizer) of a verb whose victim
died."""
HURT_VERBS = forms("wound wounded injure injured hurt hospitalize hospitalized hospitalised")
"""Base forms of a verb whose victim was injured."""
SHOT_VERBS = forms("shoot shot shooting struck strike hit graze grazed")
"""Base forms of a verb whose victim was shot ('struck by gunfire'): injured unless also killed."""
FATAL = frozenset({"fatally", "mortally", "dead", "death"})
"""Words that make a shot fatal ('fatally shot', 'shot dead', 'shot to death', 'pronounced dead')."""
NEARLY = frozenset({"nearly", "almost"})
"""'was nearly killed': hurt, not dead (sample2 incident read)."""
DEATH_PARTICLES = {"pass": "away"}
"""Phrasal verbs of death, base form → its particle ('passed away': sample3 incident read)."""
CARRY_VERBS = forms("take taken transported rushed airlifted flown treated admitted suffered sustained listed "
                     "remains remained leaves left brought driven")
"""Verbs whose victim was injured when 'wounds' / 'injuries' / 'hospital' / 'condition' stand with them ('was taken
to a hospital with gunshot wounds', 'suffered injuries', 'is listed in stable condition')."""
FOUND_DEAD = forms("pronounced found is was")
"""Verbs that state a death with 'dead' ('was pronounced dead', 'was found dead', 'is dead')."""
CONDITIONS = frozenset({"critical", "serious", "stable", "fair", "good", "grave"})
"""A hospital's words for a patient's condition ('is in critical condition'): the one in it was hurt."""
INJURY_WORDS = frozenset({"wound", "wounds", "injury", "injuries", "hospital", "condition", "gunshot"})
"""Words that make a carrying or suffering verb an injury ('taken to a hospital', 'left with injuries')."""
PERSON_NOUNS = ONE_PERSON_NOUNS | {"old", "security"}
"""Singular nouns that name one victim: the lexicon's ('a man', 'his brother', 'a deputy'), and the parse's heads
of 'the 6-year-old' ('old') and 'a security guard'."""
INTRANSITIVE = frozenset({"died", "dies", "die", "dying"})
"""Forms of a death verb whose subject is its victim ('died'), unlike 'killed' / 'shot' (active: its object)."""
TRANSITIVE = KILL_VERBS | SHOT_VERBS | HURT_VERBS | forms("leaves left take took taken transported rushed airlifted "
                                                           "flew flown brought driven drove")
"""Verbs whose active object is the victim ('killing a man', 'left a teen with injuries', 'his grandparents rushed
him to the hospital' where a carrying verb reads as an injury: :data:`CARRY_VERBS`)."""
REFLEXIVE = frozenset({"himself", "herself", "themselves"})
"""'the boy shot himself', 'accidentally shot himself to death': the subject is the victim (not where the sentence
tells the shooter's own death after others': :data:`.shooter.SUICIDE`)."""
SUBJECTS = frozenset({"nsubjpass", "nsubj"})
HYPOTHETICAL = frozenset({"could", "would", "might", "may", "should", "not", "n't", "never"})
"""Auxiliaries and negations before which a predicate states no victim ('could have been killed', 'was not
hurt')."""


INTENDED = forms("attempt attempted attempting try tried trying threaten threatened threatening plan planned "
                 "planning want wanted intend intended going")
"""Verbs whose 'to kill' / 'to shoot' names an attempt or an intent, no victim ('attempted to kill a deputy',
'threatened to shoot her')."""


def measure_of(verb: Any) -> str | None:
    """'killed' / 'injured' for a predicate of death or injury (a stated one: not negated or hypothetical)."""
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None  # asked of every token of an article (issue #20: the tag first, no base form or children)
    lemma = base_form(verb.text)
    if lemma not in MEASURE_WORDS or any(c.lower_ in HYPOTHETICAL for c in verb.children):
        return None
    if verb.dep_ == "xcomp" and base_form(verb.head.text) in INTENDED:
        return None  # 'attempted to kill Deputy X': an attempt, no victim (residue 2 read)
    near = {c.lower_ for c in verb.subtree if c.i <= verb.i + 6}
    if lemma in KILL_VERBS and {c.lower_ for c in verb.children} & NEARLY:
        return "injured"
    if lemma in KILL_VERBS or (lemma in SHOT_VERBS | HURT_VERBS and near & FATAL) or any(
            c.dep_ in ("prt", "advmod") and c.lower_ == DEATH_PARTICLES.get(lemma) for c in verb.children):
        return "killed"
    if lemma in BLOW_VERBS and _struck_by_a_person(verb):
        return None  # 'Phillips then struck her 5-year-old sister': a blow, no gunshot (dev residue 10 read)
    if lemma in FOUND_DEAD:
        return "killed" if {c.lower_ for c in verb.children} & FATAL else "injured" if _in_condition(verb) else None
    if lemma in HURT_VERBS or (lemma in SHOT_VERBS and lemma != "hit") or (
            lemma in CARRY_VERBS and {c.lower_ for c in verb.subtree} & INJURY_WORDS):
        return "injured"
    return None


BLOW_VERBS = forms("strike struck")
"""Verbs of a shot when a bullet or gunfire strikes ('the bullet struck Caleb', 'struck by gunfire') and of a blow when
a person does ('he struck her sister with a closed fist')."""
MEASURE_WORDS = (KILL_VERBS | HURT_VERBS | SHOT_VERBS | FOUND_DEAD | CARRY_VERBS | BLOW_VERBS
                 | frozenset(DEATH_PARTICLES))
"""The base forms :func:`measure_of` reads: a predicate of none of them measures nothing."""


def _struck_by_a_person(verb: Any) -> bool:
    """The active subject of 'struck' is a person (a name, whatever the parse tags it, a person noun or a pronoun of
    people)."""
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in PERSON_NOUNS
                                      or c.lower_ in SUBJECT_PRONOUNS - {"it"}) for c in verb.children)


def _in_condition(verb: Any) -> bool:
    """'is in critical condition', 'was in stable condition after shooting himself': the subject is hurt."""
    return any(c.lower_ == "in" and any(o.lower_ in ("condition", "conditions") and {a.lower_ for a in o.children}
                                        & CONDITIONS for o in c.children) for c in verb.children)


def victims_of_verb(verb: Any) -> Iterator[Any]:
    """The victims of a predicate: its passive/intransitive subject (shared along 'and'), the object of an active
    'killed'/'shot', the noun a 'who'/'that' clause hangs on."""
    head = verb
    while head.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in head.children):
        head = head.head
    if head.dep_ == "acl" and not any(c.dep_ in SUBJECTS for c in head.children):
        yield from with_conjuncts(head.head)  # 'a teenage boy shot and killed Monday'
        return
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children) or not (
        base_form(verb.text) in TRANSITIVE and verb.lower_ not in INTRANSITIVE)
    for child in head.children:
        if child.dep_ in SUBJECTS and (child.dep_ == "nsubjpass" or passive):
            yield from with_conjuncts(head.head if child.lower_ in ("who", "that") and head.dep_ == "relcl"
                                       else child)
    if not passive:
        for child in verb.children:
            if child.dep_ == "dobj" and child.lower_ in REFLEXIVE and not SUICIDE.search(verb.sent.text):
                yield from (c for c in head.children if c.dep_ == "nsubj")  # 'the boy shot himself'
            elif child.dep_ == "dobj":
                yield from with_conjuncts(child)


NONE_OF = frozenset({"neither", "no", "nor"})
"""Words that make a subject no one: 'Neither the cyclist or her friend was hurt' (residue 5 read)."""


def with_conjuncts(noun: Any) -> Iterator[Any]:
    """'a man and a woman were shot': each of them; none where they are denied ('neither ... nor ...')."""
    if any(c.dep_ in ("preconj", "det") and c.lower_ in NONE_OF for c in noun.children):
        return
    yield noun
    yield from (c for c in noun.children if c.dep_ == "conj")
