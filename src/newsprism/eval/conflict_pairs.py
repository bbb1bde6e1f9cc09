"""Make the conflicts benchmark: sentence pairs, a real news sentence and a transformed copy of it.

Each pair is labelled ``conflict`` (a date, number, place, person or negation changed; the finer kinds
``money``, ``day`` (of the month), ``aux-negation`` ('paid' → 'did not pay') and ``rank`` are made by
:mod:`newsprism.eval.conflict_rules`) or ``consistent`` (a number written differently, a unit or currency
converted or written out, a figure rounded within reason, a date written out, a contraction, reworded, reordered,
a clause dropped). The format is documented in ``docs/conflict-pairs.md``.

Run ``python -m newsprism.eval.conflict_pairs SOURCE OUT.jsonl [--pairs N] [--seed S]``; SOURCE is a text
file (one or more articles; NeuS ``train.source`` markers are removed) or a folder of ``.txt`` files
(PolNeAR ``text/``). The same source, pairs and seed give the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from newsprism.eval.conflict_rules import (
    change_day,
    change_money,
    change_rank,
    contract_negation,
    day_restated,
    money_restated,
    negate_with_auxiliary,
    rank_restated,
)
from newsprism.lexicon import MONTH_NAMES, UNITS_WORDS, WEEKDAY_NAMES

MIN_WORDS, MAX_WORDS = 8, 45
"""Sentences of this many words: shorter ones are headlines and fragments, longer ones run-on extractions."""
CONFLICT_SHARE = 0.5
"""Half the pairs are conflicts, so that precision and recall are both measured on hundreds of pairs."""
MARKERS = re.compile(r"TITLE=>|ARTICLE=>|\[SEP\]")
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Pair:
    """One benchmark line: ``a`` the original sentence, ``b`` its transformed copy."""

    a: str
    b: str
    label: str
    """'conflict' or 'consistent'"""
    kind: str
    """conflict: date, number, place, person, negation (or a finer kind); consistent: the family of the transform
    (a modality change, "will" → "may", is ``hedge``: one outlet hedging a plan is no disagreement of fact)"""
    transform: str
    """the rule that made ``b``, e.g. 'weekday', 'digits-to-words', 'drop-clause'"""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


def read_sentences(source: Path) -> list[str]:
    """The sentences of a text file or of every ``.txt`` file under a folder, in a stable order, deduplicated."""
    files = sorted(source.rglob("*.txt")) if source.is_dir() else [source]
    seen: dict[str, None] = {}
    for path in files:
        text = MARKERS.sub("\n", path.read_text(encoding="utf-8", errors="replace"))
        for paragraph in text.split("\n"):
            for sentence in SENTENCE_END.split(paragraph.strip()):
                sentence = " ".join(sentence.split())
                if MIN_WORDS <= len(sentence.split()) <= MAX_WORDS and sentence[-1:] in ".!?\"”":
                    seen.setdefault(sentence, None)
    return list(seen)


def make_pairs(sentences: list[str], count: int, seed: int = 13) -> list[Pair]:
    """``count`` pairs, about half conflicts, the rules taken in turn so that every kind is represented."""
    rng = random.Random(seed)
    order = sentences[:]
    rng.shuffle(order)
    conflicts = _take(order, CONFLICT_RULES, "conflict", round(count * CONFLICT_SHARE), rng)
    consistent = _take(order[::-1], CONSISTENT_RULES, "consistent", count - len(conflicts), rng)
    pairs = conflicts + consistent
    rng.shuffle(pairs)
    return pairs


def _take(sentences: list[str], rules: list[Rule], label: str, count: int, rng: random.Random) -> list[Pair]:
    """Round-robin over the rules; each rule takes the next sentence it applies to."""
    pairs: list[Pair] = []
    cursors = {rule.name: _candidates(sentences, rule.apply, rng) for rule in rules}
    while len(pairs) < count and cursors:
        for rule in rules:
            cursor = cursors.get(rule.name)
            if cursor is None or len(pairs) >= count:
                continue
            made = next(cursor, None)
            if made is None:
                del cursors[rule.name]
                continue
            pairs.append(Pair(made[0], made[1], label, rule.kind, rule.name))
    return pairs


def _candidates(sentences: list[str], apply: Callable[[str, random.Random], str | None],
                rng: random.Random) -> Iterator[tuple[str, str]]:
    for sentence in sentences:
        changed = apply(sentence, rng)
        if changed is not None and changed != sentence:
            yield sentence, changed


@dataclass(frozen=True)
class Rule:
    """A transform: its name, the kind it labels, and the function (None where it does not apply)."""

    name: str
    kind: str
    apply: Callable[[str, random.Random], str | None]


WEEKDAYS = [w.capitalize() for w in WEEKDAY_NAMES]
MONTHS = [m.capitalize() for m in MONTH_NAMES if m != "may"]
"""May is left out: it is also a modal verb."""
PLACES = ["Washington", "New York", "California", "Texas", "Florida", "Ohio", "Iowa", "Michigan", "Pennsylvania",
          "Virginia", "Georgia", "Arizona", "Nevada", "Wisconsin", "Chicago", "Boston", "Los Angeles", "Mexico",
          "Canada", "China", "Russia", "Iran", "Syria", "Iraq", "Afghanistan", "Israel", "Germany", "France",
          "Britain", "London", "Paris", "Moscow", "Beijing", "Japan", "India", "Ukraine", "Europe", "North Korea"]
PEOPLE = ["Donald Trump", "Hillary Clinton", "Barack Obama", "Joe Biden", "Bernie Sanders", "Nancy Pelosi",
          "Mitch McConnell", "Ted Cruz", "Marco Rubio", "Mike Pence", "Chuck Schumer", "Paul Ryan", "Jeb Bush",
          "Mitt Romney", "Kamala Harris", "Elizabeth Warren", "John Kerry", "James Comey", "Robert Mueller",
          "Vladimir Putin", "Angela Merkel", "Tim Kaine", "Jeff Sessions", "John McCain", "Lindsey Graham"]
NUMBER_NOUN = re.compile(r"(?<![\w.,$:-])(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.:]\d)"
                         r"(\s+(?:[a-z]+\s+)?(?!was\b|has\b|is\b|this\b|its\b|as\b)[a-z]+s\b)")
AFTER_MONTH = re.compile(r"\b(?:" + "|".join(m.capitalize()[:3] for m in MONTH_NAMES) + r")[a-z]*\.?\s$")
"""A figure right after a month name is a day of the month ('Nov. 3 elections'), left to the 'day' rule."""
SMALL = list(UNITS_WORDS)[:13]
AUX = re.compile(r"\b(is|are|was|were|will|would|can|could|has|have|had|should|does|did)\s+(?!not\b|n't)([a-z]+)")
SYNONYMS = {"said": "stated", "says": "states", "big": "large", "help": "assist", "buy": "purchase",
            "start": "begin", "started": "began", "show": "indicate", "shows": "indicates", "showed": "indicated",
            "also": "additionally", "about": "roughly", "get": "obtain", "got": "obtained", "tried": "attempted",
            "try": "attempt", "need": "require", "needs": "requires", "wants": "wishes", "told": "informed",
            "asked": "questioned", "went": "traveled", "hard": "difficult", "quickly": "rapidly"}


def _one(pattern: re.Pattern[str], sentence: str, rng: random.Random) -> re.Match[str] | None:
    matches = list(pattern.finditer(sentence))
    return rng.choice(matches) if matches else None


def _swap_word(words: list[str], sentence: str, rng: random.Random) -> str | None:
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b")
    match = _one(pattern, sentence, rng)
    if match is None or (match.group(1) in MONTHS and match.start() == 0):
        return None
    other = rng.choice([w for w in words if w != match.group(1) and w not in sentence])
    return sentence[:match.start()] + other + sentence[match.end():]


def swap_place(sentence: str, rng: random.Random) -> str | None:
    """A place after a preposition ('in Ohio'), not part of a longer name ('The Washington Post')."""
    names = "|".join(re.escape(p) for p in PLACES)
    match = _one(re.compile(rf"\b(?:in|to|from|at|near|across|into|over|visit|visited|visiting) (?:the )?({names})"
                            rf"\b(?![ -]?[A-Z\w])"), sentence, rng)
    if match is None:
        return None
    other = rng.choice([p for p in PLACES if p != match.group(1) and p not in sentence])
    return sentence[:match.start(1)] + other + sentence[match.end(1):]


def change_year(sentence: str, rng: random.Random) -> str | None:
    match = _one(re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b(?![,\d]\d)"), sentence, rng)
    if match is None or re.search(r"[$%]|\d-\d", sentence[max(0, match.start() - 2):match.end() + 2]):
        return None
    year = int(match.group(1)) + rng.choice([-3, -2, -1, 1, 2, 3])
    return sentence[:match.start()] + str(year) + sentence[match.end():]


def _count(sentence: str, rng: random.Random, smallest: int) -> tuple[re.Match[str], int] | None:
    """A number before its noun (:data:`NUMBER_NOUN`, not a day after a month's name) of ``smallest`` or more that
    is no year, with its value."""
    match = _one(NUMBER_NOUN, sentence, rng)
    if match is None or AFTER_MONTH.search(sentence[:match.start()]):
        return None
    value = int(match.group(1).replace(",", ""))
    return None if 1900 <= value <= 2030 or value < smallest else (match, value)


def change_number(sentence: str, rng: random.Random) -> str | None:
    found = _count(sentence, rng, 2)
    if found is None:
        return None
    match, value = found
    new = value * rng.choice([2, 3, 5]) if rng.random() < 0.5 else max(2, value // rng.choice([2, 3]))
    if new == value:
        return None
    text = f"{new:,}" if "," in match.group(1) else str(new)
    return sentence[:match.start(1)] + text + sentence[match.end(1):]


def swap_person(sentence: str, rng: random.Random) -> str | None:
    present = [p for p in PEOPLE if re.search(rf"\b{p.split()[-1]}\b", sentence)]
    if len(present) != 1:
        return None
    name = present[0]
    other = rng.choice([p for p in PEOPLE if p.split()[-1] not in sentence])
    pattern = re.compile(rf"\b(?:{name.split()[0]}\s+)?{name.split()[-1]}\b")
    return pattern.sub(lambda m: other if " " in m.group(0) else other.split()[-1], sentence)


def add_negation(sentence: str, rng: random.Random) -> str | None:
    if re.search(r"\b(?:not|n't|never|no)\b", sentence):
        return None
    match = _one(AUX, sentence, rng)
    if match is None or match.group(2) in ("to", "been", "a", "an", "the"):
        return None
    return sentence[:match.end(1)] + " not" + sentence[match.end(1):]


def change_modality(sentence: str, rng: random.Random) -> str | None:
    match = _one(re.compile(r"(?<!\bill )(?<!\bthe )(?<!\bgood )(?<!\bfree )\b(will|may|might)\s+(?!not\b|be able\b)"
                            r"(?=[a-z]{2,}\s)"), sentence, rng)
    if match is None or (match.group(1) == "may" and match.start() == 0):
        return None
    other = rng.choice(["may", "might"]) if match.group(1) == "will" else "will"
    return sentence[:match.start()] + other + " " + sentence[match.end():]


def digits_to_words(sentence: str, rng: random.Random) -> str | None:
    match = _one(re.compile(r"(?<![\w.,$:])([2-9]|1[0-2])(?=\s+[a-z]+s\b)"), sentence, rng)
    if match is None:
        return None
    return sentence[:match.start()] + SMALL[int(match.group(1))] + sentence[match.end():]


def thousands_separator(sentence: str, rng: random.Random) -> str | None:
    match = _one(re.compile(r"(?<![\w.,$])(\d{1,3}),(\d{3})(?![\d,])"), sentence, rng)
    return None if match is None else sentence[:match.start()] + match.group(1) + match.group(2) + sentence[
        match.end():]


def round_number(sentence: str, rng: random.Random) -> str | None:
    found = _count(sentence, rng, 100)
    if found is None:
        return None
    match, value = found
    digits = len(str(value)) - 2
    rounded = round(value, -digits)
    if rounded == value or abs(rounded - value) > 0.1 * value:
        return None
    before = sentence[:match.start(1)]
    if re.search(r"\b(?:about|around|more than|over|nearly|almost|some|than)\s+$", before):
        return None
    return before + f"about {rounded:,}" + sentence[match.end(1):]


UNITS = [("miles per hour", "kilometers per hour", 1.609), ("mph", "km/h", 1.609), ("square miles", "square kilometers",
                                                                                      2.59),
         ("miles", "kilometers", 1.609), ("kilometers", "miles", 0.6214), ("km", "miles", 0.6214),
         ("feet", "meters", 0.3048), ("pounds", "kilograms", 0.4536), ("meters", "feet", 3.281),
         ("acres", "hectares", 0.4047), ("gallons", "liters", 3.785), ("percent", "%", 1.0)]


def convert_unit(sentence: str, rng: random.Random) -> str | None:
    months = re.search(r"\b(12|18|24|36|48)[ -]months?\b", sentence)
    if months:
        years = {"12": "a year", "18": "a year and a half", "24": "two years", "36": "three years", "48": "four years"}
        return sentence[:months.start()] + years[months.group(1)] + sentence[months.end():]
    for unit, target, factor in UNITS:
        match = re.search(rf"(?<![\w.,$])(\d+(?:,\d{{3}})*(?:\.\d+)?)\s+{unit}\b", sentence)
        if match:
            value = float(match.group(1).replace(",", "")) * factor
            text = match.group(1) if factor == 1.0 else f"{value:,.0f}" if value >= 10 else f"{value:.1f}"
            return sentence[:match.start()] + text + ("" if target == "%" else " ") + target + sentence[match.end():]
    return None


def reword(sentence: str, rng: random.Random) -> str | None:
    words = [w for w in SYNONYMS if re.search(rf"\b{w}\b", sentence)]
    if not words:
        return None
    word = rng.choice(words)
    return re.sub(rf"\b{word}\b", SYNONYMS[word], sentence, count=1)


def reorder(sentence: str, rng: random.Random) -> str | None:
    said = re.fullmatch(r"(?P<content>[A-Z][^\"“”]{20,}?), (?P<who>[A-Z][\w.' ]{1,40}?) "
                        r"(?P<verb>said|says|told [\w ]+)\.", sentence)
    if said:
        content = said.group("content")
        first = content[0].lower() if content[1:2].islower() else content[0]
        return f"{said.group('who')} {said.group('verb')} {first}{content[1:]}."
    lead = re.match(r"(?P<lead>(?:On|In|At|After|Before|During) [^,]{3,40}), (?P<rest>[a-z].*[a-z0-9])\.$", sentence)
    if lead is None:
        lead = re.match(r"(?P<lead>(?:On|In|At|After|Before|During) [^,]{3,40}), (?P<rest>[A-Z].*[a-z0-9])\.$",
                        sentence)
    if lead is None:
        return None
    rest = lead.group("rest")
    return f"{rest} {lead.group('lead')[0].lower()}{lead.group('lead')[1:]}."


def drop_clause(sentence: str, rng: random.Random) -> str | None:
    match = re.search(r", (?:which|who|according to|including|as|while|after) [^;\"“”]{5,}?(?=, |\.$)", sentence)
    if match is None:
        match = re.match(r"(?:However|Meanwhile|Still|Moreover|In addition|Yet|But), ", sentence)
        if match is None:
            return None
        rest = sentence[match.end():]
        return rest[0].upper() + rest[1:]
    return sentence[:match.start()] + sentence[match.end():]


CONFLICT_RULES = [
    Rule("weekday", "date", lambda s, r: _swap_word(WEEKDAYS, s, r)),
    Rule("month", "date", lambda s, r: _swap_word(MONTHS, s, r)),
    Rule("year", "date", change_year),
    Rule("number", "number", change_number),
    Rule("place", "place", swap_place),
    Rule("person", "person", swap_person),
    Rule("negation", "negation", add_negation),
    Rule("money", "money", change_money),
    Rule("day", "day", change_day),
    Rule("aux-negation", "aux-negation", negate_with_auxiliary),
    Rule("rank", "rank", change_rank),
]
CONSISTENT_RULES = [
    Rule("digits-to-words", "number", digits_to_words),
    Rule("hedged", "hedge", change_modality),
    Rule("thousands-separator", "number", thousands_separator),
    Rule("rounded", "number", round_number),
    Rule("unit-converted", "number", convert_unit),
    Rule("reworded", "reword", reword),
    Rule("reordered", "reorder", reorder),
    Rule("clause-dropped", "drop", drop_clause),
    Rule("money-restated", "number", money_restated),
    Rule("day-restated", "date", day_restated),
    Rule("rank-restated", "number", rank_restated),
    Rule("contracted", "reword", contract_negation),
]


def write_pairs(pairs: list[Pair], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(p.to_json() + "\n" for p in pairs), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsprism.eval.conflict_pairs",
                                     description="Make the conflicts benchmark (JSON Lines) from real news text.")
    parser.add_argument("source", type=Path, help="a text file, or a folder of .txt files")
    parser.add_argument("out", type=Path, help="the JSON Lines file to write (keep it out of the repository)")
    parser.add_argument("--pairs", type=int, default=1200, help="number of pairs (default 1200)")
    parser.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    args = parser.parse_args(argv)
    pairs = make_pairs(read_sentences(args.source), args.pairs, args.seed)
    write_pairs(pairs, args.out)
    print(f"wrote {len(pairs)} pairs to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
