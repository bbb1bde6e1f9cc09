"""Entities found end to end (find_entities) that are chambers: the House and the Senate, a chamber before its
officers, its members and committees, the White House that is no house. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import (
    analyse,
    held_record,
    record,
    type_of,
)

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def test_the_house_is_no_white_house(resources: NlpResources) -> None:
    index = analyse(resources, "The House voted on the bill on Tuesday. The White House had not called. The House "
                               "meets again Friday, White House spokeswoman Ana Lee said.")
    white = next(e for e in index.entities if e.name == "White House")
    assert "House" not in white.aliases and len(white.mentions) == 2


def test_the_house_is_no_white_house_whatever_opens_it(resources: NlpResources) -> None:
    text = ("The chairman said the rule would hit the House committee. The Trump White House said on Friday it "
            "would not comment.")
    assert record(analyse(resources, text), "Trump White House") == ["Trump White House"]


SENATE = ("On Tuesday voters handed Republicans the U.S. Senate for two more years. Next year the Republican Senate "
          "majority will face a new budget.")


LEADER = "Senate Majority Leader Rob Tallis (R-Ky.) wrote an essay on spending."


def test_a_chamber_before_its_officers_joins_its_countrys_full_name(resources: NlpResources) -> None:
    assert held_record(analyse(resources, SENATE, LEADER), "Senate")[2] == ["Senate", "U.S. Senate"]


def test_a_chamber_before_its_officers_stays_apart_from_a_residence(resources: NlpResources) -> None:
    index = analyse(resources, "Aides at the White House met on Monday.", "House Speaker Rob Tallis said no.")
    assert held_record(index, "House")[2] == ["House"]


def test_a_record_label_named_after_the_capitol_stays_a_body(resources: NlpResources) -> None:
    index = analyse(resources, "Capitol Records signed the band from Dover after a long bidding war with rivals.")
    assert held_record(index, "Capitol Records")[1] == "organisation"


def test_a_political_adjective_before_a_chamber_is_no_part_of_its_name(resources: NlpResources) -> None:
    index = analyse(resources, "Conservative House lawmakers filed a motion on Tuesday to remove the deputy minister.",
                    "House conservatives said on Wednesday the motion would fail.")
    assert not any(m.text == "Conservative House" for e in index.entities for m in e.mentions)
    assert type_of(index, "House") == "organisation"


def test_a_chambers_members_are_no_committees(resources: NlpResources) -> None:
    index = analyse(resources, "Republican House members led by Rep. Ana Vane said the House Budget Committee erred.")
    assert sorted(m.text for m in next(e for e in index.entities if e.name == "House Budget Committee").mentions) == [
        "House Budget Committee"]
    assert type_of(index, "House") == "organisation"


def test_house_and_senate_are_two_records(resources: NlpResources) -> None:
    texts = ["The House and Senate passed the Lumo budget on Friday after a long debate.",
             "The Senate voted 60-40 and the House followed an hour later, aides in Kadeville said.",
             "It was a rare joint session of the majority-GOP House and Senate in Kadeville."]
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    names = {m.text for e in find_entities(parse(articles, resources, NlpConfig())).entities for m in e.mentions}
    assert not any(" and " in name for name in names)


def test_a_bill_is_one_work_record_not_a_chamber_and_a_person(resources: NlpResources) -> None:
    texts = ["A judge blocked the Lumo law known as Senate Bill 12, which had stood for weeks.",
             "Since S.B. 12 took effect, clinics in Lumo have turned patients away, lawyers said."]
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    index = find_entities(parse(articles, resources, NlpConfig()))
    bill = [e for e in index.entities if any(m.text in ("Senate Bill 12", "S.B. 12") for m in e.mentions)]
    assert len(bill) == 1 and bill[0].type == "work" and len(bill[0].mentions) == 2
    assert not any(m.text in ("Senate", "Bill 12") for e in index.entities for m in e.mentions)


def test_a_chamber_before_other_words_stays_a_chamber(resources: NlpResources) -> None:
    texts = ["The Senate passed the Lumo budget 60-40 on Friday after a long debate in Washington."]
    articles = [Article(id="a0", source="a0", format="text", text=texts[0])]
    index = find_entities(parse(articles, resources, NlpConfig()))
    assert any(e.name == "Senate" and e.type == "organisation" for e in index.entities)


def test_the_house_is_the_one_house_of_the_story(resources: NlpResources) -> None:
    index = analyse(resources, "The House met on Monday and overrode the veto. The House needed two thirds.",
                    "The House of Representatives handed the president a defeat on Monday.",
                    "The House vote came after a long debate in the House.")
    houses = [e for e in index.entities if "House" in e.name or any("House" in a for a in e.aliases)]
    assert len(houses) == 1 and houses[0].type == "organisation"
