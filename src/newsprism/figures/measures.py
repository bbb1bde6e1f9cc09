"""What a number counts: the measure next to it ('129 people were killed', 'killing 129', 'a magnitude 9.0
quake', 'won 129 seats'), and of which part of the event or subject ('80 at the Bataclan', 'New Democracy').

Precision first: a number is a figure only when a measure word stands next to it in one of the shapes below;
everything else (ages, addresses, scores, counts of things no measure names) is left out. A number that counts
part of another ('including 80 at ...', 'two of them') is left out too: it is no value of the same measure.
"""

from __future__ import annotations

import re

from newsprism.figures.another_event import OTHER_SHOOTINGS, earlier_subject, in_tally, of_another_event
from newsprism.figures.corrected import first_reports
from newsprism.figures.counted import AUX, DETERMINERS, SINGULAR, counted_nouns, generic_noun
from newsprism.figures.family import family_lists
from newsprism.figures.hospital import HOSPITAL_AFTER, badly_only, died_there, sent_to_hospital, via_hospital
from newsprism.figures.no_level import no_level
from newsprism.figures.numbers import Number, is_rate, read_numbers
from newsprism.figures.periods import periodic
from newsprism.figures.referred import wounds_of_all, wounds_of_hit
from newsprism.figures.scopes import scoped
from newsprism.figures.seized import seized_claims
from newsprism.figures.sentence_counts import (
    PERSON_NOUNS,
    Claim,
    multiple,
    one_of_dead,
    ordinal_dead,
    ordinal_hit,
    others_beside_dead,
    zeros,
)
from newsprism.figures.shooter import SHOOTER, shooter_deaths
from newsprism.figures.sports import sports_claims
from newsprism.figures.together import joined_value, listed_people
from newsprism.memo import per_text

CARRIED = r"(?:left|taken|transported|rushed|airlifted|flown|hospitali[sz]ed)\b"
"""What may follow 'shot and' in a count of the people shot ('Two more were shot and left in serious
condition': sample4 read); any other verb there may be the shooter's ('a man shot and robbed ...')."""
FIRED = r"\s+(?:(?:is|was|were|are|as|had\s+been|has\s+been|then)\s+)?(?:fired|rang|went\s+off|hit|struck|heard)\b"
"""'one shot is fired through the door', 'one shot rang out': a shot fired, no person (residue 2 read; 'one shot as
heard', a typo of 'was': residue 18 read)."""
FIRING_BEFORE = re.compile(r"\b(?:fire|fires|fired|firing|heard|hear|hears|squeezed\s+off|let\s+off|got\s+off)\s+$",
                           re.I)
SHOTS_AFTER = re.compile(r"\s*(?:gun)?shots?\b", re.I)
"""'saw a man fire another shot', 'fired one shot at the car': shots fired, no person (residue 24 read)."""
FIRED_AT = r"\s+at\s+(?:them|him|her|us|me|each\s+other|one\s+another)\b"
"""'the two men shot at them, hitting the driver': the shooters fired at people, not all hit (residue 16 read)."""
MEASURE_AFTER: tuple[tuple[str, str], ...] = (
    ("killed", r"(?:suffer|sustain)(?:ed|ing)\s+(?:an?\s+)?(?:fatal|mortal|deadly)\s+(?:gunshot\s+)?(?:wounds?|"
               r"injur(?:y|ies))|"
               r"(?:shot|stabbed|gunned down)\s+(?:and\s+killed|dead|to\s+death)|fatally\s+(?:shot|wounded|"
               r"injured|stabbed)|fatally\b|killed|dead|died|dies?|deaths?|fatalities|slain|murdered|lost their lives|"
               r"lives\s+lost"),
    ("injured", r"(?:shot|stabbed)\s+and\s+(?:wounded|injured|hurt)|non-?fatally\s+(?:shot|wounded|injured)|"
                r"injured|wounded|hurt|injuries|hospitali[sz]ed|grazed|treated for (?:their )?injuries|"
                r"(?:suffer|sustain)(?:ed|ing)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:gunshot\s+)?(?:wounds?|injur(?:y|ies))|"
                r"(?:showed\s+up|arrived|walked|taken|transported|rushed|went)\s+(?:[\w-]+\s+){0,4}?with\s+"
                r"(?:[\w-]+\s+){0,3}?(?:wounds?|injur(?:y|ies))|"
                r"(?:left|leaves?)\s+with\s+(?:[\w-]+\s+){0,3}?injuries"),
    ("shot", r"shot(?!\s+(?:and\s+(?!" + CARRIED + r")|dead|to\s+death)|" + FIRED + r"|" + FIRED_AT + r")|"
             r"(?:struck|hit)\s+by\s+(?:gunfire|bullets|(?:a\s+)?(?:stray\s+)?bullets?|(?:stray\s+)?rounds)"),
    ("arrested", r"arrested|detained|in custody|taken into custody|arrests|charged"),
    ("missing", r"missing|unaccounted for"),
    ("seats", r"seats"),
    ("people on board", r"passengers\s+and\s+crew|people\s+on\s+board|on\s+board"),
    ("passengers", r"passengers"),
    ("attackers", r"attackers|gunmen|assailants|terrorists|suicide bombers"),
    ("evacuated", r"evacuated|displaced|fled|homeless"),
    ("magnitude", r"magnitude|-magnitude|on\s+the\s+Richter\s+scale"),
    ("injured", HOSPITAL_AFTER),
)
"""Measure → the words after the counted noun that name it, tried in order (the first that fits wins); a trip to
a hospital last, and only for a count ('two were taken to a hospital'; 'the boy was taken to a hospital' is one
victim the parse reads: :mod:`.victims`)."""
MEASURE_BEFORE: tuple[tuple[str, str], ...] = (
    ("killed", r"(?:killing|killed|kills?|fatally\s+(?:shot|shooting|wounded|wounding|injured|injuring)|"
               r"(?:shooting\s+)?deaths?\s+of|"
               r"death toll\s+(?:\w+\s+){0,8}?(?:to|at|of)|"
               r"toll\s+(?:\w+\s+){0,3}?"
               r"(?:to|at|of)|claimed the lives of)"),
    ("injured", r"(?:injuring|injured|injures|wounding|wounded|wounds|hurting|hurt)"),
    ("shot", r"(?:shooting|shot|shoots|hitting|striking|hits|strikes)"),
    ("arrested", r"(?:arrested|detaining|detained|arresting)"),
    ("magnitude", r"magnitude(?:\s+of)?"),
    ("seats", r"(?:won|winning|took|taking|secured|securing|gained|has|had|holds?|with)"),
)
"""Measure → the words before a number that name it ('killing 129', 'the death toll rose to 129'; a headline's present
tense 'fires gun, hits his two young sons': residue 7 read; 'Shooting Wounds 4 Boys': residue 14 read; 'Man shoots 3
cousins, killing 2, then himself'). 'Opened fire on' is none: the people fired on were not all hit ('opened fire on
his uncle and a neighbour', of whom none was hit: residue 2 read)."""
NEEDS_NOUN_BEFORE = {"seats": "seats", "killed": "", "injured": "", "shot": "", "arrested": "", "magnitude": ""}
"""A number after a seats verb ('won 129') counts seats only when 'seats' follows it."""
PART_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of them|of which|(?<!along\s)with)\s+"
                         r"(?:at least\s+|about\s+)?$", re.I)
REST_BEFORE = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.I)
"""'The other four were in stable condition' (of six hit: residue 12 read): a count at a hospital or in a condition
after 'the other' is the rest of a group, part of the injured."""
PART_AFTER = re.compile(r"^\s*(?:of\s+(?:them|whom|those|the)|per\s?cent|percent|%|(?:or\s+\w+\s+)?times|"
                        r"to\s+\d|or\s+\d|-\s*\d|(?:minutes?|hours?|days?|weeks?|months?|years?)\b)", re.I)
"""A number that counts part of another ('including 80', 'two of them'), a share, a range's start, shots fired
('shooting eight or nine times': residue 3 read) or a span of time is no value of a measure."""
AGES_BEFORE = re.compile(r"\b(?:ages?|aged)\s+(?:of\s+)?(?:\d{1,2}\s*(?:,|and|to|-|through|&)\s*)*$", re.I)
"""'four men between the ages of 19 and 44 were shot': the numbers are ages, not counts (residue 15 read)."""
SINGULAR_VERB = re.compile(r"^\s*(?:was|is|has)\b", re.I)
"""A singular verb right after a number above one: the number is an age or a rank ('Ben Ode, 24 was shot',
'a boy younger than 12 was shot': residues 16 and 18 read); a count of more than one takes the plural."""
PARENT_OF = re.compile(r"\b(?:father|mother|dad|mom|parent|grandfather|grandmother|grandparent)s?\s+of\s+$", re.I)
"""'Father of 4 killed in shooting': the number counts a parent's children, not the dead (residue 3 read)."""


@per_text  # a sentence's figures are read once per story (issue #20)
def read_claims(text: str) -> list[Claim]:
    """Every figure ``text`` (one sentence) states, in text order."""
    claims: list[Claim] = []
    for number in read_numbers(text):
        before, after = text[max(0, number.start - 60):number.start], text[number.end:number.end + 120]
        if PART_BEFORE.search(before) or PART_AFTER.match(after) or PARENT_OF.search(before) or _before_a_count(
                number, after) or AGES_BEFORE.search(before) or _age_before_verb(number, after) or (
                FIRING_BEFORE.search(before) and SHOTS_AFTER.match(after)) or no_level(before, after):
            continue
        claim = _preferred(_after(number, after), _before(number, before, after)) or _sent(number, before, after)
        if claim is not None and REST_BEFORE.search(before) and via_hospital(text[number.start:claim.end]):
            continue
        if claim is not None and not is_rate(claim.measure, claim.number.value, text[claim.end:claim.end + 40]):
            joined = _joined(claim, text)
            if not _one_before_plural(joined, text):
                claims.append(scoped(_with_dead(joined, text), text))
    claims += zeros(text, claims)
    claims += multiple(text, claims)
    claims += one_of_dead(text, claims)
    hit = ordinal_hit(text, claims)  # 'three men shot, a fourth wounded': four, not three and four
    claims = [c for c in claims if not hit or c.measure != "shot" or c.number.value >= hit[0].number.value] + hit
    claims = others_beside_dead(text, _listed(text, _unjoined(ordinal_dead(text, claims))))
    claims += [Claim("killed", SHOOTER, Number(1.0, "exact", text[start:end], start, end), end)
               for start, end in shooter_deaths(text)]
    claims = [Claim(c.measure, f"{c.subject} {OTHER_SHOOTINGS}" if c.subject else OTHER_SHOOTINGS, c.number, c.end)
              if in_tally(text, c.number.start) and not of_another_event(c.subject) else c for c in claims]
    claims = first_reports(text, claims)  # 'early reports said one, but officials later gave updated figures'
    claims += seized_claims(text, claims)  # 'seized 14 rifles, 31 magazines': things seized, one measure each
    claims = periodic(text, claims)  # 'in a single day': a measure of its own, not the whole toll
    earlier = earlier_subject(text)
    if earlier:
        claims = [c if of_another_event(c.subject) else Claim(
            c.measure, f"{c.subject} {earlier}" if c.subject else earlier, c.number, c.end) for c in claims]
    # a record's or a career's figures after the earlier event's words ('record' is theirs, no other event's);
    # their years date them apart (:func:`.rivals.apart`)
    claims += [c for c in sports_claims(text) if c.number.start not in {o.number.start for o in claims}]
    return sorted(claims, key=lambda c: c.number.start)


def _unjoined(claims: list[Claim]) -> list[Claim]:
    """Less a count that a joined count of the same measure starts with ('Three women were in serious condition'
    of 'Three women were in serious condition and two others were hurt': five, :mod:`.together`)."""
    return [c for c in claims if not any(o is not c and o.measure == c.measure and o.number.start == c.number.start
                                         and o.number.end - o.number.start > c.number.end - c.number.start
                                         for o in claims)]


def _age_before_verb(number: Number, after: str) -> bool:
    """:data:`SINGULAR_VERB` after a number above one written in digits."""
    return number.value > 1 and number.written.isdigit() and SINGULAR_VERB.match(after) is not None


PLURAL_VERB = re.compile(r"\b(?:were|are|have\s+been|had\s+been)\b", re.I)
"""A plural verb between one person and the measure ('Four men coming from a dinner for a friend were shot'): the
one person ('a friend') is no subject of the verb, the count is further back (residue 27 read)."""


def _one_before_plural(claim: Claim, text: str) -> bool:
    """A determiner read as one person ('a', 'his'; not joined to another: 'he and a friend were shot') with a plural
    verb before its measure (:data:`PLURAL_VERB`)."""
    number = claim.number
    return (number.value == 1 and number.written.lower() in DETERMINERS
            and bool(PLURAL_VERB.search(text[number.end:claim.end])))


def _before_a_count(number: Number, after: str) -> bool:
    """A determiner read as one person ('his', 'the') with a count right after it ('killed his two sons', 'the 3
    men'; not an age: 'her 5-year-old son'): the count speaks, not the determiner (residue 5 read)."""
    if number.written.lower() not in DETERMINERS:
        return False
    at = len(after) - len(after.lstrip())
    return at > 0 and any(n.start == at for n in read_numbers(after[:40]))


def _preferred(after: Claim | None, before: Claim | None) -> Claim | None:
    """The reading after the number, unless the words before it say killed and after it only shot ('the deaths of
    three people later found shot': three killed)."""
    if after is not None and before is not None and (before.measure, after.measure) == ("killed", "shot"):
        return before
    return after or before


def _joined(claim: Claim, text: str) -> Claim:
    """A count joined to the person or count before or after it ('he and three others were shot': four;
    :mod:`.together`): a count of the event, whatever group its first noun names ('a police officer and three other
    people': four people, not four officers; dev residue 37 read)."""
    number = claim.number
    total = joined_value(text, number.start, max(number.end, claim.end if claim.end <= number.end + 40 else 0),
                         number.value)
    if total is None:
        return claim
    value, start = total
    joined = Number(value, number.qualifier, text[start:max(number.end, claim.end)].strip(), start, number.end)
    return Claim(claim.measure, None, joined, claim.end)


DEAD_AMONG = re.compile(r"^\s*[,—–(-]+\s*\w+\s+(?:of\s+(?:them|whom)\s+)?(?:(?:already|were|later)\s+)?"
                        r"(?:dead|mortally|fatally|died)\b", re.I)
"""'five people hurt, two of them already dead', 'six people wounded -- two mortally': the count is of the
people shot, the dead among them."""


def _with_dead(claim: Claim, text: str) -> Claim:
    """An injured count with its dead among it counts the people shot (the injured are those less the dead), and so
    does 'All four victims suffered gunshot wounds' and 'two individuals were suffering gunshot wounds'
    (:mod:`.referred`)."""
    if claim.measure == "injured" and (DEAD_AMONG.match(text[claim.end:claim.end + 60])
                                       or died_there(text[claim.end:claim.end + 100])
                                       or wounds_of_all(text[:claim.number.start], text[claim.number.start:claim.end])
                                       or wounds_of_hit(text[claim.number.start:claim.end])):
        return Claim("shot", claim.subject, claim.number, claim.end)
    return claim


def _after(number: Number, after: str) -> Claim | None:
    """'129 people were killed', 'two dead', 'a man was fatally shot', '129 seats'."""
    determiner = number.value == 1 and number.written.lower().split()[-1] in DETERMINERS
    for match in [*counted_nouns(after), None]:
        noun = (match.group("noun") or "").lower() if match else ""
        if determiner and (not noun or (number.written.lower() == "the" and not SINGULAR.fullmatch(noun))):
            return None
        rest = after[match.end():] if match else after
        cause = None if match else CAUSE.match(rest)  # '3,100 Covid-19 deaths': the cause, then the measure
        rest = rest[cause.end():] if cause else rest
        for measure, words in MEASURE_AFTER:
            if words == HOSPITAL_AFTER and number.written.lower().split()[-1] in ONE_PERSON_WORDS:
                continue
            if re.match(rf"[\s-]*{AUX}(?:{words})\b", rest, re.I) and not _active(rest, words, after[:len(after)
                                                                                                        - len(rest)]):
                if number.value == 0 and badly_only(rest[:_length(rest, words)]):
                    return None  # 'None were seriously injured': a zero of the badly hurt only
                subject = None if generic_noun(noun) or measure in ("seats", "magnitude", "attackers") else noun
                return Claim(measure, subject, number, number.end + len(after) - len(rest) + _length(rest, words))
    return None


CAUSE = re.compile(r"[\s-]*(?:covid(?:-19)?|coronavirus|virus|flu|influenza|ebola|cholera)(?:-related)?(?=\s+deaths\b)",
                   re.I)
"""A disease named between a count and 'deaths' ('3,100 Covid-19 deaths', 'virus-related deaths': NeuS train 1136,
whose one-day deaths went unread, round 17); only before 'deaths', so no other measure's words are skipped."""
ACTIVE_OBJECT = re.compile(r"\s+(?:his|her|their|its|a|an|the|him|himself|herself|them|themselves|\d+|one|two|"
                           r"three|four|five|six|seven|eight|nine|ten)\b")
"""A word after 'shot' / 'killed' that is its object: the count before was the shooter's ('a man shot his
brother'), not the victims'."""
PASSIVE = re.compile(r"\b(?:was|were|been|being|be|got|is|are)\b", re.I)


def _active(rest: str, words: str, lead: str = "") -> bool:
    """'a boy shot his brother': the verb has an object and no passive auxiliary before it, in its own words or in
    ``lead``, the words read with the counted noun ('two men were' of 'two men were shot 20 minutes apart': a passive,
    the number after it no object; 'a man was shot 3 times' too)."""
    match = re.match(rf"[\s-]*{AUX}(?:{words})\b", rest, re.I)
    if match is None or PASSIVE.search(lead + rest[:match.end()]):
        return False
    return bool(ACTIVE_OBJECT.match(rest[match.end():]))


ONE_PERSON_WORDS = DETERMINERS | {"another"}
"""Words that name one person, no count ('a man', 'another'): a trip to a hospital is read only after a count."""


def _sent(number: Number, before: str, after: str) -> Claim | None:
    """'a shooting that sent three men to the hospital': a count of the injured (:mod:`.hospital`)."""
    sent = sent_to_hospital(before, after)
    if sent is None or (sent[1] and not re.fullmatch(PERSON_NOUNS, sent[1], re.I)):
        return None  # 'sent two cars to the hospital': no people
    return Claim("injured", None, number, number.end + sent[0])


def _length(rest: str, words: str) -> int:
    match = re.match(rf"[\s-]*{AUX}(?:{words})\b", rest, re.I)
    return match.end() if match else 0


CUT_AFTER = re.compile(r"\s+(?:[A-Z]\.){2,}")
"""A number whose sentence ends on an abbreviation ('A bomb attack killed two U.S.' of '... two U.S. troops', NeuS
train 731): the sentence splitter cut the noun counted off, so what it counts is unknown."""
NEGATED_VERB = re.compile(r"(?:n't|\bnot|\bnever)\s+(?:\w+\s+)?\w+\s*$", re.I)
"""A negated verb before 'nobody' / 'no one' ("ain't hurt nobody"): a double negative in a quotation, no zero."""


def _before(number: Number, before: str, after: str) -> Claim | None:
    """'killing 129 people', 'the death toll rose to 129', 'magnitude 9.0', 'won 129 seats'."""
    for measure, words in MEASURE_BEFORE:
        # 'magnitude-5.2' too
        if not re.search(rf"\b{words}(?:\s+along\s+with)?(?:\s+(?:an?\s+|the\s+|{OWNER}\s+)?|-)$", before, re.I):
            continue
        if INTENT.search(before):
            continue  # 'he was going to kill his wife': a threat, no count
        noun = next(iter(counted_nouns(after)), None) or re.match(r"[\s-]*(?P<noun>seats)?\b", after, re.I)
        counted = (noun.group("noun") or "").lower() if noun else ""
        if NEEDS_NOUN_BEFORE.get(measure) and counted != NEEDS_NOUN_BEFORE[measure]:
            continue
        if measure not in ("magnitude", "seats") and number.value != 0 and not counted and re.match(
                r"\s+[a-z]{3,}", after) and not re.match(r"\s+(?:and|in|at|on|after|before|when|during|while|"
                                                         r"since|as|or|but|people|outside|inside|near|with|"
                                                         r"early|late|last|overnight)\b", after):
            continue  # 'killed 3 birds': the noun counted is no person
        if not counted and CUT_AFTER.match(after):
            continue  # 'killed two U.S.': the sentence was cut after an abbreviation, the noun counted is lost
        if number.value == 0 and NEGATED_VERB.search(before):
            continue  # "he didn't hurt nobody": a double negative, no count
        if not counted and number.value >= HOUSE_NUMBER and HOUSE.match(after):
            continue  # 'a shooting 2501 Carter Road': an address
        if number.value == 1 and number.written.lower() in DETERMINERS and (
                not counted or (number.written.lower() == "the" and not SINGULAR.fullmatch(counted))):
            continue
        if measure == "shot" and re.match(r"[^,;.]{0,40}?\bto death\b", after[noun.end() if noun else 0:]):
            measure = "killed"
        subject = None if generic_noun(counted) or counted == "seats" else counted
        return Claim(measure, subject, number, number.end + (noun.end() if noun else 0))
    return None


OWNER = r"(?:his|her|their)"
"""A possessive between a verb and its count: 'killed his two sons', 'shot their 3 children' (residue 5 read); 'the'
too ('before firing the shots, hitting the two': residue 24 read)."""
INTENT = re.compile(r"\b(?:to|will|would|could|might|should|wants?|wanted|tried|trying|attempt(?:ed|ing|s)?|"
                    r"threat(?:en(?:ed|ing|s)?)?)\s+"
                    r"(?:kill|shoot|hurt|injure|wound|arrest)\s+(?:\w+\s+){0,2}$", re.I)
"""'he was about to kill his brother and niece', 'threatened to shoot two people': a threat or an intent, no count
(sample4 read: a threat in another story's page counted one dead; 'charged with trying to kill 2 police
officers', 'attempted to kill ...': residue 2 read)."""
HOUSE_NUMBER = 100
"""The smallest number read as a house number when a capitalised name follows it ('a shooting 2501 Quill
Lane'): a count of the shot, injured or dead that large is written with a noun ('129 people')."""
HOUSE = re.compile(r"\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]")
"""A street name right after the number (an optional compass letter first)."""
SINGULAR_AFTER_LIST = re.compile(r"[\s,-]*(?:was|is|has)\b", re.I)
"""A singular verb right after people listed: they are no subject of it ('Her son, who played with his brother and
sister, was shot and killed': one, not two; residue 24 read)."""


def _listed(text: str, found: list[Claim]) -> list[Claim]:
    """People listed one by one before a measure ('a man, a woman and a boy were shot': three; 'a 6-year-old boy and
    father who were shot and killed': two, :mod:`.family`) in place of what the list's own words gave."""
    listed = listed_people(text)
    listed += [f for f in family_lists(text) if not any(s <= f[1] < e or f[1] <= s < f[2] for _, s, e in listed)]
    for count, start, end in listed:
        rest = text[end:]
        if count > 1 and SINGULAR_AFTER_LIST.match(rest):
            continue  # 'X, who loved his brother and sister, was shot': the list is no subject of the verb
        for measure, words in MEASURE_AFTER[:3]:  # killed, injured, shot
            match = re.match(rf"[\s,-]*{AUX}(?:{words})\b", rest, re.I)
            if match:
                number = Number(float(count), "exact", text[start:end], start, end)
                found = [c for c in found if not start <= c.number.start < end]
                found.append(_with_dead(Claim(measure, None, number, end + match.end()), text))
                break
    return found
