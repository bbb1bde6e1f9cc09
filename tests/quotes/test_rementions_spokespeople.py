"""Speakers across a story's articles: an indefinite spokesperson ('..., a harbour police spokesman said.') is the
one person the same article titles so ('Harbour police spokesman Ana Ruiz said ...'), tied only to the one
spokesperson of its article, with the same noun and every body word it gives ('police'; 'for the Lumo campaign' after
it); 'the president-elect' is the one person another article titles so (a hyphenated title noun). Texts written for
these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Harbour news."
NAMED_LATER = ("Two boats collided near the north pier on Sunday night, a police spokesman said on Monday.\n\n"
               "Nobody was hurt, police spokesman Carl Marr said, and the pier will reopen on Tuesday.")
OTHER_NOUN = ("Two boats collided near the north pier on Sunday night, a police spokesman said on Monday.\n\n"
              "Nobody was hurt, police spokeswoman Greta Holm said, and the pier will reopen on Tuesday.")
OTHER_BODY = ("Two boats collided near the north pier on Sunday night, a hospital spokesman said on Monday.\n\n"
              "Nobody was hurt, police spokesman Carl Marr said, and the pier will reopen on Tuesday.")
OTHER_CAMPAIGN = ("A spokeswoman for Ben Ode said on Monday that the senator would not debate again this year.\n\n"
                  "Spokeswoman Greta Holm said the mayor would attend every debate left on the calendar.")
TWO_NAMED = ("Two boats collided near the north pier on Sunday night, a police spokesman said on Monday.\n\n"
             "Nobody was hurt, police spokesman Carl Marr said. Port spokesman Ben Ode said the pier will reopen.")
ELSEWHERE = "Nobody was hurt, police spokesman Carl Marr said, and the pier will reopen on Tuesday."
UNNAMED = "Two boats collided near the north pier on Sunday night, a police spokesman said on Monday."


def _first(speakers: list[tuple[str | None, bool]]) -> tuple[str | None, bool]:
    return speakers[0]


def test_a_spokesperson_the_article_names_later_is_that_person(resources: NlpResources) -> None:
    assert _first(second_article_speakers(resources, FIRST, NAMED_LATER)) == ("Carl Marr", False)


def test_another_noun_or_body_keeps_the_description(resources: NlpResources) -> None:
    assert _first(second_article_speakers(resources, FIRST, OTHER_NOUN)) == ("a police spokesman", True)
    assert _first(second_article_speakers(resources, FIRST, OTHER_BODY)) == ("a hospital spokesman", True)


def test_a_body_after_the_description_must_be_in_the_title(resources: NlpResources) -> None:
    assert _first(second_article_speakers(resources, FIRST, OTHER_CAMPAIGN)) == ("A spokeswoman", True)


def test_two_spokespeople_in_the_article_keep_the_description(resources: NlpResources) -> None:
    assert _first(second_article_speakers(resources, FIRST, TWO_NAMED)) == ("a police spokesman", True)


def test_a_spokesperson_named_only_in_another_article_stays_unnamed(resources: NlpResources) -> None:
    assert second_article_speakers(resources, ELSEWHERE, UNNAMED) == [("a police spokesman", True)]


ELECT_NAMED = "On Monday, Borovia's president-elect Carl Marr told reporters he would cut taxes within a year."
ELECT_UNNAMED = "The president-elect said on Monday that he would not see the Lumo premier before taking office."


def test_a_hyphenated_title_is_the_one_person_the_story_titles_so(resources: NlpResources) -> None:
    assert second_article_speakers(resources, ELECT_NAMED, ELECT_UNNAMED) == [("Carl Marr", False)]
