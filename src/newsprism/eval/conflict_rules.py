"""More transforms for the conflicts benchmark (:mod:`newsprism.eval.conflict_pairs`): changed money amounts, a
changed day of the month, negation with an auxiliary or adverb ('paid' → 'did not pay', 'holds' → 'no longer
holds'), changed ranks ('fourth largest' → 'sixth largest'), and their consistent restatements (a unit or currency
written another way, a date written out, a contraction, a rank in digits).

The rules find their slots with their own patterns, not with :mod:`newsprism.values`: the benchmark must not
share the reader it measures.
"""

from __future__ import annotations

import json
import random
import re
from functools import cache

from newsprism.lexicon import MONTH_NAMES, ORDINAL_WORDS, VERB_BASE
from newsprism.nlp.encoder import TOKENIZER

MONEY = re.compile(r"(?<![\w.])(?P<sign>\$|£|€)(?P<figure>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                   r"(?P<scale>\s(?:million|billion|trillion)\b)?(?![\d,.]\d)")
MONTH_DAY = re.compile(r"\b(?P<month>(?:" + "|".join(m.capitalize() for m in MONTH_NAMES if m != "may")
                       + r"|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.?)\s(?P<day>[12]?\d|3[01])(?![\d:])(?P<suffix>st|nd|rd|th)?")
"""'Nov. 8', 'November 12th' (May left out: it is a modal too)."""
RANK = re.compile(r"\b(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                  r"(?P<gap>[\s-])(?P<scale>(?:most|least)\s[a-z]+|[a-z]{3,}est)\b")
"""An ordinal before a superlative ('fourth largest', 'fifth-largest', 'third most populous')."""
NOT_SUPERLATIVE = frozenset({"interest", "honest", "modest", "forest", "protest", "request", "contest", "latest",
                             "harvest", "west", "test", "rest", "arrest", "guest", "quest", "suggest", "invest"})
SUBJECT_VERB = re.compile(r"\b(?P<subject>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t|(?!The\b|This\b|That\b|These\b|Those\b|"
                          r"Its\b|His\b|Her\b|Their\b|Our\b|An\b)[A-Z][a-z]{2,})\s(?P<verb>[a-z]{3,})\b")
PRESENT_SUBJECTS = frozenset({"he", "she", "it"})
NEGATED = re.compile(r"\b(?:not|n't|never|no|nor|neither|without|longer)\b")
NOT_VERBS = frozenset("was were had has is are does did said says the and also that this which who when".split())
"""Words after a subject that the negation rules leave alone: auxiliaries (the 'negation' rule's), and 'said',
whose negation flips the attribution rather than a fact."""


def _money_text(value: float, original: str) -> str:
    if "." in original or value != int(value):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{int(value):,}" if "," in original else str(int(value))


def change_money(sentence: str, rng: random.Random) -> str | None:
    """'$50 million' → '$100 million' (×2, ×3, ×1.6) or '$25 million' (÷2): a changed amount."""
    matches = list(MONEY.finditer(sentence))
    if not matches:
        return None
    match = rng.choice(matches)
    value = float(match.group("figure").replace(",", ""))
    if value <= 0:
        return None
    new = value * rng.choice([1.6, 2, 3]) if rng.random() < 0.6 else value / 2
    text = _money_text(new, match.group("figure"))
    if float(text.replace(",", "")) == value:
        return None
    return sentence[:match.start("figure")] + text + sentence[match.end("figure"):]


def money_restated(sentence: str, rng: random.Random) -> str | None:
    """'$50 million' → '50 million dollars' (consistent)."""
    match = next((m for m in MONEY.finditer(sentence) if m.group("sign") == "$" and m.group("scale")), None)
    if match is None:
        return None
    return (sentence[:match.start()] + f"{match.group('figure')}{match.group('scale')} dollars"
            + sentence[match.end():])


def change_day(sentence: str, rng: random.Random) -> str | None:
    """'Nov. 8' → 'Nov. 12': another day of the same month."""
    matches = [m for m in MONTH_DAY.finditer(sentence) if 1 <= int(m.group("day")) <= 31]
    if not matches:
        return None
    match = rng.choice(matches)
    day = int(match.group("day"))
    new = rng.choice([d for d in range(max(1, day - 9), min(28, day + 9) + 1) if d != day])
    suffix = _suffix(new) if match.group("suffix") else ""
    return sentence[:match.start("day")] + str(new) + suffix + sentence[match.end():]


def day_restated(sentence: str, rng: random.Random) -> str | None:
    """'Nov. 8' → 'November 8th' (consistent): the month written out, an ordinal suffix."""
    match = next(iter(MONTH_DAY.finditer(sentence)), None)
    if match is None:
        return None
    word = match.group("month").rstrip(".").lower()
    month = next(m for m in MONTH_NAMES if m.startswith(word[:3])).capitalize()
    day = int(match.group("day"))
    return sentence[:match.start()] + f"{month} {day}{_suffix(day)}" + sentence[match.end():]


def _suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def change_rank(sentence: str, rng: random.Random) -> str | None:
    """'fourth largest' → 'sixth largest': another place on the same scale."""
    match = _rank(sentence)
    if match is None:
        return None
    position = _position(match.group("ordinal"))
    new = rng.choice([p for p in range(2, 11) if p != position and abs(p - position) <= 3])
    words = {n: w for w, n in ORDINAL_WORDS.items()}
    text = words[new] if match.group("ordinal").isalpha() else f"{new}{_suffix(new)}"
    return sentence[:match.start("ordinal")] + text + sentence[match.end("ordinal"):]


def rank_restated(sentence: str, rng: random.Random) -> str | None:
    """'fourth-largest' → '4th largest' (consistent)."""
    match = _rank(sentence)
    if match is None or not match.group("ordinal").isalpha():
        return None
    position = _position(match.group("ordinal"))
    return (sentence[:match.start()] + f"{position}{_suffix(position)} {match.group('scale')}"
            + sentence[match.end():])


def _rank(sentence: str) -> re.Match[str] | None:
    return next((m for m in RANK.finditer(sentence) if m.group("scale") not in NOT_SUPERLATIVE), None)


def _position(ordinal: str) -> int:
    return ORDINAL_WORDS.get(ordinal.lower()) or int(ordinal[:-2])


@cache
def _vocabulary() -> frozenset[str]:
    with TOKENIZER.open(encoding="utf-8") as handle:
        return frozenset(json.load(handle)["model"]["vocab"])


def _base(verb: str, past: bool) -> str | None:
    """The base form of a past ('paid', 'killed', 'announced', 'stopped') or third-person ('says', 'holds') verb,
    when it is clear: irregular verbs from the lexicon, regular ones checked against the encoder's vocabulary."""
    irregular = VERB_BASE.get(verb)
    if irregular is not None:
        return irregular if verb != irregular else None
    vocabulary = _vocabulary()
    suffixes = ("ed",) if past else ("es", "s")
    for suffix in suffixes:
        if not verb.endswith(suffix) or verb.endswith("ss"):
            continue
        stem = verb[:-len(suffix)]
        options = {c for c in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "",
                               stem[:-1] + "y" if stem.endswith("i") else "") if len(c) >= 3 and c in vocabulary}
        if len(options) == 1:
            return options.pop()
    return None


def negate_with_auxiliary(sentence: str, rng: random.Random) -> str | None:
    """'he paid' → 'he did not pay', 'she holds' → 'she does not hold' / 'she no longer holds', 'they won' →
    'they never won': a negation the verb itself changes for."""
    if NEGATED.search(sentence):
        return None
    matches = [m for m in SUBJECT_VERB.finditer(sentence) if m.group("verb") not in NOT_VERBS]
    for match in rng.sample(matches, len(matches)):
        verb = match.group("verb")
        present = match.group("subject").lower() in PRESENT_SUBJECTS and verb.endswith("s")
        past = verb.endswith("ed") or (verb in VERB_BASE and VERB_BASE[verb] != verb and not present)
        base = _base(verb, past=not present) if past or present else None
        if base is None or base in ("be", "have", "do"):
            continue
        choice = rng.random()
        if present:
            new = f"does not {base}" if choice < 0.6 else f"no longer {verb}"
        else:
            new = f"did not {base}" if choice < 0.7 else f"never {verb}"
        return sentence[:match.start("verb")] + new + sentence[match.end("verb"):]
    return None


def contract_negation(sentence: str, rng: random.Random) -> str | None:
    """'did not' → "didn't" (consistent)."""
    match = re.search(r"\b(do|does|did|is|was|has|have|had|could|would)\snot\b", sentence)
    if match is None:
        return None
    return sentence[:match.start()] + f"{match.group(1)}n't" + sentence[match.end():]
