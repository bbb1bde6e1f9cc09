"""A caption labelled 'Pictured:' or opening on where its picture was shared, with no subject ('Posted on social media
about …'): :data:`newsprism.clean.widget_credits.PICTURE_LABEL` (issue #16, round 26). The article's sentence with a
subject stays. Texts written for the test, no publisher's text."""

from __future__ import annotations

from short_article import short_article

from newsprism.clean.text import clean_text
from newsprism.clean.widgets import widget_kind
from newsprism.config import CleanConfig

CAPTIONS = ("Pictured: The three cousins who were hurt when a boat's fuel tank caught fire on the quay last summer",
            "Pictured left to right: Ada Brenner and Ola Berg at the harbour festival",
            "Posted on social media about the family of Kim Wu, 12, who was hurt on the ferry on May 3.")
PROSE = ("Her brother posted on social media about the fire the same evening.",
         "Posted on the council's website, the notice asks boat owners to check their fuel lines.")


def test_picture_labels_are_captions() -> None:
    for caption in CAPTIONS:
        assert widget_kind(caption, len(caption.split())) == "caption"


def test_a_sentence_with_a_subject_or_a_participle_clause_stays() -> None:
    for sentence in PROSE:
        assert widget_kind(sentence, len(sentence.split())) is None


def test_a_caption_between_paragraphs_is_removed() -> None:
    cleaned = clean_text(short_article(CAPTIONS[2]), None, CleanConfig())
    assert CAPTIONS[2] not in cleaned.paragraphs
    assert ("caption", CAPTIONS[2]) in [(r.reason, r.text) for r in cleaned.removed]
