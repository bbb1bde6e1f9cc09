"""Honest readings of fresh stories (issues #18, #19): which stories a reading takes, and their output to read.

``python -m newsprism.eval.readings draw AREA --seed N --count K`` prints the story ids of a fresh reading;
``python -m newsprism.eval.readings dump AREA ID... --out PATH`` writes, for reading by hand, each AllSides
roundup's quotes with their speakers (speakers) or its entity records (entities) as plain text, outside the repo.

Every id of the draw's corpus in ``labels/readings.tsv`` is left out, whatever its area (a story read or cited for
one issue is no fresh story for another). The eligibility rules are the rounds' own, kept exact so that a draw can
be redrawn (``--readings`` names the exclusion file as it stood then):

- speakers (round 27, E15): AllSides crawled roundups whose left, center and right items all have a non-empty
  ``newBody`` and whose bodies hold a quotation mark (``"``, ``“`` or ``”``);
- entities (round 29, D18): AllSides crawled roundups whose three items all have a non-empty ``newBody``;
- disagreements (round 24, C14): NeuS train lines (0-based) of three articles (``[SEP]``) that each state dates
  or numbers (two numbers that are not a year from 1900-2099, or a month, weekday or such a year); a listed line's
  neighbours (+-1) are left out too, as the round left them (lines were cited 0- and 1-based).

Speakers and entities: the sorted eligible ids in a ``random.Random(seed).shuffle``, the first K. Disagreements:
``random.Random(seed).sample`` of the eligible lines in file order, K of them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from newsprism.config import Config
from newsprism.eval.audit import ALLSIDES_FILE, NEUS_FILE, allsides_articles
from newsprism.eval.results import EvalError
from newsprism.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from newsprism.nlp import NlpResources, load_resources

READINGS = Path(__file__).parent / "labels" / "readings.tsv"
REPO = Path(__file__).resolve().parents[3]
SIDES = ("left", "center", "right")
QUOTE_MARKS = '"“”'
AP_MONTHS = [m[:3].capitalize() + ("t?" if i == 8 else "") + r"\." for i, m in enumerate(MONTH_NAMES) if len(m) > 5]
"""The months AP style abbreviates before a day ('Jan.', 'Sept.'), as round 24 wrote them (and 'Sep.')."""
DATED = re.compile(r"\b(" + "|".join([*(m.capitalize() for m in MONTH_NAMES), *AP_MONTHS,
                                       *(d.capitalize() for d in WEEKDAY_NAMES)]) + r"|(19|20)\d\d)\b")
NUMBER = re.compile(r"(?<![\w.])(?!(19|20)\d\d\b)\d[\d,.]*")
CORPUS = {"speakers": "allsides", "entities": "allsides", "disagreements": "neus-train"}

Row = dict[str, Any]
"""One AllSides roundup as its JSON line holds it (``id``, ``issue``, ``news``: side -> item)."""


def read_ids(path: Path, corpus: str) -> set[int]:
    """The story ids of one corpus listed in a readings file (area, story, corpus, round, seed; ``#`` comments)."""
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or cells[0] == "area" or not line.strip():
            continue
        if len(cells) != 5 or not cells[1].isdigit():
            raise EvalError(f"{path}: bad line {line!r}")
        if cells[2] == corpus:
            ids.add(int(cells[1]))
    return ids


def _three_sides(row: Row) -> bool:
    news = row.get("news") or {}
    return all(news.get(side) and news[side].get("newBody") for side in SIDES)


def _quoted(row: Row) -> bool:
    body = " ".join(p for item in row["news"].values() for p in item.get("newBody") or [])
    return any(mark in body for mark in QUOTE_MARKS)


def _roundups(root: Path) -> list[Row]:
    with (root / ALLSIDES_FILE).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def draw_roundups(rows: Iterable[Row], keep: Callable[[Row], bool], used: set[int], seed: int, count: int) -> list[int]:
    """The first ``count`` of the eligible roundup ids not in ``used``, sorted, in a Random(seed) shuffle."""
    ids = sorted(int(r["id"]) for r in rows if keep(r) and int(r["id"]) not in used)
    random.Random(seed).shuffle(ids)
    return ids[:count]


def _states(part: str) -> bool:
    return len(NUMBER.findall(part)) >= 2 or bool(DATED.search(part))


def draw_neus(lines: list[str], used: set[int], seed: int, count: int) -> list[int]:
    """``count`` NeuS lines (0-based) of three articles each stating dates or numbers, none listed or next to one."""
    skip = {n + d for n in used for d in (-1, 0, 1)}
    pool = [i for i, line in enumerate(lines) if i not in skip and len(parts := line.split("[SEP]")) == 3
            and all(_states(p) for p in parts)]
    return random.Random(seed).sample(pool, min(count, len(pool)))


def draw(area: str, seed: int, count: int, root: Path, readings: Path = READINGS) -> list[int]:
    """The ids a fresh reading of ``area`` takes."""
    used = read_ids(readings, CORPUS[area])
    if area == "disagreements":
        return draw_neus((root / NEUS_FILE).read_text(encoding="utf-8").splitlines(), used, seed, count)
    keep = (lambda r: _three_sides(r) and _quoted(r)) if area == "speakers" else _three_sides
    return draw_roundups(_roundups(root), keep, used, seed, count)


def _context(text: str, start: int, end: int) -> str:
    return f"«{text[max(0, start - 40):start]}[{text[start:end]}]{text[end:end + 40]}»".replace("\n", " ")


def dump(area: str, ids: list[int], root: Path, out: Path) -> None:
    """Write each roundup's quotes with their speakers, or its entity records, to ``out`` (never inside the repo)."""
    if out.resolve().is_relative_to(REPO):
        raise EvalError(f"{out}: inside the repository; dumps hold publisher text, write them elsewhere")
    rows = {int(r["id"]): r for r in _roundups(root)}
    config = Config()
    resources = load_resources(config.nlp)
    lines: list[str] = []
    for sid in ids:
        lines.append(f"######## {sid} {rows[sid].get('issue', '')}")
        lines += (_quote_lines if area == "speakers" else _entity_lines)(sid, rows[sid], config, resources)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _quote_lines(sid: int, row: Row, config: Config, resources: NlpResources) -> list[str]:
    """As round 27 read them: title and body paragraphs of each side, not cleaned; direct and partial quotes."""
    from newsprism.entities import find_entities
    from newsprism.model import Article
    from newsprism.nlp.sentences import parse
    from newsprism.quotes import attribute_speakers, find_quotes

    arts = [Article(id=f"{sid}{s[0]}", source=f"{sid}{s[0]}.txt", format="json", title=row["news"][s]["newsTitle"],
                    outlet=row["news"][s]["newsSource"], text="\n\n".join(row["news"][s]["newBody"]))
            for s in SIDES]
    parsed = parse(arts, resources, config.nlp)
    variants = [v for p in parsed for v in find_quotes(p)]
    found = attribute_speakers(variants, find_entities(parsed), {a.id: a.text for a in arts})
    lines = [f"--- {a.id} {a.outlet}: {a.title}\n{a.text}\n" for a in arts]
    quotes = [v for v in found if v.kind in ("direct", "partial")]
    for i, v in enumerate(quotes, 1):
        lines.append(f"[{sid}#{i}] {v.content.article} {v.kind} «{v.content.text[:160]}» "
                     f"src={v.source.text if v.source else None!r} cue={v.cue.text if v.cue else None!r} "
                     f"-> {v.speaker!r} anon={v.anonymous}")
    return lines


def _entity_lines(sid: int, row: Row, config: Config, resources: NlpResources) -> list[str]:
    """As round 29 read them (and ``eval audit``): each side's title and body, cleaned together; every record."""
    from newsprism.entities import find_entities
    from newsprism.nlp.sentences import parse
    from newsprism.pipeline import clean_all

    articles, _ = clean_all(allsides_articles(row, "allsides"), config.clean)
    parsed = parse(articles, resources, config.nlp)
    texts = {p.article.id: p.article.text for p in parsed}
    lines = []
    for e in find_entities(parsed).entities:
        lines.append(f"{e.type}\t{e.name}\taliases={e.aliases}\tart={e.articles}")
        lines += [f"    {m.article.split('-')[1][0]}:{m.text!r}@{m.start} {_context(texts[m.article], m.start, m.end)}"
                  for m in e.mentions]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newsprism.eval.readings", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data", help="the data root")
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="print the story ids of a fresh reading")
    d.add_argument("area", choices=sorted(CORPUS))
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--count", type=int, required=True)
    d.add_argument("--readings", type=Path, default=READINGS,
                   help="the ids to leave out (default: labels/readings.tsv)")
    u = sub.add_parser("dump", help="write roundups' quotes or entity records to read by hand")
    u.add_argument("area", choices=["speakers", "entities"])
    u.add_argument("ids", type=int, nargs="+")
    u.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "draw":
        print(" ".join(map(str, draw(args.area, args.seed, args.count, args.data, args.readings))))
    else:
        dump(args.area, args.ids, args.data, args.out)


if __name__ == "__main__":
    main()
