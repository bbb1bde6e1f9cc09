"""Names of one entity written in other forms, and nouns that are no name (issue #19): stories written for these
tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.evidence import cue
from newsprism.entities.merge import outermost_names
from newsprism.entities.names import name_key, name_tokens
from newsprism.entities.variants import person_variants
from newsprism.model import Article, Entity
from newsprism.nlp import NlpResources, parse


def story(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source="test", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def holding(index: EntityIndex, form: str) -> list[Entity]:
    """The entities one of whose mentions is written ``form``."""
    return [e for e in index.entities if any(m.text == form for m in e.mentions)]


def test_a_usual_short_given_name_is_the_same_person() -> None:
    names = {("bill", "varno"), ("william", "varno"), ("mo", "tessel"), ("maurice", "tessel"), ("mo", "kade"),
             ("martin", "kade")}
    assert person_variants(names) == {"billvarno": "williamvarno", "motessel": "mauricetessel"}


def test_spaced_initials_read_as_one_abbreviation() -> None:
    assert name_tokens("U. S. Lumo Service") == name_tokens("U.S. Lumo Service")
    assert name_key("U. N. Lumo Office") == name_key("U.N. Lumo Office")
    assert name_tokens("Ana H. W. Lee") == ("ana", "h", "w", "lee")  # a person's middle initials stay initials


def test_a_law_is_a_written_work_not_a_person() -> None:
    text = "Judges cited the Clean Rivers Act on Monday."
    start = text.index("Clean")
    found = cue(text, start, text.index(" on"), ("clean", "rivers", "act"))
    assert found is not None and found.type == "work"


def test_a_name_ending_a_longer_name_is_that_name_shortened() -> None:
    assert outermost_names({"lumocitynightherons", "citynightherons"}) == {"lumocitynightherons"}
    assert outermost_names({"lumonightherons", "kesselnightherons"}) == {"lumonightherons", "kesselnightherons"}


def test_a_department_named_in_two_word_orders_is_one_body(resources: NlpResources) -> None:
    index = story(resources,
                  "Officials at the Department of Fisheries said on Monday that the Lumo river was closed to boats.",
                  "A spokesman for the Fisheries Department said the closure would last a week.")
    bodies = holding(index, "Department of Fisheries")
    assert len(bodies) == 1 and "Fisheries Department" in {m.text for m in bodies[0].mentions}


SERIES = ("The Portvale Rowing Association closed on Monday. It is the fifth association to close this year. "
          "The association said it would open again.")


def test_one_of_a_series_is_no_mention_of_a_body(resources: NlpResources) -> None:
    association = holding(story(resources, SERIES), "Portvale Rowing Association")[0]
    starts = {m.start for m in association.mentions}
    assert SERIES.index("association said") in starts  # 'The association said': the body
    assert SERIES.index("association to") not in starts  # 'the fifth association': one of a class


def test_a_role_noun_is_no_mention_of_a_body(resources: NlpResources) -> None:
    index = story(resources,
                  "The Kessel State Fire Marshal investigated the blaze. Deputy marshal Tom Berg led the team.",
                  "The marshal said the fire began in the kitchen. Officials said the marshal would report on Monday.")
    assert all(m.text != "marshal" for e in index.entities for m in e.mentions)  # 'marshal Tom Berg': a person


def test_a_word_opening_one_body_and_ending_another_joins_neither(resources: NlpResources) -> None:
    index = story(resources,
                  "The Kessel Palace Council voted on Monday. The Council Budget Committee met on Friday.",
                  "The Council said little. The Kessel Palace Council will vote again next week.")
    council = holding(index, "Council")
    assert council and all(m.text != "Kessel Palace Council" for m in council[0].mentions)


def test_a_conference_name_is_a_body() -> None:
    text = "Lumo lead the Western Conference."
    start = text.index("Western")
    found = cue(text, start, len(text) - 1, ("western", "conference"))
    assert found is not None and found.type == "organisation"


def test_three_spellings_of_one_given_name_are_one_person() -> None:
    names = {("gurbanoli", "tessek"), ("gurbanoly", "tessek"), ("kurbanoly", "tessek")}
    rewrite = person_variants(names)
    assert len(set(rewrite.values())) == 1 and len(rewrite) == 2
