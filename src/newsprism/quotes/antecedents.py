"""What a pronoun standing as a quotation's source stands for, read over all of an article's quotes: a 'he'/'she'
after a described speaker, an 'it' after a body, a 'they' after several people ('the statement' after the body that
issued it: :mod:`newsprism.quotes.documents`)."""

from __future__ import annotations

import re
from collections import Counter

from newsprism.lexicon import ONE_PERSON_NOUNS, PERSON_PRONOUNS
from newsprism.model import Evidence, QuoteVariant
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.attribution import Range
from newsprism.quotes.cues import Token
from newsprism.quotes.descriptions import described as described_speaker
from newsprism.quotes.gender import bare_pronoun, gender_of_pronoun, noun_gender
from newsprism.quotes.indirect import STATEMENT_NOUNS
from newsprism.quotes.people import PersonMention
from newsprism.quotes.plurals import (
    PERSON_HEAD_NOUNS,
    body_antecedent,
    described_joint,
    joined_source,
    joint_antecedent,
    outlet_antecedent,
    plural_antecedent,
    plural_source,
)
from newsprism.quotes.speakers import PRONOUNS, SpeakerResolver
from newsprism.quotes.words_at import word_at


def described_antecedents(variants: list[QuoteVariant], resolver: SpeakerResolver,
                          paragraphs: Paragraphs | None = None) -> list[QuoteVariant]:
    """A 'he'/'she' credited after a speaker the article only describes ('“…,” the officer said. … he said')
    stands for that speaker when no person is named between them (the nearest name before may be a ship or
    someone spoken of long before); an 'it' stands for the body the parse reads as its antecedent
    (:func:`~newsprism.quotes.plurals.body_antecedent`: the subject of the sentence before, 'The county confirmed
    it … Instead, it slammed the report'; NeuS train 2414, read in issue #19's eighteenth round's honest check:
    it went to the report the sentence before another spoke of), else for the last speaker credited before it who is
    no person named in the article ('the navy said …, it said'), a 'they' for the plural subject opening its
    sentence, else for the people the sentence before has as its subject (:func:`_plural_before`), else for a joint
    subject of names (:func:`~newsprism.quotes.plurals.joint_antecedent`), else for the last
    speaker when that source is several people ('the attorneys argued … They said')."""
    last: QuoteVariant | None = None
    kept: dict[int, QuoteVariant] = {}
    described: set[tuple[int, int]] = set()
    for index, variant in sorted(enumerate(variants), key=lambda item: item[1].source.start if item[1].source
                                 else item[1].content.start):
        source = variant.source
        if source is None:
            continue
        pronoun = bare_pronoun(source.text)
        if (outlet := outlet_antecedent(source.text, paragraphs, source.start)) is not None:
            kept[index] = variant.model_copy(update={"speaker": outlet, "anonymous": False})
        elif (joint := described_joint(source, paragraphs, resolver.text, last.source if last else None)) is not None:
            kept[index] = variant.model_copy(update={"speaker": joint, "anonymous": False})
        if pronoun == "they":
            opener = plural_antecedent(resolver.text, paragraphs, source.start)
            if opener is not None:
                kept[index] = variant.model_copy(update={"speaker": opener, "anonymous": True})
            elif (joint := joint_antecedent(paragraphs, source.start)) is not None:
                kept[index] = variant.model_copy(update={"speaker": joint, "anonymous": False})
            elif last is not None and last.source is not None and (
                    plural_source(last.source.text) or joined_source(resolver.text, last.source.end)):
                kept[index] = variant.model_copy(update={"speaker": last.speaker, "anonymous": last.anonymous})
            continue
        if pronoun not in _SINGULAR_THIRD:
            last = variant if not _pronoun(source.text) and pronoun != "it" else last
            if pronoun == "it" and (body := body_antecedent(paragraphs, source.start)) is not None:
                kept[index] = variant.model_copy(update={"speaker": body, "anonymous": described_speaker(body)})
            elif pronoun == "it" and last is not None and last.speaker and not resolver.names_person(last.speaker):
                kept[index] = variant.model_copy(update={"speaker": last.speaker, "anonymous": last.anonymous})
            continue
        if (last is not None and last.source is not None and last.anonymous and _someone(last.source.text)
                and not plural_source(last.source.text)):
            person = resolver.antecedent_of(source.text, before(source, variant.content))
            if (person is None or person.start < last.source.start or (source.start, source.end) in described
                    or _spoken_to(person, last)):
                kept[index] = variant.model_copy(update={"speaker": last.speaker, "anonymous": True})
                described.add((source.start, source.end))  # its other quotations ('…, he said. “…”') go with it
    return [kept.get(index, variant) for index, variant in enumerate(variants)]


def pronoun_genders(variants: list[QuoteVariant], resolver: SpeakerResolver) -> list[QuoteVariant]:
    """A person whose sex the article does not tell otherwise is of the sex most of the 'he'/'she' credited to them
    say ('Ana Ode came back. … She said … “…,” she said'); a 'he' or 'she' of the other sex goes to the person it
    would stand for were that one not named ('Like Ode, he is done with it, he said': not Ana Ode)."""
    votes: dict[str, Counter[str]] = {}
    for variant in variants:
        gender = _pronoun_gender(variant)
        if gender is not None and variant.speaker and resolver.names_person(variant.speaker) \
                and variant.speaker.lower() not in resolver.genders:
            votes.setdefault(variant.speaker, Counter())[gender] += 1
    told = {speaker: counted.most_common(1)[0][0] for speaker, counted in votes.items()
            if len(set(counted.values())) == len(counted)}  # a majority, no tie
    naming = {(v.source.start, v.source.end) for v, last in zip(variants, _previous_speakers(variants), strict=True)
              if v.source is not None and _names_speaker(v) and v.speaker != last and not _own_subject(v, resolver)}
    out = []
    for variant in variants:
        gender = _pronoun_gender(variant)
        if gender is not None and variant.source is not None and (told.get(variant.speaker or "", gender) != gender
                                                                  or (variant.source.start, variant.source.end)
                                                                  in naming):
            person = resolver.antecedent_of(variant.source.text, before(variant.source, variant.content),
                                            frozenset({variant.speaker or ""}))
            speaker = resolver.fullest(person.text, person.start) if person is not None else variant.source.text
            variant = variant.model_copy(update={"speaker": speaker})
        out.append(variant)
    return out


def _previous_speakers(variants: list[QuoteVariant]) -> list[str | None]:
    """For each variant, the speaker of the statement before it (by where its words start) with another source."""
    order = sorted(range(len(variants)), key=lambda index: variants[index].content.start)
    previous: list[str | None] = [None] * len(variants)
    last: str | None = None
    for index in order:
        previous[index] = last
        last = variants[index].speaker if variants[index].kind != "partial" else last
    return previous


def _names_speaker(variant: QuoteVariant) -> bool:
    """The reported words name the person a 'he'/'she' was taken for ('He added Rand's return will …'): one who
    speaks of themself says 'I', so the pronoun is someone else. Not when that person spoke the statement before
('…, Kade said. When he told Kade he would soon have a baby, he cried, she said': the writer names the speaker
where 'her' would be unclear; gun-violence incident 689353, issue #19's eleventh round)."""
    words = (variant.speaker or "").split()
    return variant.kind == "indirect" and len(words) >= 2 and re.search(
        rf"\b{re.escape(words[-1])}\b", variant.content.text) is not None


def _own_subject(variant: QuoteVariant, resolver: SpeakerResolver) -> bool:
    """The pronoun after the reported words stands for their own subject (:func:`looking_from`): named there
    because no one was named before, not a speaker of themself who would say 'I'."""
    source, content = variant.source, (variant.content.start, variant.content.end)
    return source is not None and looking_from(source, content, resolver) != before(source, content)


def _pronoun_gender(variant: QuoteVariant) -> str | None:
    return gender_of_pronoun(variant.source.text) if variant.source is not None else None


def _spoken_to(person: PersonMention, last: QuoteVariant) -> bool:
    """The person is named inside the described speaker's own attributed sentence but is no subject there ('A desk
    clerk told KGW's Ana Ruiz that … She added': the clerk goes on, not the reporter she told)."""
    if person.subject or last.source is None:
        return False
    return person.start < max(last.source.end, last.content.end)


_SINGULAR_THIRD = frozenset({"he", "she"})
"""Pronouns that may stand for a described speaker; 'it' stands for the last speaker who is no person ('the navy
said ... it said')."""


NOT_SOMEONE = frozenset({*STATEMENT_NOUNS, "data", "figures", "numbers", "statistics", "report", "analysis",
                         "survey", "poll", "study", "document", "documents", "records", "figure", "reports",
                         "biography", "bio", "website", "site", "obituary", "profile", "book", "memoir", "page",
                         "evidence", "footage", "video", "videos", "photo", "photos", "letter", "email", "message",
                         "tweet", "post", "information"})
"""Last words of a described source that is no one a 'he' or 'she' could stand for ('Border Protection data',
'a Defence Ministry statement', 'her official biography', 'visual evidence that would confirm': PolNeAR dev)."""


def _someone(source: str) -> bool:
    words = source.lower().split()
    return bool(words) and words[-1] not in NOT_SOMEONE and source.lower().strip() not in INDEFINITE


INDEFINITE = frozenset({"someone", "somebody", "anyone", "anybody", "no one", "nobody", "everyone", "everybody",
                        "many", "some", "few", "others", "one", "more", "most"})
"""Indefinite sources ('someone came in and said …', 'many say …'): no one a later 'he' or 'she' goes on with."""


def _pronoun(words: str) -> bool:
    return bare_pronoun(words) in PERSON_PRONOUNS


def before(source: Evidence, content: Range | Evidence) -> int:
    """Where a pronoun source looks back from: before the words it is credited with when they come first ('Orozco
    agreed to it, he said': 'he' is not Orozco), else from itself."""
    start = content.start if isinstance(content, Evidence) else content[0]
    pronoun = bare_pronoun(source.text) in PRONOUNS
    return start if pronoun and start < source.start else source.start


def looking_from(source: Evidence, content: Range, resolver: SpeakerResolver) -> int:
    """Where a pronoun source looks back from (:func:`before`), but from itself when no one it could stand for is
    named before its words and the person it would stand for from itself is a subject named in them: the reported
    clause's own subject ('Gov. Ana Vell (R) is sending troops to help “secure” the border, she announced': Ana
    Vell; the pronoun was left bare, AllSides 5910 in R4s's honest reading, issue #19). With someone named before
    (the Orozco guard of :func:`before`), or only an object named in the clause, the reading stays as it was."""
    start = before(source, content)
    if start == source.start or resolver.antecedent_of(source.text, start) is not None:
        return start
    inside = resolver.antecedent_of(source.text, source.start)
    return source.start if inside is not None and inside.subject and inside.start >= content[0] else start


def described_subjects(variants: list[QuoteVariant], paragraphs: Paragraphs,
                       resolver: SpeakerResolver) -> list[QuoteVariant]:
    """A 'he'/'she' source whose own sentence or the one before has as its main subject, with no one named between
    but as an object in the subject's own sentence ('A commissioner set bail for Ben Ode. He said …': the
    commissioner, the subject; gun-violence incident 270733, issue #19's thirteenth round), a description of one
    person: a definite description of someone the story titled so ('The prosecutor on Monday
    portrayed a confused scene, which he said was dim': the person titled 'prosecutor' before, not the last name;
    gun-violence incident 558796, issue #19's eleventh round), else a person noun of the pronoun's sex ('A man was
    hurt in the arm. He said he was driving home': the man, an unnamed source, not the last person named)."""
    out = []
    for variant in variants:
        source = variant.source
        found = _described_subject(paragraphs, resolver, source.start, source.text) if source is not None and \
            bare_pronoun(source.text) in _SINGULAR_THIRD else None
        if found is not None:
            variant = variant.model_copy(update={"speaker": found[0], "anonymous": found[1]})
        out.append(variant)
    return out


def _described_subject(paragraphs: Paragraphs, resolver: SpeakerResolver, at: int,
                       pronoun: str) -> tuple[str, bool] | None:
    """The speaker (and whether unnamed) the last main subject before ``at`` in its sentence or the one before
    stands for, when it is a description (:func:`described_subjects`) and no one is named between it and ``at``."""
    subject = _last_main_subject(paragraphs, at)
    if subject is None:
        return None
    start, phrase, noun, sentence_end = subject
    if any(start < m.start < at and (m.subject or m.start >= sentence_end) for m in resolver.antecedents):
        return None  # named between, not only as an object in the subject's sentence
    gender = gender_of_pronoun(pronoun)
    named = resolver.resolve(phrase, start) if phrase.lower().startswith(("the ", "a ", "an ")) else phrase
    if resolver.names_person(named):
        return (named, False) if resolver.genders.get(named.lower()) in (None, gender) else None
    told = noun_gender(noun)
    if told is None and noun in PERSON_HEAD_NOUNS and any(start < m.start < at for m in resolver.antecedents):
        return phrase, True  # a person noun of either sex, preferred to the object named after it (see above)
    return (phrase, True) if noun in ONE_PERSON_NOUNS and told in (None, gender) and told is not None else None


_DESCRIBING = frozenset({"a", "an", "the", "one", "another"})


def _last_main_subject(paragraphs: Paragraphs, at: int) -> tuple[int, str, str, int] | None:
    """The last subject of a main verb before ``at`` in its sentence or the one before: where its phrase starts, its
    words up to the noun, the noun, where its sentence ends; only a common noun opened by an article or a named
    possessor (:func:`_describes`)."""
    found = word_at(paragraphs, at)
    if found is None:
        return None
    paragraph, sentence = found[0], found[1].sent
    earlier = list(paragraph.doc[:sentence.start].sents)[-1:] if sentence.start > 0 else []
    for part in (sentence, *earlier):
        subjects = [word for word in part if paragraph.start + word.idx < at and word.dep_ in ("nsubj", "nsubjpass")
                    and word.pos_ == "NOUN" and word.head.dep_ == "ROOT" and _describes(word)]
        if subjects:
            word = subjects[-1]
            phrase = paragraph.doc[word.left_edge.i:word.i + 1]
            return paragraph.start + phrase.start_char, phrase.text, word.lower_, paragraph.start + part.end_char
    return None


def _describes(noun: Token) -> bool:
    """A noun opening a description: after an article ('the prosecutor', 'A 25-year-old man') or a named
    possessor ('Ode's ex-wife was granted an order. She said …': the ex-wife, not Ode; gun-violence incident
    667979, issue #19's thirteenth round)."""
    if noun.left_edge.lower_ in _DESCRIBING:
        return True
    owner = noun.left_edge
    while owner.dep_ == "compound" and owner.pos_ == "PROPN" and owner.head.i < noun.i:
        owner = owner.head  # 'Ben Ode's': the possessive is the surname
    return bool(owner.dep_ == "poss" and owner.pos_ == "PROPN")


def described_in_sentence(variants: list[QuoteVariant], paragraphs: Paragraphs,
                           resolver: SpeakerResolver) -> list[QuoteVariant]:
    """A 'he'/'she' source whose sentence, before it, refers to one person only by a definite description of the
    pronoun's sex, while the sentence's main subject is no such person ('She approached the officer and asked him …,
    and he responded that …': the officer, not the police chief named three paragraphs up; 'CBS aired an interview
    with the agency's director, where he said …': the director; NeuS train 487 and gun-violence incident 612579,
    issue #19's twelfth round): that description, as :meth:`SpeakerResolver.resolve` reads it (the person the story
    titles so, else the description, unnamed)."""
    out = []
    for variant in variants:
        source = variant.source
        phrase = _sentence_description(paragraphs, resolver, source, variant.content) if source is not None and \
            bare_pronoun(source.text) in _SINGULAR_THIRD else None
        if phrase is not None:
            speaker = resolver.resolve(phrase[1], phrase[0])
            variant = variant.model_copy(update={"speaker": speaker, "anonymous": not resolver.names_person(speaker)})
        out.append(variant)
    return out


def _sentence_description(paragraphs: Paragraphs, resolver: SpeakerResolver, source: Evidence,
                          content: Evidence) -> tuple[int, str] | None:
    """Where the description :func:`described_in_sentence` reads starts, and its words; None when there is none, when
    the sentence names someone of the pronoun's sex before the pronoun looks back from, or a 'he'/'she' of that sex
    comes before the description, or its main subject is the pronoun or a person."""
    paragraph = paragraphs.at(source.start)
    tokens = paragraph.tokens_from(source.start, source.end) if paragraph is not None else []
    if paragraph is None or not len(tokens):
        return None
    pronoun, sentence, gender = tokens[0], tokens[0].sent, gender_of_pronoun(source.text)
    start, until = paragraph.start + sentence.start_char, before(source, content)
    subjects = [c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.i == pronoun.i or s.ent_type_ == "PERSON" or _person_noun(s) or (
            s.tag_ == "PRP" and gender_of_pronoun(s.text) in (None, gender)) for s in subjects):
        return None
    if any(start <= m.start < until and resolver.genders.get(resolver.fullest(m.text, m.start + 1).lower()) in (
            None, gender) for m in resolver.antecedents):
        return None
    words = [t for t in sentence if paragraph.start + t.idx < until]
    found = [t for t in words if _person_noun(t) and t.tag_ == "NN" and noun_gender(t.lower_) in (None, gender)
             and t.left_edge.lower_ == "the"]
    if not found or any(t.tag_ == "PRP" and t.i < found[-1].i and gender_of_pronoun(t.text) == gender for t in words):
        return None
    phrase = paragraph.doc[found[-1].left_edge.i:found[-1].i + 1]
    return paragraph.start + phrase.start_char, phrase.text


def _person_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lower_ in PERSON_HEAD_NOUNS


def speakers_over_spoken_of(variants: list[QuoteVariant], resolver: SpeakerResolver) -> list[QuoteVariant]:
    """A 'he'/'she' taken for someone named only inside the reported words of the statement before it, and not as
    their subject, goes on with that statement's speaker when the sex agrees ('Ana Ruiz pushed back, adding that she
    had a talk with host Ada Lee. “…,” she said': Ana Ruiz, not the host she spoke of; NeuS train 1153, issue #19's
    eleventh round, read after the round's rules; not 'According to the coroner, Ana Ode was shot. … She tweeted':
    a gun-violence dev page)."""
    out = list(variants)
    last: QuoteVariant | None = None
    for index in sorted(range(len(variants)), key=lambda i: variants[i].content.start):
        variant = variants[index]
        source = variant.source
        if source is not None and bare_pronoun(source.text) in _SINGULAR_THIRD and last is not None:
            person = resolver.antecedent_of(source.text, before(source, variant.content))
            inside_last = person is not None and not person.subject and last.content.start <= person.start < \
                last.content.end
            told = resolver.genders.get((last.speaker or "").lower())
            if inside_last and last.speaker and resolver.names_person(last.speaker) and told in (
                    None, gender_of_pronoun(source.text)) and variant.speaker != last.speaker:
                out[index] = variant.model_copy(update={"speaker": last.speaker, "anonymous": False})
        if variant.kind == "indirect" and source is not None and not _pronoun(source.text):
            last = variant
        elif variant.kind != "partial":
            last = None
    return out
