"""Names in lines written in capitals (TV transcripts, shouted posts) need the story's support (issue #19), on texts
written for these tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.capitals import CAPS_MIN_LETTERS, shouted
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import find_quotes

TRANSCRIPT = (
    "A NIGHT OUT ENDED IN GUNFIRE ON THE EAST SIDE OF VELMORA. WE'RE TOLD AN ARGUMENT STARTED AT THE BAR AND MOVED "
    "OUTSIDE. A 27-YEAR-OLD WOMAN TOOK A BULLET TO THE SHOULDER AND A MAN WAS HIT IN THE HIP. POLICE SAY DARIA "
    "KOVIN, 31, WAS KILLED. FRIENDS SAY KOVIN HAD JUST LEFT THE CLUB WITH HER PHONE IN HER HAND. OFFICER TOMAS "
    "RENDELL SAYS THE SHOOTER RAN TOWARD THE KESTREL COMMUNITY CENTER. THE MEN INVOLVED HAVE NOT BEEN NAMED.")
ARTICLE = ("Daria Kovin, 31, was shot dead outside a bar in Velmora early on Sunday, police said.\n\n"
           "Kovin had left the venue minutes before the shooting, friends told reporters.")


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def keys(index: EntityIndex) -> set[str]:
    return {e.name.casefold() for e in index.entities}


def test_a_line_in_capitals_is_told_by_its_share_of_upper_case_letters() -> None:
    text = f"{TRANSCRIPT}\nPolice said the street was closed for hours while officers searched it.\nFIRE AT DAWN"
    assert shouted(text, 5)
    assert not shouted(text, text.index("Police said") + 3)
    assert len("FIREATDAWN") < CAPS_MIN_LETTERS and not shouted(text, text.index("FIRE AT"))
    captions = "THE CROWD STAYED OUTSIDE ALL NIGHT LONG\n\nAGAIN.\n\nTHE FAMILY DOES NOT LIVE IN THE HOUSE"
    assert shouted(captions, captions.index("AGAIN"))  # a short caption line, judged with its neighbours
    heading = "BREAKING\nThe mayor said on Monday that the town would rebuild the old bridge."
    assert not shouted(heading, 0)


def test_common_words_and_clause_pieces_in_capitals_are_no_entities(resources: NlpResources) -> None:
    found = keys(analyse(resources, TRANSCRIPT, ARTICLE))
    for word in ("leg", "hip", "bar", "club", "phone", "men"):
        assert word not in found
    assert not any(name.startswith(("we're", "shooter")) for name in found)  # clause pieces tagged names


def test_a_name_in_capitals_joins_the_same_name_written_in_normal_case(resources: NlpResources) -> None:
    index = analyse(resources, TRANSCRIPT, ARTICLE)
    kovin = [e for e in index.entities if "kovin" in e.name.casefold()]
    assert len(kovin) == 1  # "DARIA KOVIN", "KOVIN", "Daria Kovin" and "Kovin": one record
    assert kovin[0].name == "Daria Kovin" and kovin[0].type == "person"
    texts = {m.text for m in kovin[0].mentions}
    assert {"DARIA KOVIN", "KOVIN", "Daria Kovin"} <= texts


SHAPES = ("THE VICTIM WAS TAKEN AWAY IN CRITICAL CONDITION. AN OFFICER OF THE BRANSON POLICE DEPARTMENT SAYS THE "
          "GUNMAN FLED ON FOOT. WE HEARD FROM SENATOR JOAN WHITLEY LATE TONIGHT. PEOPLE IN OHIO ARE SHAKEN. THE "
          "SHOOTING HAPPENED IN THE PARKING LOT, AND A WOMAN WAS HIT IN THE ARM.")


def test_a_name_in_capitals_with_a_name_shape_is_kept_alone(resources: NlpResources) -> None:
    found = keys(analyse(resources, SHAPES))  # no article in normal case
    assert "branson police department" in found  # a body's word ends it
    assert "joan whitley" in found  # a title before it
    assert "ohio" in found  # a state
    assert not any("lot" in name.split() for name in found)
    assert not keys(analyse(resources, TRANSCRIPT)) & {"leg", "hip", "bar", "club", "phone"}


def test_a_story_in_normal_case_is_not_touched(resources: NlpResources) -> None:
    quiet = ARTICLE.replace("Velmora", "the town")
    assert keys(analyse(resources, quiet)) == keys(analyse(resources, quiet + "\n\nIT WAS LATE."))


def test_no_speaker_from_a_clause_piece_in_capitals(resources: NlpResources) -> None:
    article = Article(id="t", source="t", format="text", text=TRANSCRIPT)
    [parsed] = parse([article], resources, NlpConfig())
    speakers = {(v.speaker or "").casefold() for v in find_quotes(parsed)}
    assert not any(s.startswith("we're told") for s in speakers)
