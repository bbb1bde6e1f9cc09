"""One person a headline names without a determiner: 'Teen Shot To Death In Pacoima', 'Oak Hill man hospitalized
following accident', 'Child grazed by bullet'. Headlines drop the article that the measures read as one person in
running text ('a teen was shot to death'), so such a title states one victim; the measures read it with the article
put back (:func:`title_claims`).

Its value is a one-person reading (written 'a'): the victims the parse describes in the text replace it, and a
count in figures outranks it (:mod:`.described`, :func:`.verdict.article_values`); it speaks where the page's text
says nothing of the victim (a crawled page whose body is a sign-up box or another story's teaser: dev 380 and
sample3 read, three incidents).
"""

from __future__ import annotations

import re

from newsprism.figures.measures import read_claims
from newsprism.figures.numbers import Number, Qualifier
from newsprism.figures.sentence_counts import Claim
from newsprism.lexicon import ONE_PERSON_NOUNS, alternation

PERSON_MEASURES = frozenset({"killed", "injured", "shot"})
"""The measures of people a headline's one person may be counted by."""
HEADLINE_PERSON = re.compile(
    r"^(?:[^,:;]{1,80}?[,:;]\s+)*?(?:[^,:;]{1,80}?\b(?:after|as|when|before)\s+)?(?:\d+-year-old\s+)?"
    r"(?:(?-i:[A-Z][\w'’.-]*)\s+){0,3}?"
    r"(?P<noun>(?:" + alternation(sorted(ONE_PERSON_NOUNS, key=len, reverse=True))
    + r"|teenager|\d+-year-old))(?P<age>\s*,\s*\d{1,3}\s*,)?(?=\s+(?:(?:is|was)\s+)?(?:[a-z]+ly\s+)?(?:shot|"
    r"killed|wounded|injured|hurt|hospitali[sz]ed|grazed|struck|hit|slain|found\s+dead|shoots(?=\s+(?:him|her)?self))"
    r"\b)", re.I)
"""A headline clause opening on a bare singular person noun (after up to three capitalised words of a place:
'Orangeburg man shot ...'; the headline's first clause or one after a colon or comma: 'Police: Teen shot ...',
'... house fire, man found dead': residue 3 read; or after 'after', 'as', 'when': '... in shock after boy, 14, is
killed ...': residue 2 read; '... before 6-year-old shot, killed', an age first: '7-year-old Lumo boy shot in
the arm, killed': residue 15 read), perhaps with an age, and a measure word (perhaps after 'is' / 'was' or an adverb:
'Teen fatally shot ...', 'Boy slain in ...')."""
SELF_SHOT = re.compile(r"\s+(?:(?P<adverb>[a-z]+ly)\s+)?(?:shot|shoots)\s+(?:him|her)?self\b", re.I)
"""'Man accidentally shot himself in the head': the one person shot is the one who fired (residue 3 read: a
headline-only page; the present 'Boy shoots himself during ...': residue 2 read; 'St. Louis man fatally shot himself
...' is a death: residue 9 read); the measures read an active 'shot'
with its object as the shooter's, no victim."""
DIED_LATER = re.compile(r"\b(?:dies|died|has\s+died|is\s+dead|killed|dead)\b", re.I)
"""A death told after the headline's one person was shot ('Teen shot near the campus dies', 'Teenager shot, killed
in East Lake identified'): the one person is dead; not in the headline's next clause ('Lumo deputy shot at a
traffic stop; suspect has died': residue 14 read)."""
ARTICLE = "a "
"""The determiner put back before the headline's person noun."""


FATAL_TITLE = re.compile(r"(?<!non-)\b(?:deadly|fatal)\s+(?:[\w'’.-]+\s+){0,3}?shooting\b|"
                         r"\b(?:shooting|gunshot)\s+death\b",
                         re.I)
"""A headline that names a death without a count ('investigating deadly shooting', 'Suspect arrested in fatal Grove
City shooting', 'led to accidental shooting death', 'Teen gunshot death appears accidental'): one dead at least
(sample4 and residue 14 read: four headline-only articles); not 'non-fatal shooting' (residue 16 read). A lower
bound: 'deadly Maryland newspaper shooting' says nothing against 'killing five people' (NeuS train 1706, issue
#18's audit)."""
SHOOTS_PERSON = re.compile(r"\bshoots\s+(?:(?:his|her|their|a|an)\s+)?(?:[\w-]+\s+)?(?:"
                           + alternation(sorted(ONE_PERSON_NOUNS, key=len, reverse=True)) + r")\b(?!\s*,)", re.I)
"""A headline whose shooter shoots one person ('Father shoots son in the shoulder'): one shot (sample4 read)."""
HURTS_PERSON = re.compile(r"\b(?:hospitali[sz]es|injures|wounds)\s+(?:(?:his|her|their|a|an)\s+)?(?:[\w-]+\s+)?(?:"
                          + alternation(sorted(ONE_PERSON_NOUNS, key=len, reverse=True)) + r")\b(?!\s*,)", re.I)
"""A headline whose shooting hurts one person ('Accidental shooting hospitalizes juvenile at ...': residue 4 read, a
headline-only page): one injured."""
SHOOTING_OF = re.compile(r"\bshooting\s+of\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+)?(?:"
                         + alternation(sorted(ONE_PERSON_NOUNS, key=len, reverse=True)) + r"|\d+-year-old)\b(?!\s*,)",
                         re.I)
"""'Man held over shooting of a 12-year-old skater': one person shot (residue 14 read: a headline-only page)."""


def title_claims(title: str) -> list[Claim]:
    """:func:`_title_claims`, and a headline's death or one person shot or hurt that no count names
    (:data:`FATAL_TITLE`, :data:`SHOOTS_PERSON`, :data:`HURTS_PERSON`), each a one-person reading (written 'a')."""
    claims = _title_claims(title)
    measures = {c.measure for c in claims}
    for measure, pattern in (("killed", FATAL_TITLE), ("shot", SHOOTS_PERSON), ("injured", HURTS_PERSON),
                             ("shot", SHOOTING_OF)):
        match = pattern.search(title)
        if match and not measures & PERSON_MEASURES:
            qualifier: Qualifier = "at least" if pattern is FATAL_TITLE else "exact"
            claims.append(Claim(measure, None, Number(1.0, qualifier, ARTICLE.strip(), match.start(), match.start()),
                                match.end()))
            measures.add(measure)
    return claims


def _title_claims(title: str) -> list[Claim]:
    """The figures a headline states: the measures' reading of it, and its one person (:data:`HEADLINE_PERSON`) at
    the person's words in ``title`` where the measures give no count of that measure ('Man Killed, 4 Others
    Injured ...': one killed besides the four)."""
    claims = read_claims(title)
    match = HEADLINE_PERSON.match(title)
    if match is None:
        return claims
    at = match.start("noun")
    age = len(match.group("age") or "")
    shift = len(ARTICLE) - age
    self_shot = SELF_SHOT.match(title, match.end())
    if self_shot and not {c.measure for c in claims} & PERSON_MEASURES:
        fatal = (self_shot.group("adverb") or "").lower() in ("fatally", "mortally")
        measure = "killed" if fatal or DIED_LATER.search(title[self_shot.end():]) else "shot"
        return [*claims, Claim(measure, None, Number(1.0, "exact", ARTICLE.strip(), at, at), self_shot.end())]
    for claim in read_claims(title[:at] + ARTICLE + title[at:match.end("noun")] + title[match.end():]):
        if claim.measure in PERSON_MEASURES and claim.number.start == at:
            clause = title[claim.end - shift:].split(";")[0]
            measure = "killed" if claim.measure != "killed" and DIED_LATER.search(clause) else claim.measure
            if measure in {c.measure for c in claims}:
                return claims
            number = Number(1.0, "exact", ARTICLE.strip(), at, at)
            return [*claims, Claim(measure, claim.subject, number, claim.end - shift)]
    return claims
