"""eval/kept.py: which input letters survive cleaning, the cleaned title aligned apart from its body."""

from __future__ import annotations

from newsprism.eval.kept import KeptText

TITLE = "Lighthouse keeper rescues stranded kayakers off the point"
SOURCE = (f"{TITLE}\n\n"
          "A kayaker waves from the rocks below the lamp room (Photo: Harbor desk)\n"
          f"WATCH NOW {TITLE}\n"
          "Two kayakers were brought ashore on Sunday after the tide cut them off near the old lamp.\n"
          "The keeper said both were cold but unhurt.")


def _line(source: str, number: int) -> tuple[int, int]:
    start = 0
    for _ in range(number):
        start = source.index("\n", start) + 1
    return start, source.find("\n", start) if "\n" in source[start:] else len(source)


def test_a_removed_line_repeating_the_title_counts_as_removed() -> None:
    body = SOURCE.split("\n")[4:]
    kept = KeptText(SOURCE, f"{TITLE}\n\n" + "\n\n".join(body))
    assert kept.removed(_line(SOURCE, 3))  # the player's copy of the headline: cleaning dropped it
    assert not kept.removed(_line(SOURCE, 0))  # the pasted headline is the title cleaning kept
    assert not kept.removed(_line(SOURCE, 4)) and not kept.removed(_line(SOURCE, 5))


def test_a_kept_copy_of_the_title_in_the_body_counts_as_kept() -> None:
    body = SOURCE.split("\n")[3:]
    kept = KeptText(SOURCE, f"{TITLE}\n\n" + "\n\n".join(body))
    assert not kept.removed(_line(SOURCE, 3)) and not kept.removed(_line(SOURCE, 0))
    assert kept.removed(_line(SOURCE, 2))


def test_a_dateline_cut_off_counts_as_lost_even_when_the_title_ends_with_its_place() -> None:
    source = "Ferry returns to service in Brackwater\n\nBRACKWATER -- The ferry sailed again on Monday."
    kept = KeptText(source, "Ferry returns to service in Brackwater\n\nThe ferry sailed again on Monday.")
    line = _line(source, 2)
    assert kept.letters([line]) - kept.kept_letters([line]) == len("BRACKWATER")


def test_a_removed_credit_repeating_the_lead_s_last_words_counts_as_removed() -> None:
    source = ("Bridge reopens after repairs\n\n"
              "The bridge reopened on Monday, according to the Harbor County Roads Office.\n"
              "Photo: Harbor County Roads Office\n"
              "Crews had worked on its deck for six weeks.")
    kept = KeptText(source, "Bridge reopens after repairs\n\n"
                            "The bridge reopened on Monday, according to the Harbor County Roads Office.\n\n"
                            "Crews had worked on its deck for six weeks.")
    assert kept.removed(_line(source, 3))
    lead = _line(source, 2)
    assert kept.kept_letters([lead]) == kept.letters([lead])


def test_a_lead_cut_of_its_dateline_is_matched_to_the_lead_not_to_a_caption_printing_it() -> None:
    lead = "A heron was rescued from a fishing line at the pier on Sunday."
    source = (f"Heron freed at the pier\n\n{lead} (Photo: Harbor desk)\n"
              f"PORT ELLEN -- {lead}\nVolunteers cut the line and released the bird.")
    kept = KeptText(source, f"Heron freed at the pier\n\n{lead}\n\nVolunteers cut the line and released the bird.")
    assert kept.removed(_line(source, 2))  # the caption cleaning dropped
    assert not kept.removed(_line(source, 3))  # the lead, its dateline moved to a field
