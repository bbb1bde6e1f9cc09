"""quotes/namings.py: quotation marks the writer puts around a name are no one's words: a 'so-called' name ('the
so-called “water tower idea” — the theory that …'; AllSides crawled 6052, E26's seed-104 honest reading: credited to
the one who said the theory should be looked into) and a work's title after its noun ('his new book, “Onward: …”';
AllSides crawled 5713, E22's seed-99 honest reading: credited to no one and to 'His book'), issue #19; in texts
written for these tests. A maxim after its noun too ('the old newsroom injunction, “…”'; AllSides crawled 5717, E23's
seed-102 honest reading)."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

SO_CALLED = ("Doubts remain about the so-called \u201cwater tower idea\u201d \u2014 the theory that the fire began in "
             "the old depot, which the head of the fire service has said should be looked at again.")
CALLED = "Ada Moll called the theory a \u201cwater tower idea\u201d on Monday."
BOOK = ("Ode spoke ahead of the release of his new book, \u201cOnward: Notes on the Fate of Our Towns,\u201d on "
        "Monday. His book, called \u201cOnward: Notes on the Fate of Our Towns,\u201d is out now.")
BOOK_WORDS = "In the book, \u201cwe were young and foolish,\u201d Ode writes."
MAXIM = ("At some point the old newsroom injunction, \u201cIf the mayor says it is sunny, look out the window\u201d "
         "gave way to cynicism.")
CREDITED_SAYING = "As the saying goes, \u201ca stitch in time saves nine,\u201d Ode said."


def test_a_so_called_name_is_no_quotation(resources: NlpResources) -> None:
    assert [q.content.text for q in quotes_of(resources, SO_CALLED) if q.kind != "indirect"] == []


def test_a_name_someone_called_a_thing_stays_theirs(resources: NlpResources) -> None:
    assert [q.speaker for q in quotes_of(resources, CALLED)] == ["Ada Moll"]


def test_a_works_title_is_no_quotation(resources: NlpResources) -> None:
    assert [q.content.text for q in quotes_of(resources, BOOK)] == []


def test_words_quoted_from_a_work_stay_its_writers(resources: NlpResources) -> None:
    assert [q.speaker for q in quotes_of(resources, BOOK_WORDS)] == ["Ode"]


def test_a_maxim_no_one_is_credited_with_is_no_quotation(resources: NlpResources) -> None:
    assert [q.content.text for q in quotes_of(resources, MAXIM)] == []


def test_a_saying_someone_is_credited_with_stays_theirs(resources: NlpResources) -> None:
    assert [q.speaker for q in quotes_of(resources, CREDITED_SAYING)] == ["Ode"]
