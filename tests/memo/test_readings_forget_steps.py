"""Issue #20: :meth:`Readings.forget_steps` lets every article's readings of one module's steps go, keeping the
articles and their other readings; a step asked again reads the article afresh, to the same reading."""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.memo import Readings, per_article

CALLS: list[str] = []


@dataclass(frozen=True)
class Page:
    """A stand-in for a parsed article."""

    text: str


@per_article
def first_word(page: Page) -> str:
    CALLS.append(f"first {page.text}")
    return page.text.split()[0]


def _held(readings: Readings) -> list[str]:
    return sorted(str(step[0]).rsplit(".", 1)[-1] for kept in readings._articles.values() for step in kept)


def test_forgetting_a_modules_steps_keeps_the_articles_and_other_steps() -> None:
    CALLS.clear()
    readings = Readings()
    one, two = Page("Hail over Tarnby"), Page("Fog over Wexley")
    readings.register([one, two], ["k1", "k2"])
    with readings.active():
        assert [first_word(one), first_word(two)] == ["Hail", "Fog"]
        assert _held(readings) == ["first_word", "first_word"]
        readings.forget_steps("newsprism.no_such_stage")  # another module's steps: nothing goes
        assert _held(readings) == ["first_word", "first_word"]
        readings.forget_steps(first_word.__module__)
        assert _held(readings) == [] and readings.key_of(one) == "k1"  # the articles stay registered
        assert first_word(one) == "Hail"  # read afresh, the same reading, kept again
        assert _held(readings) == ["first_word"]
    assert CALLS == ["first Hail over Tarnby", "first Fog over Wexley", "first Hail over Tarnby"]


def test_a_module_name_is_not_a_prefix_of_another_modules() -> None:
    readings = Readings()
    page = Page("Sleet near Oldmoor")
    readings.register([page], ["k1"])
    with readings.active():
        first_word(page)
        readings.forget_steps(first_word.__module__[:-1])  # a module named like the start of this one's
        assert _held(readings) == ["first_word"]
