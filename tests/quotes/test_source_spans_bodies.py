"""quotes/source_spans.py: a described source keeps the 'of' phrase that names its organisation ('a five-judge panel
of the Ohio Court of Appeals', not 'a five-judge panel'; issue #19, E22's seed-99 honest reading, AllSides 5869), and
no other 'of' phrase; in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

PANEL = ("In a split decision, a five-judge panel of the Ohio Court of Appeals said the tax was fair.\n\n"
         "\u201cWhatever the burden on small firms, we decline to strike it down...")
DIRECTOR = "\u201cWe ran out of beds by noon,\u201d said a director of emergency services at the clinic."


def test_a_panel_keeps_the_court_it_is_of(resources: NlpResources) -> None:
    assert quote_of(resources, PANEL, "Whatever").speaker == "a five-judge panel of the Ohio Court of Appeals"


def test_an_of_phrase_naming_no_organisation_is_left(resources: NlpResources) -> None:
    assert quote_of(resources, DIRECTOR, "We ran").speaker == "a director"


JOINT = ("The heads of the Lumo Drug Administration and the Kade Disease Centers are telling the mayors that there is "
         "\u201cnot enough data yet\u201d to widen the program.")


def test_an_of_phrase_joining_bodies_is_not_cut_to_the_first(resources: NlpResources) -> None:
    assert quote_of(resources, JOINT, "not enough").speaker != "The heads of the Lumo Drug Administration"
