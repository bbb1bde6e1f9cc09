"""Progress of an analysis: each stage in order, and the articles within parsing and alignment, the share never going
back; the report is the same with a progress as without; a stored story's status moves between 'analysing' and
'saving' with the pipeline's stages."""

from __future__ import annotations

from pathlib import Path

from newsprism.config import Config, IngestConfig
from newsprism.ingest import read_inputs
from newsprism.pipeline import analyze
from newsprism.progress import STAGES, Tracker, throttled
from newsprism.store import open_store
from newsprism.store.analysis import STAGES as STORE_STAGES
from newsprism.store.analysis import analyse_story

ROOT = Path(__file__).resolve().parents[1]


def test_each_stage_and_each_article_moves_the_progress_and_the_report_is_the_same(resources, example_report):
    told: list[tuple[str, float]] = []
    report = analyze([str(ROOT / "examples")], Config(), resources, progress=lambda words, share: told.append(
        (words, share)))
    assert report.model_dump_json() == example_report.model_dump_json()
    shares = [share for _, share in told]
    assert shares == sorted(shares) and shares[0] >= 0.0 and shares[-1] < 1.0
    stages = [words for words, _ in told if ":" not in words]
    assert stages == [words for _, words in STAGES.values()]
    articles = len(report.articles)
    for stage in ("parsing the articles", "aligning the sentences"):
        assert [w for w, _ in told if w.startswith(stage + ":")] == [f"{stage}: {n} of {articles}"
                                                                      for n in range(1, articles + 1)]
    assert len(set(shares)) >= len(STAGES) + articles  # it moves at every stage and with every article


def test_a_stored_story_shows_the_pipeline_stages_between_analysing_and_saving(tmp_path: Path, resources):
    seen: list[tuple[float, str]] = []
    with open_store(str(tmp_path / "stories.db")) as store:
        story, _ = store.add_story("Example", read_inputs([str(ROOT / "examples")], IngestConfig()).articles)
        done = analyse_story(store, story.id, Config(), resources, lambda share, words: seen.append((share, words)))
    assert done.status == "ready"
    inside = [(share, words) for share, words in seen if STORE_STAGES["analysing"] < share < STORE_STAGES["saving"]]
    assert {words for _, words in inside} >= {"aligning the sentences", "conflicts", "summary and sources"}
    shares = [share for share, _ in seen]
    assert shares == sorted(shares) and shares[-1] == 1.0


def test_within_a_stage_the_share_goes_from_its_start_towards_the_next_stage():
    told: list[tuple[str, float]] = []
    step = Tracker(lambda words, share: told.append((words, share))).within("aligning", 0.5)
    assert step is not None
    step(2, 4)
    start, after = STAGES["aligning"][0], STAGES["relating"][0]
    assert told == [("aligning the sentences", start), ("aligning the sentences: 2 of 4",
                                                         start + (after - start) * 0.5 * 0.5)]
    assert Tracker(None).within("parsing") is None


def test_throttled_progress_passes_each_new_stage_and_holds_back_the_rest():
    told: list[str] = []
    progress = throttled(lambda words, share: told.append(words), every_s=3600)
    for words in ("parsing", "parsing: 1 of 3", "parsing: 2 of 3", "aligning", "aligning: 1 of 3"):
        progress(words, 0.5)
    assert told == ["parsing", "aligning"]
