"""Quoted words that are no statement (a title, a scare quote, a term), and the writer's verb that frames a few
quoted words as someone's ('Ito called the plan “a disaster”')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from newsprism.lexicon import TITLE_CASE_SMALL_WORDS
from newsprism.nlp.sentences import Paragraph, Paragraphs
from newsprism.quotes.attribution import Attribution, Range, attribution_of, inside
from newsprism.quotes.cues import CUE_FORMS, Token, cue_span, verb_forms
from newsprism.quotes.gender import first_name_gender, gender_of_pronoun
from newsprism.quotes.namings import named_so
from newsprism.quotes.question_words import question_or_rejected_term
from newsprism.quotes.source_spans import source_span

Kind = Literal["direct", "partial", "indirect"]

TITLE_MAX_WORDS = 6
"""A quotation in the writer's sentence whose words (at most this many) all start with a capital is a title.
Calibrated on PolNeAR train (400 articles): without it quote F1 0.908; with it 0.910 at 3, 0.911 at 6 and 10."""

TERM_MAX_WORDS = 4
"""A partial quotation of at most this many words that no one is credited with, not even by a framing verb
(:func:`framing_attribution`), is a quoted term or a scare quote ('a “dope house”', 'her “girl next door” charm',
'the “aqua musicals”'), not a statement: left out. The writer's reported wording ('called the vote a “sacred
fight”') is credited through its framing verb first, so it stays. Set on issue #19's fresh stories (ECB+ train
topics 4 and 16, two gun-violence incidents, three NeuS train stories): every unattributed partial quotation of 2
to 4 words there was a term (9 of 9); longer ones are often a source's words the article does not credit."""


def title(content: str) -> bool:
    """A name or title in quotation marks ('“Girls, Girls, Girls”', '“The Art of the Deal”') rather than speech."""
    words = [word for word in re.findall(r"[^\W\d_][\w’'-]*", content)]
    return (0 < len(words) <= TITLE_MAX_WORDS and not content.rstrip().endswith(("?", "!"))
            and all(word[0].isupper() or word.lower() in TITLE_CASE_SMALL_WORDS for word in words))


_CREDIT = re.compile(r"[\"”’'`]*[^\S\n]*[-–—―]+[^\S\n]*[A-Z]")
"""A dash and a capitalised word right after a closing mark: the credit of a headline quoted before it ('“…”
-Daily Ledger')."""


_HEADLINE_SMALL_WORDS = TITLE_CASE_SMALL_WORDS | {"from", "by", "as", "into", "but", "up", "off", "out"}
"""Words a headline leaves in lower case besides a title's ('Baby Taken from His Crib')."""


def credited_headline(text: str, content: Range) -> bool:
    """A quoted headline with its credit ('“Fire Guts Old Mill; Two Hurt” -Daily Ledger'): words all capitalised
    but the small ones, however many, then a dash and a capitalised name."""
    return headline_case(text[content[0]:content[1]]) and _CREDIT.match(text, content[1]) is not None


def headline_case(content: str) -> bool:
    """Two or more words, all capitalised but the small ones a headline leaves in lower case ('The Secret Talks
    Between Ana Ruiz and the Lumo Party'), however many: a headline's or a title's words, not speech."""
    words = re.findall(r"[^\W\d_][\w’'-]*", content)
    return len(words) > 1 and all(word[0].isupper() or word.lower() in _HEADLINE_SMALL_WORDS for word in words)


_NEXT_WORD = re.compile(r"[\s,.;:”\"’'`]*([a-z]+)")
_SPEAKER_WORDS = frozenset({"he", "she", "they", "it", "we", "i", "according", "the", "a", "an", "his", "her",
                            "their", "its", "one", "another", "two", "some"})
"""Lowercase words after a closing mark that open the attribution of the quotation ('“Never,” he said', '“Hopefully,”
the president said')."""


def used_as_title(text: str, content: Range) -> bool:
    """A title the writer's sentence goes on with, as its subject ('“Bettie Page” remains short-hand for ...', '“The
    Notorious Ana Ruiz,” a film of 2005, helped ...'): title-case words, then a lowercase word that attributes
    nothing (no speech verb, no pronoun or determiner opening a speaker's words)."""
    words = text[content[0]:content[1]].rstrip(".,")
    if not (title(words) or (headline_case(words) and not words.rstrip().endswith(("?", "!")))):
        return False  # a headline longer than a title's words, the subject of the sentence (NeuS train 2176)
    after = _NEXT_WORD.match(text, content[1], content[1] + 40)
    return after is not None and after.group(1) not in CUE_FORMS and after.group(1) not in _SPEAKER_WORDS


_GLOSS = re.compile(r"\b(?:means|meant|meaning|translates(?:\s+(?:to|as))?|translated\s+(?:to|as))"
                    r"[,:]?\s*[\"“‘'`]?\s*$", re.IGNORECASE)
"""The writer's words that give a phrase's meaning right before a quotation ('Nemo resideo is a Latin phrase that
means, “Leave no one behind.”': AllSides 5741, read in E22's seed-99 honest reading, credited to the phrase)."""
GLOSS_REACH = 40
"""Characters before a quotation read for its gloss words (the longest form, 'translated as, “', with room), set by
hand."""


_CUT_STUB = re.compile(r"\s*(?:[Ss]he|[Hh]e)\s*(?:\.\.\.|…)\s*")
"""A direct quotation cut by the crawl right after its first word, 'she' or 'he' ('“She...'): no statement, and not
the words of the person it speaks of, to whom the sentence before would carry it (AllSides 6103, read in R4s's seed-98
honest reading: carried to Kamala Harris). Other one-word cuts ('“It...', '“I...') stay: in this rule's flip audit
(478 AllSides roundups) all five went on the speaker just credited, rightly."""


def glossed(text: str, content: Range) -> bool:
    """A quotation that gives a phrase's meaning (:data:`_GLOSS`), not anyone's words."""
    return _GLOSS.search(text, max(0, content[0] - GLOSS_REACH), content[0]) is not None


def is_term(text: str, kind: Kind, content: Range, attributed: bool) -> bool:
    """A quoted term or title rather than a statement: a partial quotation written as a title ('the FBI's “Most
    Wanted” list'), or one no one is credited with of at most :data:`TERM_MAX_WORDS` words; a direct one that is a
    title the sentence goes on with (:func:`used_as_title`) or a 'she'/'he' cut by the crawl (:data:`_CUT_STUB`);
    a gloss of a phrase (:func:`glossed`); a name (:func:`~newsprism.quotes.namings.named_so`); a few words of a
    question or a rejected term (:func:`~newsprism.quotes.question_words.question_or_rejected_term`)."""
    words = text[content[0]:content[1]]
    if glossed(text, content) or named_so(text, content, attributed) or (
            kind == "direct" and _CUT_STUB.fullmatch(words) is not None):
        return True
    if kind == "partial":
        return title(words) or (not attributed and len(words.split()) <= TERM_MAX_WORDS) or (
            len(words.split()) <= TERM_MAX_WORDS and question_or_rejected_term(text, content))
    return kind == "direct" and used_as_title(text, content)


FRAMING_FORMS = frozenset(form for verb in ("call", "describe", "name", "dub", "label", "brand", "term", "condemn",
                                            "denounce", "decry", "praise", "hail", "reveal", "purport", "accuse",
                                            "attack", "slam", "blast", "mock", "deride", "cite", "characterize",
                                            "characterise", "demand")
                          for form in verb_forms(verb)) | {"dubbed", "dubbing", "slammed", "slamming"}
"""Verbs by which the writer credits a few quoted words to the verb's subject without a speech verb ('Biden called
for “peace and calm”', 'the government condemned the photos as “obscene and lewd”', 'She purported that it “was
such fun”', 'Lumo accused the leader of “fanatic recklessness”', 'Ruiz attacked “the hateful ideology”': PolNeAR
dev, issue #19's eleventh round; 'removed the post, citing “the risk of harm”': NeuS train 817, the fifteenth;
'X characterized the killing as a “hateful act”', 'X demanded the minister “return the land”': AllSides crawled
roundups 5888 and 5947, the twenty-ninth)."""
FRAMING_STEPS = 4
"""Most heads climbed from the quotation's first word to its framing verb ('for' then 'called'; 'as' then
'condemned'; 'a' 'murder' 'called')."""


def framing_attribution(paragraphs: Paragraphs, content: Range, quotes: Sequence[Range]) -> Attribution | None:
    """The 'by' phrase of the framing verb (:data:`FRAMING_FORMS`) that the quoted words depend on, else its subject
    in the active voice, as the attribution of a partial quotation no speech verb credits."""
    paragraph = paragraphs.at(content[0])
    if paragraph is None:
        return None
    token = next(iter(paragraph.tokens_from(content[0], content[1])), None)
    participle = False
    for _ in range(FRAMING_STEPS):
        if token is None or token.head is token:
            return None
        if _reported_clause(token):
            return _participle_owner(paragraph, token, quotes) if participle else None
        participle = participle or (token.tag_ == "VBG" and token.dep_ in ("advcl", "conj"))
        token = token.head
        owned = _owner_of_saying(paragraph, token)
        if owned is not None:
            return owned if owned.source is not None and not inside(owned.source[0], [content]) else None
        if token.lower_ in FRAMING_FORMS and token.tag_.startswith("VB"):
            if _reported_participle(token):
                return None
            found = _agent(paragraph, token) or (attribution_of(paragraph, token, quotes) if _active(token) else None)
            return found if found is not None and found.source is not None and not inside(found.source[0], [
                content]) else None
    return _judged_as(paragraph, content, quotes)


def _reported_clause(token: Token) -> bool:
    """The token is the verb of a clause with a person as its subject that a verb above reports ('Dr. Ana Ruiz
    traded notes with him, conceding the “loud voices” …, a new review revealed'): the framing verb above frames the
    clause, not the quoted words in it, which are its subject's (AllSides 5992, E30's seed-111 honest reading: 'a
    new report' was credited with Fauci's words through 'revealed'): no framing verb credits them
    (:func:`_participle_owner` may); not a thing's clause ('An audit revealed that the bridge was a “costly
    failure”': the audit's words)."""
    return token.dep_ == "ccomp" and token.tag_.startswith("VB") and token.lower_ not in FRAMING_FORMS and any(
        child.dep_ == "nsubj" and child.ent_type_ == "PERSON" for child in token.children)


def _participle_owner(paragraph: Paragraph, clause: Token, quotes: Sequence[Range]) -> Attribution | None:
    """The person who is the reported clause's subject, when the quoted words hang on a participle of that clause
    ('conceding the “…” and pledging to “…”'): what the participle tells is the subject's doing, the words theirs."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    found = attribution_of(paragraph, clause, quotes)
    return found if found is not None and found.source is not None else None


JUDGING_FORMS = frozenset(form for verb in ("slam", "blast", "condemn", "denounce", "decry", "describe",
                                            "characterize", "characterise", "brand", "label", "hail", "praise",
                                            "attack", "deride", "mock")
                          for form in verb_forms(verb)) | {"slammed", "slamming"}
"""Framing verbs that judge their object 'as' the quoted words ('slammed the ruling as an “assault”')."""
AS_REACH = 12
"""Most heads climbed from a quotation's 'as' to such a verb when the parse hangs the 'as' phrase on a verb inside
the verb's long object ('slammed the vote to let the curfew stay in force as a “reckless attack”': 'as' hung on
'stay'; calibrated on AllSides crawled roundup 5732, E27's seed-107 reading)."""


def _judged_as(paragraph: Paragraph, content: Range, quotes: Sequence[Range]) -> Attribution | None:
    """The subject of the judging verb (:data:`JUDGING_FORMS`) with a direct object, and no 'as' of its own, above
    the 'as' that the quotation's words hang on, within :data:`AS_REACH` heads."""
    token = next(iter(paragraph.tokens_from(content[0], content[1])), None)
    for _ in range(FRAMING_STEPS):
        if token is None or (token.lower_ == "as" and token.dep_ == "prep"):
            break
        token = token.head
    if token is None or token.lower_ != "as":
        return None
    for _ in range(AS_REACH):
        if token.head is token:
            return None
        token = token.head
        if token.lower_ in JUDGING_FORMS and token.tag_.startswith("VB") and _active(token) and any(
                c.dep_ == "dobj" for c in token.children) and not any(c.lower_ == "as" for c in token.children):
            found = attribution_of(paragraph, token, quotes)
            return found if found is not None and found.source is not None and not inside(found.source[0], [
                content]) else None
    return None


def named_by_participle(paragraphs: Paragraphs, content: Range) -> bool:
    """Quoted words a bare past participle of a framing verb (:data:`FRAMING_FORMS`) opens its clause with: no
    one is credited without a 'by' phrase (:func:`framing_attribution` reads that), neither the subject of the main
    clause nor its verb after the closing mark ('Dubbed “Path to Recovery,” it sets out …': the plan is named;
    AllSides crawled roundup 5716, issue #19's twenty-ninth round)."""
    paragraph = paragraphs.at(content[0])
    token = next(iter(paragraph.tokens_from(content[0], content[1])), None) if paragraph is not None else None
    for _ in range(FRAMING_STEPS):
        if token is None or token.head is token:
            return False
        token = token.head
        if token.lower_ in FRAMING_FORMS and token.tag_ == "VBN":
            return _bare_participle(token)
    return False


SAYING_NOUNS = frozenset({"suggestion", "claim", "assertion", "allegation", "accusation", "charge", "remark",
                          "comment", "contention", "insistence", "warning", "description", "characterization",
                          "prediction", "boast", "complaint", "declaration", "argument"})
"""Nouns of saying whose possessor owns the quoted words under them ("Ana Ruiz's suggestion that he is 'a
puppet'", "the mayor's claim that the plan is 'dead'"): hers, not the subject of the sentence who answers them (NeuS
train 1596, issue #19's eighteenth round: credited to the candidate who answered the suggestion)."""


def _owner_of_saying(paragraph: Paragraph, noun: Token) -> Attribution | None:
    """The possessor of a noun of saying (:data:`SAYING_NOUNS`, singular or plural) as the attribution, a name or
    a noun; for 'his'/'her', the named subject of the noun's clause (:func:`_pronoun_owner`); else None."""
    if noun.pos_ != "NOUN" or noun.lower_.removesuffix("s") not in SAYING_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    pronoun = next((c for c in noun.children if c.dep_ == "poss" and gender_of_pronoun(c.lower_)), None)
    if owner is None and pronoun is not None:
        owner = _pronoun_owner(noun, pronoun)
    if owner is None:
        return None
    first, _ = source_span(owner)
    last = owner.idx + len(owner)  # without the possessive's 's
    return Attribution((paragraph.start + first, paragraph.start + last),
                       (paragraph.start + noun.idx, paragraph.start + noun.idx + len(noun)))


def _pronoun_owner(noun: Token, pronoun: Token) -> Token | None:
    """'Mara Quill sought to clarify her argument that “…”': the subject of the nearest clause above the noun, when
    it is a name with no first name of the other sex; a noun subject ('the mayor had misread his argument') is no
    owner, the parse does not tell whose (AllSides 5882#1, E26's seed-106 honest reading)."""
    token = noun
    for _ in range(FRAMING_STEPS):
        if token.head is token:
            return None
        token = token.head
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            sexes = {first_name_gender(t.text) for t in subject.lefts if t.pos_ == "PROPN"} - {None}
            wanted = gender_of_pronoun(pronoun.lower_)
            return subject if subject.pos_ == "PROPN" and sexes <= {wanted} else None
    return None


def _reported_participle(verb: Token) -> bool:
    """A framing participle hung on the verb of a reported clause ('says she hopes the minister will testify,
    citing a “firm date”'): the parse cannot tell the reporter's citing from the reported subject's, so no one is
    credited (NeuS train 559, issue #18's audit at the end of issue #19's sixteenth round: the minister's)."""
    return bool(verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp")


def _agent(paragraph: Paragraph, verb: Token) -> Attribution | None:
    """The 'by' phrase of a framing verb in the passive ('dubbed “the story of the age” by columnist Ana Ruiz')."""
    agents = [child for child in verb.children if child.dep_ == "agent"]
    if verb.tag_ == "VBN":  # the parse may hang 'by' on the quoted words the participle frames
        agents += [by for child in verb.children if child.dep_ in ("oprd", "dobj") for by in child.children
                   if by.dep_ == "prep" and by.lower_ == "by"]
    agent = agents[0] if agents else None
    named = next((child for child in agent.children if child.dep_ == "pobj"), None) if agent is not None else None
    if named is None:
        return None
    first, last = source_span(named)
    cue_first, cue_last = cue_span(verb)
    return Attribution((paragraph.start + first, paragraph.start + last),
                       (paragraph.start + cue_first, paragraph.start + cue_last))


def _active(verb: Token) -> bool:
    return not any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children) and not _bare_participle(verb)


def _bare_participle(verb: Token) -> bool:
    """A past participle opening an adverbial clause with no auxiliary ('Dubbed “…,” it …'): passive in sense, its
    subject the thing named, not the one naming ('has called' has an auxiliary)."""
    return bool(verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        child.dep_ in ("aux", "auxpass") for child in verb.children))
