"""Figures of another event than the story's: a sentence that dates its figures to another year ('in 2016', 'since
2017'), recalls an earlier event ('last year', 'the deadliest since ...') or sums other shootings (a roundup). Its
figures get a subject of their own ('(earlier event, 2016)', '(other shootings)'), so they never meet the story's
own (:mod:`newsprism.figures.measures`)."""

from __future__ import annotations

import re

from newsprism.lexicon import WEEKDAY_NAMES, alternation
from newsprism.values import dates

EARLIER_LEAD = re.compile(r"\b(?:in|since|of|during)\s+(?:\w+\s+){0,2}?$", re.I)
"""What dates a year to another event ('in 2016', 'since the 2017 ...', 'In 2008, X was killed': a sentence's first
word too, sample4 read); the year is read by :func:`values.dates`."""
FIRST_RECALLED_YEAR = 1900
"""The earliest year read as another event's: in crime news an earlier four-digit figure after 'in' / 'of' is a house
number ('in front of 1861 Corning'), as it was for the pattern this replaces (1900-2099)."""
EARLIER = re.compile(r"\b(?:years? ago|last year|(?<!any\s)(?:previous(?:ly)?|prior)|earlier attacks?|deadliest|"
                     r"worst\s+since|history|record|(?:so\s+far\s+)?this\s+year|in\s+a\s+given\s+(?:month|year)|"
                     r"in\s+(?:just\s+)?(?:one|a|a\s+single)\s+(?:week|month)|"
                     r"(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:shooting|homicide|killing)s?\s+"
                     r"(?:this|in\s+(?:the\s+)?(?:past|last))\b|"
                     r"(?:came|comes|happened|occurred)\s+(?:just\s+|only\s+|barely\s+)?(?:\w+\s+)?"
                     r"(?:days?|weeks?|months?|years?)\s+after|"
                     r"(?:follows|followed|following|comes\s+after|came\s+after)\s+(?:the\s+|a\s+)?(?:recent|similar|other)|"
                     r"in\s+recent\s+(?:days|weeks|months|years)"
                     r")\b", re.I)
"""A sentence that dates its figures to a year ('in 2016', 'since 2017', 'August 1982: ...') or recalls another
event ('last year', 'the deadliest ...'), or a running tally ('the 45th homicide this year', '45 killed in March, the
most in a given month': dev residue 37 read): its figures get a subject of their own, so they never meet the story's
own (not 'than on any previous day': the count of this day set against the others, :mod:`.periods`); a tally of
a week or month ('three kids hurt or killed by gunfire in one week', 'the third shooting
this week where a boy was hit': residue 5 read); an event the story's came after ('the attack came only
weeks after a gunman ... killed six people': ECB+ 22/ecbplus, labelled before it was read; 'follows recent
similar attacks on officers in Portvale, where three officers died': residue 14 read; 'kids in Lumo were hit in
recent weeks by stray rounds, two boys among them ... among 40 people hurt': residue 9 read)."""
SINCE_MONTH = re.compile(r"\bsince\s+(?:the\s+|a\s+|last\s+)?$", re.I)
"""A month after 'since' ('since the July slaying of ...', 'since January'): an earlier time, its figures another
event's (residue 5 read: a victim of a slaying months before counted among the story's hurt)."""
NOT_COUNTED = (r"(?!(?:people|persons|men|women|teens|children|kids|killed|dead|hurt|injured|wounded|shot|in|at|on|"
               r"of|after|during|were|are)\b)")
"""Words that are no adjective of 'shootings' after a count ('Two People Killed In Shootings': the count is of
people), in :data:`ROUNDUP`'s 'two South Side shootings'."""
TALLY = re.compile(r"(?:shot|killed|wounded|injured|hurt|slain)\s+"
                   r"(?:in\s+(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}\s+)?"
                   r"since\s+(?:early\s+|late\s+|last\s+)?(?:" + alternation(WEEKDAY_NAMES)
                   + r"|yesterday|midnight)(?!['’])|"
                   r"\bover\s+(?:a\s+(?:span|period|stretch)\s+of|the\s+(?:past|last))\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:hours|days|weeks)", re.I)
"""A running tally of a city's shootings over some hours or days ('among at least 13 people shot in Lumo since Tuesday
morning', '20 people shot over a span of 80 hours': residue 26 read): its counts hold the story's and others'; the
counts right before it or in it are the tally's, not the rest of the sentence ('a man shot two others, among 20 people
shot since Monday': two)."""
TALLY_REACH = 40
"""Characters before a :data:`TALLY` in which a count is the tally's ('among at least 13 people shot in Lumo since'),
with no punctuation between."""


def in_tally(text: str, start: int) -> bool:
    """Whether the count at ``start`` in the sentence ``text`` is a running tally's (:data:`TALLY`)."""
    return any(m.start() - TALLY_REACH <= start < m.end() and not re.search(r"[,;:.()—–]", text[start:m.start()])
               for m in TALLY.finditer(text))


ROUNDUP = re.compile(r"\b(?:shootings\s+(?:across|around|throughout|in)\s+the\s+(?:city|county|area|region)|"
                     r"shootings\s+(?:across|around|throughout)\s+(?-i:[A-Z])[\w.]+|"
                     r"(?:several|multiple|two|three|four|five|\d[\d,]*)\s+(?:separate\s+|such\s+|[a-z]+\s+)?shootings|"
                     r"(?:two|three|four|five|\d)\s+(?:" + NOT_COUNTED + r"(?-i:[A-Z])[\w.-]*\s+){1,2}"
                     r"(?:" + NOT_COUNTED + r"[a-z]+\s+)?shootings|"
                     r"\bthe\s+other\s+shooting|series\s+of\s+shootings|"
                     r"\bother\s+(?:[\w-]+\s+)?(?:incidents|attacks)|(?:across|throughout)\s+the\s+city|"
                     r"\bfrom\s+(?:" + alternation(WEEKDAY_NAMES) + r")\s+(?:through|to|until)\s+(?:" +
                     alternation(WEEKDAY_NAMES) + r")|"
                     r"(?:separate|unrelated|another)\s+(?:(?!(?:in|at|on|during|after|before|of|by|with|from|an?|the)\s)"
                     r"[\w-]+\s+){0,3}?(?:shooting|incident|attack)s?|"
                     r"\bin\s+other\s+shootings|"
                     r"in\s+(?:(?-i:[A-Z])[\w.]*\s+){1,3}shootings|shootings\s+(?:throughout|across|around|over)\s+"
                     r"the\s+(?:day|night|weekend|holiday)|(?:violent|bloody|deadly)\s+(?:[\w-]+\s+)?(?:span|stretch|"
                     r"weekend(?!\s+shooting))|"
                     r"(?:shootings|attacks)\s+(?:from|between)\s+(?:\w+\s+){0,2}?"
                     r"(?:" + alternation(WEEKDAY_NAMES) + r"))\b",
                     re.I)
"""A sentence about other shootings than the story's ('five shootings wounded 15', 'in a separate shooting, ...',
'28 were wounded in shootings across the city', 'six killed and 9 hurt in Lumo shootings throughout the day',
'a violent two-hour span in which 10 people were shot': dev residue 37 read; 'five more people were hurt in
shootings across Portvale', a city by its name: residue 7 read; 'In other shootings ..., two women were hurt in
separate East End attacks': residue 5 read; 'hurt in attacks from Friday to late Saturday in Lumo': residue
4 read; 'two Sunday night shootings that left one dead', 'in two East End shootings', 'The other shooting ...
happened in Quill Lane', 'a series of shootings', 'Three other overnight incidents left six people hurt',
'gunfire wounded 26 people across the city', 'From Friday through Sunday': residues 9, 16 and 19 read; a violent
weekend: residue 26 read): its figures
are no values of this story's (a roundup). Not 'wounding another in an attack' (a person, then the story's own
attack: residue 2 read)."""
ROUNDUP_TITLE = re.compile(r"\b(?:(?:several|multiple|separate|unrelated|two|three|four|five|six|seven|eight|nine|ten|"
                           r"\d{1,3})\s+(?:[\w'’-]+\s+){0,3}?(?:shootings|incidents)|(?:weekend|overnight|holiday)\s+"
                           r"(?:of\s+)?(?:shootings|violence|gunfire)|spate\s+of|across\s+the\s+city)\b", re.I)
"""A headline that sums several shootings ('14 shot in 9 incidents across the city', 'Portvale Weekend Violence',
'... in several Fourth of July shootings', '5 killed in 4 shootings within a mile'): a roundup page, whose figures
are mostly other incidents' (residue 3 read; 'the Lumo shootings' or 'MLK Day shootings of 8 people', one
event's, are not: titles of the dev residues read before checked by eye)."""
SUPERSEDED = re.compile(r"\b(?:originally|initially|first)\s+(?:said|say|told|reported|believed|thought)\b", re.I)
"""A count the story's sources gave at first and corrected ('Police originally told WPDE that eight people were
wounded' beside 'five people were shot': residue 2 read): a figure of its own, never the story's count. Not 'early
reports showed' alone (residue 2: the only report); with a correction after it, :mod:`.corrected`."""
OTHER_SHOOTINGS = "(other shootings)"
"""The subject of a roundup's figures (:func:`earlier_subject`, :func:`roundup_articles`)."""
EARLIER_REPORT = "(earlier report)"
"""The subject of a count the story's sources gave first and corrected (:data:`SUPERSEDED`,
:data:`newsprism.figures.corrected.UPDATED_AFTER`)."""


def roundup_articles(titles: dict[str, str | None]) -> set[str]:
    """The articles (id → title) whose headline sums several shootings (:data:`ROUNDUP_TITLE`), where the story has
    an article that does not: their figures are other events' beside a page about this one. A story of roundups
    alone keeps them (they are all it has)."""
    roundups = {article for article, title in titles.items() if ROUNDUP_TITLE.search(title or "")}
    return roundups if len(roundups) < len(titles) else set()


OTHER_EVENT = re.compile(r"\((?:earlier event|other shootings|earlier report)")
"""The subjects :func:`earlier_subject` gives the figures of another event ('(earlier event, 2012)', '(other
shootings)')."""


def of_another_event(subject: str | None) -> bool:
    """Whether a figure's subject marks it as another event's (:func:`earlier_subject`): never the story's own count and
    no conflict of the story's, background for the figures section."""
    return bool(OTHER_EVENT.search(subject or ""))


def earlier_subject(text: str) -> str | None:
    """'in 2016' or 'an earlier event' when the sentence recalls another event ('the deadliest since 2017, when 58
    people were killed', 'a similar attack last year killed 12'): its figures are no values of this story's."""
    year = next((d.year for d in dates(text) if d.year is not None and d.year >= FIRST_RECALLED_YEAR and d.day is None
                 and (d.month is not None or EARLIER_LEAD.search(text[:d.start]))), None)
    if year is not None:
        return f"(earlier event, {year})"
    if any(d.month is not None and d.day is None and SINCE_MONTH.search(text[:d.start]) for d in dates(text)):
        return "(earlier event)"
    if ROUNDUP.search(text):
        return OTHER_SHOOTINGS
    if SUPERSEDED.search(text):
        return EARLIER_REPORT
    return "(earlier event)" if EARLIER.search(text) else None


RECALLED = re.compile(r"\b(?:years? ago|last (?:year|month)|previous(?:ly)?|prior|earlier)\b", re.I)
"""Words that place a sentence's figures in another, earlier event without a year ('a heist last month', 'the
previous robbery'); unlike :data:`EARLIER` no superlative ('the largest heist in history' is this one)."""


def recalls_another_event(text: str) -> bool:
    """The sentence dates its figures to a year or an earlier event, or is about other incidents (a roundup): no
    superlative counts ('one of the biggest gem thefts in history' is the story's own)."""
    year = earlier_subject(text)
    return bool(year and year.startswith("(earlier event, ")) or bool(RECALLED.search(text) or ROUNDUP.search(text))


def recalls_earlier(text: str) -> bool:
    """The sentence recalls another event ('in 2016', 'last year'): the victims it names are not this story's."""
    return earlier_subject(text) is not None
