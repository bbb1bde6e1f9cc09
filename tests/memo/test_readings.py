"""The per-article and per-text readings kept between analyses of one story (issue #20): a kept reading is the
one a fresh call gives, under the article's content key and the step's options; nothing is kept outside an active
:class:`Readings`."""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.memo import Readings, forget, per_article, per_text, recall


@dataclass(frozen=True)
class Page:
    """A stand-in for a parsed article: any object a step reads as a whole."""

    text: str


CALLS: list[str] = []


@per_article
def words_of(page: Page, lower: bool = False) -> list[str]:
    CALLS.append(page.text)
    return (page.text.lower() if lower else page.text).split()


@per_text
def initials(text: str) -> str:
    CALLS.append(text)
    return "".join(w[0] for w in text.split())


def test_an_articles_reading_is_kept_under_its_key_and_options() -> None:
    CALLS.clear()
    readings = Readings()
    one, two = Page("Rain in Elm"), Page("Sun in Oak")
    readings.register([one, two], ["k1", "k2"])
    with readings.active():
        first = words_of(one)
        first.append("changed by a caller")  # a caller's list is its own: the kept reading stays as read
        assert words_of(one) == ["Rain", "in", "Elm"]
        assert words_of(one, lower=True) == ["rain", "in", "elm"]  # another option is another reading
        assert words_of(two) == ["Sun", "in", "Oak"]
    assert CALLS == ["Rain in Elm", "Rain in Elm", "Sun in Oak"]


def test_an_article_not_registered_or_outside_the_block_is_read_afresh() -> None:
    CALLS.clear()
    readings = Readings()
    page, stranger = Page("Rain in Elm"), Page("Rain in Elm")  # equal, but not the analysis's article
    readings.register([page], ["k1"])
    with readings.active():
        words_of(page)
        words_of(stranger)
    words_of(page)
    assert CALLS == ["Rain in Elm"] * 3


def test_a_new_analysis_keeps_only_its_articles_readings() -> None:
    CALLS.clear()
    readings = Readings()
    old, edited = Page("Rain in Elm"), Page("Rain in Elm town")
    readings.register([old], ["old"])
    with readings.active():
        words_of(old)
    readings.register([old, edited], ["old", "edited"])  # the same article again (same key), a new one
    with readings.active():
        words_of(old)
        words_of(edited)
    assert CALLS == ["Rain in Elm", "Rain in Elm town"]
    readings.register([edited], ["edited"])  # the old article left the story: its reading goes
    assert len(readings) == 1


def test_a_texts_reading_is_kept_by_its_arguments() -> None:
    CALLS.clear()
    readings = Readings()
    with readings.active():
        assert initials("flood closes bridge") == "fcb"
        assert initials("flood closes bridge") == "fcb"
        assert recall(("pair", "a", "b"), lambda: CALLS.append("pair") or 2) == 2
        assert recall(("pair", "a", "b"), lambda: 3) == 2
    assert initials("flood closes bridge") == "fcb"  # outside: read afresh
    assert CALLS == ["flood closes bridge", "pair", "flood closes bridge"]


def test_a_text_reading_no_analysis_asked_for_goes() -> None:
    CALLS.clear()
    readings = Readings()
    for texts in (["rain falls", "sun shines"], ["rain falls"], ["rain falls", "sun shines"]):
        readings.register([], [])  # each analysis starts so
        with readings.active():
            for text in texts:
                initials(text)
    # 'sun shines' was kept through one analysis that did not ask for it, then dropped
    assert CALLS == ["rain falls", "sun shines", "sun shines"]
    readings.register([], [])
    assert len(readings) == 2


@per_text
def vowels(text: str) -> int:
    CALLS.append(f"vowels {text}")
    return sum(c in "aeiou" for c in text)


def test_forgetting_one_steps_text_readings_keeps_the_others() -> None:
    CALLS.clear()
    readings = Readings()
    with readings.active():
        initials("kettle whistles loudly")
        vowels("kettle whistles loudly")
        forget(initials)
        assert len(readings) == 1  # the vowels' reading stays
        assert initials("kettle whistles loudly") == "kwl"  # read afresh, the same
        assert vowels("kettle whistles loudly") == 6  # still kept
    forget(vowels)  # outside an active block: nothing to drop
    assert len(readings) == 2
    assert CALLS == ["kettle whistles loudly", "vowels kettle whistles loudly", "kettle whistles loudly"]


def test_a_one_analysis_lets_every_text_reading_or_the_named_ones_go() -> None:
    CALLS.clear()
    readings = Readings()
    with readings.active():
        initials("quiet harbour town")
        vowels("quiet harbour town")
        recall(("story.pair", "quiet", "town"), lambda: 7)
        readings.forget_texts("story.pair")
        assert len(readings) == 2  # the named step's reading went, the others stay
        readings.forget_texts()
        assert len(readings) == 0
        assert initials("quiet harbour town") == "qht"  # read afresh, the same
    assert CALLS == ["quiet harbour town", "vowels quiet harbour town", "quiet harbour town"]


def test_forgetting_the_articles_lets_their_readings_go() -> None:
    CALLS.clear()
    readings = Readings()
    page = Page("Lanterns lit the pier")
    readings.register([page], ["pier"])
    with readings.active():
        words_of(page)
        assert len(readings) == 1
        readings.forget_articles()
        assert len(readings) == 0  # no next analysis asks them
        assert words_of(page) == ["Lanterns", "lit", "the", "pier"]  # read afresh, the same
    assert CALLS == ["Lanterns lit the pier", "Lanterns lit the pier"]
