"""Time alignment (and what it feeds: reuse, facts) on stories of growing size.

Stories are built from real articles (plain-text files, e.g. PolNeAR's) with planted
copies: for a story of N articles, half are distinct originals, a quarter are reprints
(trimmed, one sentence edited) and a quarter are rewrites (sentences reworded by a fixed
set of substitutions, one number changed). The planted pairs give a sanity check of the
relations found; the point is the time and memory at 5, 50 and 200 articles.

    .venv/bin/python benchmarks/bench_align.py ../shared/data/polnear/data/train/text --sizes 5 50 200
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import time

from newsprism.align import align_story
from newsprism.align.facts import find_facts
from newsprism.config import Config
from newsprism.ingest import read_inputs
from newsprism.model import Article
from newsprism.nlp import load_resources, parse
from newsprism.pipeline import clean_all
from newsprism.reuse import relate

REWORDINGS = [("said", "stated"), ("says", "states"), ("because", "as"), ("however", "but"), ("also", "too"),
              ("people", "individuals"), ("about", "around"), ("began", "started"), ("big", "large"),
              ("told", "informed"), ("help", "assist"), ("show", "reveal"), ("very ", ""), ("just ", "")]


def reprint(article: Article, name: str) -> Article:
    paragraphs = article.text.split("\n\n")
    kept = paragraphs[:-1] if len(paragraphs) > 3 else paragraphs
    kept[0] = kept[0].replace(" the ", " a ", 1)
    return Article(id=name, source=name, format="text", text="\n\n".join(kept))


def rewrite(article: Article, name: str, rng: random.Random) -> Article:
    """Reword every sentence: substitutions, clauses swapped around a comma, every third word of
    the longer clauses dropped, one number changed. Crude, but no sentence keeps its wording."""
    sentences = [_reword(s, rng) for p in article.text.split("\n\n") for s in re.split(r"(?<=[.!?])\s+", p)]
    text = "\n\n".join(" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2))
    text = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + rng.randint(1, 9)), text, count=1)
    return Article(id=name, source=name, format="text", text=text)


def _reword(sentence: str, rng: random.Random) -> str:
    for old, new in REWORDINGS:
        sentence = re.sub(rf"\b{old}", new, sentence)
    head, comma, tail = sentence.partition(", ")
    if comma and len(tail) > 20 and rng.random() < 0.7:
        sentence = tail.rstrip(".") + ", " + head[0].lower() + head[1:] + "."
        sentence = sentence[0].upper() + sentence[1:]
    words = sentence.split()
    return " ".join(w for i, w in enumerate(words) if i % 3 != 2 or len(words) < 12 or w[0].isupper())


def story(originals: list[Article], size: int, rng: random.Random) -> tuple[list[Article], set[tuple[str, str, str]]]:
    bases = originals[: max(1, size - 2 * (size // 4))]
    articles = [a.model_copy(update={"credit": "Reuters", "dateline": "WASHINGTON"}) for a in bases]
    planted: set[tuple[str, str, str]] = set()
    for n in range(size // 4):
        base = rng.choice(bases)
        articles.append(reprint(base, f"reprint-{n}"))
        planted.add((base.id, f"reprint-{n}", "verbatim"))
        articles.append(rewrite(base, f"rewrite-{n}", rng))
        planted.add((base.id, f"rewrite-{n}", "rewrite"))
    return articles[:size], planted


def _family(planted: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    """Pairs that share a source: each planted pair, and copies of one original with each other."""
    copies: dict[str, list[str]] = {}
    for base, copy, _ in planted:
        copies.setdefault(base, [base]).append(copy)
    return {(a, b) for group in copies.values() for a in group for b in group if a != b}


def run(paths: list[str], sizes: list[int]) -> None:
    config = Config()
    resources = load_resources(config.nlp)
    raws = read_inputs(paths, config.ingest).articles
    originals, _ = clean_all(raws[: max(sizes)], config.clean)
    rng = random.Random(13)
    for size in sizes:
        articles, planted = story(originals, size, rng)
        started = time.perf_counter()
        annotated = [p.article for p in parse(articles, resources, config.nlp)]
        nlp_s = time.perf_counter() - started
        alignment = align_story(annotated, resources.encoder)
        align_s = time.perf_counter() - started - nlp_s
        reuse = relate(alignment)
        facts = find_facts(alignment, reuse)
        total_s = time.perf_counter() - started
        found = {(r.a, r.b, r.relation) for r in reuse if r.relation != "independent"}
        family = _family(planted)
        print(json.dumps({
            "benchmark": "align", "articles": size, "sentences": len(alignment.table.sentences),
            "links": len(alignment.links), "facts": len(facts),
            "nlp_s": round(nlp_s, 2), "align_s": round(align_s, 2),
            "reuse_facts_s": round(total_s - nlp_s - align_s, 2),
            "total_s": round(total_s, 2), "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "planted_found": len(planted & found), "planted": len(planted),
            "unplanted_found": len({(a, b) for a, b, _ in found} - family),
        }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="plain-text articles (files, directories, globs)")
    parser.add_argument("--sizes", nargs="+", type=int, default=[5, 50, 200])
    args = parser.parse_args()
    run(args.paths, args.sizes)


if __name__ == "__main__":
    main()
