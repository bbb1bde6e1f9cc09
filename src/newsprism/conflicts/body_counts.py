"""Counts of things past an article's lead: compared only when their words say they count one thing of one subject.

:mod:`.amounts` compares each article's headline count of each noun, read in its lead, by the cosine of the masked
clauses; later sentences count other things (a route's cables, a season's games, another night's shops), and there
the clause's cosine does not tell one measure from another (on the dev stories of ``eval disagreements``, 'returned
12 weeks ago' / 'moved back around six weeks ago' score 0.28, the guilt phase's and the penalty phase's hours of
deliberation 0.47). So a count past the lead meets another article's count of the same noun (:data:`SAME_THING`:
'appliances' are fire 'engines') only when, read by words alone:

- **the measure phrase agrees**: the content words next to the two counts share a stem (:func:`measure_stems`:
  'called in an additional six engines' / 'called a further four appliances'; '355 damaged shops' / '565 shops
  suffering serious damage'), other counted nouns of a list left out ('six rifles, 12 magazines'), and the verb a
  count in a list of objects hangs on (:func:`.list_heads.list_verbs`: 'smashed a tram shelter, five kiosks and two
  cafes');
- **the subject agrees**: where both have names next to them (:func:`names_near`), the same names ('54 games with
  the Angels' never meets '157 games with the Angels and Braves');
- **the article gives one such count**: an article whose counts of the noun under that measure differ (a part and
  its total, two operations) is no side;
- **a count of others is a part** ('two other rifles'), and a count after 'in' a scope ('in about 15 villages');
  a count of more ('an additional six engines', 'another 40 boats', 'two extra shifts': :data:`MORE`) is a part
  too, so it meets only another count of more ('a further four appliances'), never the whole;
- **a count that happened**: a count its own clause forecasts ('economists had expected that the plant would
  ship 900 crates', :func:`projected`) is no count of the story's, never set against one (:mod:`.amounts` leaves
  it out);
- **the subject agrees** where one count's own clause names who does or has it before the count ('the Allies
  pledge 900 million doses') and the other's names no one: the named count is another subject's
  (:func:`subject_names`);
- **the window agrees** (:func:`window`): a count of a span ('his first 11 seasons', 'since Week 11', 'this
  season', 'in the first half') meets only a count of the same span, and a count of no span only another such
  ('19 seasons with the team' / 'his first 11 seasons as a player'; '176 receiving yards since Week 11' / '258
  receiving yards this season': ECB+ 5/ecb, 25/ecb, round 14 tune stories);
- **the complement agrees** (:func:`complement`): two counts whose nouns are followed by one preposition and its
  object name no common word ('six touchdowns on offense' / 'three touchdowns on punt runbacks', ECB+ 25/ecb).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.conflicts.list_heads import list_verbs
from newsprism.figures.periods import PERIODS
from newsprism.figures.rivals import clause_at
from newsprism.lexicon import FORECAST, MONTH_NAMES, STOP, WEEKDAY_NAMES
from newsprism.values import Quantity, numbers, quantities

NEAR_WORDS = 4
"""Words before a count, and after its noun, read as its measure phrase and subject ('then sent a further four
engines to help'): the verb and its object, not the rest of the sentence."""
NAME_WORDS = 8
"""Words on each side of a count read for the names of its subject: wider than the measure phrase, so that '157
games with the Angels and Braves' shows both names."""
TIME_ORDER = frozenset({"last", "past", "next", "first", "later", "earlier", "previous", "recent", "recently", "ago",
                        "after", "before", "since", "until", "during", "following", "almost", "nearly", "about",
                        "around", "more", "less", "least", "most", "just", "only", "over", "under", "some"})
"""Words of time order and of qualification next to a figure: they say when or how exactly, not what is measured."""
SUFFIX = re.compile(r"(?:izations?|isations?|ization|isation|ized|ised|izing|ising|ings?|ed|es|s)$")
ROOT = 6
"""Letters of a word's root after its ending is cut ('hospitalized' / 'hospital' → 'hospit', 'serving' / 'served'
→ 'serv')."""
SAME_THING = {"appliance": "engine", "tender": "engine", "fire-engine": "engine", "skiff": "boat", "speedboat": "boat",
              "bullet": "shot", "infection": "case"}
"""Counted nouns that name one thing ('a further four appliances' / 'an additional six engines', ECB+ 14/ecbplus;
'fired 13 bullets' / '13 shots', ECB+ 33/ecbplus; '91,000 infections' / '90,456 cases' of a disease, NeuS train
2046)."""
FIRED_THINGS = {"round": "shot"}
"""Counted nouns that name a shot only where the sentence speaks of gunfire (:data:`GUNFIRE`: 'the sniper's dozen
rounds', ECB+ 33/ecbplus); elsewhere a round is one of talks, votes, a bout or a game."""
GUNFIRE = re.compile(r"\b(?:fir(?:e|ed|es|ing)|gun\w*|sniper|pistol|rifles?|handguns?|ammunition|shooter|shooting|"
                     r"spray(?:s|ed|ing)?)\b", re.I)
"""Words of gunfire in a count's sentence: its rounds are shots (none of NeuS train or the AllSides roundups has a
count of rounds or bullets in one article and of shots in another, checked by /work/notes/c11/touch_shots.py)."""
OTHER = re.compile(r"\bothers?\b", re.I)
"""A count of others ('two other rifles'): a part of a count, never its rival."""
MORE = re.compile(r"\b(?:additional|extra|further|more)\b", re.I)
"""Modifiers of a count of more ('two additional life terms', 'six more engines'): a part added to a count."""
MORE_BEFORE = re.compile(r"\b(?:additional|extra|another|further)\s+$", re.I)
"""A word of more right before the figure ('an additional six engines', 'another 40 boats', 'a further four')."""
NOT_NAMES = frozenset(w.capitalize() for w in (*MONTH_NAMES, *WEEKDAY_NAMES))
SAY = frozenset({"said", "says", "told", "according", "reported", "added"})
"""Words of reporting next to a count that say nothing of what it counts."""


def thing(q: Quantity, text: str = "") -> str:
    """The counted noun, one name per thing (:data:`SAME_THING`; :data:`FIRED_THINGS` where ``text``, the count's
    sentence, speaks of gunfire)."""
    noun = q.dimension.removeprefix("count:")
    if noun in FIRED_THINGS and GUNFIRE.search(text):
        return FIRED_THINGS[noun]
    return SAME_THING.get(noun, noun)


SCOPE = re.compile(r"\b(?:in|across|within|throughout)\s+(?:(?:about|some|around|nearly|almost|at\s+least|more\s+than|"
                   r"an\s+estimated)\s+)?$", re.I)
"""What comes before a count that says where something else is counted ('1,500 houses in about 15 villages', 'homes
in five villages had been damaged'; ECB+ 20/ecbplus): a scope, not the thing measured."""


def of_others(text: str, q: Quantity) -> bool:
    """The count is of others ('two other rifles'), or the scope of another count ('in about 15 villages')."""
    return bool(OTHER.search(q.written)) or bool(SCOPE.search(text[max(0, q.start - 40):q.start]))


PROJECTED = re.compile(r"\b(?:" + FORECAST + r"|anticipat\w*|expectations?|"
                       r"expect(?:s|ed|ing)?\s+(?:to|that)\b)", re.I)
"""Words that forecast a count ('traders had anticipated that the mill would ship nearly 900 crates', 'is
expected to commit 100 million doses'; NeuS train 1772 and 957, C23's body-pairs scan): what someone expects, not
what happened. :data:`newsprism.figures.rivals.PROJECTION` reads a whole sentence's forecasts of people."""
CONTRAST = re.compile(r"\b(?:but|while|whereas|instead|however|yet)\b|;", re.I)
"""A turn between a forecast word and the count ('expected 900, but the plant shipped 650'): the count happened."""


def projected(text: str, q: Quantity) -> bool:
    """The count's own clause (:func:`~newsprism.figures.rivals.clause_at`) forecasts it (:data:`PROJECTED`)
    before it, with no turn (:data:`CONTRAST`) between."""
    clause = clause_at(text[:q.start], q.start)
    words = list(PROJECTED.finditer(clause))
    return bool(words) and not CONTRAST.search(clause, words[-1].end())


def of_more(text: str, q: Quantity) -> bool:
    """The count is of more (:data:`MORE`, :data:`MORE_BEFORE`): a part added to a count, which meets only another
    such part (ECB+ 14/ecbplus's 'an additional six engines' / 'a further four appliances'; 3/ecbplus's 'two
    additional life sentences' is no rival of the 'three life sentences' served, C23's body-pairs scan)."""
    return bool(MORE.search(q.written)) or bool(MORE_BEFORE.search(text[max(0, q.start - 12):q.start]))


def _near(text: str, q: Quantity, before: int = NEAR_WORDS, after: int = NEAR_WORDS) -> list[str]:
    """The words before the count, within it ('355 damaged shops') and after it, ``before`` and ``after`` words."""
    words_before = re.findall(r"[A-Za-z][\w'’-]*", text[:q.start])[-before:] if before else []
    within = re.findall(r"[A-Za-z][\w'’-]*", q.written)
    words_after = re.findall(r"[A-Za-z][\w'’-]*", text[q.end:])[:after]
    return words_before + within + words_after


def measure_stems(text: str, q: Quantity, before: int = NEAR_WORDS, after: int = NEAR_WORDS) -> set[str]:
    """Roots of the content words next to the figure (``before`` words before it, its own words, ``after`` words
    after it): no function, time-order, reporting or number word, no name, no counted noun or unit of the sentence
    (the figure's own, and the other items of a list: 'six rifles, 12 magazines'). The one measure phrase of the
    body counts and of :mod:`.measured`'s figures of one person."""
    listed = {root(w) for x in quantities(text) for w in (x.unit, x.dimension.removeprefix("count:"), *(
        re.findall(r"[A-Za-z][\w'’-]*", x.written) if x.start != q.start else q.written.split()[-1:]))}
    words = [w for w in _near(text, q, before, after) if len(w) >= 4 and not w[:1].isupper()]
    return {root(w) for w in words if w.lower() not in STOP and w.lower() not in SAY
            and w.lower() not in TIME_ORDER and not numbers(w)} - listed


def root(word: str) -> str:
    """The word's root: lower case, possessive, ending and a final 'e' cut ('damaged' / 'damage' → 'damag', ECB+
    19/ecb's '355 damaged shops' / '565 shops suffering serious damage'), at most :data:`ROOT` letters."""
    bare = re.sub(r"['’]s?$", "", word.lower())
    return (SUFFIX.sub("", bare) if len(bare) > 5 else bare).removesuffix("e")[:ROOT]


def names_near(text: str, q: Quantity) -> frozenset[str]:
    """Capitalised words next to the count (not the sentence's first word, nor a month or weekday): its subject."""
    opening = re.match(r"\W*([A-Za-z][\w'’-]*)", text)
    first = opening.end(1) if opening else 0
    spans = [(m.group(0), m.start()) for m in re.finditer(r"[A-Za-z][\w'’-]*", text)]
    near = set(_near(text, q, NAME_WORDS, NAME_WORDS))
    return frozenset(re.sub(r"['’]s$", "", w) for w, at in spans
                     if w in near and w[:1].isupper() and w not in NOT_NAMES and at >= first)


SUBJECT_WORDS = 8
"""Words of the count's own clause before it read for its subject's names ('the Allies pledge 900 million doses'):
the clause's subject and verb, as :data:`NAME_WORDS` reads names on both sides."""
NAME_LIKE = re.compile(r"^(?:[A-Z][\w'’-]*\d[\w'’-]*|[A-Z]{2,}s?|[A-Z][a-z]+[A-Z][\w'’-]*|(?:[A-Z]\.){2,})$")
"""A sentence's first word that is a name whatever its place ('G7', 'NATO', 'McCann', 'U.K.'): the first word is no
name otherwise (:func:`names_near`)."""


PREPOSITION = re.compile(r"\b(?:in|on|at|with|from|near|of|for|by|during|after|before|since|across|inside|outside|"
                         r"against|into|onto|over|under|to|within|throughout|among|amid)\b", re.I)
"""Where a clause's subject and verb end: its names after a preposition say where, when or against whom."""
SENTENCE_START = re.compile(r"(?:^|[.!?][\"'’”)]*\s+)[\"'“‘(]*$")
"""What comes before a sentence's first word."""


def subject_names(text: str, q: Quantity) -> frozenset[str]:
    """Names in the count's own clause (:func:`~newsprism.figures.rivals.clause_at`) before it, within
    :data:`SUBJECT_WORDS` and before the clause's first preposition (:data:`PREPOSITION`): who does or has what it
    counts ('the Allies will ship 900 million doses'), not where or against whom ('in central Dunmore as well as
    three banks', 'In the third Vane landed a pair of jabs'). A function word is none, and a sentence's first word
    counts only when it is :data:`NAME_LIKE`."""
    start = q.start - len(clause_at(text[:q.start], q.start))
    cut = PREPOSITION.search(text, start, q.start)
    words = list(re.finditer(r"[A-Za-z][\w'’.-]*", text[:cut.start() if cut else q.start]))
    return frozenset(w.group(0) if NAME_LIKE.match(w.group(0)) else w.group(0).rstrip(".")
                     for w in words[-SUBJECT_WORDS:] if w.start() >= start and _name(w.group(0), text[:w.start()]))


def _name(word: str, before: str) -> bool:
    bare = word.rstrip(".")
    return (word[:1].isupper() and bare.lower() not in STOP and bare not in NOT_NAMES
            and (NAME_LIKE.match(word) is not None or not SENTENCE_START.search(before)))


WINDOW = re.compile(r"\b(?:since\s+(?:week|game|round|day|the|his|her|their|its|then|last|early|late|"
                    r"(?-i:[A-Z][a-z]+)|\d{4})\b|"
                    r"(?:this|last|next|that)\s+(?:season|year|month|week|half|quarter|term|campaign)|"
                    r"(?:first|second)\s+half|career|all-time|so\s+far|to\s+date)", re.I)
"""Words that bound what a count adds up to a span of time ('since Week 11', 'since then', 'this season', 'in the first
half', 'his career'): a running total of another span than another count's. A name after 'since' is capitalised (the
rest of the pattern ignores case): 'since has received' is an adverb before a verb, no span (ECB+ 9/ecb)."""
SPAN_BEFORE = re.compile(r"\b(first|last|past|final|next|previous|opening)\s+$", re.I)
"""A span word right before the count ('his first 11 seasons', 'the last 10 games'): the count of a part of a
whole."""
COMPLEMENT = re.compile(r"\s+(on|in|for|from|at|with|during|against|off)\s+"
                        r"((?:(?!(?:and|or|but|while|as|to|after|before|when)\b)[\w'’-]+\s*){1,3})", re.I)
"""The preposition after a counted noun and the words of its object ('touchdowns on punt runbacks')."""


def window(text: str, q: Quantity) -> frozenset[str]:
    """The spans of time the count's sentence bounds its figures to (one day or week too: :data:`PERIODS`), and the
    span word right before it, lower case: empty for a count of no span."""
    return window_at(text, q.start)


def window_at(text: str, start: int) -> frozenset[str]:
    """:func:`window` for a figure that starts at ``start`` (a count of times: :mod:`.occurrences`)."""
    spans = {" ".join(m.group(0).lower().split()[:2]) for m in WINDOW.finditer(text)}
    spans |= {period for period, words in PERIODS.items() if words.search(text)}  # 'in a single day'
    before = SPAN_BEFORE.search(text[max(0, start - 12):start])
    return frozenset(spans | ({before.group(1).lower()} if before else set()))


def complement(text: str, q: Quantity) -> tuple[str, frozenset[str]] | None:
    """(preposition, stems of its object's content words) right after the counted noun, None where none follows."""
    found = COMPLEMENT.match(text, q.end)
    if found is None:
        return None
    words = [w for w in found.group(2).split() if w.lower() not in STOP and not numbers(w)]
    return (found.group(1).lower(), frozenset(root(w) for w in words)) if words else None


def _complements_differ(a: tuple[str, frozenset[str]] | None, b: tuple[str, frozenset[str]] | None) -> bool:
    return a is not None and b is not None and a[0] == b[0] and not a[1] & b[1]


Counted = tuple[str, str, Quantity]
"""(article, sentence text, count) of one count of things."""


def body_pairs(items: list[Counted], body: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Pairs of counts of one thing with different values in different articles, at least one past the lead
    (``body``), whose measure phrase and subject agree, each article giving one value under them: enough pairs to
    join every such count (a story's reprints are read once per kind of count, not once per pair of them)."""
    kinds: dict[_Kind, list[int]] = {}
    for i, (_, text, q) in enumerate(items):
        stems = frozenset(measure_stems(text, q) | {root(verb) for verb in list_verbs(text, q)})
        kinds.setdefault(_Kind(thing(q, text), q.value, stems, names_near(text, q), body(i), window(text, q),
                               complement(text, q), subject_names(text, q), of_more(text, q)), []).append(i)
    pairs: list[tuple[int, int]] = []
    split: dict[_Kind, frozenset[str]] = {}
    for x, y in itertools.combinations(kinds, 2):
        if x.thing == y.thing and x.value != y.value and (x.body or y.body) and x.meets(y):
            for kind in (x, y):
                if kind not in split:
                    split[kind] = _split_articles(kinds, items, kind)
            xs = [i for i in kinds[x] if items[i][0] not in split[y]]
            ys = [j for j in kinds[y] if items[j][0] not in split[x]]
            pairs += _joining(xs, ys, items)
    return pairs


@dataclass(frozen=True)
class _Kind:
    """Counts that meet others alike: one thing, value, measure phrase, names, and in the lead or past it."""

    thing: str
    value: float
    stems: frozenset[str]
    names: frozenset[str]
    body: bool
    window: frozenset[str] = frozenset()
    complement: tuple[str, frozenset[str]] | None = None
    subject: frozenset[str] = frozenset()
    more: bool = False

    def meets(self, other: _Kind) -> bool:
        return (bool(self.stems & other.stems) and not (self.names and other.names and self.names != other.names)
                and self.window == other.window and not _complements_differ(self.complement, other.complement)
                and self.more == other.more and not self._named_alone(other) and not other._named_alone(self))

    def _named_alone(self, other: _Kind) -> bool:
        """This count's clause names its subject and the other count names no one."""
        return bool(self.subject) and not (other.names | other.subject)


def _split_articles(kinds: dict[_Kind, list[int]], items: list[Counted], other: _Kind) -> frozenset[str]:
    """The articles whose counts of the thing that meet ``other`` have two values or more: no side. (Kept per kind
    for the story's pairs of kinds: the values of every article, kept so, made a 500-article one-event story's
    conflicts hold a set per kind and article; an article of a kind that meets ``other`` is always among them.)"""
    first: dict[str, float] = {}
    split: set[str] = set()
    for kind, indices in kinds.items():
        if kind.thing == other.thing and kind.meets(other):
            for i in indices:
                if first.setdefault(items[i][0], kind.value) != kind.value:
                    split.add(items[i][0])
    return frozenset(split)


def _joining(xs: list[int], ys: list[int], items: list[Counted]) -> list[tuple[int, int]]:
    """Pairs of different articles that join every count of ``xs`` and ``ys`` that has a partner."""
    pairs = []
    for i in xs:
        partner = next((j for j in ys if items[j][0] != items[i][0]), None)
        if partner is not None:
            pairs.append((i, partner))
    for j in ys:
        partner = next((i for i in xs if items[i][0] != items[j][0]), None)
        if partner is not None:
            pairs.append((partner, j))
    return pairs
