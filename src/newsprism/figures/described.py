"""The story's victims described one by one (:mod:`.victims`) as a figure value, where no article counts them.

Precision first: a count in figures ('two men were shot', 'killing 3') always wins, so the victims only speak for
a measure no article counts; then the one-person readings of the measures ('a man was shot': one) give way to the
parse's reading of who was hurt, and the story gets one value, the article describing the most victims (the
injured less the story's dead): victims described one by one are a lower bound each article gives, never a
dispute between articles. A zero of the injured ('No injuries were reported') is no count beside a victim an
article describes hurt and not dead ('X, 18, was shot as well and is in treatment': sample4 read; such a zero is
often another incident's on the page or an early report's). Where the victims described hurt are all among the
dead, the one-person readings of the injured go ('injuring the toddler' ... 'the toddler died': one killed, none
injured).
"""

from __future__ import annotations

import re

from newsprism.figures.another_event import OTHER_SHOOTINGS
from newsprism.figures.group import Keyed
from newsprism.figures.shooter import SHOOTER
from newsprism.figures.verdict import ONE_PERSON
from newsprism.figures.victims import SHOOTER_DEATH, SHOOTER_NOUNS, Victims, victims_of
from newsprism.lexicon import NUMBER_WORDS, alternation
from newsprism.model import Evidence, FigureValue
from newsprism.nlp import ParsedArticle

COUNTED_BY = {"killed": ("killed",), "injured": ("injured", "shot")}
"""Measure → the measures whose counts in figures make the victims described one by one needless: an injured count
follows from 'three people were shot, one fatally' as well."""
ONE_PERSON_OF = {"killed": ("killed",), "injured": ("injured", "shot")}
"""Measure → the one-person readings ('a man was shot') the described victims replace."""


def with_described(found: list[Keyed], parsed: list[ParsedArticle]) -> list[Keyed]:
    """``found`` with the victims described one by one in place of one-person readings, where nothing counts them;
    a count of 'others' hurt beside them counts them too (:func:`_with_others`)."""
    victims = [(p, victims_of(p)) for p in parsed]
    found = _with_others(found, victims)
    busy = {k.value.article for k in found if OTHER_SHOOTINGS in (k.subject or "")}
    for measure in ("killed", "injured"):
        counted = [k for k in found if k.measure in COUNTED_BY[measure] and k.subject is None and _counted(k)]
        if counted and not (measure == "injured" and all(k.value.value == 0 for k in counted)):
            continue  # a count stands; 'No injuries were reported' alone gives way to a victim described hurt
        counts = [_count(v, measure, _story_killed(found, victims), p.article.id in busy) for p, v in victims]
        best = max(range(len(victims)), key=counts.__getitem__, default=None)
        if best is not None and counts[best] == 0 and measure == "injured" and _hurt_were_killed(victims):
            found = [k for k in found if not (k.measure in ONE_PERSON_OF[measure] and k.subject is None)]
            continue
        if best is not None and counts[best] == 0 and measure == "injured" and any(v.hurt for _, v in victims):
            found = [k for k in found if not (k.measure in ONE_PERSON_OF[measure] and k.subject is None
                                              and k.value.evidence.part == "title")]
            continue  # the headline's one person hurt is one the text describes, among the dead ('Teen critically
            # injured ...' over a text that describes him, beside '... has died': dev 380 read)
        if best is None or counts[best] == 0 or measure not in victims[best][1].where:
            continue
        found = [k for k in found if not (k.measure in ONE_PERSON_OF[measure] and k.subject is None
                                          and (not _counted(k) or k.value.value == 0))]
        found.append(_keyed(measure, counts[best], *victims[best]))
    return found + _shooter_death(found, victims)


ROUNDUP_DESCRIBED = 1
"""The most victims described one by one counted from a page that also counts other shootings ('At least 39 more people
were wounded in other shootings across the city' beside each victim of the weekend told in turn): its victims are of
many shootings, the story's the one it tells first (residues 24, 27 and 29 read: 5 dead, 5 and 2 hurt read off
such pages, where the incident had 1, 1 and none)."""


def _count(victims: Victims, measure: str, story_killed: int, busy: bool) -> int:
    """The victims of ``measure`` an article describes one by one; at most :data:`ROUNDUP_DESCRIBED` on a page that
    counts other shootings too (``busy``)."""
    count = victims.count(measure, story_killed)
    return min(count, ROUNDUP_DESCRIBED) if busy else count


OTHERS = re.compile(r"^(?:\d+|" + alternation(sorted(NUMBER_WORDS, key=len, reverse=True))
                    + r")\s+(?:more\s+)?others?\b", re.I)
"""A count's words that count people besides someone told before ('Two other men ... showed up with gunshot wounds',
'two others were hurt'); a count joined to that someone in its own sentence starts with them ('a man and two
others': :mod:`.together`)."""


def _with_others(found: list[Keyed], victims: list[tuple[ParsedArticle, Victims]]) -> list[Keyed]:
    """A count of other people hurt or shot, in a story with no dead, adds the victims its article describes hurt
    one by one ('the 5-year-old boy' was struck ... 'Two other men ... showed up ... with minor gunshot wounds':
    three; residue 14 read). Only the one victim an article describes hurt, before the count: where it describes
    several, the others are most often among them ('Two of the four other people shot' beside each of the
    four by name: residue 13 read). Beside a death the others are most often the dead's ('one woman died and two
    others were hurt'), so a story that gives any dead keeps the count as written."""
    if _story_killed(found, victims) > 0:
        return found
    first = {p.article.id: v.where["injured"].start for p, v in victims if v.count("injured") == 1}
    return [_plus(k, 1) if k.measure in ("injured", "shot") and k.subject is None and k.value.evidence.part is None
            and OTHERS.match(k.value.mention.text) and first.get(k.value.article, k.value.mention.start)
            < k.value.mention.start else k for k in found]


def _plus(keyed: Keyed, described: int) -> Keyed:
    value = keyed.value.model_copy(update={"value": keyed.value.value + described,
                                           "written": f"{keyed.value.written} + {described}"})
    return Keyed(keyed.measure, keyed.subject, keyed.key, value)


def _shooter_death(found: list[Keyed], victims: list[tuple[ParsedArticle, Victims]]) -> list[Keyed]:
    """The shooter's own death the parse reads ('the gunman killed in a police shooting', 'the suspect
    ... was pronounced dead') where nothing else gives a death: a figure of its own (subject
    :data:`.shooter.SHOOTER`), the story's one death. Not beside another count of the dead: the teen 'killing the
    teen' counts may be the suspect himself (sample3 read)."""
    if any(k.measure == "killed" and (k.subject in (None, SHOOTER) or k.subject in SHOOTER_NOUNS) for k in found):
        return []
    dead = next(((p, v) for p, v in victims if v.shooter_killed()), None)
    if dead is None:
        return []
    keyed = _keyed(SHOOTER_DEATH, 1, *dead)
    return [Keyed("killed", SHOOTER, SHOOTER, keyed.value.model_copy(update={"qualifier": "exact"}))]


def _hurt_were_killed(victims: list[tuple[ParsedArticle, Victims]]) -> bool:
    """Every article that describes someone hurt describes them killed too ('the gun went off, injuring the
    toddler' ... 'the boy has died'), or describes only victims another article gives as dead (an early report's
    '2-year-old in critical condition', a later one's 'the 2-year-old died'): the one-person readings of the
    injured are the dead, not more victims."""
    dead = {key for _, v in victims for key in _known_as(v)} - {""}
    hurt = [v for _, v in victims if v.hurt]
    return bool(hurt) and all(v.killed or set() < v.distinct(v.hurt) - {""} <= dead for v in hurt)


def _known_as(victims: Victims) -> set[str]:
    """The keys an article's dead are known by: their names and their ages both ('Ode, 15' is 'age 15' to an article
    that only writes 'a 15-year-old boy was shot': residue 27 read, an early report's boy who died)."""
    keys = victims.distinct(victims.killed) | victims.killed
    return keys | {age for name, age in victims.named_ages.items() if name in keys} | {
        name for name, age in victims.named_ages.items() if age in keys}


def _story_killed(found: list[Keyed], victims: list[tuple[ParsedArticle, Victims]]) -> int:
    """The most dead any article gives: a count of the event's killed, or its victims described as killed."""
    stated = [int(k.value.value) for k in found if k.measure == "killed" and k.subject is None]
    return max([*stated, *(v.count("killed") for _, v in victims)], default=0)


def _counted(keyed: Keyed) -> bool:
    return keyed.value.written.lower() not in ONE_PERSON


def _keyed(measure: str, count: int, article: ParsedArticle, victims: Victims) -> Keyed:
    where, text = victims.where[measure], article.article.text
    mention = Evidence(article=article.article.id, start=where.start, end=where.end,
                       text=text[where.start:where.end])
    sentence = Evidence(article=article.article.id, start=where.sentence_start, end=where.sentence_end,
                        text=text[where.sentence_start:where.sentence_end])
    value = FigureValue(article=article.article.id, value=float(count), qualifier="at least", written=str(count),
                        mention=mention, evidence=sentence, published=article.article.published)
    return Keyed(measure, None, "", value)
