"""Which of 'he' and 'she' the article uses for a person: read from the honorific before a mention ('Mr.',
'Mrs.') or a noun in apposition with it ('The woman, Ana Ruiz'), from the first third-person pronoun after a
mention, before anyone else is named, and failing both from a first name that one sex nearly always bears ('Mark
Roesler', 'Autumn Perkins')."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any, Literal

Gender = Literal["m", "f"]

_HONORIFIC_GENDER: dict[str, Gender] = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f",
                                        "ms.": "f", "miss": "f", "madam": "f", "lady": "f", "lord": "m"}
_PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f",
                                      "hers": "f", "herself": "f"}
_NOUN_GENDER: dict[str, Gender] = {
    **dict.fromkeys(("woman", "girl", "mother", "mom", "wife", "daughter", "sister", "grandmother", "aunt", "niece",
                     "girlfriend", "widow", "spokeswoman", "chairwoman", "councilwoman", "actress"), "f"),
    **dict.fromkeys(("man", "boy", "father", "dad", "husband", "son", "brother", "grandfather", "uncle", "nephew",
                     "boyfriend", "widower", "spokesman", "chairman", "councilman", "actor"), "m")}
"""Nouns that tell the sex of the person named in apposition to them ('The woman, Ana Ruiz, …', 'Ben Ode, the
victim's father, …')."""
_SUBJECTS = ("nsubj", "nsubjpass")
"""Only a pronoun that is a subject tells: 'Park said she ...'; in 'Park praised him', 'Park met her' it is
someone else."""
PRONOUN_REACH = 3
"""How many sentences (the mention's and the next two) the pronoun that follows a mention may lie in, while no one
else is named and no quotation opens; 3, not 2, on issue #19's fresh stories ('Ana Ruiz returned Tuesday. The
33-year-old came with her daughter. She said …')."""


def gender_of_pronoun(word: str) -> Gender | None:
    """'m' for he/him/his, 'f' for she/her, None for any other word (I, they, a name)."""
    return _PRONOUN_GENDER.get(bare_pronoun(word))


def mention_gender(ent: Any) -> Gender | None:
    """The gender an entity's words or the article's next pronoun give it: 'Mr. Lee' -> m; 'Ada Park said her
    plan ...' -> f (only for a subject: in 'Lee praised Park for her plan' the pronoun may be anyone's); else the
    first name's ('Mark Roesler' -> m, see :func:`first_name_gender`); None when there is no such evidence."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    honorific = _HONORIFIC_GENDER.get(ent[0].lower_) or _HONORIFIC_GENDER.get(before) or _apposed_gender(ent.root)
    if honorific is not None:
        return honorific
    told = _next_pronoun(ent) if ent.root.dep_ in ("nsubj", "nsubjpass") else None
    if told is not None:
        return told
    names = [t for t in ent if t.pos_ == "PROPN" and t.is_alpha]
    return first_name_gender(names[0].text) if len(names) >= 2 else None


def noun_gender(noun: str) -> Gender | None:
    """The sex a person noun tells ('woman' -> f, 'man' -> m), else None."""
    return _NOUN_GENDER.get(noun.lower())


def _apposed_gender(root: Any) -> Gender | None:
    """The sex a noun in apposition with the name tells ('The woman, Ana Ruiz', 'Ben Ode, the victim's father')."""
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [child for child in root.children if child.dep_ == "appos"]
    return next((_NOUN_GENDER[noun.lower_] for noun in nouns if noun.lower_ in _NOUN_GENDER), None)


FIRST_NAME_RATIO = 10.0
"""A first name tells the sex when one sex bears it at least this many times as often as the other (shares of each
sex's population in the 1990 US Census first-name lists): Mark (234 to 1), Hugh, Autumn, Bettie tell; Kim (6 to
1: also the family name of 'Kim Jong Un' written first), Lee (3), Jordan (5), Jamie (2) do not. Set by hand so
that names common to both sexes and East Asian family names stay unknown."""


def first_name_gender(word: str) -> Gender | None:
    """'m' or 'f' for a first name nearly only one sex bears (see :data:`FIRST_NAME_RATIO`), else None."""
    shares = _first_names().get(word.upper())
    if shares is None:
        return None
    male, female = shares
    if male >= FIRST_NAME_RATIO * female:
        return "m"
    return "f" if female >= FIRST_NAME_RATIO * male else None


@cache
def _first_names() -> dict[str, tuple[float, float]]:
    """Each first name's share of men and of women bearing it, from the US Census 1990 lists (public domain) that
    the ``names`` package ships (read once, about 5,500 names)."""
    shares: dict[str, list[float]] = {}
    for column, name in ((0, "dist.male.first"), (1, "dist.female.first")):
        for line in (files("names") / name).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                shares.setdefault(fields[0], [0.0, 0.0])[column] = float(fields[1])
    return {name: (male, female) for name, (male, female) in shares.items()}


def _next_pronoun(ent: Any) -> Gender | None:
    """The gender of the first subject pronoun after the mention, before anyone else is named or a quotation
    opens, when it is the subject of what the mention's verb reports ('Park said she ...') or of the next
    sentence's main verb ('Park left. She ...')."""
    verb = ent.root.head
    sentences_seen = 0
    for token in ent.doc[ent.end:]:
        if token.is_sent_start:
            sentences_seen += 1
            if sentences_seen >= PRONOUN_REACH:
                return None
        if token.ent_type_ == "PERSON" or token.text in ("“", "\"", "‘"):
            return None  # someone else is named, or a quotation opens: its pronouns are the speaker's own
        gender = _PRONOUN_GENDER.get(token.lower_)
        if gender is not None and token.dep_ in _SUBJECTS:
            reported = token.head.dep_ == "ccomp" and token.head.head == verb
            return gender if reported or (sentences_seen and token.head.dep_ == "ROOT") else None
    return None


def genders(named: Iterable[tuple[str, Gender | None]]) -> dict[str, Gender]:
    """Each person's gender (keyed by the lowercased name the caller gives, e.g. the fullest form of it), by
    majority of the evidence over all their mentions (ties give none)."""
    votes: dict[str, Counter[Gender]] = {}
    for name, gender in named:
        if gender is not None:
            votes.setdefault(name.lower(), Counter())[gender] += 1
    out: dict[str, Gender] = {}
    for key, counted in votes.items():
        (first, first_count), *rest = counted.most_common()
        if not rest or rest[0][1] < first_count:
            out[key] = first
    return out


def bare_pronoun(word: str) -> str:
    """The pronoun without a contraction or possessive ending: 'she’s' -> 'she', 'He'd' -> 'he'."""
    word = word.strip().lower()
    for ending in ("'s", "’s", "'d", "’d", "'ll", "’ll"):
        if word.endswith(ending):
            return word[:-len(ending)]
    return word
