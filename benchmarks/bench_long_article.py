"""Time the whole analysis of one long article (10 kB, 100 kB, 1 MB) next to spaCy's own time on it.

    .venv/bin/python benchmarks/bench_long_article.py [--sizes 10000 100000 1000000]
        [--modes paragraphs one-paragraph] [--timeout 600] [--profile SIZE] [--save FILE] [--baseline FILE]

The article is generated (no publisher's text): news-like sentences composed from templates
with invented names, places, organisations, numbers, dates, direct quotes ("…," said X) and
reported speech, so that entities, quotes and timeline all have work. Two layouts:
``paragraphs`` (2-5 sentences per paragraph, blank lines between) and ``one-paragraph``
(every sentence on one line: at 1 MB, one paragraph over spaCy's ``max_length``).

Each (layout, size) runs in a fresh process (``--timeout`` seconds at most; a run past it is
reported as ``"timed_out": true``) so that its peak RSS is its own. There,
``newsprism.pipeline.analyze_raw`` analyses one ``RawArticle`` holding the text; each stage the
pipeline calls (clean, parse, align, entities, quotes, ...) is wrapped in a timer, so the
per-stage seconds add up to the whole run. Then spaCy's own time: ``nlp.pipe`` over the same
cleaned text in pieces of at most ``SPACY_PIECE`` characters cut at paragraph or sentence ends
(spaCy refuses one text over ``max_length``, and its parser's memory grows with the text),
with the same batch size. The warm-up is a 2 kB article analysed first, untimed.

One JSON line per run: ``seconds`` (whole analysis), ``s_per_100kB``, ``spacy_s``,
``spacy_s_per_100kB``, ``x_spacy`` (analysis / spaCy), ``stages`` (seconds per stage), counts
found and ``peak_rss_mib``. ``--baseline FILE`` (lines saved with ``--save``) adds
``x_baseline``: this run's seconds over the saved run's. ``--profile SIZE`` runs one paragraphs-layout
article of SIZE characters under cProfile in this process and prints the 25 costliest functions
(cumulative), to find where time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SPACY_PIECE = 20_000
"""Largest piece of text handed to spaCy for its own timing (cut at a paragraph or sentence end)."""

FIRST = ["Henrik", "Amara", "Tomasz", "Leila", "Dmitri", "Noor", "Callum", "Ines", "Rafael", "Yuki", "Odile",
         "Kwame", "Siobhan", "Mateus", "Priya", "Gunnar", "Farah", "Elias", "Marisol", "Bram"]
LAST = ["Dahl", "Okonkwo", "Wierzbicki", "Haddad", "Volkov", "Rahimi", "Fraser", "Castell", "Moreira", "Tanabe",
        "Lemaire", "Mensah", "Gallagher", "Ferreira", "Raman", "Lindqvist", "Aziz", "Brandt", "Quintero", "Visser"]
PLACES = ["Port Averly", "Kelmsford", "New Brannock", "Ostvik", "Saint Corran", "Marlow Bay", "Eastholm",
          "Dunmere", "Vallecito", "Tarrow"]
ORGS = ["the Harbour Authority", "the Ministry of Transport", "Northline Ferries", "the Coastal Guard",
        "the Averly Council", "Brannock Energy", "the National Weather Office", "the Union of Dockworkers"]
ROLES = ["the harbour master", "a council spokeswoman", "the transport minister", "a union leader",
         "the company's chief executive", "a senior engineer", "the mayor", "an opposition lawmaker"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
THINGS = ["the ferry service", "the new terminal", "the storm barrier", "the fuel depot", "the rail link",
          "the coastal road", "the fishing quota", "the emergency fund"]
SAYINGS = ["We will not reopen {thing} until every inspection is finished",
           "Nobody told us the budget had grown to {money}",
           "The crews worked through the night and I am proud of them",
           "This is the worst flooding {place} has seen since {year}",
           "We expect {thing} to carry {number} passengers a day by {month}",
           "There was no warning, none at all",
           "I have asked {org} for a full report by {day}",
           "It is too early to say who is responsible"]
FACTS = ["{org_cap} said on {day} that {thing} would close for {number} days.",
         "The repairs will cost {money}, according to figures released in {month} {year}.",
         "{name}, {role}, arrived in {place} on {month} {date}.",
         "About {number} people were evacuated from {place} last {day}.",
         "{thing_cap} was opened in {year} and rebuilt in {year2}.",
         "Officials in {place} said {number} homes had lost power.",
         "{name} told reporters that {org} had ignored two warnings.",
         "The council will vote on the plan on {month} {date}, {year}.",
         "{org_cap} has {number} staff in {place} and {number2} more in {place2}.",
         "Shares in Brannock Energy fell {percent} percent on {day}."]
QUOTES = ["“{saying},” said {name}, {role}.",
          "“{saying},” {name} said.",
          "{name} said: “{saying}.”",
          "“{saying}.” {name} told reporters in {place}.",
          "\"{saying},\" said {name}.",
          "According to {name}, {role}, “{saying_low}.”"]


def _fill(pattern: str, rng: random.Random) -> str:
    thing = rng.choice(THINGS)
    saying = rng.choice(SAYINGS)
    values: dict[str, Any] = {
        "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "role": rng.choice(ROLES), "place": rng.choice(PLACES),
        "place2": rng.choice(PLACES), "org": rng.choice(ORGS), "day": rng.choice(DAYS),
        "month": rng.choice(MONTHS), "date": rng.randint(1, 28), "year": rng.randint(1990, 2024),
        "year2": rng.randint(1990, 2024), "number": rng.randint(2, 9000), "number2": rng.randint(2, 900),
        "money": f"${rng.randint(2, 900)} million", "percent": rng.randint(1, 40), "thing": thing,
        "thing_cap": thing[0].upper() + thing[1:]}
    values["org_cap"] = values["org"][0].upper() + values["org"][1:]
    values["saying"] = saying.format(**values)
    values["saying_low"] = values["saying"][0].lower() + values["saying"][1:]
    return pattern.format(**values)


def sentence(rng: random.Random) -> str:
    """One news-like sentence: a quote (a third of them) or a stated fact."""
    return _fill(rng.choice(QUOTES if rng.random() < 0.35 else FACTS), rng)


def generate(size: int, one_paragraph: bool, seed: int = 15) -> str:
    """A title line and a body of at least ``size`` characters, in paragraphs of 2-5 sentences or in one."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    body = " ".join(paragraphs) if one_paragraph else "\n\n".join(paragraphs)
    return "Storm closes the port of Port Averly for a second week\n\n" + body + "\n"


def spacy_pieces(text: str, limit: int = SPACY_PIECE) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters at a paragraph, else a sentence end."""
    pieces: list[str] = []
    for paragraph in text.split("\n\n"):
        while len(paragraph) > limit:
            cut = paragraph.rfind(". ", 0, limit) + 1 or limit
            pieces.append(paragraph[:cut])
            paragraph = paragraph[cut:].lstrip()
        if paragraph.strip():
            pieces.append(paragraph)
    return pieces


STAGES = ("clean_all", "parse", "align_story", "relate", "find_facts", "find_entities", "find_quotes",
          "attribute_speakers", "cluster_quotes", "build_timeline", "find_conflicts", "summarize")


def _wrap_stages(module: Any, seconds: dict[str, float]) -> None:
    """Replace each stage function the pipeline module calls by one that adds its time to ``seconds``."""
    for name in STAGES:
        original: Callable[..., Any] = getattr(module, name)

        def timed(*args: Any, _name: str = name, _original: Callable[..., Any] = original, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                seconds[_name] = seconds.get(_name, 0.0) + time.perf_counter() - start

        setattr(module, name, timed)


def run_one(size: int, mode: str) -> dict[str, object]:
    """Analyse one generated article in this process: the whole run, its stages and spaCy on the same text."""
    from newsprism import pipeline
    from newsprism.config import Config
    from newsprism.ingest import RawArticle
    from newsprism.nlp import load_resources

    config = Config()
    resources = load_resources(config.nlp)
    pipeline.analyze_raw([RawArticle(id="warm", source="warm", format="text", text=generate(2000, False))],
                         config, resources)
    text = generate(size, mode == "one-paragraph")
    seconds: dict[str, float] = {}
    _wrap_stages(pipeline, seconds)
    start = time.perf_counter()
    report = pipeline.analyze_raw([RawArticle(id="long", source="bench", format="text", text=text)],
                                  config, resources)
    whole = time.perf_counter() - start
    cleaned = report.articles[0].text if report.articles else ""
    start = time.perf_counter()
    for _doc in resources.spacy.pipe(spacy_pieces(cleaned), batch_size=config.nlp.batch_size):
        pass
    spacy_s = time.perf_counter() - start
    per = 100_000 / max(len(text), 1)
    return {"benchmark": "long_article", "mode": mode, "size": size, "chars": len(text),
            "seconds": round(whole, 3), "s_per_100kB": round(whole * per, 3), "spacy_s": round(spacy_s, 3),
            "spacy_s_per_100kB": round(spacy_s * per, 3), "x_spacy": round(whole / spacy_s, 3) if spacy_s else None,
            "stages": {name: round(spent, 3) for name, spent in seconds.items()},
            "sentences": sum(len(a.sentences) for a in report.articles), "entities": len(report.entities),
            "quotes": sum(len(q.variants) for q in report.quotes), "events": len(report.timeline),
            "problems": [p.code for p in report.problems],
            "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def run_child(size: int, mode: str, timeout: float) -> dict[str, object]:
    """:func:`run_one` in a fresh interpreter, stopped after ``timeout`` seconds."""
    command = [sys.executable, __file__, "--one", mode, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"benchmark": "long_article", "mode": mode, "size": size, "timed_out": True, "seconds": None,
                "timeout_s": timeout}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return {"benchmark": "long_article", "mode": mode, "size": size, "failed": done.returncode,
                "error": done.stderr.strip().splitlines()[-1:] or ["no output"]}
    result: dict[str, object] = json.loads(lines[-1])
    return result


def profile(size: int) -> None:
    """cProfile one paragraphs-layout article of ``size`` characters; print the costliest functions."""
    from newsprism.config import Config
    from newsprism.ingest import RawArticle
    from newsprism.nlp import load_resources
    from newsprism.pipeline import analyze_raw

    config = Config()
    resources = load_resources(config.nlp)
    raw = RawArticle(id="long", source="bench", format="text", text=generate(size, False))
    profiler = cProfile.Profile()
    profiler.enable()
    analyze_raw([raw], config, resources)
    profiler.disable()
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--modes", nargs="+", choices=["paragraphs", "one-paragraph"],
                        default=["paragraphs", "one-paragraph"])
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--profile", type=int, metavar="SIZE")
    parser.add_argument("--one", nargs=2, metavar=("MODE", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--baseline", type=Path)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(int(args.one[1]), args.one[0])))
        return
    if args.profile:
        profile(args.profile)
        return
    before = _read(args.baseline) if args.baseline else {}
    lines = []
    for mode in args.modes:
        for size in args.sizes:
            line = run_child(size, mode, args.timeout)
            then = before.get((mode, size))
            if then and isinstance(line.get("seconds"), float):
                line["x_baseline"] = round(float(line["seconds"]) / then, 3)  # type: ignore[arg-type]
            print(json.dumps(line), flush=True)
            lines.append(line)
    if args.save:
        args.save.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def _read(path: Path) -> dict[tuple[str, int], float]:
    rows = (json.loads(row) for row in path.read_text(encoding="utf-8").splitlines() if row.strip())
    return {(row["mode"], int(row["size"])): float(row["seconds"]) for row in rows if row.get("seconds")}


if __name__ == "__main__":
    main()
