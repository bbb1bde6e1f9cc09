"""The prefilter's shared trie read and grown from several threads at once (the web app cleans in reader threads)
gives exactly what the patterns give, and never fails half-way through a rebuild."""

from __future__ import annotations

import re
import sys
from concurrent.futures import ThreadPoolExecutor

from newsprism.clean import prefilter

TEXTS = [f"Reporter {n} said the {word} council met on day {n} near the {word} bridge."
         for n in range(300) for word in ("river", "harbour", "quarry")]


def _patterns(worker: int) -> list[re.Pattern[str]]:
    """Patterns no other test registers, so each one grows the trie and forces a rebuild."""
    return [re.compile(rf"\b(?:council{worker}x{n}|bridge{worker}y{n}|harbour|said the)\b") for n in range(30)]


def _work(worker: int) -> int:
    wrong = 0
    for pattern in _patterns(worker):
        for text in TEXTS[worker::6]:
            got = prefilter.search(pattern, text)
            want = pattern.search(text)
            wrong += (got.span() if got else None) != (want.span() if want else None)
    return wrong


def test_threads_growing_and_reading_the_trie_get_what_the_patterns_give() -> None:
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: a rebuild is then read half-done
    try:
        with ThreadPoolExecutor(6) as pool:
            wrong = sum(pool.map(_work, range(6)))
    finally:
        sys.setswitchinterval(switch)
    assert wrong == 0
