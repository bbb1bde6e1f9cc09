"""clean/widgets.py: a sentence pointing the reader at other media above or below ('Below, see reports ...') is a
media widget; a pointer to the story's own document stays. Every text here is invented."""

from __future__ import annotations

from newsprism.clean.rules import clutter_kind


def test_a_pointer_to_reports_or_video_above_or_below_is_media() -> None:
    for line in ("Below, see reports on the standoff from KQRV, Channel 8 and the Lakemont Ledger.",
                 "Above, watch the video from the county board meeting.",
                 "Below, hear our coverage of the vigil."):
        assert clutter_kind(line) == "media"


def test_a_pointer_to_the_storys_own_document_stays() -> None:
    for line in ("Below, see the full statement from the sheriff's office.",
                 "Reporters saw the video below the bridge, a deputy said."):
        assert clutter_kind(line) is None
