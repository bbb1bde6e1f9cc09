"""The people an article names, indexed by their names' leading and trailing words: the longer names that begin or
end with a name's words ('Putin' -> 'Vladimir Putin'), for :class:`~newsprism.quotes.speakers.SpeakerResolver`
(moved out of :mod:`.speakers`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable


class NameForms:
    """The people's names (bare, with where they are named) indexed by their leading and trailing words, so the
    longer names that begin or end with a name's words are found without reading every mention."""

    def __init__(self, forms: Iterable[tuple[int, str]]) -> None:
        self._longer: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        for at, form in sorted(forms):
            words = tuple(form.lower().split())
            for size in range(1, len(words)):
                keys = {words[:size], words[-size:]}  # one entry when the name begins and ends the same way
                for key in keys:
                    self._longer.setdefault(key, []).append((at, form))
        self._starts = {key: [at for at, _ in items] for key, items in self._longer.items()}
        self._most_words: dict[tuple[str, ...], str] = {}

    def longer(self, name: str) -> list[tuple[int, str]]:
        """The longer names that begin or end with ``name``'s words, with where they are named."""
        return self._longer.get(tuple(name.lower().split()), [])

    def fullest(self, name: str, before: int | None) -> str | None:
        """The longer name named nearest before ``before``, else the one with most words (the first named among
        equals); None when no name extends ``name``."""
        key = tuple(name.lower().split())
        longer = self._longer.get(key)
        if not longer:
            return None
        earlier = bisect_left(self._starts[key], before) if before is not None else 0
        if earlier:
            return longer[earlier - 1][1]  # in order of (place, name): the last one is the nearest
        if key not in self._most_words:
            self._most_words[key] = max(longer, key=lambda item: (len(item[1].split()), -item[0]))[1]
        return self._most_words[key]
