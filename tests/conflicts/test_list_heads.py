"""conflicts/list_heads.py: a count of things in a list of objects hangs on the list's verb, so two outlets' counts of
one thing done to in two lists meet, and counts under two verbs do not (sentences written for these tests)."""

from __future__ import annotations

from newsprism.conflicts.body_counts import Counted, body_pairs
from newsprism.conflicts.list_heads import list_verbs
from newsprism.values import quantities


def _counts(*texts: tuple[str, str]) -> list[Counted]:
    return [(article, text, q) for article, text in texts for q in quantities(text) if q.dimension.startswith("count:")]


def _joined(*texts: tuple[str, str]) -> bool:
    return bool(body_pairs(_counts(*texts), lambda k: True))


def test_the_verb_before_a_list_of_objects() -> None:
    text = "Late on Friday, masked men who had gathered by the port smashed a tram shelter, five kiosks and two cafes."
    assert [list_verbs(text, q) for q in quantities(text)] == [frozenset({"smashed"})] * 2
    alone = "The clean-up crews, police said, counted two cafes."
    assert list_verbs(alone, quantities(alone)[0]) == frozenset({"counted"})
    adjective = "Crews boarded up the damaged kiosks and two cafes."
    assert list_verbs(adjective, quantities(adjective)[0]) == frozenset({"boarded"})


def test_counts_in_two_lists_under_one_verb_meet() -> None:
    assert _joined(("a", "Masked men smashed a tram shelter, five kiosks and two cafes near the port."),
                   ("b", "Rioters smashed a bus stop in the old town as well as four cafes, several kiosks "
                          "and a bank."))


def test_counts_under_two_verbs_or_one_value_do_not() -> None:
    assert not _joined(("a", "Masked men smashed a tram shelter, five kiosks and two cafes near the port."),
                       ("b", "Owners reopened a bus stop, several kiosks and four cafes on Monday."))
    assert not _joined(("a", "Masked men smashed a tram shelter, five kiosks and two cafes near the port."),
                       ("b", "Rioters smashed a bus stop in the old town as well as two cafes and a bank."))
