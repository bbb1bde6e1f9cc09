"""A sentence of the article between two of its paragraphs, among the body's last lines, stays whatever the line
classifier reads in it (issue #16, :func:`newsprism.clean.transitions.transition_sentence`). Texts written for the
test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.text import clean_text, rule_verdicts
from newsprism.clean.transitions import transition_sentence
from newsprism.config import CleanConfig

TITLE = "Stray round hits girl near Dunmore apartments"
TRANSITION = "For the neighbours the gunfire left a more troubling feeling."
BODY = ["DUNMORE -- Medics rushed a girl, 7, to a hospital after a stray round struck her near a relative's "
        "apartment block on Sunday afternoon.",
        "A man in a nearby unit says he was cleaning a pistol when it fired, according to a manager at the complex. "
        "The round passed through a wall before it hit the girl.",
        "The girl is expected to recover, her mother said Sunday evening. The round had slowed after going through "
        "the wall.",
        "The courtyard of the complex, on the 300 block of Birch Street, is usually full of children who live and "
        "play there.",
        "\"I wish this block would calm down, there are too many kids running around here,\" said Rosa Delgado, who "
        "has lived on the street for years.",
        "\"Accidents happen anywhere if you are careless with a gun,\" said Owen Pratt, who lives above the unit "
        "where the pistol fired.",
        TRANSITION,
        "\"I have grandchildren here, and I just get scared because we never know what is happening,\" said "
        "Delgado."]


def _transitions(texts: list[str]) -> list[str]:
    verdicts = rule_verdicts("\n\n".join([TITLE, *texts]), TITLE, CleanConfig())
    lines, kinds, body = verdicts.lines, verdicts.kinds, verdicts.body
    return [lines[i].text for i in range(len(lines))
            if kinds[i] is None and transition_sentence(lines, kinds, i, body[0], body[-1])]


def test_a_short_sentence_between_two_quotations_stays() -> None:
    assert TRANSITION in clean_text("\n\n".join([TITLE, *BODY]), TITLE, CleanConfig()).paragraphs


def test_another_comparative_sentence_between_two_quotations_stays() -> None:
    calmer = "Other tenants took the news more calmly."
    texts = [calmer if text == TRANSITION else text for text in BODY]
    assert calmer in clean_text("\n\n".join([TITLE, *texts]), TITLE, CleanConfig()).paragraphs


def test_a_sentence_after_the_last_paragraph_is_no_transition() -> None:
    teaser = "Our station will carry the mayor's budget speech on Tuesday evening at seven."
    assert teaser not in _transitions([*BODY, teaser])


def test_a_pointer_between_two_paragraphs_is_no_transition() -> None:
    pointer = "Watch Channel 9 Evening News for updates on the girl's recovery."
    assert pointer not in _transitions([*BODY[:3], pointer, *BODY[3:]])


def test_a_sentence_under_a_fragment_is_no_transition() -> None:
    assert TRANSITION not in _transitions([*BODY[:6], "More to come", TRANSITION, BODY[7]])
