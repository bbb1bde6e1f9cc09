"""Who a source phrase names: a pronoun resolves to the nearest person named before it, a surname to the
fullest form of that name the article used, anything else to its own words."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsprism.entities import kind_words
from newsprism.entities.capitals import shouted
from newsprism.lexicon import KIN, ONE_PERSON_NOUNS, PERSON_PRONOUNS, TITLE_SHORT_FORMS, TITLES
from newsprism.quotes.cues import CUE_FORMS
from newsprism.quotes.descriptions import COLLECTIVE_ROLES, is_described, lede_description, looks_like_name
from newsprism.quotes.gender import Gender, bare_pronoun, gender_of_pronoun, genders
from newsprism.quotes.name_forms import NameForms
from newsprism.quotes.people import SPEAKER_TITLES, PersonMention, bare_name
from newsprism.quotes.ranges import Ranges
from newsprism.quotes.source_names import SourceNames

PRONOUNS = PERSON_PRONOUNS
"""Source words that stand for a person named earlier (he/she only for a person of that gender, when the article
tells: see :mod:`~newsprism.quotes.gender`)."""
SUBJECT_WINDOW = 3
"""A pronoun stands for the nearest of the last this-many people named before it who was a clause's subject
("Putin told reporters that Kim ... He said" -> Putin), else the nearest. Calibrated on 250 PolNeAR train articles
(speaker errors among 1,064 judged direct quotes, main-clause subjects): 76 with the nearest person alone (1), 75 at
2 and 3, 74 at 5, differences within noise; it is there for the common "X told reporters that Y ... He said" (Y's
clause is not the main one), which the nearest person gets wrong."""
_PRONOUN_GENDERS: tuple[Gender | None, ...] = (None, "m", "f")
_OWNER = re.compile(r"\w(?:['’]s|s['’])\s")
"""A possessive inside a phrase ('Kraft Food's Ana Ruiz')."""
_DEFINITE = re.compile(r"^[Tt]he\s+(?:(?:[A-Z][\w-]*(?:\s+[a-z][\w-]*)?['’]s\s+)?(?:[a-z][\w'’-]*\s+){0,2}"
                       r"([a-z]+(?:-[a-z]+)?)|[A-Z][a-z]+\s+([a-z]+)|([A-Z][a-z]+))$")
"""A definite description ending in a common noun ('the comedian', 'the police chief', 'the tearful mother', or with
a capitalised party or nation word alone before the noun: 'the Republican president', 'The Democratic senator'; NeuS
train 877, issue #19's eleventh round) or a capitalised title alone ('The President') that may stand for a person
the story titles so; a capitalised owner may open it ("the City's general counsel", 'The House panel’s counsel':
NeuS train 1713, issue #19's eighteenth round); the noun may be hyphenated ('The president-elect' for "Iran's
president-elect X": AllSides 5936, issue #19's twenty-fifth round's honest reading, tuned on after it)."""
TITLE_REACH = 60
"""Characters before a name where its title is read (as :data:`_TITLE_RUN` reads them)."""
_TITLE_RUN = re.compile(r"(?:[A-Za-z][\w'’-]*\.?[^\S\n]+){1,4}$")
"""The words right before a name, on its line with no punctuation but abbreviations' full stops ('Chicago police
Cmdr. '): where its title is written."""
_APPOSED_ROLE = re.compile(r",[^\S\n]+(?:the|a|an|his|her|their|[A-Z][\w.-]*['’]s?)(?:[^\S\n]+[\w'’-]+){1,4}")
"""A description in apposition right after a name ('Ana Ruiz, the victim's mother', 'Ben Ode, a city
councilman'), up to its next punctuation: the role is its last word before a speech verb."""
_ROLE_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?:the|a|an|his|her|their|[A-Z][\w.-]*['’]s?)"
                          r"((?:[^\S\n]+[a-z][\w'’-]*){1,3}),[^\S\n]+$", re.IGNORECASE)
"""A description in apposition right before a name ('Ben Ode's attorney, Ana Ruiz', 'the victim's mother, Ana
Ruiz'): its last word titles the person, so that 'the attorney' said later is that person (issue #19's thirteenth
round; its known residue of 'the attorney' left unresolved)."""
ROLE_NOUNS = frozenset({*ONE_PERSON_NOUNS, *TITLES, *kind_words.PERSON_HEADS, *KIN, *SPEAKER_TITLES})
"""Nouns that title one person (what :data:`_ROLE_BEFORE` takes: not 'In a statement, Ana Ruiz said')."""
_ROLE_OF = frozenset({"of", "at", "for", "from"})
"""Words after a role in apposition that open what it is a role of ('Ana Ruiz, the president of Chile,': president)."""
_SENTENCE_REST = re.compile(r"[^.!?\n\"“”]{0,200}")
"""The rest of a source's sentence up to a quotation, where the pronoun that tells its sex may follow ('Cruz said
of his daughter'; not the quoted words' 'he')."""
KIN_NOUNS = frozenset(KIN) - {"friend", "neighbor", "neighbour", "roommate", "classmate"}
"""Titles that make a person someone's relative ('his son', 'her wife')."""
_AGED = re.compile(r"^[Tt]he\s+(?:[a-z]+\s+)?(\d{1,3})-year-old$")
"""A source that is an age ('the 56-year-old', 'the tearful 33-year-old'): someone the article named before."""
_THIRD_PERSON = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)
_RANKS = frozenset(TITLE_SHORT_FORMS.values()) - {"doctor", "professor", "reverend"}
"""Ranks and offices written by a short form ('Lt.', 'Sgt.', 'Det.', 'Gov.'), as :meth:`SpeakerResolver._titles_of`
reads them (the full noun): titles of someone who speaks for an office, not a doctor's or professor's."""
QUALIFIERS = frozenset({"vice", "deputy", "assistant", "lieutenant", "former"})
"""Words that make a title another office ('Vice President Ana Lee' is no 'the president', 'Deputy Chief Ben Ode' no
'the chief'; 'the former president' is no 'President Ana Lee'): a description matches a title only with the same of
them (NeuS train 1967, issue #19's seventeenth round: 'the president said' went to the vice president named last;
NeuS train 2414, read in the eighteenth round's honest check: 'the former president' went to the sitting one)."""
_SAID_AFTER = re.compile(r"[^\S\n]+(?:said|says|told|added)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added)[^\S\n]+$")


class SpeakerResolver:
    """Resolves source phrases against the article's PERSON mentions (given in text order)."""

    def __init__(self, people: Iterable[PersonMention], quoted: Sequence[tuple[int, int]] = (), text: str = "") -> None:
        self.text = text
        """the article's text (empty: names in apposition to a source phrase are not looked for)"""
        self.people = sorted(_supported(people, text), key=lambda mention: mention.start)
        self._starts = [m.start for m in self.people]
        self._names = SourceNames(self.people, text)
        """the names standing with a source phrase (inside it, after it, in apposition)"""
        self._forms = NameForms((m.start, bare_name(m.text)) for m in self.people)
        inside = quoted if isinstance(quoted, Ranges) else Ranges(quoted)
        self.antecedents = [m for m in self.people if not inside.covers(m.start)]
        """the people a pronoun can stand for: those named outside the quotations"""
        self.genders = genders((self._who(m), m.gender) for m in self.people)
        """each person's gender (by the fullest form of their name) as the article tells it"""
        known = [self.genders.get(self._who(m).lower()) for m in self.antecedents]
        self._agreeing = {gender: [m for m, told in zip(self.antecedents, known, strict=True)
                                   if gender is None or told is None or told == gender]
                          for gender in _PRONOUN_GENDERS}
        """for each pronoun's gender (None: either), the antecedents whose gender (as told) does not disagree"""
        self._agreeing_starts = {gender: [m.start for m in found] for gender, found in self._agreeing.items()}
        self._titles: dict[int, set[str]] = {}
        """each person mention's titles (by where it starts), read once (see :meth:`_titles_of`)"""

    def resolve(self, source: str, start: int) -> str:
        """The speaker's name for the source phrase found at ``start``."""
        words = source.strip()
        if bare_pronoun(words) == "i":
            return words  # the writer, or a speaker talking of themself: no one named before
        if bare_pronoun(words) in PRONOUNS:
            return self._antecedent(words, start)
        ranked = self._names.after_rank(words, start + len(source)) or self._names.after_initials(start + len(source))
        if ranked is not None:
            return self.fullest(ranked.text, ranked.start)
        name = bare_name(words)
        person = self._names.named_in(source, start) or self._names.named_after(start + len(source))
        if person is None and (apposed := self._names.apposed(words, start + len(source)) or self._names.named_so(
                start + len(source)) or self._names.apposed_before(words, start)) is not None:
            return self.fullest(apposed.text, apposed.start)  # the name, never the title before it
        loud = bool(self.text) and shouted(self.text, start)  # in capitals, capitals are no sign of a name
        if person is None and (loud or not looks_like_name(name) or is_described(words)):
            return self._titled(words, start) or self._aged(words, start) or words
        named = bare_name(person.text) if person else name
        longer = len(name) > len(named) and looks_like_name(name) and not _OWNER.search(name) and not _titled_only(name)
        chosen = name if longer else named
        return self._kin(chosen, start + len(source)) or self.fullest(chosen, start)  # not "Kraft Food's Ana Ruiz"

    def _kin(self, surname: str, end: int) -> str | None:
        """Of several people the article names with this surname ('Tabitha Cruz', 'Miguel Cruz'), the one whose sex
        the next 'he'/'his'/'she'/'her' of the source's sentence tells, when only one agrees ('Cruz said of his
        daughter': Miguel Cruz)."""
        forms = {form for _, form in self._forms.longer(surname)}
        if len(surname.split()) != 1 or len(forms) < 2 or not self.text:
            return None
        sentence = _SENTENCE_REST.match(self.text, end)
        pronoun = _THIRD_PERSON.search(sentence.group(0)) if sentence else None
        gender = gender_of_pronoun(pronoun.group(0)) if pronoun else None
        agreeing = [form for form in forms if gender is not None and self.genders.get(form.lower()) == gender]
        if len(agreeing) == 1:
            return agreeing[0]
        for chosen in ([f for f in (agreeing or forms) if self._office_titled(f)],
                       [f for f in (agreeing or forms) if self._spoke_before(f, end)]):
            if len(chosen) == 1:
                return chosen[0]
        principal = [form for form in (agreeing or forms) if not self._kin_only(form)]
        return principal[0] if len(principal) == 1 else None

    def _office_titled(self, form: str) -> bool:
        """A mention of the name is titled with a rank's short form ('Lumo Police Lt. Ana Ruiz'): of several
        namesakes, the one who speaks for an office (gun-violence incident 362259, issue #19: a lieutenant sharing
        the victims' surname)."""
        return any(self._titles_of(m) & _RANKS for m in self.people if bare_name(m.text) == form)

    def _spoke_before(self, form: str, end: int) -> bool:
        """The article credited the name with speech before ``end`` ('"...," Ana Ruiz said.' ... 'Ruiz said'): of
        several namesakes, the one already speaking (gun-violence incident 362259, issue #19)."""
        return any(m.end < end and (_SAID_AFTER.match(self.text, m.end) or _SAID_BEFORE.search(
            self.text, max(0, m.start - 8), m.start)) for m in self.people if bare_name(m.text) == form)

    def _kin_only(self, form: str) -> bool:
        """Every mention of the name is titled as someone's relative ('his son Hunter Ode', 'her sister, Ana Ode'):
        the article's own subject of that surname is someone else."""
        mentions = [m for m in self.people if bare_name(m.text) == form]
        return bool(mentions) and all(self._titles_of(m) & KIN_NOUNS for m in mentions)

    def _titled(self, words: str, start: int) -> str | None:
        """The person a definite description at ``start`` stands for: 'the comedian' -> the last person named
        before it with that title ('comedian Ellen DeGeneres'), by the fullest form of the name; with no one
        titled so before it, the one person the story titles so after it ('The president has said ...' before
        'President Ana Lee'; several there: no one). Not the one holder in the whole story: on 600 gun-violence
        and 200 PolNeAR train stories that lost 8 speakers the nearest holder before got right ('the actor',
        'the president' where the story titles two presidents). An indefinite one in the lede ('A federal judge':
        :func:`~newsprism.quotes.descriptions.lede_description`) is only the one holder after it, none before."""
        lede = lede_description(words, start, self.text)  # 'A federal judge …': no one titled so before, one after
        described = titled_description(lede or words)
        if described is None:
            return None
        index = bisect_left(self._starts, start)
        for person in reversed(self.people[:index]):
            if person.end <= start and described.matches(self._titles_of(person)) and (
                    self._written_before(person, described.capitals)):
                return None if lede else self.fullest(person.text, person.start)
        holders = {self._who(person) for person in self.people[index:]
                   if described.matches(self._titles_of(person)) and self._written_before(person, described.capitals)}
        return holders.pop() if len(holders) == 1 else None

    def _written_before(self, person: PersonMention, capitals: list[str]) -> bool:
        """The capitalised words of a description ('the Republican president') stand in the title before the name
        ('Republican nominee Ben Ode'), or that title has no capitalised word but titles ('President Ben Ode'): 'the
        Democratic nominee' is not 'Republican nominee Ben Ode' (PolNeAR dev, issue #19's eleventh round)."""
        if not capitals or not self.text:
            return True
        line_start = self.text.rfind("\n", 0, person.start) + 1
        run = _TITLE_RUN.search(self.text, max(line_start, person.start - TITLE_REACH), person.start)
        before = [word.rstrip(".") for word in run.group(0).split()] if run else []
        others = [word for word in before if word[:1].isupper() and word.lower() not in SPEAKER_TITLES]
        return all(word in before for word in capitals) or not others

    def _aged(self, words: str, start: int) -> str | None:
        """The person an age standing as the source stands for ('the 56-year-old said'): the last person named
        before ``start`` with that age after the name ('Ana Ruiz, 56,'), else the one a 'he' or 'she' there would
        stand for (the article names someone and then goes on by age)."""
        aged = _AGED.match(words.strip())
        if aged is None:
            return None
        index = bisect_left(self._starts, start)
        for person in reversed(self.people[:index]):
            if person.end <= start and re.match(rf",\s*{aged.group(1)}\b", self.text[person.end:person.end + 8]):
                return self.fullest(person.text, person.start)
        chosen = self.antecedent_of("they", start)  # either sex
        return self.fullest(chosen.text, chosen.start) if chosen is not None else None

    def _titles_of(self, person: PersonMention) -> set[str]:
        """The nouns that title a person where the article names them: the title the parse saw, the word right
        before the name on its line or inside the mention before the bare name ('Chicago police Cmdr. Ana Ruiz':
        commander, not police), and the last word of a description in apposition after it ('Ana Ruiz, the victim's
        mother': mother, with 'victim's') or before it (:data:`_ROLE_BEFORE`). A description after the comma that a
        speech verb follows is the verb's subject, not the name's role ('… than Ana Lee, the president said': NeuS
        train 1967, issue #19's seventeenth round)."""
        if person.start in self._titles:
            return self._titles[person.start]
        titles = self._titles.setdefault(person.start, {person.title} if person.title else set())
        if not self.text:
            return titles
        line_start = self.text.rfind("\n", 0, person.start) + 1
        bare = bare_name(person.text)
        inner = person.text[:len(person.text) - len(bare)] if bare and person.text.endswith(bare) else ""
        titles |= _run_titles(inner) if inner.split() else titles_before(self.text, person.start)[0]
        ahead = _ROLE_BEFORE.search(self.text, max(line_start, person.start - 60), person.start)
        if ahead is not None and ahead.group(1).split()[-1].lower() in ROLE_NOUNS:
            titles.add(ahead.group(1).split()[-1].lower())
        role = _APPOSED_ROLE.match(self.text, person.end)
        apposed = role.group(0).lower().split()[1:] if role is not None else []
        ends = [index for index, word in enumerate(apposed) if word in CUE_FORMS or word in _ROLE_OF]
        if apposed[:ends[0] if ends else None] and not (ends and apposed[ends[0]] in CUE_FORMS):
            titles.add(" ".join(apposed[:ends[0] if ends else None]))
        return titles

    def _antecedent(self, pronoun: str, start: int) -> str:
        """The person a pronoun at ``start`` stands for (see :meth:`antecedent_of`), by the fullest form of the
        name; the pronoun itself when no one is named before it."""
        chosen = self.antecedent_of(pronoun, start)
        return self.fullest(chosen.text, chosen.start) if chosen is not None else pronoun

    def antecedent_of(self, pronoun: str, start: int, skip: frozenset[str] = frozenset()) -> PersonMention | None:
        """The person mention a pronoun at ``start`` stands for: of the last people named before it whose gender
        does not disagree with it (and who are not among the fullest names ``skip``), the nearest subject among
        the last few, else the nearest."""
        earlier = self._last_agreeing(start, gender_of_pronoun(pronoun), SUBJECT_WINDOW, skip)
        if not earlier:
            return None
        subjects = [m for m in earlier if m.subject]
        return subjects[-1] if subjects else earlier[-1]

    def _last_agreeing(self, start: int, gender: Gender | None, count: int,
                       skip: frozenset[str] = frozenset()) -> list[PersonMention]:
        """The last ``count`` antecedents (in text order) named before ``start`` whose gender does not disagree
        with ``gender`` (read backwards from ``start``), but for those whose fullest name is in ``skip``."""
        agreeing, starts = self._agreeing[gender], self._agreeing_starts[gender]
        found: list[PersonMention] = []
        index = bisect_left(starts, start)
        while index > 0 and len(found) < count:
            index -= 1
            if agreeing[index].end <= start and not (skip and self._who(agreeing[index]) in skip):
                found.append(agreeing[index])
        return found[::-1]

    def last_named_before(self, before: int) -> PersonMention | None:
        """The last person (in text order) named outside the quotations and ending at or before ``before``."""
        found = self._last_agreeing(before, None, 1)
        return found[0] if found else None

    def names_person(self, speaker: str) -> bool:
        """The speaker is (the fullest form of) a person named in the article."""
        return speaker.lower() in self.genders or any(bare_name(m.text) == speaker for m in self.people)

    def _who(self, mention: PersonMention) -> str:
        """The fullest form of the mention's name at that place ('Clinton' after 'Bill Clinton': him)."""
        return self.fullest(mention.text, mention.start + 1)

    def fullest(self, name: str, before: int | None = None) -> str:
        """The fullest form of ``name``: the person mention nearest before ``before`` that begins or ends with the
        same words ('Putin' -> 'Vladimir Putin', 'Kim' -> 'Kim Dong-yub'), else the longest such mention."""
        name = bare_name(name)
        if not name.split():
            return name
        return self._forms.fullest(name, before) or name


@dataclass(frozen=True)
class TitledDescription:
    """What a definite description says of the person it stands for (:data:`_DEFINITE`): 'the former House speaker'
    is someone titled 'speaker' with the qualifier 'former' and 'House' written in the title."""

    title: str
    """the title's noun ('speaker')"""
    owners: list[str]
    """the possessors it names ("the city's counsel": 'city')"""
    qualifiers: frozenset[str]
    """its :data:`QUALIFIERS` ('former', 'vice')"""
    capitals: list[str]
    """its capitalised words between 'the' and the noun ('House', 'Republican')"""

    def matches(self, titles: set[str]) -> bool:
        """One of a person's titles is this one (:func:`_titled_so`)."""
        return _titled_so(titles, self.title, self.owners, self.qualifiers)


def titled_description(words: str) -> TitledDescription | None:
    """The title a definite description names ('the former president', "the House's general counsel", 'The
    President'), or None when the words are none."""
    described = _DEFINITE.match(words.strip())
    if described is None:
        return None
    return TitledDescription(title=(described.group(1) or described.group(2) or described.group(3)).lower(),
                             owners=[_unowned(w) for w in words.lower().split() if _OWNER.search(w + " ")],
                             qualifiers=QUALIFIERS.intersection(words.lower().split()),
                             capitals=[_unowned(w) for w in words.split()[1:-1] if w[:1].isupper()])


def titles_before(text: str, start: int) -> tuple[set[str], list[str]]:
    """The titles written right before a name at ``start`` on its line (:data:`_TITLE_RUN`: 'House Speaker' ->
    'speaker', 'house speaker'), and the words of that run without their full stops."""
    line_start = text.rfind("\n", 0, start) + 1
    run = _TITLE_RUN.search(text, max(line_start, start - TITLE_REACH), start)
    words = run.group(0) if run else ""
    return (_run_titles(words) if words.split() else set()), [word.rstrip(".") for word in words.split()]


def _run_titles(words: str) -> set[str]:
    """The titles the words before a name give: its last word as a title noun, with the qualifiers before it and
    with all the words before it (its owner: 'City counsel Ana Ruiz'); none when that word ends a sentence ('the
    report. Enos')."""
    word = words.split()[-1].lower()
    if word.endswith(".") and word.rstrip(".") not in TITLE_SHORT_FORMS:
        return set()
    noun = TITLE_SHORT_FORMS.get(word.rstrip("."), word.rstrip("."))
    return {_qualified(words.split()[:-1], noun), " ".join([*words.lower().split()[:-1], noun])}


def _titled_so(titles: set[str], title: str, owners: list[str], qualifiers: frozenset[str] = frozenset()) -> bool:
    """One of a person's titles ends in the description's noun, and names its possessor when the description does
    ('the victim's mother' is 'Ana Ruiz, the victim's mother', not 'Ana Ruiz, the mayor's mother') and the same
    :data:`QUALIFIERS` ('the president' is no 'vice president')."""
    return title not in COLLECTIVE_ROLES and any(
        found.split()[-1] == title and all(owner in map(_unowned, found.split()) for owner in owners)
        and QUALIFIERS.intersection(found.split()) == qualifiers for found in titles)


def _unowned(word: str) -> str:
    """A word without its possessive ending ("House's" -> 'House', "victims'" -> 'victims'): an owner written
    before a description ("the House's general counsel") is the body written in the title before a name ('House
    general counsel Ana Ruiz'; NeuS train 1713, issue #19's eighteenth round)."""
    return re.sub(r"(?<=\w)['’]s?$", "", word)


def _qualified(before: list[str], title: str) -> str:
    """The title read before a name with the qualifiers written right before it ('Vice President' -> 'vice
    president', 'Lt. Gov.' -> 'lieutenant governor', 'Former Vice President' -> 'former vice president'), else the
    title alone."""
    qualifiers: list[str] = []
    for word in reversed(before):
        word = TITLE_SHORT_FORMS.get(word.lower().rstrip("."), word.lower().rstrip("."))
        if word not in QUALIFIERS:
            break
        qualifiers.insert(0, word)
    return " ".join([*qualifiers, title])


def _supported(people: Iterable[PersonMention], text: str) -> list[PersonMention]:
    """The people, less a name found in a line written in capitals (:func:`~newsprism.entities.capitals.shouted`:
    "WE'RE TOLD" tagged a person) that the article does not write outside such lines and no title stands before
    (the entity stage's rule, within the article: the quotes are read one article at a time)."""
    people = list(people)
    if not text:
        return people
    loud = [shouted(text, m.start) for m in people]
    written = {m.text.casefold() for m, flag in zip(people, loud, strict=True) if not flag}
    return [m for m, flag in zip(people, loud, strict=True) if not flag or m.title or m.text.casefold() in written]


def _titled_only(phrase: str) -> bool:
    """A capitalised phrase ending on a role word ('County Public Health Director' before 'Dr. Ana Ruiz'): a title,
    never a longer name than the person named after it (AllSides crawled 5698, read in issue #19's twenty-third
    round's honest check: the speaker had been the title). Two words at least: a lone capitalised role ('The
    Grandmother, who owns the gun, says') is left to the description reader (gun-violence 263769, this rule's flip
    audit)."""
    words = [word for word in phrase.split() if word.lower() not in _ARTICLES]
    return len(words) > 1 and words[-1].lower() in ROLE_NOUNS


_ARTICLES = frozenset({"the", "a", "an"})
