"""Decide, for two sentences that say the same thing, which slots disagree: number, date, place, person,
negation, modality.

Each check is built for precision: a value is a conflict only when both sentences hold a value of the same
kind *in the same role* (a number counting the same thing, a place after the same preposition, a name before
the same verb, a negation or modal on the same verb) and neither value is found in the other sentence in
another form ("14" / "fourteen", "18 months" / "a year and a half", "about 1,500" / "1,523", "10 miles" /
"16 km"). A value one side merely leaves out is never a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsprism.align.lexical import NEGATION, STOP
from newsprism.conflicts.places import is_container
from newsprism.conflicts.slots import COUNTS, ClockTime, Quantity, agree, clock_times, clocks_agree, figures, quantities
from newsprism.model import ConflictKind, Sentence
from newsprism.reuse.changes import NAME_MATCH
from newsprism.timeline.calendar import MONTH_NAMES, MONTHS, WEEKDAY_NAMES

DATE_TOKEN = re.compile(r"\b(?:(?P<weekday>" + "|".join(WEEKDAY_NAMES) + r")|(?P<month>"
                        + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
                        + r"|(?<![\d,.])(?P<year>(?:1[89]|20)\d\d)(?!\d|,\d))", re.I)
"""Weekdays by full name only ('Sun', 'Wed' and 'Sat' are words too); months by name or abbreviation."""
AUXILIARY_WORDS = frozenset("is are was were will would has have had can could should may might must be been being "
                            "said says".split())
PRONOUNS = frozenset("he she they it we i you his her their this that these those there".split())
PLACE_PREPS = frozenset({"in", "at", "to", "from", "near", "into", "outside", "inside", "toward", "towards"})
CERTAIN = frozenset({"will", "shall", "must", "'ll", "wo"})
HEDGE = frozenset({"may", "might", "could", "possibly", "perhaps", "likely", "probably", "reportedly", "unlikely"})
SKIP_TO_VERB = frozenset({"not", "n't", "be", "have", "also", "still", "soon", "then", "now", "again", "later",
                          "never", "ever", "only", "just", "likely", "probably", "possibly", "perhaps", "definitely",
                          "certainly", "both", "all", "even", "further", "already"})
NEGATORS = frozenset({"not", "n't", "never", "cannot"})
"""Negations of a verb. 'no', 'none', 'nothing' negate a noun ('all the no votes') and only count as the other
side's negation (:data:`newsprism.align.lexical.NEGATION`), never as a flip."""
DENIAL = re.compile(r"\b(?:fail(?:s|ed)?\s+to|den(?:y|ies|ied)|refus(?:e|es|ed)|reject(?:s|ed)?|lack(?:s|ed)?|"
                    r"declin(?:e|es|ed)\s+to|unable|unlikely|without|neither|nor|absent)\b", re.I)
"""Words that carry a negation without a 'not': 'failed to reach' restates 'did not reach'."""

SameEntity = Callable[[Sentence, int, Sentence, int], bool]
"""(sentence a, entity index in a, sentence b, entity index in b) → the two names are one entity of the story."""


@dataclass(frozen=True)
class Disagreement:
    """One slot two sentences fill differently: the kind, each value as written, and what it is about."""

    kind: ConflictKind
    a: str
    b: str
    about: str


def disagreements(a: Sentence, b: Sentence, same_entity: SameEntity | None = None) -> list[Disagreement]:
    """The slots where ``a`` and ``b`` (taken to say the same thing) contradict each other."""
    return [*_numbers(a.text, b.text), *_clocks(a.text, b.text), *_dates(a.text, b.text), *_places(a, b),
            *_people(a, b, same_entity), *_negation(a.text, b.text), *_modality(a.text, b.text)]


def _numbers(a: str, b: str) -> Iterator[Disagreement]:
    qa, qb = quantities(a), quantities(b)
    for dimension in sorted({q.dimension for q in qa} & {q.dimension for q in qb}):
        xs = [q for q in qa if q.dimension == dimension]
        ys = [q for q in qb if q.dimension == dimension]
        only_a = [x for x in xs if not any(agree(x, y) for y in ys) and not _number_in(x, b)]
        only_b = [y for y in ys if not any(agree(x, y) for x in xs) and not _number_in(y, a)]
        pairs = [(x, y) for x in only_a for y in only_b
                 if same_context(a, (x.start, x.start + len(x.written)), b, (y.start, y.start + len(y.written)))]
        if pairs:
            yield Disagreement("number", pairs[0][0].written, pairs[0][1].written, number_about(dimension))


def number_about(dimension: str) -> str:
    if dimension.startswith("count:"):
        return f"how many {dimension[6:]}s"
    return {"time": "how long", "length": "the distance", "mass": "the weight", "percent": "the percentage",
            "people": "how many people"}.get(dimension, dimension)


def _number_in(quantity: Quantity, text: str) -> bool:
    """The figure is written in the other sentence too (tagged to another noun there, or in another sentence part)."""
    return quantity.value in figures(text)


def _clocks(a: str, b: str) -> Iterator[Disagreement]:
    ca, cb = clock_times(a), clock_times(b)
    if not ca or not cb:
        return
    only_a = [x for x in ca if not any(clocks_agree(x, y) for y in cb) and not _inside(x.minutes, cb)]
    only_b = [y for y in cb if not any(clocks_agree(x, y) for x in ca) and not _inside(y.minutes, ca)]
    if only_a and only_b:
        yield Disagreement("date", only_a[0].written, only_b[0].written, "the time of day")


def _inside(minutes: int, others: list[ClockTime]) -> bool:
    values = [o.minutes for o in others]
    return len(values) >= 2 and min(values) <= minutes <= max(values)


def date_tokens(text: str) -> dict[str, dict[str, str]]:
    """grain ('weekday', 'month', 'year') → normalised value → as written; capitalised words only ('may' is a modal)."""
    found: dict[str, dict[str, str]] = {"weekday": {}, "month": {}, "year": {}}
    for match in DATE_TOKEN.finditer(text):
        grain = match.lastgroup or ""
        word = match.group(0).rstrip(".")
        if grain != "year" and not word[0].isupper():
            continue
        if word == "May" and (match.start() == 0 or not re.search(r"\d|\b(?:in|of|on|since|until|by)\s+$",
                                                                  text[max(0, match.start() - 8):match.end() + 4])):
            continue
        value = MONTH_NAMES[MONTHS[word.lower()] - 1] if grain == "month" else word.lower()
        found[grain].setdefault(value, word)
    return found


def _dates(a: str, b: str) -> Iterator[Disagreement]:
    da, db = date_tokens(a), date_tokens(b)
    for grain in ("year", "month", "weekday"):
        only_a = [w for v, w in da[grain].items() if v not in db[grain]]
        only_b = [w for v, w in db[grain].items() if v not in da[grain]]
        pairs = [(x, y) for x in only_a for y in only_b if same_neighbour(a, _at(a, x), b, _at(b, y))]
        if pairs:
            yield Disagreement("date", *pairs[0], f"the {'day' if grain == 'weekday' else grain}")
            return


def _at(text: str, written: str) -> tuple[int, int]:
    match = re.search(rf"\b{re.escape(written)}\b", text)
    return (match.start(), match.end()) if match else (0, 0)


CONTEXT_WORDS = 3
"""Words read on each side of a figure for what it counts: two figures of the same unit disagree only when a
content word within three of each is shared ('injuring 14 people' / '41 people injured'). Dates need more (the
same nearest word, :func:`same_neighbour`): on the first 500 NeuS/AllSides stories (three outlets each) the
weekday conflicts flagged without it all paired dates of different events ('ordered to evacuate Sunday' /
'remained under evacuation orders Monday', 'called Schumer on Friday' / 'said on Saturday that he had
spoken')."""


def same_context(a: str, span_a: tuple[int, int], b: str, span_b: tuple[int, int]) -> bool:
    """The two values sit next to a common content word (same first four letters): they fill the same slot."""
    return bool(_context(a, *span_a) & _context(b, *span_b))


def same_neighbour(a: str, span_a: tuple[int, int], b: str, span_b: tuple[int, int]) -> bool:
    """The nearest content word before the two dates is the same (first four letters), or the nearest after:
    'harbour on Tuesday' / 'harbour on Monday' fill one slot; 'ordered to evacuate Sunday' / 'under evacuation
    orders Monday' date two different things."""
    before_a, after_a = _nearest(a, *span_a)
    before_b, after_b = _nearest(b, *span_b)
    return bool(before_a and before_a == before_b) or bool(after_a and after_a == after_b)


def _nearest(text: str, start: int, end: int) -> tuple[str, str]:
    before = [w for w in re.findall(r"[a-z]+", text[:start].lower()) if _content(w)]
    after = [w for w in re.findall(r"[a-z]+", text[end:].lower()) if _content(w)]
    return (before[-1][:4] if before else ""), (after[0][:4] if after else "")


def _content(word: str) -> bool:
    return (len(word) > 2 and word not in STOP and word not in AUXILIARY_WORDS and word not in COUNTS
            and not DATE_TOKEN.fullmatch(word))


def _context(text: str, start: int, end: int) -> set[str]:
    before = re.findall(r"[a-z]+", text[:start].lower())[-CONTEXT_WORDS:]
    after = re.findall(r"[a-z]+", text[end:].lower())[:CONTEXT_WORDS]
    return {w[:4] for w in (*before, *after) if _content(w)}


def _entities(sentence: Sentence, labels: tuple[str, ...]) -> list[tuple[int, str, str, str]]:
    """(index, text, word before, word after) of the sentence's entities with one of ``labels``."""
    out = []
    for index, entity in enumerate(sentence.entities):
        if entity.label in labels:
            start, end = entity.start - sentence.start, entity.end - sentence.start
            before = re.findall(r"[\w']+", sentence.text[:start].lower())
            after = re.findall(r"[\w']+", sentence.text[end:].lower())
            out.append((index, entity.text, before[-1] if before else "", after[0] if after else ""))
    return out


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def _found_in(name: str, text: str) -> bool:
    plain = _plain(re.sub(r"^the\s+|['’]s$", "", name, flags=re.I))
    return bool(plain) and fuzz.partial_ratio(plain, _plain(text)) >= NAME_MATCH


def _places(a: Sentence, b: Sentence) -> Iterator[Disagreement]:
    """One place put in another's slot: the same preposition before and the same word after ('in Lendon on
    Friday' / 'in Varsk on Friday'). Without a gazetteer a looser slot would flag containment ('a judge in Brooklyn
    on Friday' / 'a judge in New York has ordered') and nearby places ('near Lake Charles, Louisiana' / 'near
    Cameron, La.'), as it did on NeuS/AllSides stories; a country or state against a city is left alone
    (:mod:`newsprism.conflicts.places`)."""
    pa = [p for p in _entities(a, ("GPE", "LOC", "FAC")) if not _found_in(p[1], b.text)]
    pb = [p for p in _entities(b, ("GPE", "LOC", "FAC")) if not _found_in(p[1], a.text)]
    for _, x, before_x, after_x in pa:
        for _, y, before_y, after_y in pb:
            if (before_x == before_y and before_x in PLACE_PREPS and after_x == after_y and not _overlap(x, y)
                    and is_container(x) == is_container(y) and _word_before(a, x) == _word_before(b, y)):
                yield Disagreement("place", x, y, f"where ('{before_x} ...')")
                return


def _word_before(sentence: Sentence, name: str) -> str:
    """The word before the preposition before ``name`` ('held in Ohio' → 'held')."""
    words = re.findall(r"[\w']+", sentence.text[:sentence.text.find(name)].lower())
    return words[-2] if len(words) >= 2 else ""


def _overlap(x: str, y: str) -> bool:
    """The two names share a word ('Kim Jong Un' / 'Kim'; 'Port Averly' / 'Averly harbour')."""
    words = {w for w in _plain(x).split() if len(w) > 2 and w != "the"}
    return bool(words & {w for w in _plain(y).split() if len(w) > 2 and w != "the"})


CONTEXT = 15
"""Characters on each side of a name that must be the same in both sentences for a name missed by NER to count
as put in its place: a few words, so that only a substitution in an otherwise identical stretch qualifies."""
MIN_CONTEXT = 6


def _people(a: Sentence, b: Sentence, same_entity: SameEntity | None) -> Iterator[Disagreement]:
    found = next(iter(_named_people(a, b, same_entity)), None)
    if found is None:
        found = next(iter(_substituted_names(a, b)), None)
        if found is None:
            swapped = next(iter(_substituted_names(b, a)), None)
            found = None if swapped is None else Disagreement("person", swapped.b, swapped.a, "who")
    if found is not None:
        yield found


def _named_people(a: Sentence, b: Sentence, same_entity: SameEntity | None) -> Iterator[Disagreement]:
    pa = [p for p in _entities(a, ("PERSON",)) if not _found_in(p[1], b.text)]
    pb = [p for p in _entities(b, ("PERSON",)) if not _found_in(p[1], a.text)]
    for i, x, before_x, after_x in pa:
        for j, y, before_y, after_y in pb:
            same_role = before_x == before_y and after_x == after_y  # '' before: both open the sentence
            if same_role and not _overlap(x, y) and not (same_entity and same_entity(a, i, b, j)):
                yield Disagreement("person", x, y, "who")
                return


def _substituted_names(a: Sentence, b: Sentence) -> Iterator[Disagreement]:
    """A person of ``a`` (by NER) whose exact surroundings in ``b`` hold another capitalised name that NER missed
    there: a minimal substitution."""
    for _, x, _, _ in _entities(a, ("PERSON",)):
        if _found_in(x, b.text):
            continue
        start = a.text.index(x)
        left, right = a.text[max(0, start - CONTEXT):start], a.text[start + len(x):start + len(x) + CONTEXT]
        if (start and len(left) < MIN_CONTEXT) or len(right) < MIN_CONTEXT:
            continue
        anchor = "^" if not start else re.escape(left)
        match = re.search(anchor + r"((?:[A-Z][\w.'’-]*\s)*[A-Z][\w'’-]*)" + re.escape(right), b.text)
        if match and (match.group(1).lower() in STOP or match.group(1).lower() in PRONOUNS):
            continue
        tagged = match is not None and any(e.text == match.group(1) and e.label == "PERSON"
                                           for e in b.entities)  # two tagged people: _named_people judged them
        if match and not tagged and not _found_in(match.group(1), a.text) and not _overlap(x, match.group(1)):
            yield Disagreement("person", x, match.group(1), "who")
            return


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+(?:'[a-z]+)?|n't", text.lower().replace("’", "'").replace("n't", " n't"))


def negated_verbs(text: str) -> list[str]:
    """The verb each negation applies to and the content word after it ('did not pay the fine' → 'pay fine'):
    the other sentence must hold both for a flip to count ('some who worked in his office' / 'others who did not
    work for his administration' are two groups, not a contradiction)."""
    words = _words(text)
    found = []
    for i, word in enumerate(words):
        if word in NEGATORS and words[i + 1:i + 2] not in (["just"], ["only"], ["least"]):
            rest = [w for w in words[i + 1:] if w not in SKIP_TO_VERB and w not in STOP]
            if rest:
                found.append(" ".join(rest[:2]))
    return found


def _negation(a: str, b: str) -> Iterator[Disagreement]:
    na, nb = negated_verbs(a), negated_verbs(b)
    if bool(na) == bool(nb):
        return
    negated, plain, flipped = (na, b, False) if na else (nb, a, True)
    if DENIAL.search(plain) or any(w in NEGATION or w == "n't" for w in _words(plain)):
        return  # 'was not damaged' / 'suffered no damage', 'did not reach' / 'failed to reach'
    words = _words(plain)
    for phrase in negated:
        verb, *following = phrase.split()
        if any(_same_stem(verb, w) for w in words) and all(any(_same_stem(f, w) for w in words) for f in following):
            claim = (f"not {verb}", verb)
            yield Disagreement("negation", *(claim[::-1] if flipped else claim), f"whether '{verb}'")
            return


def _same_stem(x: str, y: str) -> bool:
    return x == y or (len(x) >= 4 and len(y) >= 4 and x[:4] == y[:4] and abs(len(x) - len(y)) <= 3)


def modal_verbs(text: str) -> dict[str, str]:
    """verb → 'certain' or 'possible' for each modal in the sentence ('will meet', 'may meet', 'will likely meet');
    a capitalised 'May' inside the sentence is the month."""
    words = _words(re.sub(r"(?<=[^.!?\s“\"])(\s+)May\b", r"\1month", text))
    found: dict[str, str] = {}
    for i, word in enumerate(words):
        if word in CERTAIN or word in ("may", "might", "could"):
            between: list[str] = []
            for w in words[i + 1:]:
                if w not in SKIP_TO_VERB:
                    found[w] = "possible" if word not in CERTAIN or any(x in HEDGE for x in between) else "certain"
                    break
                between.append(w)
    return found


def _modality(a: str, b: str) -> Iterator[Disagreement]:
    ma, mb = modal_verbs(a), modal_verbs(b)
    for verb, how in ma.items():
        other = next((h for v, h in mb.items() if _same_stem(v, verb)), None)
        if other is not None and other != how:
            yield Disagreement("modality", f"{_modal_word(how)} {verb}", f"{_modal_word(other)} {verb}",
                               f"whether '{verb}' is certain")
            return


def _modal_word(how: str) -> str:
    return "will" if how == "certain" else "may"


def states(sentence: Sentence, kind: ConflictKind, value: str) -> bool:
    """The sentence states ``value`` (one side's value of a disagreement of this kind), in any form."""
    text = sentence.text
    if kind == "number":
        wanted = quantities(value)
        return bool(wanted) and any(q.dimension == wanted[0].dimension and agree(q, wanted[0])
                                    for q in quantities(text))
    if kind == "date":
        clocks = clock_times(value)
        if clocks:
            return any(clocks_agree(clocks[0], c) for c in clock_times(text))
        tokens = {v for grain in date_tokens(text).values() for v in grain}
        days = {v for grain in date_tokens(value).values() for v in grain}
        return bool(days) and days <= tokens
    if kind in ("place", "person"):
        return _found_in(value, text)
    if kind == "negation":
        verb = value.split()[-1]
        negated = any(_same_stem(verb, v.split()[0]) for v in negated_verbs(text))
        return negated if value.startswith("not ") else not negated and any(_same_stem(verb, w) for w in _words(text))
    if kind == "modality":
        how = "certain" if value.startswith("will ") else "possible"
        return any(_same_stem(value.split()[-1], v) and h == how for v, h in modal_verbs(text).items())
    return False
