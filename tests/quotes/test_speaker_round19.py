"""Speakers as issue #19's eighteenth-round honest reading found them going wrong on NeuS stories, in texts written
for these tests: 'the former president' credited to the sitting one, a described source ('The House speaker', 'The
state Supreme Court') its own article leaves unnamed though another article of the story names its holder, the
question of 'when asked whether …' credited to the one asked, an 'it' credited to a body the sentence before
only spoke of, and a ruling's or an order's words left to the document, not its issuer."""

from __future__ import annotations

from quoted_texts import quote_of, quotes_of, second_article_speakers

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.extract import find_quotes


def test_the_former_president_is_no_sitting_one(resources: NlpResources) -> None:
    text = ("Former President Ben Ode on Friday attacked the press after a review of the vote in Lumo confirmed "
            "President Ana Ruiz's win there. In a statement issued through his campaign, the former president called "
            "the review a fraud that \"has uncovered real proof of cheating.\"")
    assert quote_of(resources, text, "has uncovered real proof").speaker == "Ben Ode"


def test_the_former_vice_president_keeps_both_qualifiers(resources: NlpResources) -> None:
    text = ("Former Vice President Ben Ode spoke on Friday, hours after President Ana Ruiz signed the bill. The "
            "former vice president said the bill would cost too much.")
    assert quote_of(resources, text, "the bill would cost").speaker == "Ben Ode"


def test_the_president_is_no_former_one(resources: NlpResources) -> None:
    text = ("Former President Ben Ode spoke on Friday, hours after the bill passed the senate. The president said "
            "the bill would cost too much.")
    assert quote_of(resources, text, "the bill would cost").speaker == "The president"


def test_a_title_another_article_writes_before_the_name_names_the_description(resources: NlpResources) -> None:
    first = "House Speaker Ana Ruiz had a rough morning on the radio show on Tuesday as the host pressed her on taxes."
    second = "The House speaker said she could not tell how the plan would change the deficit in the coming years."
    assert second_article_speakers(resources, first, second) == [("Ana Ruiz", False)]


def test_a_title_two_people_hold_names_no_one(resources: NlpResources) -> None:
    first = ("House Speaker Ana Ruiz met the former House Speaker Ben Ode and Speaker Carl Moe of the Lumo assembly "
             "on Tuesday to talk about taxes.")
    second = "The speaker said she could not tell how the plan would change the deficit in the coming years."
    assert second_article_speakers(resources, first, second) == [("The speaker", True)]


def test_a_bodys_ending_names_the_body_another_article_names(resources: NlpResources) -> None:
    first = "The Lumo Supreme Court on Saturday threw out a late bid to stop the count of the postal votes."
    second = ("The state Supreme Court, ruling five to two, struck down the order, saying the suit came months too "
              "late.")
    assert second_article_speakers(resources, first, second) == [("Lumo Supreme Court", False)]


def test_without_the_texts_the_description_stays_anonymous(resources: NlpResources) -> None:
    first = "House Speaker Ana Ruiz had a rough morning on the radio show on Tuesday as the host pressed her on taxes."
    second = "The House speaker said she could not tell how the plan would change the deficit in the coming years."
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", format="text", text=t) for i, t in enumerate((first, second))]
    parsed = parse(articles, resources, NlpConfig())
    found = attribute_speakers([v for p in parsed for v in find_quotes(p)], find_entities(parsed))
    assert [(v.speaker, v.anonymous) for v in found if v.content.article == "a1"] == [("The House speaker", True)]


def test_a_question_put_when_asked_is_no_statement_of_the_one_asked(resources: NlpResources) -> None:
    text = "\"Of course I will. You know that,\" Ruiz said Thursday when asked whether she would leave the building."
    assert [q.content.text for q in quotes_of(resources, text)] == ["Of course I will. You know that"]


def test_a_question_put_by_a_bare_participle_is_no_statement(resources: NlpResources) -> None:
    text = ("Ana Ruiz is the best guard in the league. Asked in an email whether the club would appeal, Ruiz said the "
            "club would wait.")
    assert [q.content.text for q in quotes_of(resources, text)] == ["the club would wait"]


def test_a_question_someone_asks_is_still_theirs(resources: NlpResources) -> None:
    text = "Ana Ruiz asked whether the club would appeal the ruling."
    assert quote_of(resources, text, "whether the club").speaker == "Ana Ruiz"


def test_an_it_is_the_body_the_sentence_before_has_as_subject(resources: NlpResources) -> None:
    text = ("A draft review of the city budget confirms a large surplus, the Lumo Herald first reported Thursday. The "
            "county confirmed the finding on its website but did not release the full text of the review. Instead, it "
            "slammed the review as being \"full of mistakes and wild guesses\" about the budget.")
    assert quote_of(resources, text, "full of mistakes").speaker == "The county"


def test_a_rulings_words_are_the_courts_named_before(resources: NlpResources) -> None:
    text = ("The Lumo Supreme Court on Saturday threw out a late bid by Rep. Ana Ruiz to stop the count of the postal "
            "votes. Ruiz, along with other party members, had sought to throw out the postal ballots. The ruling said, "
            "\"The petitioners waited far too long to bring this case.\"")
    quote = quote_of(resources, text, "The petitioners waited")
    assert quote.speaker == "The Lumo Supreme Court"
    assert not quote.anonymous


def test_an_orders_words_are_whoever_signed_it(resources: NlpResources) -> None:
    text = ("Governor Ben Ode signed an executive order on Monday closing all bars in the state. The order states that "
            "\"all bars must close by ten at night.\"")
    assert quote_of(resources, text, "all bars must close").speaker == "Ben Ode"


def test_an_order_no_one_is_said_to_issue_stays_the_order(resources: NlpResources) -> None:
    text = "A judge granted Ana Ruiz a protective order last year. The order said he must stay away from her house."
    assert quote_of(resources, text, "he must stay away").speaker == "The order"


def test_a_surname_opening_with_its_particle_is_a_name(resources: NlpResources) -> None:
    text = ("Anyone who wants to eat indoors will soon have to show proof of the shot or be turned away, Mayor de "
            "Vries said in a briefing.")
    quote = quote_of(resources, text, "Anyone who wants")
    assert quote.speaker == "de Vries"
    assert not quote.anonymous


def test_the_newspaper_is_the_outlet_the_sentence_before_has_as_subject(resources: NlpResources) -> None:
    text = ("The Lumo Herald on Friday released the findings of its review of the harbour series. The newspaper "
            "acknowledged that its series gave \"too much weight to one witness\" who has since been charged.")
    quote = quote_of(resources, text, "that its series gave")
    assert quote.speaker == "The Lumo Herald"
    assert not quote.anonymous


def test_the_newspaper_after_no_outlet_stays_a_description(resources: NlpResources) -> None:
    text = "Ana Ruiz read the report on Monday. The newspaper said the port would close."
    assert quote_of(resources, text, "the port would close").speaker == "The newspaper"
