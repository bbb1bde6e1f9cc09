"""Which lines `clean.boilerplate` asks the classifier about (`candidates`, `edge_sentences`) and
`sentence_case` (issue #16): a lead-in clause naming a business, a title-case label with a colon, the items a clause
introduces, items under a widget's lead-in, a long post in capitals, a fact box's heading and a closing tip-line
appeal. Texts written for the test, no publisher's text."""

from __future__ import annotations

from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.boilerplate import candidates, edge_sentences, sentence_case
from newsprism.clean.lines import split_lines
from newsprism.clean.text import rule_verdicts
from newsprism.config import CleanConfig


def test_a_lead_in_clause_naming_a_business_is_never_the_classifiers() -> None:
    lead_in = "So, too, was the front window of The Harbour Bait Shop:"
    text = _article(lead_in, "A diver at the broken window. 9News")
    verdicts = rule_verdicts(text, None, CleanConfig())
    index = next(i for i, line in enumerate(verdicts.lines) if line.text == lead_in)
    assert verdicts.kinds[index] is None
    assert index not in candidates(verdicts.lines, verdicts.kinds, verdicts.body[0], verdicts.body[-1])


def test_a_title_case_label_with_a_colon_stays_a_candidate() -> None:
    label = "More From The Harbour Desk Today:"
    text = _article(label)
    verdicts = rule_verdicts(text, None, CleanConfig())
    index = next(i for i, line in enumerate(verdicts.lines) if line.text == label)
    assert verdicts.kinds[index] is not None or index in candidates(verdicts.lines, verdicts.kinds,
                                                                     verdicts.body[0], verdicts.body[-1])


def test_items_a_clause_introduces_are_not_the_models() -> None:
    lines = split_lines("\n\n".join([LEAD, "The victims were identified as:", "Kim Wu, 39, his mother,",
                                     "Ola Berg, 36, his stepfather, and", "Ada Brenner, 57.", MIDDLE, LAST]))
    kinds = [None] * len(lines)
    asked = candidates(lines, kinds, 0, len(lines) - 1)
    assert not {2, 3, 4} & set(asked)


def test_items_under_a_widget_lead_in_are_asked() -> None:
    lines = split_lines("\n\n".join([LEAD, MIDDLE, "Related stories:", "Storm closes the north pier for a week",
                                     LAST]))
    kinds = [None] * len(lines)
    assert 3 in candidates(lines, kinds, 0, len(lines) - 1)


POST = ("AROUND 4PM ON SATURDAY, HARBOUR POLICE AND THE LIFEBOAT CREW WERE CALLED TO THE NORTH PIER FOR A BOAT "
        "ADRIFT. A CHILD HAD CLIMBED INTO THE BOAT AND THE ROPE CAME LOOSE. THE CREW REACHED THE BOAT WITHIN MINUTES "
        "AND BROUGHT THE CHILD BACK TO THE QUAY. FAMILY MEMBERS WAITED AT THE HARBOUR OFFICE. PLEASE KEEP YOUR "
        "CHILDREN AWAY FROM THE PIER")


def test_a_long_post_in_capitals_is_never_the_classifiers_to_drop() -> None:
    verdicts = rule_verdicts("\n\n".join([LEAD, POST, LAST]), None, CleanConfig())
    asked = candidates(verdicts.lines, verdicts.kinds, verdicts.body[0], verdicts.body[-1])
    assert all(verdicts.lines[i].text != POST for i in asked)


def test_sentence_case() -> None:
    assert sentence_case("THE BOAT SANK. NO ONE WAS HURT.") == "The boat sank. No one was hurt."
    assert sentence_case("The Boat Sank.") == "The Boat Sank."
    assert sentence_case("WEBVTT >> THE BOAT SANK.") == "WEBVTT >> THE BOAT SANK."


def test_the_heading_of_a_fact_box_is_never_the_classifiers_to_drop() -> None:
    rows = ["Name – Ola Berg", "Age – 41", "Address – 12 Quay Road"]
    text = "\n\n".join([LEAD, MIDDLE, "Victim Information", *rows, LAST])
    verdicts = rule_verdicts(text, None, CleanConfig())
    asked = candidates(verdicts.lines, verdicts.kinds, verdicts.body[0], verdicts.body[-1])
    assert all(verdicts.lines[i].text != "Victim Information" for i in asked)


def test_a_closing_tip_line_appeal_is_never_an_edge_sentence_to_ask() -> None:
    tip = "Anyone who saw the boat drift off should call Crime Stoppers at 555-0100."
    verdicts = rule_verdicts(_article(tip, where="footer"), None, CleanConfig())
    body = verdicts.body
    assert all(verdicts.lines[i].text != tip
               for i in edge_sentences(verdicts.lines, verdicts.kinds, body[0], body[-1]))
