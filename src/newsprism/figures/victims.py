"""Victims counted one by one: a story that states no count ('Ben Ode died soon after arriving at the hospital',
'the 7-year-old was shot in the leg', 'a 31-year-old man was wounded ... a 22-year-old woman was wounded') still
tells how many were killed and injured, by the people it describes.

Read on the spaCy parse (dependency heads): a predicate of death ('was shot and killed', 'died', 'was pronounced
dead', 'was fatally shot') or of injury ('was wounded', 'was taken to a hospital with gunshot wounds', 'suffered
non-life-threatening injuries', 'was shot') and its victim: the passive or intransitive subject, the object of an
active 'killed' / 'shot', the noun a relative clause hangs on ('a man who was shot'). A victim is one person: a
name, or a singular person noun ('a 24-year-old man', 'the victim', 'the boy'); plural and counted subjects are
left to the measures (:mod:`.measures`). Victims are one when they share a surname or an age ('a 24-year-old man'
/ 'Ode, 24'); undescribed ones ('the victim', 'he') are one of those already met. Someone killed is not also
counted injured; the shooter's own death ('the gunman was killed by police', 'the suspect died') is kept apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsprism.entities.variants import SUFFIXES
from newsprism.figures.another_event import recalls_earlier
from newsprism.figures.numbers import read_numbers
from newsprism.figures.predicates import (
    FATAL,
    HURT_VERBS,
    HYPOTHETICAL,
    INJURY_WORDS,
    KILL_VERBS,
    PERSON_NOUNS,
    SHOT_VERBS,
    TRANSITIVE,
    forms,
    measure_of,
    victims_of_verb,
)
from newsprism.lexicon import KIN, ORDINAL_WORDS, PEOPLE, ROLES
from newsprism.memo import per_article
from newsprism.nlp import ParsedArticle
from newsprism.values.polarity import base_form

ARREST_VERBS = forms("arrest arrested charge charged detain detained book booked question questioned")
"""Verbs whose subject is no victim: 'a fourth person has been arrested' numbers suspects, not victims."""
SOUGHT_VERBS = ARREST_VERBS | forms("search searching seek seeking sought look looking hunt hunting want wanted")
"""Verbs that number the people police look for, not victims: 'searching for a third person for questioning',
'a second man is wanted' (sample3 incident read: a third suspect read as a third victim)."""
SHOOTER_NOUNS = frozenset({"suspect", "gunman", "shooter", "attacker", "assailant", "robber", "perpetrator",
                           "intruder", "burglar", "killer"})
"""Nouns of the one who shot: his own death or wounds are kept apart from the victims'."""
ANOTHER = frozenset({"another", "second", "third", "fourth", "other"})
"""Words that make a described victim a new one ('another 16-year-old boy', 'a second man')."""
ORDINALS = {word: rank for word, rank in ORDINAL_WORDS.items() if 2 <= rank <= 10}
"""Ranks that number a victim ('a second man', 'the fourth victim'); 'first' numbers no more than one."""
VICTIM_NOUNS = frozenset({*PEOPLE} - {"relative", "customer", "patron", "family member"})
"""Nouns an ordinal numbers victims with ('a fifth victim', 'a third man'), not a role ('a second suspect')."""
HURT_WORDS = KILL_VERBS | HURT_VERBS | SHOT_VERBS | INJURY_WORDS | FATAL
"""Words that make a numbered person a victim ('a fifth person went to a hospital with a wound')."""
GENERIC_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PEOPLE = frozenset({*PEOPLE.values(), *KIN.values(), *ROLES.values()})
"""Plural person nouns: 'one of the teens'."""


SHOOTER_DEATH = "the shooter killed"
"""The key of :attr:`Victims.where` under which the shooter's own death is described."""


@dataclass(frozen=True)
class Where:
    """Offsets in the article's text of the words that describe a victim ('the 6-year-old was shot') and of
    their sentence."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass
class Victims:
    """The victims one article describes, by measure: keys are surnames, ages ('age 24') or '' for undescribed."""

    killed: set[str] = field(default_factory=set)
    hurt: set[str] = field(default_factory=set)
    shooters: set[str] = field(default_factory=set)
    shooter_hurt: set[str] = field(default_factory=set)
    """the measures of the shooter's own wounds the article describes ('the suspect was shot by police and taken
    to a hospital': injured): the archive counts a wounded shooter among the injured, as it counts a dead one
    among the killed (dev 380: 10 incidents with a wounded suspect, in 3 the only one hurt)"""
    named_ages: dict[str, str] = field(default_factory=dict)
    """surname → the age written next to it ('Ode, 24'), to join a name with 'a 24-year-old man'"""
    where: dict[str, Where] = field(default_factory=dict)
    """measure → where the article first describes a victim of it"""
    surnames: dict[str, str] = field(default_factory=dict)
    """first name → the surname written after it ('Justin Burns'), so that 'Justin was shot' and 'Burns died' are
    one victim"""
    names: set[str] = field(default_factory=set)
    """the words the parse tags as a person's name anywhere in the article: 'Cooper died' is a name where the
    parse tags it so in another sentence only (residue 5 read)"""
    ordinal: int = 0
    """the highest victim the article numbers ('a fourth victim', 'the third man'): at least that many were hurt"""

    def count(self, measure: str, story_killed: int = 0) -> int:
        """Distinct killed victims; or distinct injured ones, less those killed: an undescribed dead victim ('the
        victim died') is one of the injured unless they are told apart ('another 16-year-old'), and dead the
        other articles give beyond this one's may be among this one's injured (``story_killed``: the most dead
        any article of the story gives)."""
        killed = self.distinct(self.killed)
        if measure == "killed":
            return len(killed)
        hurt = self.distinct(self.hurt)
        if killed:
            hurt = hurt - killed - {""}
        if killed == {""}:
            hurt -= set(sorted(k for k in hurt if "#" not in k)[:1])
        if self.shooter_wounded() and hurt == {""}:
            hurt = set()  # 'the suspect was shot ... he is in stable condition': the undescribed one is he
        told_apart = {k for k in hurt if "#" in k}  # 'another man was wounded': never one of the dead
        surplus = max(0, story_killed - len(killed))
        injured = len(told_apart) + max(0, len(hurt - told_apart) - surplus) + self.shooter_wounded()
        return max(injured, self.ordinal - max(len(killed), story_killed))

    def shooter_killed(self) -> bool:
        """The article describes the shooter's own death ('the gunman killed in a police shooting')."""
        return SHOOTER_DEATH in self.where

    def shooter_wounded(self) -> int:
        """1 where the article describes the shooter wounded and not dead, else 0."""
        return int(self.shooter_hurt == {"injured"})

    def distinct(self, keys: set[str]) -> set[str]:
        """Ages that belong to a name become the name; '' (undescribed) only when nobody else is there."""
        present = keys | {self.surnames.get(k, k) for k in keys}  # an age is first of a name among these
        # ('Herndon, 16', the suspect, beside 'Paige Stalker' and 'the 16-year-old', the dead: residue 5 read)
        ages = {age: name for name, age in sorted(self.named_ages.items(), key=lambda item: item[0] in present)}
        def person(key: str) -> str:
            name = ages.get(self.surnames.get(key, key), self.surnames.get(key, key))
            return self.surnames.get(name, name)

        out = {person(k) for k in keys}
        return out - {""} if len(out) > 1 else out


@per_article  # an article's victims are read once per story (issue #20); nothing changes a Victims read
def victims_of(article: ParsedArticle) -> Victims:
    """Every victim the article describes one by one (see the module's description)."""
    found = Victims(names={_name(t) for paragraph in article.paragraphs for t in paragraph.doc
                           if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"})
    for paragraph in article.paragraphs:
        for token in (t for sentence in paragraph.doc.sents if not recalls_earlier(sentence.text)
                      for t in sentence):
            if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
                _note_age(token, found)
                _note_surname(token, found)
            _note_ordinal(token, found, paragraph.start)
            measure = measure_of(token)
            if measure is None:
                continue
            for victim in victims_of_verb(token):
                key, shooter = _key(victim, found.names)
                if key is None:
                    continue
                target = found.shooters if shooter else found.killed if measure == "killed" else found.hurt
                target.add(key)
                if shooter and (victim.dep_ == "nsubjpass" or measure == "killed"):
                    found.shooter_hurt.add(measure)  # 'the suspect was shot' (not 'believed he was shooting an
                    # intruder')
                if not shooter or measure == "injured":
                    found.where.setdefault(measure, _where(victim, token, paragraph.start))
                elif measure == "killed":
                    found.where.setdefault(SHOOTER_DEATH, _where(victim, token, paragraph.start))
    _join_lone_name(found)
    return found


def _note_surname(name: Any, found: Victims) -> None:
    """'Justin Burns': the first name of a name of two words or more leads to its surname."""
    nxt = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.pos_ == "PROPN" and name.ent_iob_ == "B":
        last = name.doc[name.i + 1]
        while last.i + 1 < len(name.doc) and name.doc[last.i + 1].ent_iob_ == "I":
            last = name.doc[last.i + 1]
        found.surnames.setdefault(name.lower_, _name(last))


def _note_ordinal(token: Any, found: Victims, offset: int) -> None:
    """'a fourth victim', 'the third man': the article describes at least that many victims."""
    rank = ORDINALS.get(token.lower_)
    head = token.head
    if rank is None or token.dep_ != "amod" or head.lower_ not in VICTIM_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in head.children) or _sought(head):
        return
    words = {t.lower_ for t in token.sent}
    if words & HYPOTHETICAL or (head.lower_ != "victim" and not {base_form(w) for w in words} & HURT_WORDS):
        return  # 'a third man who had trouble walking', 'the second child was not injured'
    if rank > found.ordinal:
        found.ordinal = rank
        found.where.setdefault("injured", _where(head, head, offset))


def _sought(noun: Any) -> bool:
    """The numbered person is one the police arrest or look for ('a fourth person has been arrested', 'searching
    for a third person for questioning'): the verb above the noun (through prepositions) or one in its own words."""
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "agent") and verb.head is not verb:
        verb = verb.head
    return base_form(verb.text) in SOUGHT_VERBS or any(base_form(t.text) in ARREST_VERBS for t in noun.subtree)


def _join_lone_name(found: Victims) -> None:
    """One name and one age the article never writes side by side ('a 16-year-old was killed' ... 'Ben
    Ode died'): one person, when the article describes no other name or age; else when no other among the
    dead, or among the hurt ('16-year-old Ana Ruiz was killed ... while Ruiz's mother ... was also shot'). A
    first name and the surname written after it are one name ('Caleb Harris was shot' ... 'struck Caleb, killing
    him' beside 'killed his 5-year-old brother': residue 7 read)."""
    for keys in (found.killed | found.hurt, found.killed, found.hurt):
        names = {found.surnames.get(k, k) for k in keys if k and not k.startswith(("age ", "#"))} - set(
            found.named_ages)
        owned = {age for name, age in found.named_ages.items() if name in keys or found.surnames.get(name) in keys}
        ages = {k for k in keys if k.startswith("age ") and "#" not in k} - owned
        if len(names) == 1 and len(ages) == 1:
            found.named_ages[next(iter(names))] = next(iter(ages))


def _where(victim: Any, verb: Any, offset: int) -> Where:
    first, last = min(victim.left_edge.i, verb.i), max(victim.i, verb.i)
    sentence = verb.sent
    start, end = victim.doc[first].idx, victim.doc[last].idx + len(victim.doc[last].text)
    return Where(offset + start, offset + end, offset + sentence.start_char, offset + sentence.end_char)


def _key(noun: Any, names: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, bool]:
    """A victim's key (surname, 'age N', '' for 'he' / 'the victim' / 'the boy'), and whether it is the
    shooter; None when the noun names no one person (plural, counted, no person). ``names``: the article's words
    of persons' names (a name the parse tags so elsewhere: 'Ode was treated ...')."""
    lower = noun.lower_
    if lower in GENERIC_PRONOUNS:
        return "", False
    if lower == "one" and (part := _one_of(noun)) is not None:
        return ("shooter", True) if part.rstrip("s") in SHOOTER_NOUNS else ("", False)
    if noun.pos_ == "PROPN" and _dateline(noun):
        return None, False
    if noun.pos_ == "PROPN" and (noun.ent_type_ == "PERSON" or _name(noun) in names):
        return _name(noun), False
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and (c.ent_type_ == "PERSON" or _name(c) in names)), None)
    if named is not None and noun.lower_ in PERSON_NOUNS:
        return _name(named), False  # "Ruiz's father, 44-year-old Ben Ode, was also shot": Ode
    lemma = noun.lower_
    if noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" and c.lower_ not in ("one", "1")
                                          for c in noun.children):
        return None, False
    if lemma in SHOOTER_NOUNS:
        return "shooter", True
    if lemma not in PERSON_NOUNS:
        return None, False
    age = next((_age(t.text) for t in noun.subtree if t.like_num and t.i < noun.i and _is_age(t)), None)
    shooters_other = noun.dep_ == "dobj" and base_form(noun.head.text) in TRANSITIVE
    other = any(c.lower_ in ANOTHER and not (shooters_other and c.lower_ in ("another", "other"))
                for c in noun.children) or _also_new(noun)  # 'a teen shot another teen': not a new victim
    if age is not None:
        return f"age {age}" + (f" #{noun.i}" if other else ""), False
    return (f"#{noun.i}" if other else ""), False


def _dateline(noun: Any) -> bool:
    """A capitalised place opening the sentence before a comma ('PORTVALE, Tx. (KPTV.com) – A deputy is in
    serious condition': residue 2 read, the parse took the dateline for the deputy's name): no victim."""
    return bool(noun.i == noun.sent.start and noun.text.isupper() and len(noun.text) > 2
                and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == ",")


def _also_new(noun: Any) -> bool:
    """'A woman was also killed': a person first named with 'a' and 'also' on the verb is one more victim, never
    one described before ('Officer X was shot and killed' ... 'A woman was also killed': two; residue 7 read);
    'the boy was also shot' may be one named before."""
    return noun.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in ("a", "an") for c in noun.children) and any(
        c.lower_ == "also" for c in noun.head.children)


def _name(token: Any) -> str:
    """A name's word as a key: a generation suffix stands for the word before it ('David Trahan Jr., 17': trahan)."""
    if token.lower_.rstrip(".") in SUFFIXES and token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN":
        return str(token.doc[token.i - 1].lower_)
    return str(token.lower_)


def _one_of(noun: Any) -> str | None:
    """'one of the teens' (subject of 'shot himself'): the people the one is of ('teens'); None when 'one' is
    no person of a group of people."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.lower_ not in PLURAL_PEOPLE | {s + "s" for s in SHOOTER_NOUNS}:
        return None
    return str(group.lower_)


def _age(written: str) -> str:
    """An age in digits ('two' in 'the two year old' and '2' in 'a 2-year-old' are one age), read by the figures'
    number reader."""
    found = read_numbers(written)
    return str(int(found[0].value)) if len(found) == 1 else written


def _is_age(token: Any) -> bool:
    """'24' in '24-year-old' or '24 years old'."""
    rest = token.doc[token.i + 1:token.i + 4]
    return any(t.lower_ in ("year", "years") for t in rest)


def _note_age(name: Any, found: Victims) -> None:
    """'Ben Ode, 24,': the age written right after a surname."""
    nxt = name.doc[name.i + 1:name.i + 3]
    if len(nxt) == 2 and nxt[0].text == "," and nxt[1].like_num and nxt[1].text.isdigit() and int(nxt[1].text) < 110:
        found.named_ages[_name(name)] = f"age {nxt[1].text}"
