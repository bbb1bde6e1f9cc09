"""Issue #18, round 25: the years two outlets give one named work ('the 2011 film Harbor Lights' / 'the 2012 movie,
Harbor Lights,') meet by the title, whatever the rest of their sentences (sentences and stories written for these
tests)."""

from __future__ import annotations

import pytest
from pipeline_input import story_conflicts

from newsprism.conflicts.work_years import work_years
from newsprism.model import Evidence


def _read(text: str) -> list[tuple[str, str, str]]:
    evidence = Evidence(article="a", start=0, end=len(text), text=text)
    return [(w.year, w.kind, w.title) for w in work_years(text, evidence)]


@pytest.mark.parametrize(("text", "read"), [
    ("Her life inspired the 2011 film Harbor Lights.", ("2011", "film", "harbor lights")),
    ("She was played in the 2012 Northstar movie, The Harbor Lights, by Ana Vell.", ("2012", "film", "harbor lights")),
    ("He told it in his 2009 memoir, ``A Quiet Tide''.", ("2009", "book", "quiet tide")),
    ("Fans still sing the 1998 song “Lumo Nights” at games.", ("1998", "song", "lumo nights")),
    ("It inspired the 2011 film Harbor Lights. Vell saw it twice.", ("2011", "film", "harbor lights")),
    ("It inspired the 2011 film Harbor Lights\nVell saw it twice.", ("2011", "film", "harbor lights")),
])
def test_a_work_s_year_is_read_with_its_title(text: str, read: tuple[str, str, str]) -> None:
    assert _read(text) == [read]


@pytest.mark.parametrize("text", [
    "In the 2011 film, Vell played a sailor.",  # no title: a comma, then a name and a verb
    "The 2011 film was shot in Lumo.",  # no title
    "She starred in a film in 2011 called Harbor Lights.",  # the year is not before the noun
    "The 2011 season ended in Lumo.",  # no work
])
def test_no_title_or_no_work_is_no_item(text: str) -> None:
    assert _read(text) == []


STORY = [
    ("Ana Vell, pinup of the fifties, dies at 84",
     "Ana Vell, whose photographs filled magazines in the fifties, died on Friday in Lumo. She was 84. Her life "
     "inspired the 2011 film Harbor Lights. Vell left modelling in 1959 and rarely spoke of it later."),
    ("Fifties model Ana Vell dead at 84",
     "The model Ana Vell died on Friday at a hospital in Lumo, her agent said. She was 84. Vell was played by "
     "Mira Sand in the 2012 Northstar movie, Harbor Lights, which drew new fans to her work."),
    ("Ana Vell, 84, dies in Lumo",
     "Ana Vell died on Friday in Lumo, aged 84. The 2011 season of a magazine revival featured her pictures. "
     "She had left modelling in 1959."),
]


def test_two_years_of_one_named_work_are_a_conflict(resources) -> None:
    conflicts = story_conflicts(STORY, resources)
    pitted = [sorted(s.claim for s in c.sides) for c in conflicts if "harbor lights" in c.about]
    assert pitted == [["2011", "2012"]]


def test_an_article_giving_a_title_two_years_is_no_side(resources) -> None:
    story = [STORY[0], (STORY[1][0], STORY[1][1] + " A remake, the 2011 film Harbor Lights, followed.")]
    conflicts = story_conflicts(story, resources)
    assert not [c for c in conflicts if "harbor lights" in c.about]
