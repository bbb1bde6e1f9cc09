"""The hurt counted as 'others' after the dead of their own sentence are all the hurt, a rival of another outlet's
count of the hurt; 'others' told without the dead stay a possible part (figures/rivals.py, issue #18 round 18).
Sentences written for this test."""

from __future__ import annotations

from newsprism.figures.rivals import hurt_beside_dead, others, rivals
from newsprism.model import Evidence, FigureValue


def stated(article: str, number: float, sentence: str, words: str) -> FigureValue:
    start = sentence.index(words)
    evidence = Evidence(article=article, start=0, end=len(sentence), text=sentence)
    mention = Evidence(article=article, start=start, end=start + len(words), text=words)
    return FigureValue(article=article, value=number, qualifier="exact", written=words.split()[0], mention=mention,
                       evidence=evidence, published="2031-05-02")


def test_others_after_the_dead_of_their_sentence_are_all_the_hurt() -> None:
    beside = stated("a", 2, "A clerk opened fire at the depot, killing three drivers and wounding two others.",
                    "two others")
    one = stated("b", 1, "Three drivers died and one more was wounded at the depot, police said.",
                 "one more was wounded")
    assert hurt_beside_dead(beside)
    assert not others(beside)
    assert rivals(beside, one, "injured")


def test_others_with_no_dead_before_them_stay_a_part() -> None:
    part = stated("a", 2, "The guard was hurt, and two others were wounded in the lobby.", "two others")
    whole = stated("b", 3, "Three people were wounded in the lobby, police said.", "Three people were wounded")
    assert not hurt_beside_dead(part)
    assert not rivals(part, whole, "injured")



def test_a_count_of_the_dead_named_as_others_is_no_hurt() -> None:
    dead = stated("a", 2, "The gunman killed a guard and two others at the depot.", "two others")
    assert not hurt_beside_dead(dead)
