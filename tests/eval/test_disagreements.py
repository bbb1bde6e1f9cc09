"""The disagreements benchmark: its spec, its story reader and how conflicts are read against the labels (texts
written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.eval.disagreement_labels import read_spec, story_articles, story_sha1
from newsprism.eval.disagreements import LABELS, score_story, summarise
from newsprism.eval.results import EvalError
from newsprism.model import Conflict, ConflictSide, Evidence

SPEC = """# a comment
story ecbplus 99/ecb {sha}   # a quake
real magnitude | 99_1ecb=6.1 99_2ecb=5.9 99_3ecb=5.9/6.1
alike killed/other-event | 99_1ecb=10 99_2ecb=612
"""


def _corpus(root: Path) -> None:
    folder = root / "ecbplus" / "99" / "ecb"
    folder.mkdir(parents=True)
    (folder / "99_1ecb.txt").write_text("A 6. 1 magnitude quake shook the island, where 85, 000 people live.\n")
    (folder / "99_2ecb.txt").write_text("The quake measured 5. 9, officials said.\n")
    (folder / "99_3ecb.txt").write_text("Tehran said 5. 9 and the survey said 6. 1.\n")


def _side(claim: str, *articles: str) -> ConflictSide:
    return ConflictSide(claim=claim, evidence=[Evidence(article=a, start=0, end=1, text="x") for a in articles],
                        articles=len(articles), origins=len(articles))


def _spec(root: Path) -> Path:
    story = read_spec(_write(root, SPEC.format(sha="-")))[0]
    return _write(root, SPEC.format(sha=story_sha1(story, root)))


def _write(root: Path, text: str) -> Path:
    path = root / "labels.spec"
    path.write_text(text, encoding="utf-8")
    return path


def test_spec_and_articles_read_back(tmp_path: Path) -> None:
    _corpus(tmp_path)
    [story] = read_spec(_spec(tmp_path))
    assert (story.source, story.where) == ("ecbplus", "99/ecb")
    assert [(x.real, x.measure, x.values) for x in story.labels] == [
        (True, "magnitude", {"99_1ecb": ("6.1",), "99_2ecb": ("5.9",), "99_3ecb": ("5.9", "6.1")}),
        (False, "killed/other-event", {"99_1ecb": ("10",), "99_2ecb": ("612",)})]
    articles = story_articles(story, tmp_path)
    assert [a.id for a in articles] == ["99_1ecb", "99_2ecb", "99_3ecb"]
    assert "6.1 magnitude" in (articles[0].text or "") and "85,000" in (articles[0].text or "")


def test_a_changed_article_or_a_bad_line_stops_with_its_place(tmp_path: Path) -> None:
    _corpus(tmp_path)
    spec = _spec(tmp_path)
    (tmp_path / "ecbplus" / "99" / "ecb" / "99_2ecb.txt").write_text("The quake measured 6.0.\n")
    with pytest.raises(EvalError, match="changed"):
        story_articles(read_spec(spec)[0], tmp_path)
    with pytest.raises(EvalError, match=r"labels.spec:2"):
        read_spec(_write(tmp_path, "story ecbplus 99/ecb -\nreal magnitude 99_1ecb=6.1\n"))


def test_conflicts_read_against_the_labels(tmp_path: Path) -> None:
    _corpus(tmp_path)
    [story] = read_spec(_spec(tmp_path))
    found = Conflict(kind="number", about="magnitude", explanation="",
                     sides=[_side("6.1-magnitude", "99_1ecb"), _side("5.9", "99_2ecb", "99_3ecb")])
    alike = Conflict(kind="number", about="people killed", explanation="",
                     sides=[_side("10 people", "99_1ecb"), _side("612 people", "99_2ecb")])
    unlabelled = Conflict(kind="number", about="people", explanation="",
                          sides=[_side("85,000 people", "99_1ecb"), _side("200,000", "99_3ecb")])
    score = score_story(story, [found, alike, unlabelled])
    assert [x.measure for x in score.found] == ["magnitude"] and score.missed == []
    assert [x.measure for x in score.flagged] == ["killed/other-event"]
    assert score.right == [found] and score.wrong == [alike, unlabelled]
    figures = {r.metric: r.value for r in summarise([score], "test")}
    assert figures == {"recall": 1.0, "lookalikes_flagged": 1.0, "precision": pytest.approx(1 / 3), "conflicts": 3}
    same_value = Conflict(kind="number", about="magnitude", explanation="",
                          sides=[_side("5.9", "99_2ecb"), _side("6.1", "99_1ecb"), _side("5.9", "99_3ecb")])
    assert score_story(story, [same_value]).found  # 99_2ecb's 5.9 against 99_1ecb's 6.1


def test_packaged_labels_parse() -> None:
    stories = read_spec(LABELS)
    assert len(stories) >= 15
    assert sum(x.real for s in stories for x in s.labels) >= 15
