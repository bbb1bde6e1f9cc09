"""Speakers across a story's articles: a lede's description named in the next sentence ('The No. 2 Democrat in
the state Senate said … ¶ State Senator Ana Ruiz, …, attacked him'), a quotation closed on a comma whose credit an
excerpt cut before its verb, a list of names saying something jointly, a 'they' after '<Body> and its partner
<Body>', a participle after a dash. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Budget news."
LEDE = ("The No. 2 Democrat in the state Senate on Tuesday said the governor was \"wrecking the budget\" with his new "
        "plan.\n\n"
        "State Senator Ana Ruiz, a longtime critic of the governor, attacked him in a post on social media.")
LEDE_NAMED_BEFORE = ("The No. 2 Democrat in the state Senate on Tuesday said Ana Ruiz was \"wrecking the budget\" with "
                     "her new plan.\n\n"
                     "State Senator Ana Ruiz, the governor's budget chief, answered in a post on social media.")
LEDE_OWNED = ("The state Senate leader's closest ally on Tuesday said the governor was \"wrecking the budget\" with "
              "his new plan.\n\n"
              "State Senator Ana Ruiz, a longtime critic of the governor, attacked him in a post on social media.")
CUT = "\"The budget will be fine once the rains come,\" Finance Minister Ana Ruiz..."
CUT_AFTER_STOP = "\"The budget will be fine once the rains come.\" Finance Minister Ana Ruiz..."
LISTED = ("Sen. Ana Ruiz, Sen. Ben Ode and Sen. Carla Mendez said in a joint statement that the plan \"will hurt "
          "every farmer in the valley.\"")
DASHED = ("Trade Minister Ana Ruiz on Friday slammed opposition leaders’ bargaining posture in budget talks with the "
          "palace as “odd” and “baffling” — warning that “there will be a vote” on a broad package despite a likely "
          "failure to strike a deal.")
PARTNER = ("Norvex Biotech and its partner Halden Pharmaceuticals said on Monday that the vaccine worked. They said "
           "the results were \"better than we hoped.\"")


def _speakers(text: str, resources: NlpResources) -> list[str | None]:
    return [speaker for speaker, _ in second_article_speakers(resources, FIRST, text)]


def test_a_lede_description_is_the_person_the_next_sentence_names(resources: NlpResources) -> None:
    assert set(_speakers(LEDE, resources)) == {"Ana Ruiz"}


def test_a_person_named_in_the_lede_is_no_delayed_naming(resources: NlpResources) -> None:
    assert "Ana Ruiz" not in _speakers(LEDE_NAMED_BEFORE, resources)


def test_a_description_owned_by_someone_else_is_not_read(resources: NlpResources) -> None:
    assert "Ana Ruiz" not in _speakers(LEDE_OWNED, resources)


def test_a_credit_cut_before_its_verb_names_the_speaker(resources: NlpResources) -> None:
    assert _speakers(CUT, resources) == ["Ana Ruiz"]


def test_a_quotation_closed_on_a_full_stop_takes_no_cut_credit(resources: NlpResources) -> None:
    assert _speakers(CUT_AFTER_STOP, resources) == [None]


def test_a_list_of_names_speaks_jointly(resources: NlpResources) -> None:
    assert set(_speakers(LISTED, resources)) == {"Ana Ruiz, Ben Ode and Carla Mendez"}


def test_they_after_a_body_and_its_partner_is_both(resources: NlpResources) -> None:
    assert _speakers(PARTNER, resources)[-1] == "Norvex Biotech and its partner Halden Pharmaceuticals"


def test_a_participle_after_a_dash_speaks_for_the_sentence_subject(resources: NlpResources) -> None:
    assert set(_speakers(DASHED, resources)) == {"Ana Ruiz"}
