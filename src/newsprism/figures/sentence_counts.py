"""Counts a whole sentence gives without a number beside its measure ('a quadruple shooting', 'one of the victims
later died', 'no injuries were reported'), and the figure record every reader of :mod:`newsprism.figures.measures`
returns (:class:`Claim`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism import lexicon
from newsprism.figures.numbers import Number, read_numbers
from newsprism.lexicon import alternation


@dataclass(frozen=True)
class Claim:
    """One figure a sentence states: the measure, the group or part counted (None: the event), the number."""

    measure: str
    subject: str | None
    number: Number
    end: int
    """end of the figure's words (number and measure) in the text read"""


DEMONYMS = r"(?-i:[A-Z][a-z]+(?:ians|ans|is|ese))"
"""A people named by its plural, capitalised even where the counted noun is read without case ('37 Palestinians
were killed', 'two Israelis', 'five Iraqis', 'three Lebanese'): people counted, a group of their own (their subject),
so 'two Israelis killed' never meets '26 Palestinians killed' (NeuS train 976: the toll was written only so)."""
PERSON_NOUNS = alternation(sorted(lexicon.PERSON_NOUNS | {"persons", "others", "other people"}, key=len,
                                   reverse=True)) + r"|\d+-year-old|[a-z]+goers|more|" + DEMONYMS
"""Nouns a count of the dead, injured or arrested counts ('129 people', 'a man', 'two more'): the lexicon's person
nouns, longest first, ages, '-goers' and peoples (:data:`DEMONYMS`)."""
ZERO = re.compile(r"\bno\s+(?P<what>injuries|deaths|fatalities|arrests|casualties)\b", re.I)
"""'No injuries were reported': a zero. Not 'no other injuries' / 'no further injuries' / 'no one else was hurt':
none besides the people told ('X suffered a gunshot wound ... while no other injuries were noted' beside 'Two men
are in the hospital': residue 2 read)."""
MEASURE_WORDS = {"injuries": "injured", "deaths": "killed", "fatalities": "killed", "arrests": "arrested",
                 "casualties": "injured"}
MULTIPLE = re.compile(r"\b(?P<word>double|triple|quadruple|quintuple)(?:\s+|-)(?:fatal\s+)?shooting\b", re.I)
"""'a quadruple shooting': four people shot (the words name the count of victims, the dead among them)."""
MULTIPLES = {"double": 2.0, "triple": 3.0, "quadruple": 4.0, "quintuple": 5.0}


def multiple(text: str, found: list[Claim]) -> list[Claim]:
    """'killed in a quadruple shooting': a count of the people shot, where the sentence counts no one shot."""
    match = MULTIPLE.search(text)
    if match is None or any(c.measure == "shot" for c in found):
        return []
    number = Number(MULTIPLES[match.group("word").lower()], "exact", match.group(0), match.start(), match.end())
    return [Claim("shot", None, number, match.end())]


ONE_OF_DEAD = re.compile(r"\b(?P<n>one|two|three|\d{1,2})\s+of\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:"
                         + PERSON_NOUNS + r")\b[^.;:]{0,80}?\b(?:dies|died|has\s+died|have\s+died|is\s+dead|"
                         r"are\s+dead|succumbed)\b", re.I)
"""'One of two women shot early Sunday dies', 'one of the victims later died': the dead among the people shot (dev
residue 37 read: the one death a headline-only page gave)."""


def one_of_dead(text: str, found: list[Claim]) -> list[Claim]:
    """'One of two men shot ... dies': a count of the dead, where the sentence counts none."""
    match = ONE_OF_DEAD.search(text)
    if match is None or any(c.measure == "killed" for c in found):
        return []
    number = next((n for n in read_numbers(match.group("n")) if n.start == 0), None)
    if number is None:
        return []
    at = match.start("n")
    written = Number(number.value, "exact", match.group("n"), at, at + len(match.group("n")))
    return [Claim("killed", None, written, match.end())]


ORDINAL_HIT = re.compile(r"\b(?:a|an|the)\s+(?P<rank>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                         rf"(?:victim\b|(?:(?:{lexicon.alternation(lexicon.PEOPLE)})\s+)?"
                         r"(?:(?:was|is|has\s+been|had\s+been|also)\s+){0,2}(?:shot|wounded|injured|hurt|grazed)\b)",
                         re.I)
"""'Two men shot, a third wounded by flying glass', 'a third victim drove himself to a hospital', 'The third victim,
a 27-year-old cook, was taken to ...': at least that many people were hit (residues 9, 15 and 19 read); not 'a
third person was arrested' (no victim, no wound)."""


def ordinal_hit(text: str, found: list[Claim]) -> list[Claim]:
    """'three men shot, a fourth wounded': a count of the people shot, where the sentence counts fewer; a numbered
    victim in a sentence that counts no one is left to the victims described (:mod:`.victims`: 'A second victim
    ...', 'A third victim ...', 'The fourth victim ...': four, not the first of them; old residues 3 and 8 read)."""
    match = ORDINAL_HIT.search(text)
    if match is None:
        return []
    rank = float(lexicon.ORDINAL_WORDS[match.group("rank").lower()])
    hit = [c.number.value for c in found if c.measure in ("shot", "injured", "killed")]
    if not hit or max(hit) >= rank:
        return []  # alone ('The fourth victim drove to the hospital') the victims described count it (.victims)
    number = Number(rank, "exact", match.group("rank"), match.start("rank"), match.end("rank"))
    return [Claim("shot", None, number, match.end())]


ORDINAL_DEAD = re.compile(r"\b(?:a|an)\s+(?P<rank>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                          rf"(?:(?:{lexicon.alternation(lexicon.PEOPLE)})\s+)(?:(?:has|have|had)\s+)?"
                          r"(?:died|dies|succumbed|been\s+killed|was\s+killed|is\s+dead)\b", re.I)
"""'A third person has died after the shooting near the school': at least that many dead (residue 27 read: the one
person read off 'A' was the story's death count); not 'the second victim died' (the second told of, perhaps the one
dead)."""


def ordinal_dead(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with a dead person numbered by :data:`ORDINAL_DEAD` counted as its rank, in place of the one person
    its article read."""
    match = ORDINAL_DEAD.search(text)
    if match is None:
        return claims
    rank = float(lexicon.ORDINAL_WORDS[match.group("rank").lower()])
    kept = [c for c in claims if not (c.measure == "killed" and match.start() <= c.number.start < match.end())]
    number = Number(rank, "at least", match.group("rank"), match.start("rank"), match.end("rank"))
    return [*kept, Claim("killed", None, number, match.end())]


OTHERS_AFTER = re.compile(r"\s+(?:more\s+)?others?(?:\s+(?:people|persons))?\b", re.I)
"""The words after a count that make it people besides those told before ('11 others', 'six other people')."""


def others_beside_dead(text: str, claims: list[Claim]) -> list[Claim]:
    """'leaving one dead and 11 others shot', 'A woman died and at least five others shot': the others shot are
    besides the dead, so they are the injured (residue 15 read; the people shot would be twelve); not where a death
    among them follows ('two others were shot, one fatally')."""
    dead = [c.number.start for c in claims if c.measure == "killed" and c.subject is None]
    return [Claim("injured", c.subject, c.number, c.end) if c.measure == "shot" and dead and min(dead) < c.number.start
            and max(dead) < c.number.start and OTHERS_AFTER.match(text, c.number.end) else c for c in claims]


def zeros(text: str, found: list[Claim]) -> list[Claim]:
    """'no injuries were reported', 'no deaths': a count of zero."""
    claims = []
    for match in ZERO.finditer(text):
        what = match.group("what").lower()
        measure = MEASURE_WORDS.get(what)
        if measure is None:
            continue
        number = Number(0.0, "exact", match.group(0), match.start(), match.end())
        if not any(c.number.start == number.start for c in found):
            claims.append(Claim(measure, None, number, match.end()))
    return claims
