"""Entities as issue #19's sixteenth round found them wrong on real stories, on sentences written for these tests:
a chamber's one-word name before its officers apart from its country's full name, an outlet named as a source typed
a person, a brand's capital letters cut off its name, and a title's initials before "'s office"."""

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
    assert len(found) == 1
    return found[0].name, found[0].type, sorted({m.text for m in found[0].mentions})


SENATE = ("Voters kept Republicans in control of the U.S. Senate on Tuesday. Next year the Republican Senate "
          "majority will face a new budget.")
LEADER = "Senate Majority Leader Rob Tallis (R-Ky.) wrote an essay on spending."


def test_a_chamber_before_its_officers_joins_its_countrys_full_name(resources: NlpResources) -> None:
    assert holding(analyse(resources, SENATE, LEADER), "Senate")[2] == ["Senate", "U.S. Senate"]


def test_a_chamber_before_its_officers_stays_apart_from_a_residence(resources: NlpResources) -> None:
    index = analyse(resources, "Aides at the White House met on Monday.", "House Speaker Rob Tallis said no.")
    assert holding(index, "House")[2] == ["House"]


OUTLET = ("The sale closed on Friday, Politico reported. Asked about it, Ana Lee told Politico she was pleased. "
          "According to Politico, the deal was small.")


def test_an_outlet_named_as_a_source_is_a_body(resources: NlpResources) -> None:
    assert holding(analyse(resources, OUTLET), "Politico")[1] == "organisation"


def test_a_brands_letters_after_its_name_end_it(resources: NlpResources) -> None:
    index = analyse(resources, "Police say Kade Lumo robbed the Metro PCS store on Elm Street in Dover twice.")
    assert holding(index, "Metro PCS")[:2] == ("Metro PCS", "organisation")


OFFICE = ("Lena Dorsey, a spokeswoman for the Office of the Attorney General, said the case was closed. Earlier, "
          "the AG's office had listed the wrong sentence.")


def test_a_titles_initials_before_office_join_the_office(resources: NlpResources) -> None:
    assert holding(analyse(resources, OFFICE), "AG")[0] == "Office of the Attorney General"


def test_initials_without_office_stay_apart(resources: NlpResources) -> None:
    index = analyse(resources, OFFICE.replace("the AG's office", "the AG"))
    assert holding(index, "AG")[0] == "AG"


STAFF = ("Tom Berg is not an employee of RT. He said RT's management never told him what to say, and he "
         "works for RT only on weekends.")


def test_an_outlets_staff_words_make_it_a_body(resources: NlpResources) -> None:
    assert holding(analyse(resources, STAFF), "RT")[1] == "organisation"
