"""Speakers as issue #19's sixteenth round found them going wrong on NeuS and ECB+ stories, in texts written for
these tests: a committee's initials in brackets between its name and its chair's title, the passive 'said to
be' / 'said to have been' (nobody's statement), a headline line glued to the next one's source by the layout."""

from __future__ import annotations

from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources


def test_initials_in_brackets_inside_a_title_leave_the_chair_the_speaker(resources: NlpResources) -> None:
    text = ("Harbour Workers National Federation (HWNF) Chairwoman Mira Ann Olsen Monday warned she may call a "
            "strike unless the port changes its shift rules.")
    assert quote_of(resources, text, "she may").speaker == "Mira Ann Olsen"


def test_initials_in_brackets_after_a_body_subject_leave_the_body(resources: NlpResources) -> None:
    text = ("The Harbour Workers Federation (HWF) said on Monday that it may call a strike unless the port "
            "changes its shift rules.")
    assert str(quote_of(resources, text, "that it may").speaker).endswith("Harbour Workers Federation")


def test_said_to_be_in_the_passive_is_no_statement(resources: NlpResources) -> None:
    text = ("A farmer said to have been held by the gang for a week was freed on Sunday. His neighbours are said "
            "to be relieved.")
    assert quotes_of(resources, text) == []


def test_a_source_glued_across_a_headline_line_break_is_the_second_line(resources: NlpResources) -> None:
    text = ("Two hikers found dead near a lake in Brandvik, Nordland\nRelative said the trail had been closed for a "
            "week\nA storm swept the valley on Friday.")
    quote = quote_of(resources, text, "the trail had")
    assert quote.speaker != "Brandvik"
    assert quote.source is not None and "\n" not in quote.source.text


def test_straight_single_quotations_around_the_credit_are_direct(resources: NlpResources) -> None:
    text = ("'We saw them at the market on Sunday,' Ana Ruiz told the Lumo Gazette. 'They looked well and happy.'\n\n"
            "'Nobody expected this,' the mayor said.")
    first = quote_of(resources, text, "We saw them")
    assert (first.kind, first.speaker) == ("direct", "Ana Ruiz")
    assert quote_of(resources, text, "They looked well").speaker == "Ana Ruiz"
    last = quote_of(resources, text, "Nobody expected")
    assert (last.kind, last.speaker) == ("direct", "the mayor")


def test_apostrophes_in_a_single_quoted_paragraph_stay_in_it(resources: NlpResources) -> None:
    text = "'The players' union won't sign,' Ana Ruiz said. 'It's the '90s all over again.'"
    assert quote_of(resources, text, "The players' union won't sign").speaker == "Ana Ruiz"
    assert quote_of(resources, text, "It's the '90s all over again").speaker == "Ana Ruiz"
