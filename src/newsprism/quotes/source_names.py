"""Which person a source phrase names where the parse did not hand the name over whole: a name inside the phrase
that is not a possessor, a name right after it behind a title, an honorific or a rank's short form, a name in
apposition to a description ('her agent, Ana Ruiz, said'), a name the description is said to be ('a woman named Ana
Ruiz'), or a name right before it after a speech verb. Read for :class:`~newsprism.quotes.speakers.SpeakerResolver`."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from newsprism.lexicon import TITLE_SHORT_FORMS
from newsprism.quotes.descriptions import apposed_title, described_source, is_label, looks_like_name
from newsprism.quotes.people import HONORIFICS, PersonMention

NAME_GAP = 1
"""Most characters between a source phrase and a name (or its title) right after it that the phrase stands before
('producers Craig Zadan': one space). Not 2: 'According to Russian media, Putin toured ...' (the seeds) would
credit Putin with the media's report."""
_APPOSITION = re.compile(r",[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}")
"""Between a described source and the name in apposition to it: a comma and at most two lower-case title words
(', actor ')."""
_TITLE_GAP = re.compile(r"(?:\.?[^\S\n]+(?:of|in|the|and[^\S\n]+[a-z]+|[A-Z][a-z]*\.?))*\.?[^\S\n]+")
"""Between a title word the parse took for the source and the name: more title words or abbreviations (' of
Detectives ', '. Atty. ', ' in Charge ', ' of the United States '), or a second title joined by 'and' ('Actress |
and activist Ana Ruiz'; NeuS train 1153, issue #19's eleventh round, read after the round's rules)."""
_VERB_AFTER_NAME = re.compile(r"[^\S\n]+[a-z]")
"""A lower-case word after a name that a title stands before ('Chief Justice of the United States Ana Ruiz on
Wednesday issued'): the name ends there, the sentence goes on."""
_NAMED_SO = re.compile(r"(?:[^\S\n]+[a-z][\w'’-]*){0,4}[^\S\n]+(?:named|identified[^\S\n]+as)[^\S\n]+")
"""Lower-case words and 'named' or 'identified as' between a described source and a name ('A woman on the scene
named | Ana Ruiz')."""
_RANK_END = re.compile(r"\b([A-Za-z]+)\.?$")
_RANK_GAP = re.compile(r"\.?[^\S\n]{1,2}")
"""A source phrase ending in a title's short form and the name after its full stop ('said Lumo Police Lt. | Ana
Ruiz', where the parse ends the source at the abbreviation): the person named there (gun-violence incident 362259,
issue #19: the phrase's first word, a town, was credited)."""
_NAME_END = re.compile(r"[^\S\n]*(?:[,.)]|$|\n|(?:said|says|told|added|wrote|tweeted|of)\b)")
"""What follows a name that ends its phrase: punctuation, a speech verb, or 'of' and the body the person is of
("Ben's principal, Ana Ruiz of the Lumo school, wrote": ECB+ train 19/ecbplus, issue #19's fifteenth round)."""
APPOSED_TITLE_WORDS = 2
"""Most words of a capitalised source phrase read as a title cut off from the name after it ('Chief', 'Dist');
set by hand: the parse cuts a title of one or two words."""
HONORIFIC_GAP = 12
"""Most characters of honorifics between a source phrase and the name after it ("CNN's chief medical correspondent |
Dr. | Ana Ruiz"): one or two short titles."""
_APPOSITION_BEFORE = re.compile(r",[^\S\n]+")
_SPEECH_BEFORE_NAME = re.compile(r"(?:\b(?:said|says|added|told)|[\"”’'],?)[^\S\n]+$")
"""A speech verb or a closing quotation mark right before a name ('." said Ana Ruiz, ...'): the name speaks."""
_RELATIVE_AFTER = re.compile(r"[^\S\n]+who\b")
"""A relative clause's 'who' right after a described source in apposition to a name ('Ana Ruiz, a self-described
anarchist who said …'): the clause's speaker is the named person, whatever comes before the name (NeuS train 1794,
0-based: the source cut to a description, read in issue #19's nineteenth round's honest check)."""
_INITIALS_TITLE = re.compile(r"[^\S\n]+\([A-Z]{2,6}\)(?:[^\S\n]+[A-Z][\w.-]*){0,3}[^\S\n]+")
"""A body's initials in brackets, then a title, between the body's name the parse took for the source and the
person it names ('Lumo Workers Federation | (LWF) Chairwoman | Ana Ruiz warned'; NeuS train 2158, issue #19's
sixteenth round: the committee was credited)."""
_OF_BODY = re.compile(r"^[Tt]he[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){1,2}of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w.&'’-]*"
                      r"(?:[^\S\n]+(?:of|and|for|the|[A-Z][\w.&'’-]*))*$")
"""A post described by the body it is of, whose name ends the phrase ('The chairman of the Joint Chiefs of Staff',
'The head of the Lumo Naval Command'): :func:`~newsprism.quotes.descriptions.described_source` wants a lower-case
last word, so the name in apposition after it was never read (AllSides roundup 5677, E22's flip audit in issue
#19's thirty-fourth round: 'The chairman ..., Gen. Mark Milley, had called it a “righteous strike”')."""
_RANKED_APPOSITION = re.compile(r",[^\S\n]+(?:(?:" + "|".join(TITLE_SHORT_FORMS) + r")\.[^\S\n]+)?", re.IGNORECASE)
"""A comma and at most a rank's short form between such a post and the name ('..., Gen. | Ana Ruiz,')."""
_AFTER_SPEAKER = re.compile(r"\s*(?:$|[,(]|of\b|and\b|from\b|at\b)")
"""What may follow the speaker's name in a source phrase: nothing, an apposition, 'of'/'from' a body."""


class SourceNames:
    """The article's PERSON mentions (in text order) and its text, read for the name a source phrase stands with."""

    def __init__(self, people: Sequence[PersonMention], text: str = "") -> None:
        self.people = people
        """the people, sorted by where they start"""
        self.text = text
        """the article's text (empty: names in apposition to a source phrase are not looked for)"""
        self._starts = [m.start for m in people]
        self._longest = max((m.end - m.start for m in people), default=0)

    def named_in(self, source: str, start: int) -> PersonMention | None:
        """The person the source phrase at ``start`` names: its first person mention that is not a possessive
        ('Donald Trump’s longtime confidant Roger Stone' names Stone)."""
        near = self.people[bisect_left(self._starts, start - self._longest):
                           bisect_left(self._starts, start + len(source))]  # only these can hold or follow start
        named = [m for m in near if m.start <= start < m.end or start <= m.start < start + len(source)]
        owners = [m for m in named if source[m.end - start:m.end - start + 2] in ("’s", "'s") or (
            m.text.endswith("s") and source[m.end - start:m.end - start + 1] in ("’", "'"))]  # "Barnes’ mother"
        heads = [m for m in named if m not in owners and _AFTER_SPEAKER.match(source[m.end - start:])]
        return heads[0] if heads else None  # a possessor ('Mr Adler's lawyer') or a modifier is no speaker

    def named_after(self, end: int) -> PersonMention | None:
        """The person named right after a source phrase ending at ``end``, behind a title at most, where the parse
        cut the name off the phrase ('Academy Award producers | Craig Zadan', 'ABC Entertainment Group | prexy
        Paul Lee', "CNN's medical correspondent | Dr. Ana Ruiz")."""
        index = bisect_left(self._starts, end)
        if index == len(self.people):
            return None
        person = self.people[index]
        gaps = (person.start - end, person.title_start - end if person.title else -1)
        honorific = self.text[end:person.start] if self.text and 0 < person.start - end <= HONORIFIC_GAP else ""
        titled = honorific[:1].isspace() and HONORIFICS.fullmatch(honorific.lstrip()) is not None
        return person if titled or any(0 < gap <= NAME_GAP for gap in gaps) else None

    def apposed(self, words: str, end: int) -> PersonMention | None:
        """The person named in apposition to a source phrase ending at ``end``: after a description and a comma ('her
        agent, Mark Roesler, said', 'a victim's cousin, actor Ben Ode.'), or after a title the parse cut off from the
        name ('Chief | of Detectives Ana Ruiz', 'Dist | . Atty. Ana Ruiz'); the name must end the phrase (a comma,
        a full stop or a speech verb after it: not 'According to local media, Ruiz toured ...'; after a title, a
        lower-case word may follow: 'Chief Justice of the United States Ana Ruiz on Wednesday issued')."""
        index = bisect_left(self._starts, end)
        if not self.text or index == len(self.people):
            return None
        person = self.people[index]
        gap = self.text[end:person.start]
        closed = self.text[person.end:person.end + 1] == ","
        apposed = (_APPOSITION.fullmatch(gap) and (described_source(words) or is_label(words, gap))) or apposed_title(
            words, gap, closed)
        apposed = apposed or (closed and bool(_OF_BODY.match(words) and _RANKED_APPOSITION.fullmatch(gap)))
        titled = _TITLE_GAP.fullmatch(gap) and looks_like_name(words) and len(words.split()) <= APPOSED_TITLE_WORDS
        ends = _NAME_END.match(self.text, person.end) or (titled and _VERB_AFTER_NAME.match(self.text, person.end))
        return person if (apposed or titled) and ends else None

    def apposed_before(self, words: str, start: int) -> PersonMention | None:
        """The person named right before a described source with a comma between, after a speech verb or a
        quotation ('." said Ana Ruiz, Ben's mother said.': the doubled verb made the description the subject;
        gun-violence incident 206303, issue #19's tenth round), or before the 'who' of a relative clause (see
        :data:`_RELATIVE_AFTER`). Not after other words ('He hit Ana Ruiz, his mother said': the name is the
        object, the mother another person)."""
        index = bisect_left(self._starts, start) - 1
        person = self.people[index] if self.text and index >= 0 and described_source(words) else None
        if person is None or not _APPOSITION_BEFORE.fullmatch(self.text, person.end, start):
            return None
        if _RELATIVE_AFTER.match(self.text, start + len(words)):
            return person  # 'Ana Ruiz, a self-described anarchist who said': the relative clause's speaker is hers
        return person if _SPEECH_BEFORE_NAME.search(self.text, max(0, person.start - 12), person.start) else None

    def named_so(self, end: int) -> PersonMention | None:
        """The person a described source is said to be named right after it ('A woman on the scene named Ana Ruiz
        said': gun-violence incident 518436, issue #19)."""
        index = bisect_left(self._starts, end)
        person = self.people[index] if self.text and index < len(self.people) else None
        return person if person is not None and _NAMED_SO.fullmatch(self.text, end, person.start) else None

    def after_initials(self, end: int) -> PersonMention | None:
        """The person named after a body's initials in brackets and a title (see :data:`_INITIALS_TITLE`)."""
        index = bisect_left(self._starts, end)
        person = self.people[index] if self.text and index < len(self.people) else None
        return person if person is not None and _INITIALS_TITLE.fullmatch(self.text, end, person.start) else None

    def after_rank(self, words: str, end: int) -> PersonMention | None:
        """The person named right after a source phrase ending in a title's short form (see :data:`_RANK_GAP`)."""
        rank = _RANK_END.search(words)
        if not self.text or rank is None or rank.group(1).lower() not in TITLE_SHORT_FORMS:
            return None
        index = bisect_left(self._starts, end)
        person = self.people[index] if index < len(self.people) else None
        return person if person is not None and _RANK_GAP.fullmatch(self.text, end, person.start) else None
