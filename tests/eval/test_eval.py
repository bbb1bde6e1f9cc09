"""The evaluation harness on tiny files in the datasets' formats, written here with our own sentences."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.align.features import FEATURES
from newsprism.align.similarity import load_model
from newsprism.cli import cli
from newsprism.eval import EvalError, evaluate
from newsprism.eval.metrics import accuracy, best_threshold, f1, pearson
from newsprism.eval.msrp import ParaphrasePair, read_msrp
from newsprism.eval.semeval import read_semeval, split_sentences

KEYS = {"dataset", "system", "metric", "value", "split", "pairs"}
TOWNS = ["Elm", "Oakford", "Brill", "Castlemere", "Dunmore"]
PLACES = ["bridge", "library", "market", "harbour"]
DAYS = ["Monday", "Tuesday", "Friday"]


def msrp_rows(count: int = 40) -> list[list[str]]:
    """Even rows are paraphrases, odd rows are not."""
    rows = []
    for i in range(count):
        town, place, day = TOWNS[i % 5], PLACES[i % 4], DAYS[i % 3]
        first = f"The {place} in {town} was closed on {day} because of flooding."
        second = (f"Flooding forced {town} to close its {place} on {day}." if i % 2 == 0
                  else f"{TOWNS[(i + 2) % 5]} will hold its spring fair near the {PLACES[(i + 1) % 4]} next month.")
        rows.append([str(1 - i % 2), str(1000 + i), str(2000 + i), first, second])
    return rows


@pytest.fixture
def msrp_file(tmp_path: Path) -> Path:
    path = tmp_path / "msrp.txt"
    lines = ["\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String"] + ["\t".join(row) for row in msrp_rows()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


SEMEVAL = [  # pair_id, lang, text1, text2, Overall
    ("1_2", "en", "Flood closes Elm bridge  The river in Elm rose two metres overnight. The old bridge was closed.",
     "Elm shuts its bridge as river rises  The river climbed two metres in the night. Officials closed the bridge.",
     1.0),
    ("3_4", "en", "Flood closes Elm bridge  The river in Elm rose two metres overnight. The old bridge was closed.",
     "Elm counts the cost of the flood  Shops along the river in Elm are cleaning up. Insurers expect claims.",
     2.0),
    ("5_6", "en", "Elm library reopens  The town library opened again after repairs. Children's books were added.",
     "Elm elects a new mayor  Voters in Elm chose a new mayor on Sunday. Turnout was high.", 3.0),
    ("7_8", "en", "Central bank raises rates  The bank raised its main rate by a quarter point. Markets expected it.",
     "Striker scores twice in cup final  Riverton won the cup with two goals from their striker.", 4.0),
    ("7_8", "en", "A machine-rewritten duplicate of the pair above.", "Which must be ignored.", 1.0),
    ("9_10", "de", "Hochwasser in Elm. Die Brücke ist gesperrt.", "Die Brücke in Elm bleibt zu.", 1.0),
]


@pytest.fixture
def semeval_file(tmp_path: Path) -> Path:
    path = tmp_path / "semeval.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["", "pair_id", "lang1", "lang2", "text1", "text2", "Geography", "Entities", "Time",
                         "Narrative", "Overall", "Style", "Tone"])
        for index, (pair_id, lang, text1, text2, overall) in enumerate(SEMEVAL):
            writer.writerow([index, pair_id, lang, lang, text1, text2, 1, 1, 1, 1, overall, 1, 1])
    return path


def check_lines(results: list, dataset: str, metrics: set[str]) -> None:
    lines = [json.loads(r.to_json()) for r in results]
    assert all(set(line) == KEYS and line["dataset"] == dataset for line in lines)
    assert {(line["system"], line["metric"]) for line in lines} == {(s, m) for s in ("newsprism", "tfidf")
                                                                     for m in metrics}


def test_msrp_reports_both_systems_on_the_held_out_part(msrp_file: Path, encoder) -> None:
    held = sum(ParaphrasePair(r[1], r[2], "", "", True).held_out for r in msrp_rows())
    results = evaluate("msrp", msrp_file, encoder)
    check_lines(results, "msrp", {"accuracy", "f1"})
    assert all(r.split == "held-out" and r.pairs == held and 0.0 <= r.value <= 1.0 for r in results)
    assert 0 < held < 40


def test_msrp_fit_writes_a_model_that_evaluates_the_same(msrp_file: Path, encoder, tmp_path: Path) -> None:
    model_path = tmp_path / "model.json"
    fitted = evaluate("msrp", msrp_file, encoder, fit=True, model_path=model_path)
    assert {r.split for r in fitted} == {"fit (5-fold cross-validation)", "held-out"}
    assert load_model(model_path).features == FEATURES
    again = evaluate("msrp", msrp_file, encoder, model_path=model_path)
    assert [r for r in fitted if r.split == "held-out"] == again


def test_semeval_keeps_one_english_pair_per_id(semeval_file: Path, encoder) -> None:
    assert [p.pair_id for p in read_semeval(semeval_file)] == ["1_2", "3_4", "5_6", "7_8"]
    results = evaluate("semeval8", semeval_file, encoder)
    check_lines(results, "semeval8", {"pearson"})
    ours = next(r for r in results if r.system == "newsprism")
    assert ours.pairs == 4 and ours.split == "all"
    assert ours.value > 0.5  # sign flipped: similar articles (Overall 1) score highest


def test_cli_eval_prints_one_json_object_per_line(msrp_file: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "msrp", str(msrp_file)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 4 and all(set(line) == KEYS for line in lines)
    assert {line["system"] for line in lines} == {"newsprism", "tfidf"}


@pytest.mark.parametrize(("args", "message"), [
    (["eval", "reuters", "{msrp}"], "'reuters' is not one of 'msrp', 'semeval8'"),
    (["eval", "msrp", "{semeval}"], "not an MSRP file"),
    (["eval", "semeval8", "{msrp}"], "not a SemEval-2022 Task 8 CSV"),
    (["eval", "semeval8", "{semeval}", "--fit"], "--fit applies to msrp only"),
    (["eval", "msrp", "missing.txt"], "no such file"),
])
def test_cli_eval_misuse_exits_2_with_a_clear_message(args: list[str], message: str, msrp_file: Path,
                                                       semeval_file: Path) -> None:
    argv = [a.format(msrp=msrp_file, semeval=semeval_file) for a in args]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 2
    assert message in result.output


def test_malformed_msrp_row_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tOnly four fields\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"bad.txt:2: expected 5 tab-separated fields"):
        read_msrp(path)


def test_quotes_do_not_join_msrp_fields(tmp_path: Path) -> None:
    path = tmp_path / "quotes.txt"
    path.write_text('Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tHe said "no.\tShe said "yes".\n',
                    encoding="utf-8")
    assert read_msrp(path)[0].first == 'He said "no.'


@pytest.mark.parametrize(("text", "expected"), [
    ("Flood closes bridge  The river rose. It rained again! Did it stop?",
     ["Flood closes bridge", "The river rose.", "It rained again!", "Did it stop?"]),
    ("He said \"it is over.\" Then he left.", ["He said \"it is over.\"", "Then he left."]),
    ("Title\nBody starts here. U.S. officials agreed.", ["Title", "Body starts here.", "U.S. officials agreed."]),
    ("One. " * 30, ["One."] * 10),
])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(("predicted", "gold", "acc", "f"), [
    ([1, 1, 0, 0], [1, 0, 0, 1], 0.5, 0.5),
    ([1, 1, 1, 1], [1, 1, 0, 0], 0.5, 2 / 3),
    ([0, 0], [0, 0], 1.0, 0.0),
])
def test_accuracy_and_f1(predicted: list[int], gold: list[int], acc: float, f: float) -> None:
    import numpy as np

    p, g = np.array(predicted, dtype=bool), np.array(gold, dtype=bool)
    assert accuracy(p, g) == pytest.approx(acc)
    assert f1(p, g) == pytest.approx(f)


def test_best_threshold_and_pearson() -> None:
    import numpy as np

    scores = np.array([0.1, 0.35, 0.6, 0.9])
    gold = np.array([False, False, True, True])
    assert 0.35 < best_threshold(scores, gold) <= 0.6
    assert pearson(scores, scores * 2) == pytest.approx(1.0)
    assert pearson(scores, np.ones(4)) == 0.0
