"""Entities as issue #19's seventeenth round found them wrong on real stories, on sentences written for these tests:
a periodical's nameplate word cut off its name, an outlet's journalist or programme after it, a site in a list of
outlets typed a person, and a legislature's building typed a body."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def holding(index: EntityIndex, form: str) -> tuple[str, str, list[str]]:
    """The name, type and written forms of the one record holding ``form``."""
    found = [e for e in index.entities if any(m.text == form for m in e.mentions)]
    assert len(found) == 1, [(e.name, [m.text for m in e.mentions]) for e in index.entities]
    return found[0].name, found[0].type, sorted({m.text for m in found[0].mentions})


def test_a_papers_nameplate_word_ends_its_name(resources: NlpResources) -> None:
    index = analyse(resources, "Ana Lee told The Hollywood Reporter in an interview that she was done with it.")
    assert holding(index, "Hollywood Reporter")[1] == "organisation"


def test_a_nameplate_word_before_another_capital_is_left(resources: NlpResources) -> None:
    index = analyse(resources, "Crowds waited outside the Dover Post Office on Monday for the new stamps.")
    assert not any(m.text == "Dover Post" for e in index.entities for m in e.mentions)


def test_an_outlets_journalist_and_programme_make_it_a_body(resources: NlpResources) -> None:
    index = analyse(resources, "CNN's Jake Tapper asked her twice about the vote. At a CNN town hall in Dover she "
                               "answered at last.")
    assert holding(index, "CNN")[1] == "organisation"


def test_a_site_listed_beside_outlets_is_a_body(resources: NlpResources) -> None:
    index = analyse(resources, "The group named several sites it said were hidden, listing Breitbart, The Washington "
                               "Free Beacon, The Daily Wire and a few more.")
    assert holding(index, "Breitbart")[1] == "organisation"


def test_a_person_named_in_full_beside_an_outlet_stays_a_person(resources: NlpResources) -> None:
    index = analyse(resources, "The panel on Sunday had Jake Tapper, CNN, and two more guests from Dover.")
    assert holding(index, "Jake Tapper")[1] == "person"


def test_the_capitol_and_its_hill_are_places(resources: NlpResources) -> None:
    index = analyse(resources, "Lawmakers on Capitol Hill argued for hours. Protesters marched to the Capitol on "
                               "Tuesday, and the Capitol Police closed two gates.")
    assert holding(index, "Capitol Hill")[1] == "place"
    assert holding(index, "Capitol")[1] == "place"
    assert holding(index, "Capitol Police")[1] == "organisation"


def test_a_record_label_named_after_the_capitol_stays_a_body(resources: NlpResources) -> None:
    index = analyse(resources, "Capitol Records signed the band from Dover after a long bidding war with rivals.")
    assert holding(index, "Capitol Records")[1] == "organisation"


def test_a_soldiers_rank_after_the_force_is_cut_off(resources: NlpResources) -> None:
    index = analyse(resources, "A quarrel between Army Spc. Ivan Lopez, 34, and two other soldiers came first. Army "
                               "Secretary John McHugh spoke on Thursday about what the United States Army knew.")
    assert holding(index, "Army")[0] == "United States Army"


def test_a_one_word_site_that_reports_is_a_body(resources: NlpResources) -> None:
    index = analyse(resources, "The new phone sends data home, Motherboard reported on Monday. The maker denied it.")
    assert holding(index, "Motherboard")[1] == "organisation"


def test_a_surname_that_reports_stays_the_persons(resources: NlpResources) -> None:
    index = analyse(resources, "Ana Lee saw the smoke first, from her porch in Dover. Lee reported the fire at 2 "
                               "a.m., and Lee said no one was hurt.")
    assert holding(index, "Lee")[1] == "person"


CUSTOMS = ("U.S. Customs and Border Protection said on Wednesday it would hold the goods at the ports. CBP officials "
           "told a briefing the ban was wide.")


def test_and_words_the_acronym_spells_end_a_bodys_name(resources: NlpResources) -> None:
    assert holding(analyse(resources, CUSTOMS), "CBP")[0] == "U.S. Customs and Border Protection"


def test_two_bodies_joined_by_and_stay_two(resources: NlpResources) -> None:
    index = analyse(resources, "Apple and Google said on Monday they would pay the fine. The ABC network aired it.")
    assert holding(index, "Apple")[2] == ["Apple"]


STYLED = ("The governor praised the tally on Monday. “Call it Postal Voting or Absentee Voting, here in Dover the "
          "Tally is Sure and Sound, Quick and Fair, and the White House knows it,” he posted. He said postal voting is "
          "sound, absentee ballots arrived early and the tally was quick and fair.")


def test_a_slogans_capitals_in_a_styled_quotation_name_nothing(resources: NlpResources) -> None:
    names = {e.name for e in analyse(resources, STYLED).entities}
    assert not any("Absentee" in name or "Sound" in name for name in names)


def test_a_body_in_a_styled_quotation_stays(resources: NlpResources) -> None:
    assert "White House" in {e.name for e in analyse(resources, STYLED).entities}


def test_an_industrys_giant_before_a_name_is_a_company(resources: NlpResources) -> None:
    index = analyse(resources, "Electronics giant Foxconn said on Wednesday that the plant in Dover would be smaller.")
    assert holding(index, "Foxconn")[1] == "organisation"
