"""The shooter's own death: 'then turned the gun on himself', 'took his own life', 'the suspect was shot and killed
by police'. The archive the gunviolence measure is scored on counts a shooter who died among the killed, and a
story's count of the victims ('killed his wife') leaves him out; so his death is a figure of its own (measure
'killed', subject :data:`SHOOTER`), added to the event's dead only where the event's count does not already
name him (:func:`counts_shooter`).

Precision first: the sentence must say he died; one that says he survived ('is in critical condition',
'was hospitalized') states no death.
"""

from __future__ import annotations

import re

SHOOTER = "the shooter"
"""The subject of the shooter's own death figure."""
SUICIDE = re.compile(
    r"\b(?:turn(?:ed|ing)\s+the\s+(?:gun|weapon|rifle|shotgun|handgun|pistol)\s+on\s+(?:him|her|them)sel(?:f|ves)|"
    r"(?:took|takes|taking)\s+(?:his|her|their)\s+own\s+li(?:fe|ves)|(?<!another\s)(?:murder|homicide)-suicide|"
    r"(?:before|then|after)\s+(?:(?:fatally\s+)?(?:killing|shooting(?:\s+and\s+killing)?|kill(?:ed)?|shot)\s+)?"
    r"(?:him|her)self|"
    r"(?:suspect|gunman|shooter|assailant|attacker)\s+(?:\w+\s+){0,3}?(?:was|were)\s+(?:\w+\s+){0,2}?"
    r"(?:shot\s+(?:and\s+killed|dead)|killed|fatally\s+shot)\s+by\s+(?:police|officers?|deputies|troopers?|"
    r"an?\s+(?:officer|deputy|trooper))|(?:police|officers?|deputies|troopers?)\s+(?:\w+\s+){0,2}?"
    r"(?:shot\s+and\s+killed|fatally\s+shot|killed)\s+the\s+(?:suspect|gunman|shooter|assailant|attacker))", re.I)
"""The words of a shooter's own death after shooting others (suicide after the shooting, a murder-suicide) or at the
police's hands ('ended with a man shooting his 5-year-old nephew, then taking his own life': residue 2 read).
'fatally shot himself' alone is left out: in local news it is as often a child's accident (the
shooter is the one victim) as a murder-suicide."""
MOST_VICTIMS_WITHOUT_SHOOTER = 1
"""The largest count of the dead to which the shooter's death is added: a count of two or more ('five people were
found dead', 'Ode and his son were pronounced dead') named the shooter among them more often than not on the dev
incidents (six of eight), a count of one ('his wife died') did not."""
SURVIVED = re.compile(r"\b(?:surviv\w*|critical|stable|serious|hospitali[sz]ed|condition|attempted|tried\s+to|"
                      r"injur\w*|wound\w*|alive|surgery|recover\w*)\b|(?:him|her)self\s+in\s+the\s+(?:stomach|"
                      r"abdomen|leg|legs|foot|feet|hand|arm|thigh|knee|shoulder|hip|finger|toe|buttocks?|side)\b",
                      re.I)
"""Words that say the shooter lived ('shot himself and is in critical condition', 'attempted suicide', 'lucky to be
alive after shooting himself', 'had surgery after he shot himself in the stomach': a wound of a limb or the
belly, sample3 incident read: a toddler's accident)."""
NAMES_SHOOTER = re.compile(r"\b(?:him|her)self\b|\bsuicide\b|\bincluding\b|\bsuspect\b|\bgunman\b|\bshooter\b|"
                           r"\bboth\b|\bpolice\b|\bofficers?\b", re.I)
"""Words in the sentence of the event's count of the dead that make it count the shooter already ('two dead in a
murder-suicide', 'killed his wife and himself', 'including the gunman')."""


KILLED_THEN_SELF = re.compile(r"\b(?:kill(?:ed|s|ing)?|shot|shooting|murdered)\b[^.;]{0,120}?\b(?:before|then)\s+"
                              r"(?:\w+\s+){0,2}?(?:(?:him|her)self|turn(?:ed|ing)\s+the\s+\w+\s+on\s+(?:him|her)self|"
                              r"(?:killing|shooting|kill(?:ed)?|shot|took|taking)\b[^.;]{0,20}?(?:him|her)sel(?:f|ves)|"
                              r"(?:took|taking)\s+(?:his|her)\s+own\s+life)", re.I)
"""'killed his two sons before fatally shooting himself', 'shot his wife and four children ... then turned the
shotgun on himself': the count before his own death is of his victims only."""


def shooter_deaths(text: str) -> list[tuple[int, int]]:
    """Where one sentence says the shooter died (none where it also says he survived)."""
    if SURVIVED.search(text):
        return []
    return [(m.start(), m.end()) for m in SUICIDE.finditer(text)][:1]


def counts_shooter(dead: int | None, sentences: list[str], counting: list[str] | None = None) -> bool:
    """The story's count of the dead (``dead``, stated in ``sentences``; ``counting``: the sentences that give that
    very value) has the shooter in it already: a sentence giving that value names him (besides the words of his own
    death: 'killed his niece before turning the gun on himself' counts her only; not another count's sentence: 'the
    family, including the father' beside 'shot his wife and four children': one more of the dev 380 right, none
    lost), or counts more than
    :data:`MOST_VICTIMS_WITHOUT_SHOOTER`, unless the count is of those he killed before his own death ('killed his
    two sons before killing himself'), whatever else it names ('... comes from Lumo County police ... ended with a
    man shooting his 5-year-old nephew, then taking his own life': residue 2 read)."""
    named = any(NAMES_SHOOTER.search(SUICIDE.sub("", s)) for s in counting or sentences)
    victims_only = any(KILLED_THEN_SELF.search(s) for s in counting or [])
    return not victims_only and (named or (dead or 0) > MOST_VICTIMS_WITHOUT_SHOOTER)
