"""The planted-duplicate corpus and the dedup evaluation, on small made-up articles in a temporary folder."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from newsprism.eval import evaluate
from newsprism.eval.dedup import evaluate_dedup, read_corpus
from newsprism.eval.planted import build, reprint, rewrite
from newsprism.eval.results import EvalError
from newsprism.stream.minhash import words

SYLLABLES = ("ka", "lo", "ven", "dri", "mu", "sat", "pel", "or", "tin", "bra", "ses", "qui", "nor", "fa", "gud")
LINKS = ("said", "about", "and", "in", "that", "with", "was", "after", "would", "more", "people", "the", "on")


def _article(rng: random.Random) -> str:
    """A made-up article: a title, then 4-6 paragraphs of 2-3 sentences of invented words and common links."""
    def word() -> str:
        return rng.choice(LINKS) if rng.random() < 0.35 else "".join(rng.sample(SYLLABLES, rng.randint(2, 3)))

    def sentence() -> str:
        text = " ".join(word() for _ in range(rng.randint(9, 16)))
        return f"{text[0].upper()}{text[1:]} {rng.randint(2, 900)}."

    paragraphs = [" ".join(sentence() for _ in range(rng.randint(2, 3))) for _ in range(rng.randint(4, 6))]
    return "\n\n".join([sentence()[:-1], *paragraphs])


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A PolNeAR-shaped folder of 40 articles and a NeuS-shaped .source file of 30 three-article stories."""
    root = tmp_path_factory.mktemp("sources")
    rng = random.Random(4)
    for split, count in (("train", 30), ("dev", 10)):
        folder = root / "polnear" / split / "text"
        folder.mkdir(parents=True)
        for n in range(count):
            (folder / f"daily-{n % 3}_2016-0{1 + n % 9}-1{n % 10}_story-{split}-{n}.txt").write_text(
                _article(rng), encoding="utf-8")
    lines = [" [SEP] ".join(f"TITLE=> Story {n} part {k}. ARTICLE=> {_article(rng).replace(chr(10), ' ')}"
                            for k in range(3)) for n in range(30)]
    neus = root / "tiny.source"
    neus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root / "polnear", neus


@pytest.fixture(scope="module")
def corpus(sources: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "planted.jsonl"
    build(sources[0], [sources[1]], out, seed=9)
    return out


def test_the_corpus_has_every_kind_and_copies_point_to_their_base(corpus: Path) -> None:
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    kinds = Counter(r["kind"] for r in records)
    assert set(kinds) == {"original", "unique", "reprint", "rewrite"}
    assert kinds["original"] + kinds["unique"] == 130
    ids = {r["id"] for r in records}
    assert len(ids) == len(records)
    for record in records:
        assert record["group"] == record["base"] in ids
        assert record["url"].startswith("https://") and record["published"][:4] == "2016"


def test_the_same_seed_writes_the_same_file(sources: tuple[Path, Path], corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.jsonl"
    build(sources[0], [sources[1]], again, seed=9)
    assert again.read_bytes() == corpus.read_bytes()
    build(sources[0], [sources[1]], again, seed=10)
    assert again.read_bytes() != corpus.read_bytes()


def test_a_base_copied_from_an_earlier_one_is_left_out(sources: tuple[Path, Path], tmp_path: Path) -> None:
    polnear = tmp_path / "polnear"
    (polnear / "train" / "text").mkdir(parents=True)
    original = next((sources[0] / "train" / "text").glob("*.txt")).read_text(encoding="utf-8")
    for name, text in (("a_2016-02-01_x", original), ("b_2016-02-02_y", original + "\n\nOne more line here.")):
        (polnear / "train" / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "two.jsonl"
    build(polnear, [], out)
    bases = {json.loads(line)["base"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert bases == {"polnear/a_2016-02-01_x"}


def test_a_reprint_keeps_the_text_and_a_rewrite_changes_a_quarter_of_it() -> None:
    rng = random.Random(1)
    changed = []
    for _ in range(20):
        text = _article(rng)
        copy = reprint(text, rng, "Harbour Times", "Daily")
        body = words(text.split("\n\n", 1)[1].rsplit("\n\n", 1)[0])
        assert " ".join(body) in " ".join(words(copy))
        retold = Counter(words(rewrite(text, rng)))
        kept = sum((Counter(words(text)) & retold).values())
        changed.append(1 - kept / sum(retold.values()))
    assert 0.12 <= sorted(changed)[10] <= 0.45


def test_the_evaluation_finds_the_planted_groups(corpus: Path) -> None:
    results = {(r.system, r.metric): r for r in evaluate_dedup(corpus)}
    assert {r.split for r in results.values()} == {"held-out"}
    assert results["newsprism", "reprint_recall"].value >= 0.9
    assert results["newsprism", "pair_precision"].value >= 0.9
    assert results["newsprism", "rewrite_recall"].value >= 0.6
    assert results["fingerprint", "rewrite_recall"].value == 0.0
    assert results["newsprism", "pair_recall"].value > results["fingerprint", "pair_recall"].value


def test_the_dispatch_runs_it_without_the_encoder_and_reports_bad_files(corpus: Path, tmp_path: Path) -> None:
    assert evaluate("dedup", corpus, encoder=None)  # type: ignore[arg-type]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"bad\.jsonl:1: not a planted-corpus record"):
        read_corpus(bad)
    with pytest.raises(EvalError, match="no such file"):
        evaluate("dedup", tmp_path / "missing.jsonl", encoder=None)  # type: ignore[arg-type]
