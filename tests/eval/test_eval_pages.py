"""eval cleaning polnear and eval pages gunviolence: the metrics on pages written here, the label file, the CLI.

Where ../shared is beside the checkout the label file is checked against the corpus and the CLI runs on the
real folders; without it, the label file's schema is checked and the CLI runs on the folders written here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli.app import cli
from newsprism.eval.allsides_pages import (
    ALLSIDES_LABELS,
    Article,
    check_article,
    evaluate_allsides,
    labels_of,
    read_articles,
)
from newsprism.eval.cleaning import count, evaluate_cleaning, read_spans
from newsprism.eval.kept import KeptText
from newsprism.eval.label_tool import labelled_domains, main, parse_spec, sample, to_json, to_labels
from newsprism.eval.pagelabels import (
    KINDS,
    LABEL_FILE,
    DocLabels,
    article_schema_problem,
    check_against,
    read_label_records,
    read_labels,
    schema_problem,
    split_of,
)
from newsprism.eval.pages import Cleaned, evaluate_pages, read_pages, same_day, same_outlet, score_labelled
from newsprism.eval.results import EvalError

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CORPUS = SHARED / "gunviolence_semeval2018t5"
POLNEAR_DEV = SHARED / "polnear" / "data" / "dev"
ALLSIDES = SHARED / "neus_allsides" / "allsides_headline_roundups_crawled_2021-10-19.jsonl"

TITLE = "Fire crews save the old mill"
PAGE = ("Share this story on Facebook\n\n"
        "RIVERTON (KXYZ) - Fire crews saved the old mill on Tuesday after a blaze broke out in its roof.\n\n"
        "The mill's owner said the building would reopen to visitors within a month.\n\n"
        "Copyright 2021 KXYZ. All rights reserved.")
SPEC = ("doc 1001/0123456789abcdef0123456789abcdef.txt\noutlet KXYZ\nalso KXYZ News\ndate 2021-05-04\n"
        "1 clutter/share\n3-5 body\n7 clutter/footer\n")


def write_corpus(root: Path) -> Path:
    incident = root / "1001"
    incident.mkdir(parents=True)
    (incident / "0123456789abcdef0123456789abcdef.txt").write_text(PAGE, encoding="utf-8")
    documents = [{"doc_id": "0123456789abcdef0123456789abcdef", "file": "0123456789abcdef0123456789abcdef.txt",
                  "title": TITLE, "dct": "2021-05-04", "outlet": "kxyz.example", "n_chars": len(PAGE)}]
    (incident / "gold.json").write_text(json.dumps({"incident_id": "1001", "documents": documents}), "utf-8")
    return root


def write_labels(root: Path, path: Path) -> Path:
    docs = [to_labels(root, spec) for spec in parse_spec(SPEC)]
    path.write_text("".join(to_json(doc) + "\n" for doc in docs), encoding="utf-8")
    return path


def test_a_removed_line_counts_and_a_kept_one_does_not(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    labels = read_labels(write_labels(root, tmp_path / "labels.jsonl"))[0]
    page = read_pages(root)[0]
    body = PAGE.split("\n\n")[1:3]
    footer_kept = Cleaned(f"{TITLE}\n\n" + "\n\n".join(body) + "\n\nCopyright 2021 KXYZ. All rights reserved.",
                          "KXYZ", "2021-05-04")
    counts = score_labelled(page, footer_kept, labels)
    assert (counts.clutter, counts.clutter_removed) == (2, 1)  # the share line removed, the footer kept
    cut = Cleaned(f"{TITLE}\n\n" + "\n\n".join(body), "The kxyz news", "2021-05-05")
    counts = score_labelled(page, cut, labels)
    assert (counts.clutter_removed, counts.body_kept) == (2, counts.body)  # both removed, the body whole
    assert (counts.outlet_right, counts.date_right) == (1, 1)
    lost = score_labelled(page, Cleaned(f"{TITLE}\n\n{body[0]}", None, None), labels)
    assert 0 < lost.body_kept < lost.body and (lost.outlet_right, lost.date_right) == (0, 0)


def test_dates_a_day_off_are_right_two_days_off_wrong() -> None:
    assert same_day("2021-05-05T10:00:00", "2021-05-04")
    assert same_day("2021-05-03", "2021-05-04")
    assert not same_day("2021-05-06", "2021-05-04")
    assert not same_day(None, "2021-05-04") and not same_day("not a date", "2021-05-04")


def test_outlets_compare_without_case_or_a_leading_the(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    labels = read_labels(write_labels(root, tmp_path / "labels.jsonl"))[0]
    assert same_outlet("the kxyz", labels) and same_outlet("KXYZ NEWS", labels)
    assert not same_outlet("KXYZ-TV", labels) and not same_outlet(None, labels)


def test_a_line_cut_to_less_than_half_is_removed() -> None:
    kept = KeptText("alpha beta gamma delta\nepsilon zeta", "alpha\n\nepsilon zeta")
    assert kept.removed((0, 22)) and not kept.removed((23, 35))


def test_evaluate_pages_reads_the_pasted_page_and_its_labels(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    results = {(r.metric, r.split, r.system): r for r in
               evaluate_pages(root, labels_path=write_labels(root, tmp_path / "labels.jsonl"))}
    split = split_of("0123456789abcdef0123456789abcdef")
    assert results[("clutter_removed", split, "keep-all")].value == 0.0
    assert results[("clutter_removed", split, "newsprism")].pairs == 2
    assert results[("body_kept", split, "newsprism")].value > 0.9
    assert results[("outlet_named", "all", "newsprism")].pairs == 1


def test_a_changed_page_is_detected(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    labels = read_labels(write_labels(root, tmp_path / "labels.jsonl"))[0]
    assert check_against(labels, root) is None
    (root / labels.path).write_text(PAGE.replace("Tuesday", "Monday"), encoding="utf-8")
    assert "changed" in (check_against(labels, root) or "")


def test_the_label_file_validates() -> None:
    docs = read_labels(LABEL_FILE)
    assert len(docs) >= 120 and all(schema_problem(doc) is None for doc in docs)
    assert {line.kind for doc in docs for line in doc.lines} <= KINDS
    mixed = [doc for doc in docs if doc.batch <= 3]  # batches 4 on were drawn among dev documents only
    assert 0.25 < sum(doc.split == "test" for doc in mixed) / len(mixed) < 0.4
    if CORPUS.is_dir():
        assert [problem for doc in docs if (problem := check_against(doc, CORPUS))] == []


def write_polnear(folder: Path) -> Path:
    text = "Senator wins vote\n\nThe senator said the vote was fair.\n\nShare this article\n"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "vote.txt").write_text(text, encoding="utf-8")
    said, share = text.index("the vote was fair"), text.index("Share this article")
    ann = [f"T1\tContent {said} {said + 17}\tthe vote was fair",
           f"T2\tDiscard {share} {share + 18}\tShare this article"]
    (folder / "attributions" / "vote_aa.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    return folder


def test_polnear_discard_spans_count_as_clutter(tmp_path: Path) -> None:
    article = read_spans(write_polnear(tmp_path / "dev"))[0]
    kept_all = count(article, article.text)
    assert (kept_all.clutter_removed, kept_all.body_kept) == (0, kept_all.body)
    cleaned = count(article, "Senator wins vote\n\nThe senator said the vote was fair.")
    assert cleaned.clutter_removed == cleaned.clutter > 0 and cleaned.body_kept == cleaned.body
    figures = {(r.system, r.metric): r.value for r in evaluate_cleaning(tmp_path / "dev")}
    assert figures[("keep-all", "clutter_removed")] == 0.0 and 0.0 <= figures[("newsprism", "body_kept")] <= 1.0


def test_the_cli_prints_both_evaluations(tmp_path: Path) -> None:
    polnear = POLNEAR_DEV if POLNEAR_DEV.is_dir() else write_polnear(tmp_path / "dev")
    run = CliRunner().invoke(cli, ["eval", "cleaning", "polnear", str(polnear), "--limit", "5"])
    assert run.exit_code == 0, run.output
    metrics = {json.loads(line)["metric"] for line in run.stdout.splitlines()}
    assert metrics == {"clutter_removed", "body_kept"}
    corpus = CORPUS if CORPUS.is_dir() else write_corpus(tmp_path / "corpus")
    run = CliRunner().invoke(cli, ["eval", "pages", "gunviolence", str(corpus), "--limit", "20"])
    assert run.exit_code == 0, run.output
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert {"date_stated", "date_right", "outlet_named"} <= {r["metric"] for r in records}
    if CORPUS.is_dir():
        batches = {f"dev/batch{number}" for number in range(1, 22)} | {f"test/batch{number}" for number in (1, 2, 3)}
        assert {r["split"] for r in records} == {"all", "dev", "test"} | batches
    run = CliRunner().invoke(cli, ["eval", "pages", "polnear", str(corpus)])
    assert run.exit_code == 2 and "usage" in run.output


def test_the_labels_of_later_batches_are_apart_and_from_new_outlets() -> None:
    docs = read_labels(LABEL_FILE)
    counts = [sum(doc.batch == batch for doc in docs) for batch in range(1, 14)]
    assert counts == [135, 150, 60, 60, 36, 45, 40, 40, 40, 40, 40, 40, 11]
    assert len({doc.path for doc in docs}) == len(docs)
    if CORPUS.is_dir():
        first, second, third = (labelled_domains_of(docs, batch) for batch in (1, 2, 3))
        assert (len(first), len(second), len(third)) == (135, 150, 60)
        assert not first & second and not (first | second) & third
        batches = range(1, max(doc.batch for doc in docs) + 1)
        every = frozenset().union(*(labelled_domains_of(docs, batch) for batch in batches))
        assert labelled_domains(CORPUS, LABEL_FILE) == every
        redrawn = sample(CORPUS, seed=17, count=150, max_chars=8000, exclude=first)
        assert redrawn == sorted(doc.path for doc in docs if doc.batch == 2)
        redrawn = sample(CORPUS, seed=18, count=60, max_chars=8000, exclude=first | second)
        assert redrawn == sorted(doc.path for doc in docs if doc.batch == 3)
        earlier = frozenset().union(*(labelled_domains_of(docs, batch) for batch in range(1, 9)))
        redrawn = sample(CORPUS, seed=24, count=40, max_chars=8000, exclude=earlier, dev_only=True)
        assert redrawn == sorted(doc.path for doc in docs if doc.batch == 9)
        earlier |= labelled_domains_of(docs, 9)
        redrawn = sample(CORPUS, seed=25, count=40, max_chars=8000, exclude=earlier, dev_only=True)
        assert redrawn == sorted(doc.path for doc in docs if doc.batch == 10)
        earlier |= labelled_domains_of(docs, 10)
        redrawn = sample(CORPUS, seed=26, count=40, max_chars=8000, exclude=earlier, dev_only=True)
        assert redrawn == sorted(doc.path for doc in docs if doc.batch == 11)
        earlier |= labelled_domains_of(docs, 11)
        redrawn = sample(CORPUS, seed=27, count=40, max_chars=8000, exclude=earlier, dev_only=True)
        assert redrawn == sorted(doc.path for doc in docs if doc.batch == 12)
        earlier |= labelled_domains_of(docs, 12)
        redrawn = sample(CORPUS, seed=28, count=35, max_chars=12000, exclude=earlier, dev_only=True)
        assert redrawn == sorted(doc.path for doc in docs if doc.batch == 13)


def labelled_domains_of(docs: list[DocLabels], batch: int) -> frozenset[str]:
    domains: dict[str, str] = {}
    for gold in CORPUS.glob("*/gold.json"):
        for doc in json.loads(gold.read_text(encoding="utf-8"))["documents"]:
            domains[f"{gold.parent.name}/{doc['file']}"] = doc["outlet"]
    return frozenset(domains[doc.path] for doc in docs if doc.batch == batch)


def test_a_batch_line_in_the_spec_sets_the_batch_of_the_documents_after_it(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    spec = parse_spec("batch 2\n" + SPEC + "site KXYZ Online\n")
    labels = to_labels(root, spec[0])
    assert (labels.batch, spec[0].site) == (2, ("KXYZ Online",))
    assert json.loads(to_json(labels))["batch"] == 2
    with pytest.raises(EvalError, match="batch"):
        parse_spec("batch two\n" + SPEC)


def test_evaluate_pages_reports_each_batch(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    labels = tmp_path / "labels.jsonl"
    labels.write_text(to_json(to_labels(root, parse_spec("batch 2\n" + SPEC)[0])) + "\n", encoding="utf-8")
    split = split_of("0123456789abcdef0123456789abcdef")
    splits = {r.split for r in evaluate_pages(root, labels_path=labels)}
    assert splits == {"all", split, f"{split}/batch2"}


STORY = {"id": 9001, "issue": "Bridge", "news": {
    "left": {"newsSource": "Example Left (Online News)", "newsTitle": "Bridge  reopens",
             "newsLink": "https://www.nytimes.com/2020/06/15/bridge.html",
             "newBody": ["The old bridge reopened on Monday after two years of repairs, the city said.",
                         "", "Advertisement", "Drivers\nwelcomed the news, said the Example Left."]},
    "right": {"newsSource": "Example Right", "newsTitle": "Bridge opens", "newsLink": "",
              "newBody": ["Officials cut a ribbon on the bridge on Monday."]}}}
ALLSIDES_SPEC = ("doc 9001-left\noutlet Example Left\nsite Example Left|The New York Times\ndate -\n0 body\n"
                 "2 clutter/ad\n3 body\ndoc 9001-right\noutlet -\nsite Example Right\ndate -\n0 body\n")


def write_allsides(path: Path) -> Path:
    path.write_text(json.dumps(STORY) + "\n" + json.dumps({**STORY, "id": 9002}) + "\n", encoding="utf-8")
    return path


def write_allsides_labels(articles: list[Article], path: Path) -> Path:
    specs = parse_spec(ALLSIDES_SPEC)
    docs = [labels_of(article, spec, spec.ranges) for spec, article in zip(specs, articles[:2], strict=True)]
    path.write_text("".join(to_json(doc) + "\n" for doc in docs), encoding="utf-8")
    return path


def test_an_allsides_article_reads_as_its_title_and_paragraphs(tmp_path: Path) -> None:
    articles = read_articles(write_allsides(tmp_path / "roundups.jsonl"))
    assert [a.doc_id for a in articles] == ["9001-left", "9001-right", "9002-left", "9002-right"]
    left = articles[0]
    assert [index for index, _ in left.paragraphs] == [0, 2, 3]  # the empty paragraph is left out
    page = left.page()
    assert page.text.startswith("Bridge reopens\n\nThe old bridge") and "\n\nDrivers welcomed" in page.text
    assert left.line_of() == {0: 1, 2: 3, 3: 5}
    (tmp_path / "bad.jsonl").write_text('{"id": 1, "news": {"left": {"newBody": []}}}\n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"bad\.jsonl:1"):
        read_articles(tmp_path / "bad.jsonl")


def test_allsides_labels_check_every_paragraph(tmp_path: Path) -> None:
    articles = read_articles(write_allsides(tmp_path / "roundups.jsonl"))
    docs = read_label_records(write_allsides_labels(articles, tmp_path / "labels.jsonl"))
    assert [article_schema_problem(doc) for doc in docs] == [None, None]
    assert check_article(docs[0], articles[0]) is None
    assert "not in the file" in (check_article(docs[0], None) or "")
    assert "differ" in (check_article(docs[0], articles[1]) or "")
    with pytest.raises(EvalError, match="no label"):
        labels_of(articles[0], parse_spec(ALLSIDES_SPEC)[0], [(0, 0, "body")])


def test_evaluate_allsides_scores_the_labelled_articles(tmp_path: Path) -> None:
    roundups = write_allsides(tmp_path / "roundups.jsonl")
    labels = write_allsides_labels(read_articles(roundups), tmp_path / "labels.jsonl")
    results = {(r.metric, r.split, r.system): r for r in evaluate_allsides(roundups, labels_path=labels)}
    assert results[("outlet_named", "all", "newsprism")].pairs == 4
    splits = {split_of("9001-left"), split_of("9001-right")}
    assert sum(results[("clutter_removed", s, "keep-all")].pairs for s in splits) == 1
    assert sum(results[("outlet_right_with_url", s, "newsprism")].pairs for s in splits) == 2
    assert all(results[("body_kept", s, "newsprism")].value > 0.9 for s in splits)
    (tmp_path / "changed.jsonl").write_text(roundups.read_text().replace("Officials cut", "Mayors cut"), "utf-8")
    with pytest.raises(EvalError, match="changed"):
        evaluate_allsides(tmp_path / "changed.jsonl", labels_path=labels)


def test_evaluate_allsides_part_scores_only_that_split(tmp_path: Path) -> None:
    roundups = write_allsides(tmp_path / "roundups.jsonl")
    labels = write_allsides_labels(read_articles(roundups), tmp_path / "labels.jsonl")
    for split in {split_of("9001-left"), split_of("9001-right")}:
        results = evaluate_allsides(roundups, labels_path=labels, part=split)
        assert {r.split for r in results} == {"all", split}


def test_the_allsides_label_file_validates() -> None:
    docs = read_label_records(ALLSIDES_LABELS)
    assert len(docs) == 80 and all(article_schema_problem(doc) is None for doc in docs)
    assert all(doc.site for doc in docs) and {line.kind for doc in docs for line in doc.lines} <= KINDS
    if ALLSIDES.is_file():
        by_id = {a.doc_id: a for a in read_articles(ALLSIDES)}
        assert [problem for doc in docs if (problem := check_article(doc, by_id.get(doc.path)))] == []
        assert len({by_id[doc.path].source for doc in docs}) == 80
        assert main(["validate", str(ALLSIDES)]) == 0


def test_the_cli_evaluates_allsides(tmp_path: Path) -> None:
    roundups = ALLSIDES if ALLSIDES.is_file() else write_allsides(tmp_path / "roundups.jsonl")
    run = CliRunner().invoke(cli, ["eval", "pages", "allsides", str(roundups)])
    if not ALLSIDES.is_file():
        assert run.exit_code == 2 and "not in the file" in run.output  # the packaged labels name real articles
        return
    assert run.exit_code == 0, run.output
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert {r["split"] for r in records} == {"all", "dev", "test"}
    assert {"outlet_right_with_url", "clutter_removed", "body_kept"} <= {r["metric"] for r in records}


def test_a_part_reads_only_the_labels_of_that_split(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    labels = write_labels(root, tmp_path / "labels.jsonl")
    split = split_of("0123456789abcdef0123456789abcdef")
    other = "test" if split == "dev" else "dev"
    assert split in {r.split for r in evaluate_pages(root, labels_path=labels, part=split)}
    assert {r.split for r in evaluate_pages(root, labels_path=labels, part=other)} == {"all"}


def test_the_cli_refuses_a_part_pages_do_not_have(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    run = CliRunner().invoke(cli, ["eval", "pages", "gunviolence", str(root), "--part", "held-out"])
    assert run.exit_code == 2 and "--part held-out" in run.output
