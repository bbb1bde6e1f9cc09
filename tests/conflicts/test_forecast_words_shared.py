"""Issue #18: the three readers of a forecast (a sentence's, a count's clause's, a day count's clause's) read one word
list (:data:`newsprism.lexicon.FORECAST`): the verb 'projecting' forecasts in all three, and the noun 'project(s)'
in none (sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsprism.conflicts.body_counts import PROJECTED
from newsprism.conflicts.day_counts import ESTIMATE
from newsprism.figures.rivals import PROJECTION


@pytest.mark.parametrize("pattern", [PROJECTION, PROJECTED, ESTIMATE])
def test_projecting_is_a_forecast_in_every_reader(pattern) -> None:  # type: ignore[no-untyped-def]
    assert pattern.search("The agency is projecting that the mill will ship 900 crates.")


@pytest.mark.parametrize("pattern", [PROJECTION, PROJECTED, ESTIMATE])
def test_the_noun_project_is_no_forecast(pattern) -> None:  # type: ignore[no-untyped-def]
    assert not pattern.search("Crews left two dam projects that the county had paid for.")
