"""Reports in the store, and analysing a stored story: status, progress, stale reports."""

from __future__ import annotations

import pytest

from newsprism.config import Config
from newsprism.ingest import RawArticle
from newsprism.model import InputProblem, Report
from newsprism.store.analysis import STAGES, analyse_story

ELM = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather office "
       "said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed to traffic, the "
       "mayor, Tom Hale, told reporters.\n")
ELM_AGAIN = ("Elm bridge shut as river rises\n\nThe river rose by two metres in the night and the old bridge was "
             "closed to traffic, the mayor, Tom Hale, told reporters on Monday.\n\nAbout forty families left their "
             "homes before dawn, the town council said.\n")


def article(name: str, text: str, url: str | None = None) -> RawArticle:
    return RawArticle(id=name, source=f"{name}.txt", format="text", text=text, url=url)


def test_a_report_comes_back_as_saved_and_marks_the_story_ready(store):
    story = store.create_story("Saved")
    store.add_articles(story.id, [article("a", ELM)])
    report = Report(problems=[InputProblem(input="x.txt", code="E004", message="empty")])
    assert store.save_report(story.id, report, revision=1) is True
    assert store.report(story.id) == report
    after = store.get_story(story.id)
    assert (after.status, after.progress, after.report_revision) == ("ready", 1.0, 1)


def test_a_report_of_an_older_revision_leaves_the_story_queued_and_never_replaces_a_newer_one(store):
    story = store.create_story("Stale")
    store.add_articles(story.id, [article("a", ELM)])
    store.add_articles(story.id, [article("b", ELM_AGAIN)])
    newer = Report(problems=[InputProblem(input="newer", code="E004", message="m")])
    older = Report(problems=[InputProblem(input="older", code="E004", message="m")])
    assert store.save_report(story.id, older, revision=1) is False
    assert store.get_story(story.id).status == "queued"
    assert store.save_report(story.id, newer, revision=2) is True
    store.save_report(story.id, older, revision=1)
    assert store.report(story.id) == newer


@pytest.mark.parametrize(("status", "progress", "shown"), [("running", 0.4, 0.4), ("running", 7.0, 1.0),
                                                            ("failed", -1.0, 0.0)])
def test_status_and_progress_are_kept_within_bounds(store, status, progress, shown):
    story = store.create_story("Status")
    store.set_status(story.id, status, progress, "what it does")
    after = store.get_story(story.id)
    assert (after.status, after.progress, after.message) == (status, shown, "what it does")


def test_analysing_a_stored_story_reports_each_stage_and_saves_a_current_report(store, resources):
    story = store.create_story("Flood in Elm")
    store.add_articles(story.id, [article("elm-1", ELM), article("elm-2", ELM_AGAIN)])
    seen: list[tuple[float, str, str]] = []

    def watch(done: float, message: str) -> None:
        seen.append((done, message, store.get_story(story.id).status))

    after = analyse_story(store, story.id, Config(), lambda: resources, watch)
    staged = [s[0] for s in seen if s[0] in (*STAGES.values(), 1.0)]  # between them, the pipeline's own stages
    assert list(dict.fromkeys(staged)) == [*STAGES.values(), 1.0]
    assert all(STAGES["analysing"] <= s[0] <= STAGES["saving"] for s in seen if s[0] not in staged)
    assert len(seen) > len(STAGES) + 1 and [s[0] for s in seen] == sorted(s[0] for s in seen)
    assert [s[2] for s in seen] == ["running"] * (len(seen) - 1) + ["ready"]
    assert (after.status, after.report_revision, after.revision) == ("ready", 1, 1)
    report = store.report(story.id)
    assert [a.id for a in report.articles] == ["elm-1", "elm-2"]
    assert report.facts, "the two articles share a sentence"


def test_analysing_an_empty_story_loads_nothing(store):
    story = store.create_story("Empty")

    def never() -> None:
        raise AssertionError("resources loaded for an empty story")

    assert analyse_story(store, story.id, Config(), never).status == "empty"  # type: ignore[arg-type]


def test_a_failing_analysis_marks_the_story_failed_with_the_reason(store):
    story = store.create_story("Failing")
    store.add_articles(story.id, [article("a", ELM)])

    def broken():
        raise OSError("model folder missing")

    with pytest.raises(OSError):
        analyse_story(store, story.id, Config(), broken)
    after = store.get_story(story.id)
    assert after.status == "failed"
    assert "model folder missing" in after.message
