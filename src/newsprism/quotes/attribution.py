"""Which cue and which source words attribute a quotation, found in the parsed paragraphs around it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from newsprism.lexicon import TITLE_SHORT_FORMS, WEEKDAY_NAMES
from newsprism.nlp.sentences import Paragraph, Paragraphs
from newsprism.quotes.cue_subjects import subjects
from newsprism.quotes.cues import CUE_FORMS, MAX_SOURCE_TOKENS, Token, cue_span, is_cue
from newsprism.quotes.ranges import Range, Ranges, inside
from newsprism.quotes.source_spans import source_span
from newsprism.quotes.told_of import main_clause_subject

__all__ = ["Range", "Ranges", "inside"]  # re-exported: the other quote modules take them from here


@dataclass(frozen=True)
class Attribution:
    """Where the article says who said it: offsets into the article's text."""

    source: Range | None
    cue: Range | None


def sentences_near(paragraphs: Paragraphs, start: int, end: int) -> Iterator[tuple[Paragraph, Any]]:
    """The sentences (with their paragraph) that overlap [start - 1, end + 1]."""
    for paragraph in paragraphs.overlapping(start - 1, end + 1):
        for sent in paragraph.doc.sents:
            if paragraph.start + sent.start_char <= end + 1 and paragraph.start + sent.end_char >= start - 1:
                yield paragraph, sent


def cue_attribution(paragraphs: Paragraphs, quote: Range, quotes: Sequence[Range]) -> Attribution | None:
    """The nearest cue outside every quotation in the sentences around ``quote`` that has a subject, a cue in the
    quotation's own sentence first ('“…,” said a driver. “Worn out” was how a manager described the staff': the
    manager, not the nearer driver; AllSides crawled 5727, R3s's honest reading of issue #19; on the flip set
    three PolNeAR dev partial quotations move the same way, all to their sentence's speaker)."""
    candidates: list[tuple[bool, int, Paragraph, Token]] = []
    for paragraph, sent in sentences_near(paragraphs, *quote):
        for token in sent:
            at = paragraph.start + token.idx
            if is_cue(token) and not inside(at, quotes) and not _perceived(token) \
                    and not _says_later_words(token, paragraph.start, quote):
                distance = quote[0] - at if at < quote[0] else at - quote[1]
                own = paragraph.start + sent.start_char <= quote[0] < paragraph.start + sent.end_char
                candidates.append((not own, distance, paragraph, token))
    for _, _, paragraph, token in sorted(candidates, key=lambda item: item[:2]):
        found = attribution_of(paragraph, token, quotes)
        if found is not None:
            return found
    return None


def _says_later_words(cue: Token, paragraph_start: int, quote: Range) -> bool:
    """A cue after a quotation in the quotation's own sentence, not set off from it by a comma, whose words are a
    clause after it or the noun its relative clause tells of, and whose subject comes after the quotation: its
    speaker says those, not the quotation (the U.S. '“war on terror” because of … methods critics say amounted to
    torture': the term is no critic's; AllSides roundup 5854, the final honest reading R2 of issue #19)."""
    end = quote[1] - paragraph_start
    if cue.idx < end or paragraph_start + cue.sent.start_char > quote[0] or "," in cue.doc.text[end:cue.idx]:
        return False
    if not any(child.dep_ == "nsubj" and child.idx > end for child in cue.children):
        return False  # 'X exhorted them to “vote your conscience” and said he …': X's words (PolNeAR dev)
    told = cue.head.left_edge.idx > end if cue.dep_ == "relcl" else False
    return told or any(child.dep_ == "ccomp" and child.i > cue.i for child in cue.children)


ADJACENT_TOKENS = 7
"""A verb this close after a closing mark ('“…,” beamed Hartley', '“…,” an angry Hollande retaliated') is taken
for the cue even when it is not a listed speech verb. Calibrated on PolNeAR train (400 articles): speaker
accuracy 0.916 at 4, 0.920 at 7 and at 10."""


_MAIN_VERB = ("ROOT", "parataxis", "conj", "ccomp")
"""Where an unlisted verb after a quotation sits in the parse when it attributes it (not 'since ... were decided')."""


def adjacent_attribution(paragraphs: Paragraphs, quote: Range, quotes: Sequence[Range]) -> Attribution | None:
    """The verb (with a subject) right after the closing mark of a quotation that ends with , ! or ?."""
    for paragraph in paragraphs.overlapping(quote[1], quote[1]):
        following = list(islice((t for t in paragraph.tokens_from(quote[1]) if not (t.is_punct or t.is_space)),
                                ADJACENT_TOKENS))
        before = paragraph.text[:quote[1] - paragraph.start].rstrip("\"”’' ")
        if not before.endswith((",", "!", "?")):
            return None
        verbs = [_verb_of_subject(following[0])] if following else []
        verbs += [t for t in following if t.tag_.startswith("VB") and (is_cue(t) or t.dep_ in _MAIN_VERB)]
        for verb in verbs:
            found = None
            if verb is not None and not inside(paragraph.start + verb.idx, quotes) and not _perceived(verb) and not (
                    before.endswith(("!", "?")) and (_acts_on(verb) or _next_sentence(following[0], verb))):
                found = attribution_of(paragraph, verb, quotes)
            if found is not None:
                return found
    return None


_OBJECTS = frozenset({"dobj", "ccomp", "xcomp"})
PERCEPTION_VERBS = frozenset({"hear", "heard", "hears", "hearing", "see", "saw", "seen", "sees", "seeing", "watch",
                              "watched", "watching", "listened", "noticed"})
"""Verbs whose clause tells what someone perceived: a speech verb in it ('heard co-workers yelling') is what was
heard, not who speaks ('“…,” smelled smoke and heard co-workers yelling, said Ana Ruiz': Ana Ruiz; ECB+ dev topic
18, issue #19's twelfth round, found on its check half)."""


def _perceived(verb: Token) -> bool:
    """Not in the passive, where the one heard speaks ('police could be heard saying': a gun-violence dev page)."""
    head = verb.head
    return verb.dep_ in _OBJECTS and head.i < verb.i and head.lower_ in PERCEPTION_VERBS and not any(
        child.dep_ in ("auxpass", "nsubjpass") for child in head.children)


def _acts_on(verb: Token) -> bool:
    """A verb that is no speech verb and takes an object or a clause after it ('“…, for what?” Police expect more
    charges': the next sentence, glued to a question's closing mark; gun-violence incident 206303, issue #19's tenth
    round): no attribution of the quotation before it ('“…?” beamed Ana Ruiz', '“…!” he raps' take none after)."""
    return not is_cue(verb) and any(child.dep_ in _OBJECTS and child.i > verb.i for child in verb.children)


_SENTENCE_PRONOUNS = frozenset({"He", "She", "They", "It", "We"})


def _next_sentence(first: Token, verb: Token) -> bool:
    """A capitalised pronoun after a question's or an exclamation's closing mark, with no speech verb: the next
    sentence ('asking “who lives here?” He was sitting on the steps': not his words; gun-violence incident 689353,
    issue #19's eleventh round)."""
    return first.text in _SENTENCE_PRONOUNS and not is_cue(verb)


ROW_TOKENS = 20
"""Most tokens between a closing mark and a speech verb for the words there to be read as the speaker when the
parse gives the verb no subject ('“…,” Conway notes', with 'Conway' a compound of 'notes'). Calibrated on three
150-article PolNeAR train samples (speaker accuracy on samples A / B / C): without this reading 0.947 / 0.953 /
0.959; at 6 tokens 0.955 / 0.960 / 0.966; at 12 0.958 / 0.962 / 0.967; at 20 and at 30 0.958 / 0.963 / 0.967 (an
apposition with a verb: 'X, wearing a red cape, said')."""
_LISTENER_VERBS = frozenset({"tell", "tells", "told", "telling"})
"""Speech verbs whose object after them is the listener, not the speaker ('“…,” told reporters')."""
_OPENING_WORDS = frozenset({"a", "an", "the", "another", "one", "he", "she", "they", "we", "i", "it"})
"""Lowercase words that can open a speaker's phrase ('“…,” added another Democrat', '“…” he said')."""
_CLAUSE_ENDS = (",", "!", "?")
"""How a quotation ends when the sentence goes on after it ('“…,” X said'); '.', ';' and ':' end the sentence."""


def row_attribution(paragraphs: Paragraphs, quote: Range, quotes: Sequence[Range]) -> Attribution | None:
    """The speaker read from the words' order right after the closing mark when the parse misses it: a name and a
    speech verb ('“…,” Kilfoyle said', '“…” the paper's editor responded'), or the verb and then the name ('“…,”
    added a Democrat from Iowa'). The parse's subject of that verb is kept when it lies after the quotation."""
    paragraph = paragraphs.at(quote[1])
    if paragraph is None:
        return None
    after = list(islice((t for t in paragraph.tokens_from(quote[1]) if not t.is_space), ROW_TOKENS + 1))
    at = next((i for i, t in enumerate(after) if t.text in CUE_FORMS and not _perceived(t)), None)  # not 'the Post'
    if at is None or inside(paragraph.start + after[at].idx, quotes):
        return None
    closing = paragraph.text[:quote[1] - paragraph.start].rstrip("\"”’' ")[-1:]
    words = _row_speaker(after, at, closing)
    if words is None:
        return None
    parsed = attribution_of(paragraph, after[at], quotes)
    if parsed is not None and parsed.source is not None and parsed.source[0] >= quote[1]:
        return parsed
    verb = after[at]
    return Attribution((paragraph.start + words[0].idx, paragraph.start + words[-1].idx + len(words[-1])),
                       (paragraph.start + verb.idx, paragraph.start + verb.idx + len(verb)))


def _row_speaker(after: Sequence[Token], at: int, closing: str) -> list[Token] | None:
    """The speaker's words around the speech verb ``after[at]`` in one sentence with the quotation."""
    if closing in (".", ";", ":") or any(t.text in (".", ";", ":", "!", "?") and not _abbreviated(t)
                                         for t in after[:at]):
        return None
    if at == 0 and closing in _CLAUSE_ENDS and after[0].lower_ not in _LISTENER_VERBS:
        return _speaker_words(after[1:])
    if at > 0 and (closing in _CLAUSE_ENDS or after[at].tag_.startswith("VB")):
        return _speaker_words(after[:at])
    return None


def _abbreviated(token: Token) -> bool:
    """A full stop the tokenizer split from a title's short form ('spokesman Sgt | . | Ana Ruiz said': gun-violence
    incident 570135, issue #19's tenth round, read after the honest count): no sentence's end."""
    return token.text == "." and token.i > 0 and token.nbor(-1).lower_ in TITLE_SHORT_FORMS and not (
        token.whitespace_ == "" and token.i + 1 < len(token.doc) and token.nbor().is_space)


def _speaker_words(tokens: Sequence[Token]) -> list[Token] | None:
    """The words up to the first punctuation when they can name a speaker: a capitalised word, a pronoun or a
    determiner first, and no verb among them."""
    words = []
    for token in tokens:
        if token.is_punct:
            break
        words.append(token)
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in words):
        return _trailing_person(words)  # '“…,” screenwriter Cole Haddon wrote', 'screenwriter' tagged a verb
    if not words:
        return None
    first = words[0]
    return words if first.text[:1].isupper() or first.lower_ in _OPENING_WORDS else None


def _trailing_person(words: Sequence[Token]) -> list[Token] | None:
    """The person's name that ends ``words``, if they end with one: words tagged a person, or capitalised words
    the entity recogniser left unlabelled ('ranking Democrat Elijah Cummings', '“…,” Will wrote')."""
    name: list[Token] = []
    for token in reversed(words):
        if token.ent_type_ != "PERSON" and (not token.text[:1].isupper() or token.ent_type_):
            break
        name.insert(0, token)
    return name or _after_role(words)


def _after_role(words: Sequence[Token]) -> list[Token] | None:
    """Up to two capitalised words the recogniser tagged a place or nationality ending ``words`` right after a
    lower-case noun ('“…,” said building super Lumo Kade', with 'Lumo' a nationality and 'Kade' a place;
    gun-violence incident 412069): the person the noun describes."""
    run = 0
    while run < len(words) and run < ROLE_NAME_WORDS and words[-1 - run].text[:1].isupper() and (
            words[-1 - run].ent_type_ in ("GPE", "NORP", "")):
        run += 1
    before = words[-1 - run] if run < len(words) else None
    if run == 0 or before is None or before.pos_ not in ("NOUN", "ADJ") or not before.is_lower:
        return None
    return list(words[len(words) - run:])


ROLE_NAME_WORDS = 2
"""Most capitalised words after a role noun read as a mistagged name (a given name and a surname)."""


def _verb_of_subject(token: Token) -> Token | None:
    """The verb whose subject begins with ``token`` ('“…,” Adam Green, co-founder of X, said'), if any."""
    first = token.i
    for _ in range(MAX_SOURCE_TOKENS):
        if token.dep_ in ("nsubj", "nsubjpass"):
            head = token.head
            starts_here = token.left_edge.i == first
            return head if starts_here and head.i > token.i and head.tag_.startswith("VB") else None
        if token.head is token:
            return None
        token = token.head
    return None


_CLOCK_TIME = re.compile(r"(?:\d{1,2}(?::\d\d)?\s*)?[ap]\.m\.?", re.IGNORECASE)
"""A time of day the parse took for a cue's subject (gun-violence incident 518436, issue #19): no speaker."""
NO_SPEAKERS = frozenset({"all", "both", "each", "everything", "nothing", "that", "what", "whatever", "which"})
"""A subject word alone that names no speaker ('All told, ...', 'That said, ...', 'what haunts theorists')."""


def attribution_of(paragraph: Paragraph, cue: Token, quotes: Sequence[Range]) -> Attribution | None:
    """The cue's attribution, from its first candidate subject that lies outside every quotation (neither its first
    nor its last word inside one: 'described the family as caring, “great people” who would ask': no speaker)."""
    for head in subjects(cue):
        if head.ent_type_ in ("DATE", "TIME") and head.lower_ in _TIME_WORDS:
            continue  # 'a letter Friday afternoon that says': the time a relative pronoun was taken for, no one
        head = _after_dateline(head)
        if head is None:
            continue
        head = main_clause_subject(head, cue, paragraph.start, quotes)
        first, last = source_span(head)
        source = (paragraph.start + first, paragraph.start + last)
        if last - first == len(head.text) and head.lower_ in NO_SPEAKERS:
            return None  # 'All told, ...': an idiom, no one speaks
        if _CLOCK_TIME.fullmatch(head.doc.text[first:last]):
            continue  # 'an alert around 6:20 a.m., that says ...': a time, no one
        cue_first, cue_last = cue_span(cue)
        if cue.ent_type_ and first < cue_last and cue_first < last:
            continue  # the cue inside its own source, a name ("WE'RE TOLD" tagged a person in a transcript in capitals)
        if not inside(source[0], quotes) and not inside(source[1] - 1, quotes):
            return Attribution(source, (paragraph.start + cue_first, paragraph.start + cue_last))
    named = _person_before(cue)
    if named is None or inside(paragraph.start + named.start_char, quotes):
        return None
    cue_first, cue_last = cue_span(cue)
    return Attribution((paragraph.start + named.start_char, paragraph.start + named.end_char),
                       (paragraph.start + cue_first, paragraph.start + cue_last))


def _after_dateline(head: Token) -> Token | None:
    """The subject after a dateline the parse took for the subject ('WASHINGTON -- President Ana Ruiz, …, said': Ana
    Ruiz, in apposition to the place; PolNeAR dev, issue #19's eleventh round); no one when none is apposed."""
    doc = head.doc
    following = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if not (head.text.isupper() and len(head.text) > 1 and following is not None and following.text in _DASH_WORDS):
        return head
    return next((child for child in head.children if child.dep_ == "appos" and child.i > following.i), None)


_DASH_WORDS = frozenset({"--", "—", "–", "-"})
_TIME_WORDS = frozenset({"morning", "afternoon", "evening", "night", "today", "tonight", "yesterday", "day", "week",
                         "weekend", "month", "year", *WEEKDAY_NAMES})
"""Head words of a date or a time that no one speaks as ('Friday afternoon'; not an age, 'the 56-year-old')."""


def _person_before(cue: Token) -> Any:
    """The person named right before a cue the parse gave no subject, a comma apart at most ('In a statement to
    the Courier, her aide, Ben Ode, said:', parsed as appositions of 'the Courier')."""
    at = cue.i - 1
    if at >= 0 and cue.doc[at].text == ",":
        at -= 1
    if at < 0 or cue.doc[at].ent_type_ != "PERSON":
        return None
    named = next((ent for ent in cue.doc.ents if ent.start <= at < ent.end), None)
    return named if named is None or named.end <= cue.i else cue.doc[named.start:cue.i]  # the name less the cue


def lead_in_attribution(paragraphs: Paragraphs, lead_start: int, quote: Range,
                        quotes: Ranges) -> Attribution | None:
    """The verb of the writer's words that lead into a quotation and end with a comma or a colon: a cue first,
    else the last verb with a subject before the quotation ('Hillary shot back, “…”', 'Article 33 affirms: “…”',
    'McConnell deflected questions before saying, “…”')."""
    last_quote_end = quotes.last_end(quote[0])  # the words after an earlier quotation
    start = lead_start if last_quote_end is None else max(lead_start, last_quote_end)
    for paragraph in paragraphs.overlapping(start, quote[0]):
        tokens = [t for t in paragraph.tokens_from(start, quote[0]) if not t.is_space]
        if len(tokens) > 2 and tokens[-2].text == "," and tokens[-1].tag_ == "VBG" and is_cue(tokens[-1]):
            return _participle_attribution(paragraph, tokens, quotes, quote[0])
        if not tokens or paragraph.start + tokens[0].idx >= quote[0] or tokens[-1].text not in (",", ":"):
            continue
        return _verb_attribution(paragraph, tokens, quotes, quote[0])
    return None


def _participle_attribution(paragraph: Paragraph, tokens: Sequence[Token], quotes: Sequence[Range],
                            before: int) -> Attribution | None:
    """A participle that leads into the quotation after a comma speaks for the subject of the clause before it
    ('Flea shared the news, writing “…”', 'where protesters had gathered, chanting “…”'): the nearest verb's
    subject, whatever the parse made of the participle."""
    for verb in reversed(tokens[:-2]):
        if not verb.tag_.startswith("VB") or verb.dep_ in ("aux", "auxpass"):
            continue
        found = attribution_of(paragraph, verb, quotes)
        if found is not None and found.source is not None and found.source[1] <= before:
            first, last = cue_span(tokens[-1])
            return Attribution(found.source, (paragraph.start + first, paragraph.start + last))
    return None


_NOT_ATTRIBUTING = ("aux", "auxpass", "relcl", "acl")
"""Verbs of the lead-in that never attribute the quotation: auxiliaries, and verbs of clauses that describe a
noun ('Chrabaszcz, who was responsible for the file:')."""
_CONDITIONAL_AUXILIARIES = frozenset({"should", "had", "were"})
"""Auxiliaries that open a condition put before its subject ('..., should the need arise:'), a clause no one speaks
in even where the parse makes it the root (AllSides 5869, read in E22's seed-99 honest reading: 'The Majority Opinion
by Judge X ... looked at militia laws ..., should the need arise: "…"' went to 'the need')."""


def _may_attribute(verb: Token) -> bool:
    """A lead-in's verb other than a cue that may attribute the quotation: none of an auxiliary, of a clause
    describing a noun or inside one ('charters that let citizens defend the town'), or of an inverted condition."""
    ancestors = [verb, *verb.ancestors]
    return not any(t.dep_ in _NOT_ATTRIBUTING for t in ancestors) and not _inverted_condition(verb)


def _inverted_condition(verb: Token) -> bool:
    """A verb whose conditional auxiliary comes before its subject ('should the need arise')."""
    auxiliaries = [t.i for t in verb.children if t.dep_ == "aux" and t.lower_ in _CONDITIONAL_AUXILIARIES]
    subjects = [t.i for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    return bool(auxiliaries and subjects) and min(auxiliaries) < min(subjects)


def _verb_attribution(paragraph: Paragraph, tokens: Sequence[Token], quotes: Sequence[Range],
                      before: int) -> Attribution | None:
    """The attribution of the last cue among ``tokens`` whose subject ends before ``before``, else of the last
    other verb."""
    verbs = [t for t in reversed(tokens) if is_cue(t)]
    verbs += [t for t in reversed(tokens) if t.tag_.startswith("VB") and not is_cue(t) and _may_attribute(t)]
    for verb in verbs:
        found = attribution_of(paragraph, verb, quotes)
        if found is not None and found.source is not None and found.source[1] <= before:
            return found
    return None


def colon_attribution(paragraphs: Paragraphs, quote: Range, quotes: Sequence[Range]) -> Attribution | None:
    """The verb of the sentence just before the quotation when that sentence ends with a colon ('He said:',
    'Cruz called them on it:'), a cue first."""
    previous: tuple[Paragraph, Any] | None = None
    for paragraph in reversed(paragraphs.before(quote[0])):  # the last paragraph with a sentence before it
        sents = [sent for sent in paragraph.doc.sents if paragraph.start + sent.end_char <= quote[0]]
        if sents:
            previous = (paragraph, sents[-1])
            break
    if previous is None or not previous[1].text.rstrip().endswith(":"):
        return None
    paragraph, sent = previous
    tokens = [t for t in sent if not inside(paragraph.start + t.idx, quotes)]
    return _verb_attribution(paragraph, tokens, quotes, quote[0])
