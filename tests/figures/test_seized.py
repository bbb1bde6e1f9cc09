"""Things seized, counted in a list, are figures of their own; a running total over several operations is another
scope (issue #18, round 18). Invented texts."""

from __future__ import annotations

from newsprism.figures.measures import read_claims
from newsprism.figures.verdict import verdict
from newsprism.model import Evidence, FigureSide, FigureValue


def _read(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.measure, c.subject, c.number.value) for c in read_claims(text)]


def test_a_list_after_the_verb_counts_each_thing() -> None:
    assert _read("The coast guard confiscated 9 shotguns, 40 cartridges and two radios from the trawler.") == [
        ("seized shotguns", None, 9.0), ("seized cartridges", None, 40.0), ("seized radios", None, 2.0)]


def test_a_list_before_a_passive_verb_counts_each_thing() -> None:
    assert _read("Four M-16 carbines, 20 clips and about 500 bullets were found and seized in the van.") == [
        ("seized carbines", None, 4.0), ("seized clips", None, 20.0), ("seized bullets", None, 500.0)]


def test_a_running_total_is_another_scope() -> None:
    assert _read("In its seven patrols so far, the frigate has seized 30 shotguns and 90 cartridges.") == [
        ("seized shotguns", "so far", 30.0), ("seized cartridges", "so far", 90.0)]


def test_a_thing_listed_in_parts_has_no_count() -> None:
    assert _read("Guards seized five hunting rifles, three other rifles and 60 cartridges at the gate.") == [
        ("seized cartridges", None, 60.0)]


def test_people_seized_are_arrested() -> None:
    assert _read("Smith, one of 41 alleged gang members seized on Monday, was freed on bail.") == [
        ("arrested", None, 41.0)]
    assert _read("Rebels said 14 soldiers seized by their fighters were alive.") == []


def test_people_amounts_and_other_verbs_are_no_things_seized() -> None:
    # people seized are arrests; tons are an amount; 'recovered' is no seizure ('the index recovered 40 points')
    assert all(not m.startswith("seized") for m, _, _ in _read("Troops seized 12 suspects at the port."))
    assert _read("Agents seized 3 tons of cannabis near the border.") == []
    assert _read("The index recovered 40 points and 3 sectors rose.") == []
    # a number with no list verb next to it is no seizure
    assert _read("The raid, in which 9 shotguns were shown to reporters, ended at noon.") == []


def _value(article: str, value: float) -> FigureValue:
    mention = Evidence(article=article, start=0, end=2, text=str(value))
    return FigureValue(article=article, value=value, qualifier="exact", written=str(int(value)), mention=mention,
                       evidence=mention, published=None)


def test_two_outlets_counts_of_one_seizure_are_disputed() -> None:
    sides = [(FigureSide(claim="9", value=9.0, articles=["a"], origins=1), _value("a", 9.0)),
             (FigureSide(claim="15", value=15.0, articles=["b"], origins=1), _value("b", 15.0))]
    assert verdict(sides, "seized shotguns") == "disputed"
