"""Progress of one story's analysis: the stage that runs, and the share of the whole analysis done.

:func:`newsprism.pipeline.analyze_raw` calls a :data:`Progress` as each stage starts, and within parsing and
alignment after each article, with words a person reads ('parsing the articles: 3 of 5') and the share done
(0..1). The web app writes it to the story's status, `newsprism analyze` and `add` show it on a terminal.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Progress = Callable[[str, float], None]
"""Called with what is happening and the share of the analysis done (0..1, never going back)."""
Step = Callable[[int, int], None]
"""Called within a stage with the items done and the items in all ('3 of 5 articles')."""

STAGES: dict[str, tuple[float, str]] = {
    "cleaning": (0.0, "cleaning the articles"),
    "loading": (0.05, "loading the language models"),
    "parsing": (0.05, "parsing the articles"),
    "aligning": (0.17, "aligning the sentences"),
    "relating": (0.73, "reuse, facts, entities and figures"),
    "quotes": (0.75, "quotes and timeline"),
    "conflicts": (0.97, "conflicts"),
    "summary": (0.985, "summary and sources"),
}
"""Each stage's share done when it starts, and its words: the share of the time the stages before it took,
measured with the models loaded (no NLI model) on the seeds (5 articles, 188 sentences: 51 s on the loaded 2-core
machine) and on the example story (6 articles: 16 s): cleaning 4-8 %, parsing 9-12 %, alignment 56-62 % (encoding
the sentences three quarters of it), reuse to figures 2 %, quotes and timeline 22-24 %, the rest 2 %."""
ALIGN_ENCODING_SHARE = 0.75
"""Share of the alignment stage that encoding the sentences takes (article by article: 0.74 on the seeds, 0.78 on
the example story); the rest is scoring the candidate pairs, shown done when the next stage starts."""


class Tracker:
    """Turns stage starts and per-article steps into calls of a :data:`Progress` (nothing when there is none)."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._done = 0.0

    def __call__(self, stage: str) -> None:
        """The stage starts."""
        self._tell(STAGES[stage][1], STAGES[stage][0])

    def within(self, stage: str, share: float = 1.0) -> Step | None:
        """A :data:`Step` for the articles of ``stage``: 'parsing the articles: 3 of 5', its share moving from the
        stage's start towards the next stage's (only ``share`` of the way); None without a progress."""
        if self._progress is None:
            return None
        start, words = STAGES[stage]
        end = _next_start(stage)
        self(stage)

        def step(done: int, total: int) -> None:
            self._tell(f"{words}: {done} of {total}", start + (end - start) * share * done / max(total, 1))

        return step

    def _tell(self, words: str, share: float) -> None:
        if self._progress is not None:
            self._done = max(self._done, min(share, 1.0))
            self._progress(words, self._done)


def _next_start(stage: str) -> float:
    starts = [start for start, _ in STAGES.values()]
    later = [s for s in starts if s > STAGES[stage][0]]
    return min(later) if later else 1.0


def scaled(progress: Progress, start: float, end: float) -> Progress:
    """``progress`` fed the analysis's share mapped into [start, end] (the analysis as one part of a larger job)."""
    return lambda words, share: progress(words, start + (end - start) * share)


def throttled(progress: Progress, every_s: float) -> Progress:
    """``progress`` called at most once per ``every_s`` seconds, except when the stage (the words before ':')
    changes: a 2,000-article story does not write its status 4,000 times."""
    last_at, last_stage = float("-inf"), ""

    def call(words: str, share: float) -> None:
        nonlocal last_at, last_stage
        now, stage = time.monotonic(), words.split(":", 1)[0]
        if stage != last_stage or now - last_at >= every_s:
            last_at, last_stage = now, stage
            progress(words, share)

    return call
