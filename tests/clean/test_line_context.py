"""A line read against its page (clean/line_context.py): length against the page's median prose line, a finite verb,
capitals, the vocabulary of share rows, the distance to the first and last strong paragraphs, what the rules made of
the lines two away. The page is written here."""

from __future__ import annotations

import numpy as np

from newsprism.clean.boilerplate import Trees
from newsprism.clean.features import FEATURES, RULE_KEPT_KINDS, SHAPE_FEATURES, line_features
from newsprism.clean.line_context import CONTEXT_FEATURES, context_row, page_of
from newsprism.clean.lines import split_lines

PAGE = "\n\n".join([
    "SHARE THIS STORY",
    "Rain Tops Weekend Forecast",
    "A small boat drifted into the harbour on Monday and the crew was rescued by two volunteers who had seen it "
    "from the pier, the coast guard said.",
    "The volunteers were thanked by the mayor later that evening, and the boat was towed back to the yard where it "
    "had been repaired the week before.",
    "Share Facebook Email Print",
])


def _row(index: int) -> dict[str, float]:
    lines = split_lines(PAGE)
    kinds = [None] * len(lines)
    kinds[0] = "widget"
    rows = line_features(lines, kinds, None, 1, len(lines) - 1)
    return dict(zip(FEATURES, rows[index], strict=True))


def test_context_columns_follow_the_shape_columns() -> None:
    assert FEATURES[-len(CONTEXT_FEATURES):] == CONTEXT_FEATURES
    assert len(set(FEATURES)) == len(FEATURES)


def test_a_share_row_reads_short_verbless_and_after_the_prose() -> None:
    row, prose = _row(4), _row(2)
    assert row["relative_length"] < 0 < prose["finite_verb"]
    assert row["finite_verb"] == 0 and row["ends_period"] == 0 and prose["ends_period"] == 1
    assert row["ui_share"] == 1.0 and prose["ui_share"] < 0.1
    assert row["tail_gap"] == 1 and prose["tail_gap"] == 0 and prose["lead_gap"] == 0


def test_a_headline_before_the_lead_and_next_to_a_widget() -> None:
    row = _row(1)
    assert row["lead_gap"] == 1 and row["prev_widget"] == 1
    assert row["next2_clutter"] == 0 and _row(2)["prev2_clutter"] == 1
    assert row["capital_words"] == 0 and _row(0)["capital_words"] == 1


def test_the_page_yardsticks() -> None:
    lines = split_lines(PAGE)
    kinds = [None] * len(lines)
    kinds[0], kinds[1] = "widget", "title"
    page = page_of(lines, kinds, 2, 3, RULE_KEPT_KINDS)
    assert page.clutter == 1  # a title is the header, not clutter
    assert page.kept == (2, 3, 4) and (page.lead_rank, page.tail_rank) == (0, 1)
    share = CONTEXT_FEATURES.index("other_clutter_share")
    assert context_row(lines, kinds, 2, page, RULE_KEPT_KINDS)[share] == 1 / (len(lines) - 1)
    assert context_row(lines, kinds, 0, page, RULE_KEPT_KINDS)[share] == 0  # its own verdict is not counted


def test_a_line_the_rules_took_reads_as_if_kept_in_its_place() -> None:
    lines = split_lines(PAGE)
    kept_all = [None] * len(lines)
    for index, kind in ((1, "widget"), (4, "share")):
        took = list(kept_all)
        took[index] = kind
        alone = dict(zip(FEATURES, line_features(lines, kept_all, None, 0, 4, only=[index])[0], strict=True))
        taken = dict(zip(FEATURES, line_features(lines, took, None, 2, 3, only=[index])[0], strict=True))
        for name in ("lead_gap", "tail_gap", "kept_from_first", "kept_from_last", "page_repeats"):
            assert alone[name] == taken[name], name


def test_without_context_only_the_context_columns_are_left_at_zero() -> None:
    lines = split_lines(PAGE)
    kinds = [None] * len(lines)
    kinds[0] = "widget"
    full = line_features(lines, kinds, None, 1, len(lines) - 1)
    bare = line_features(lines, kinds, None, 1, len(lines) - 1, context=False)
    shape = len(SHAPE_FEATURES)
    assert np.array_equal(full[:, :shape], bare[:, :shape])
    assert not bare[:, shape:].any() and full[:, shape:].any()


def test_a_model_reads_context_only_when_a_split_does() -> None:
    def trees(split_on: int) -> Trees:
        """A root that splits on ``split_on`` and two leaves."""
        return Trees(np.array([split_on, 0, 0]), np.array([0.5, 0.0, 0.0]), np.array([1, -1, -1]),
                     np.array([2, -1, -1]), np.array([0.0, -1.0, 1.0]), np.array([0]), 1)

    assert not trees(len(SHAPE_FEATURES) - 1).reads_context
    assert trees(len(SHAPE_FEATURES)).reads_context
