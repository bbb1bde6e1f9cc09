"""The name readers (fold, name_tokens, name_key) remember the strings they read: a story asks them for the same
names thousands of times (issue #20), and the remembered answer must be the one a fresh read gives."""

from newsprism.entities import names


def test_name_tokens_read_once_per_name() -> None:
    first = names.name_tokens("St. Varno Harbor Authority")
    before = names.name_tokens.cache_info().hits
    again = names.name_tokens("St. Varno Harbor Authority")
    assert again is first  # the same tuple, not a second read
    assert names.name_tokens.cache_info().hits == before + 1
    assert again == ("saint", "varno", "harbor", "authority")


def test_remembered_answers_match_fresh_reads() -> None:
    for name in ("Lumo Corp.", "Zelenskýy", "U. S. Fish and Wildlife Service", "KIM JONG UN", "Dara Velk"):
        remembered = (names.fold(name), names.name_tokens(name), names.name_key(name))
        fresh = (names.fold.__wrapped__(name), names.name_tokens.__wrapped__(name), names.name_key.__wrapped__(name))
        assert remembered == fresh


def test_fold_and_key_remember() -> None:
    assert names.fold("Zelenskýy") is names.fold("Zelenskýy")
    assert names.name_key("Lumo Corp.") == names.name_key("Lumo") == "lumo"
    assert names.name_key.cache_info().hits >= 1
