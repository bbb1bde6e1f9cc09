"""The corpus converters of `eval clusters` on small folders and files written here in each corpus's layout."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.eval.cluster_corpora import allsides, ecbplus, main, neus


def _gunviolence(root: Path) -> Path:
    for incident, day, docs in (("11", "2026-05-04", ["b", "a"]), ("10", "2026-05-03", ["c"])):
        folder = root / incident
        folder.mkdir(parents=True)
        documents = []
        for doc in docs:
            (folder / f"{doc}.txt").write_text(f"Page {doc} about incident {incident}.", encoding="utf-8")
            documents.append({"doc_id": doc, "file": f"{doc}.txt", "title": f"Title {doc}", "dct": day,
                              "url_original": f"https://n.test/{doc}"})
        (folder / "gold.json").write_text(json.dumps({"incident_id": incident, "documents": documents}))
    return root


def test_gunviolence_pages_by_date_with_title_date_and_url(tmp_path: Path) -> None:
    out = tmp_path / "gv.jsonl"
    assert main(["gunviolence", str(_gunviolence(tmp_path / "gv")), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["cluster"], r["title"]) for r in rows] == [("gv10", "Title c"), ("gv11", "Title a"), ("gv11", "Title b")]
    assert rows[0] == {"text": "Page c about incident 10.", "cluster": "gv10", "title": "Title c",
                       "published": "2026-05-03", "url": "https://n.test/c"}


def test_ecbplus_one_story_per_topic_and_subtopic(tmp_path: Path) -> None:
    topic = tmp_path / "ecb" / "3"
    for sub in ("ecb", "ecbplus"):
        (topic / sub).mkdir(parents=True)
        (topic / sub / f"3_1{sub}.txt").write_text(f"An earthquake, {sub}.", encoding="utf-8")
    documents = {f"3_1{sub}": {"subtopic": sub, "path": f"{sub}/3_1{sub}.txt",
                               "url": "https://n.test/q" if sub == "ecbplus" else None} for sub in ("ecb", "ecbplus")}
    (topic / "gold.json").write_text(json.dumps({"topic": 3, "documents": documents}))
    rows = {item.cluster: item for item in ecbplus(tmp_path / "ecb")}
    assert set(rows) == {"ecb3-ecb", "ecb3-ecbplus"} and rows["ecb3-ecbplus"].url == "https://n.test/q"


def test_neus_and_allsides_three_articles_per_story(tmp_path: Path) -> None:
    source = tmp_path / "val.source"
    source.write_text("TITLE=> A. ARTICLE=> one [SEP] TITLE=> B. ARTICLE=> two [SEP] TITLE=> C. ARTICLE=> three\n")
    assert sorted((i.cluster, i.title, i.text) for i in neus(source)) == [
        ("val0", "A.", "one"), ("val0", "B.", "two"), ("val0", "C.", "three")]
    roundups = tmp_path / "roundups.jsonl"
    news = {side: {"newsTitle": f"T {side}", "newsLink": f"https://n.test/{side}", "newBody": ["p1", "p2"]}
            for side in ("left", "center", "right")}
    roundups.write_text(json.dumps({"id": 5, "date": "2021-09-14T08:30:00-07:00", "news": news}) + "\n")
    items = allsides(roundups)
    assert [i.title for i in items] == ["T center", "T left", "T right"]
    assert items[0].text == "p1\n\np2" and items[0].published == "2021-09-14T08:30:00-07:00"


def test_a_missing_source_is_named(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["neus", str(tmp_path / "absent.source"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "absent.source: no such file" in capsys.readouterr().err
