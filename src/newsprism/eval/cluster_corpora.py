"""Real story corpora as `newsprism eval clusters` streams.

``python -m newsprism.eval.cluster_corpora NAME SRC -o OUT``

Each converter writes JSON Lines ``{"text", "cluster", "title"?, "published"?, "url"?}`` in stream order: the
order the articles would arrive in (by date where the corpus dates its articles, ties by id), or a seeded
shuffle where it does not (file order would hand the grouper each story's articles one after another).

- ``gunviolence``: the SemEval-2018 Task 5 folder (``<incident>/gold.json`` and the crawled pages): one story per
  incident (the Gun Violence Archive's), each page's raw text (the eval cleans it as ingest does) with the title,
  creation date and original URL gold.json gives it.
- ``ecbplus``: the ECB+ folder: one story per event, i.e. per topic and subtopic (``ecb``: the topic's seminal
  event, ``ecbplus``: its twin, e.g. another earthquake); undated, so shuffled; ECB+ pages keep their URL.
- ``neus``: a NeuS ``.source`` file (train or val): one story per line, 3 articles (title, lead paragraphs) from
  outlets of the left, centre and right; undated, so shuffled.
- ``allsides``: the AllSides roundups JSON Lines: one story per roundup, its 3 articles (title, paragraphs, link)
  dated with the roundup's date.

GoogleNews-T/S/TS are in the eval's form already.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from newsprism.eval.cluster_stream import LabelledText
from newsprism.eval.results import EvalError, read_json_object

SHUFFLE_SEED = 20261205
"""Seed of the order given to undated corpora (ECB+, NeuS)."""


def gunviolence(folder: Path) -> list[LabelledText]:
    """Every page of every incident folder with a gold.json, by creation date (then incident, document)."""
    items: list[tuple[str, str, str, LabelledText]] = []
    for gold_path in sorted(folder.glob("*/gold.json")):
        gold = read_json_object(gold_path)
        for doc in gold.get("documents", []):
            page = gold_path.parent / doc["file"]
            if not page.is_file():
                continue
            item = LabelledText(page.read_text(encoding="utf-8", errors="replace"), f"gv{gold['incident_id']}",
                              doc.get("title") or None, doc.get("dct") or None, doc.get("url_original") or None)
            items.append((item.published or "", str(gold["incident_id"]), str(doc["doc_id"]), item))
    return [entry[3] for entry in sorted(items, key=lambda e: e[:3])]


def ecbplus(folder: Path) -> list[LabelledText]:
    """Every document of every topic; the cluster is topic and subtopic (the topic's two events)."""
    items = []
    for gold_path in sorted(folder.glob("*/gold.json")):
        gold = read_json_object(gold_path)
        for _, doc in sorted(gold["documents"].items()):
            text = (gold_path.parent / doc["path"]).read_text(encoding="utf-8")
            items.append(LabelledText(text, f"ecb{gold['topic']}-{doc['subtopic']}", url=doc.get("url") or None))
    return _shuffled(items)


def neus(source: Path) -> list[LabelledText]:
    """The 3 articles of each line ("TITLE=> ... ARTICLE=> ..." joined by " [SEP] ")."""
    items = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines()):
        for part in line.split(" [SEP] "):
            title, _, text = part.partition(" ARTICLE=> ")
            title = title.replace("TITLE=>", "", 1).strip()
            if text.strip():
                items.append(LabelledText(text.strip(), f"{source.stem}{number}", title or None))
    return _shuffled(items)


def allsides(path: Path) -> list[LabelledText]:
    """The left, centre and right article of each roundup, by the roundup's date (then id, side)."""
    items: list[tuple[str, int, str, LabelledText]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        for side, news in sorted((record.get("news") or {}).items()):
            body = "\n\n".join(p.strip() for p in news.get("newBody") or [] if p.strip())
            if body:
                item = LabelledText(body, f"allsides{record['id']}", news.get("newsTitle") or None,
                                  record.get("date") or None, news.get("newsLink") or None)
                items.append((item.published or "", int(record["id"]), side, item))
    return [entry[3] for entry in sorted(items, key=lambda e: e[:3])]


CONVERTERS: dict[str, Callable[[Path], list[LabelledText]]] = {
    "gunviolence": gunviolence, "ecbplus": ecbplus, "neus": neus, "allsides": allsides}


def _shuffled(items: list[LabelledText]) -> list[LabelledText]:
    random.Random(SHUFFLE_SEED).shuffle(items)
    return items


def lines(items: list[LabelledText]) -> Iterator[str]:
    for item in items:
        yield item.to_json()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("name", choices=sorted(CONVERTERS))
    parser.add_argument("source", type=Path, help="the corpus folder (gunviolence, ecbplus) or file")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    if not args.source.exists():
        print(f"newsprism: error: {args.source}: no such file or folder", file=sys.stderr)
        return 2
    try:
        items = CONVERTERS[args.name](args.source)
    except (EvalError, KeyError, ValueError) as error:
        print(f"newsprism: error: {args.source}: not a {args.name} corpus ({error})", file=sys.stderr)
        return 2
    args.output.write_text("".join(line + "\n" for line in lines(items)), encoding="utf-8")
    print(f"{args.name}: {len(items)} articles, {len({i.cluster for i in items})} stories -> {args.output}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
