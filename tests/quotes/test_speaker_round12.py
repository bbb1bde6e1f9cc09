"""Speakers as issue #19's twelfth fresh round showed them going wrong, in texts written for these tests: a 'she'
opening the text after a title that names her, one source phrase read twice, a clause the parse hung on a
subject's left, a 'he' after a description in its own sentence, a 'they' after a plural subject; and, found on the
round's check half, a place after 'in' and a run of capitals holding 'Police' taken for people, a parenthesis in
quotation marks, and a speech verb of what someone heard."""

from __future__ import annotations

from quoted_texts import quote_of, quotes_of

from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes.extract import find_quotes
from newsprism.quotes.people import people_in, title_people

_GRIEF = ("“Nobody tells you how quiet a kitchen gets,” she said. “I still set out four plates.”\n\n"
          "Her son, Pell Dunmore, who liked kites and long bus rides, died on Tuesday.\n\n"
          "Varrow says she and her cousin had gone to buy bread while her girls, eight-year-old Tamsin and "
          "six-year-old Orla, stayed by the van.\n\n"
          "“We were gone two minutes at most,” she said. “Then we heard the pops.”\n\n"
          "She says she ran back across the lot.")


def _with_title(resources: NlpResources, title: str | None, text: str) -> dict[str, str | None]:
    article = Article(id="a", source="a.txt", format="text", text=text, title=title)
    return {q.content.text[:12]: q.speaker for q in find_quotes(parse([article], resources, NlpConfig())[0])}


def test_a_she_opening_the_text_is_the_person_the_title_names(resources: NlpResources) -> None:
    found = _with_title(resources, "Helen Varrow is learning to live with an empty chair at dinner.", _GRIEF)
    assert found["Nobody tells"] == "Helen Varrow"
    assert found["We were gone"] == found["Then we hear"] == found["she ran back"] == "Helen Varrow"
    assert _with_title(resources, None, _GRIEF)["Nobody tells"] == "she"


def test_a_headline_in_capitals_names_no_one() -> None:
    assert [m.text for m in title_people("Helen Varrow mourns a son lost on Tuesday")] == ["Helen Varrow"]
    assert title_people("Helen Varrow Mourns Son Lost In Parking Lot Shooting") == []
    assert title_people("Portvale police say Tamsin Road reopened") == []


def test_quotations_of_one_pronoun_have_one_speaker(resources: NlpResources) -> None:
    text = ("Ines Marlo said she had left the shop before noon, while her niece, young Dora, waited outside with a "
            "friend.\n\n“I was not gone long,” she said. “The street was empty when I came out.”")
    found = quotes_of(resources, text)
    assert {q.speaker for q in found if q.kind == "direct"} == {"Ines Marlo"}


def test_a_clause_hung_on_the_subject_is_no_part_of_the_source(resources: NlpResources) -> None:
    text = ("The mayor declared the town ready to reopen its schools, even as the rains are again rising and "
            "county engineers warn the river may crest twice.")
    found = quote_of(resources, text, "the river may crest")
    assert found.source is not None and found.source.text == "county engineers"


def test_a_he_after_a_description_in_his_sentence(resources: NlpResources) -> None:
    text = ("Portvale police chief Rolan Teague said the chase ended near the mill.\n\n"
            "Nobody was hurt at the scene, according to the county.\n\n"
            "Wenna Corr said she found the trooper on the curb. She brought the trooper some water and asked him "
            "whether he could stand, she said, and he answered that he was “only a bit dizzy.”")
    assert quote_of(resources, text, "that he was").speaker == "the trooper"
    station = ("Governor Ada Pell toured the harbour on Monday. A local radio station aired a long talk with the "
               "harbour's director, where he said the cranes would be replaced by spring.")
    assert quote_of(resources, station, "the cranes").speaker == "the harbour's director"


def test_a_he_whose_sentence_has_a_named_subject_stays_with_the_subject(resources: NlpResources) -> None:
    text = ("Rolan Teague met the trooper on Monday, and he said the road would stay closed until the bridge is "
            "checked.")
    assert quote_of(resources, text, "the road would").speaker == "Rolan Teague"


def test_a_they_after_a_plural_subject_in_the_sentence_before(resources: NlpResources) -> None:
    text = ("Pell Varrow died on Tuesday. Members of the Varrow family, including his aunt and his grandfather, "
            "described him as a patient and funny boy. They said he had just learned to ride a bicycle.")
    found = quote_of(resources, text, "he had just learned")
    assert found.speaker == "Members of the Varrow family" and found.anonymous


def test_a_place_after_in_and_a_run_with_a_body_word_are_no_people(resources: NlpResources) -> None:
    text = ("The two men were taken to Kestrel Hospital in Ruby Glen. Troy Police Lt. Dale Wren said the car had left "
            "the lot.")
    parsed = parse([Article(id="a", source="a.txt", format="text", text=text)], resources, NlpConfig())[0]
    assert [m.text for m in people_in(parsed.paragraphs)] == ["Dale Wren"]


def test_a_parenthesis_alone_in_quotation_marks_is_no_statement(resources: NlpResources) -> None:
    text = ("Kestrel police said the shop stayed closed on Monday, the paper wrote. “(Lumo Daily article)\n\n"
            "Officers searched the block until dusk.")
    assert not [q for q in quotes_of(resources, text) if q.content.text.startswith("(Lumo")]


def test_a_speech_verb_of_what_was_heard_is_no_attribution(resources: NlpResources) -> None:
    text = ("“It sounded like a door slamming,” smelled smoke and heard colleagues shouting, said Wanda Pike, 51, a "
            "clerk at the depot.")
    assert quote_of(resources, text, "It sounded like").speaker == "Wanda Pike"


def test_a_speaker_heard_in_the_passive_speaks(resources: NlpResources) -> None:
    text = ("The deputies moved from door to door.\n\n“Bring the van to the north gate,” an officer could be heard "
            "saying over the radio.")
    assert quote_of(resources, text, "Bring the van").speaker == "an officer"

