"""newsprism eval polnear on a tiny split written here, and on PolNeAR dev when it is beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.eval import DATASETS, EvalError, evaluate
from newsprism.eval.polnear import read_polnear

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear" / "data" / "dev"

ARTICLE = ('Storm shuts the harbour\n\n'
           '"The harbour will stay closed until Friday," said Lena Brandt, the harbour master.\n\n'
           'Fishermen said that the storm had damaged a dozen boats.')


def spans(text: str, *parts: str) -> list[tuple[int, int]]:
    return [(text.index(part), text.index(part) + len(part)) for part in parts]


def write_split(folder: Path) -> Path:
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "storm.txt").write_text(ARTICLE, encoding="utf-8")
    (content, source, cue, icontent, isource, icue) = spans(
        ARTICLE, '"The harbour will stay closed until Friday,"', "Lena Brandt", "said Lena",
        "that the storm had damaged a dozen boats", "Fishermen", "said that")
    cue = (cue[0], cue[0] + 4)
    icue = (icue[0], icue[0] + 4)
    lines = []
    for number, (label, (start, end)) in enumerate(
            [("Content", content), ("Source", source), ("Cue", cue), ("Content", icontent), ("Source", isource),
             ("Cue", icue)], start=1):
        lines.append(f"T{number}\t{label} {start} {end}\t{ARTICLE[start:end]}")
    lines += ["E1\tAttribution:T3 Source:T2 Cue:T3 Content:T1", "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T4"]
    (folder / "attributions" / "storm_aa11.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "attributions" / "storm_zz99.ann").write_text("", encoding="utf-8")  # second annotator: ignored
    return folder


def test_reader_takes_the_first_annotator(tmp_path: Path) -> None:
    articles = read_polnear(write_split(tmp_path / "split"))
    assert len(articles) == 1
    assert [g.direct for g in articles[0].attributions] == [True, False]


def test_evaluation_on_a_tiny_split(tmp_path: Path, resources) -> None:
    assert "polnear" in DATASETS
    results = evaluate("polnear", write_split(tmp_path / "split"), resources.encoder, resources=resources)
    ours = {r.metric: r.value for r in results if r.system == "newsprism"}
    assert ours["quote_f1"] == 1.0
    assert ours["speaker_accuracy"] == 1.0
    assert ours["attribution_f1"] == 1.0
    assert {r.split for r in results} == {"split"}


def test_not_a_split_folder(tmp_path: Path, resources) -> None:
    with pytest.raises(EvalError):
        evaluate("polnear", tmp_path, resources.encoder, resources=resources)


@pytest.mark.skipif(not DEV.is_dir(), reason="PolNeAR is not beside the checkout")
def test_dev_meets_the_bar(resources) -> None:
    results = evaluate("polnear", DEV, resources.encoder, resources=resources)
    figures = {(r.system, r.metric): r.value for r in results}
    assert figures[("newsprism", "quote_f1")] >= 0.90
    assert figures[("newsprism", "speaker_accuracy")] >= 0.85
    if ("textacy", "quote_f1") in figures:
        assert figures[("newsprism", "quote_f1")] > figures[("textacy", "quote_f1")] + 0.05
