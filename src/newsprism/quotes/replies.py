"""A reply whose credit the crawl cut: a direct quotation opening a paragraph with no speaker of its own, right after
a sentence whose subject, a named person, disputes or denies what someone said, or sends a tweet ('Paul alleged …,
something that Fauci strongly disputed. ¶ “With all...'; 'Trey Wingo … sent a tweet that …. ¶ “A 9-0 …'), is that
person's, not the words of whoever was credited before (issue #19, E26's honest readings: AllSides 6052#1 and 5912#1
had gone to the alleging senator and to the court)."""

from __future__ import annotations

from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.attribution import Attribution
from newsprism.quotes.cues import Token, verb_forms
from newsprism.quotes.source_spans import source_span

REPLY_FORMS = frozenset(form for verb in ("dispute", "deny", "counter", "reject", "tweet") for form in verb_forms(verb))
"""Verbs whose subject answers or posts the words that follow (calibrated on AllSides 6052 and 5912 only)."""
SENDING_FORMS = frozenset(verb_forms("post") | {"send", "sends", "sent", "sending"})
POSTED = frozenset({"tweet", "post", "message"})
"""What 'sent/posted a …' puts out ('sent a tweet that …')."""


def reply_before(paragraphs: Paragraphs, start: int) -> Attribution | None:
    """The named person replying in the sentence right before the quotation at ``start``, when the quotation opens
    its sentence (in its paragraph, or the paragraph, with only its mark before it); else None."""
    paragraph = paragraphs.at(start)
    if paragraph is None:
        return None
    lead = paragraph.text[:start - paragraph.start].rstrip(" \"“‘'")
    if lead:
        holder = paragraph if lead[-1] in ".!?" else None
        sentences = [s for s in paragraph.doc.sents if s.end_char <= len(lead)] if holder is not None else []
    else:
        before = paragraphs.before(paragraph.start)
        holder = before[-1] if before and before[-1].text.strip() else None
        sentences = list(holder.doc.sents) if holder is not None else []
    if holder is None or not sentences:
        return None
    for verb in sentences[-1]:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if _replies(verb) else None
        if subject is not None and _person(subject, paragraphs):
            first, last = source_span(subject)
            return Attribution((holder.start + first, holder.start + last),
                               (holder.start + verb.idx, holder.start + verb.idx + len(verb)))
    return None


def _person(subject: Token, paragraphs: Paragraphs) -> bool:
    """A person: tagged PERSON, or a lone proper noun the story writes elsewhere as the last word of a person's full
    name (spaCy tags 'Fauci' NORP in 'something that Fauci strongly disputed' though 'Anthony Fauci' is a PERSON:
    AllSides 6052#1)."""
    if subject.ent_type_ == "PERSON":
        return True
    return subject.pos_ == "PROPN" and any(
        len(ent) > 1 and ent[-1].text == subject.text
        for paragraph in paragraphs for ent in paragraph.doc.ents if ent.label_ == "PERSON")


def _replies(verb: Token) -> bool:
    """A reply verb (:data:`REPLY_FORMS`), or 'send/post' with a tweet, post or message as its object."""
    if verb.pos_ != "VERB":
        return False
    return verb.lower_ in REPLY_FORMS or (verb.lower_ in SENDING_FORMS and any(
        c.dep_ == "dobj" and c.lower_ in POSTED for c in verb.children))
