"""What a rewrite changed: slots (numbers, dates, names, places, quoted words) that differ
between two aligned sentences.

A slot is reported only as a substitution: each side has a value of that kind that the
other sentence does not contain. A value one side merely leaves out is not a change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from newsprism.model import Sentence

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "once": 1, "twice": 2, "thrice": 3,
}
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
DATE_WORD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|yesterday|today|tomorrow)\b", re.I)
QUOTED = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")
NAME_MATCH = 90
"""partial_ratio from which a name is found in the other sentence: 'Munitions Industry Department' in
'... Munitions Industrial Department ...', 'Russia' in 'Russian Far East'."""
ENTITY_KINDS = {"PERSON": "name", "ORG": "name", "NORP": "name", "GPE": "place", "LOC": "place", "FAC": "place"}


def slots(sentence: Sentence) -> Iterator[tuple[str, str, str]]:
    """(kind, normalised value, value as written) of every slot in a sentence."""
    text = sentence.text
    for match in NUMBER.finditer(text):
        value = _number(match.group(0))
        yield ("date" if YEAR.match(value) else "number"), value, match.group(0)
    for match in DATE_WORD.finditer(text):
        if not (match.group(0) == "May" and match.start() == 0):
            yield "date", match.group(0).lower(), match.group(0)
    for entity in sentence.entities:
        if entity.label in ENTITY_KINDS:
            yield ENTITY_KINDS[entity.label], _name(entity.text), entity.text
    for match in QUOTED.finditer(text):
        yield "quote", " ".join(re.findall(r"\w+", match.group(1).lower())), match.group(1).strip()


def differences(a: Sentence, b: Sentence) -> Iterator[tuple[str, str, str]]:
    """(kind, value in a, value in b) for each slot kind where both sides hold a value the other lacks."""
    shown_a = {(k, v): w for k, v, w in slots(a)}
    shown_b = {(k, v): w for k, v, w in slots(b)}
    text_a, text_b = _plain(a.text), _plain(b.text)
    for kind in ("number", "date", "name", "place", "quote"):
        only_a = [w for (k, v), w in shown_a.items()
                  if k == kind and (k, v) not in shown_b and not _mentioned(kind, v, text_b)]
        only_b = [w for (k, v), w in shown_b.items()
                  if k == kind and (k, v) not in shown_a and not _mentioned(kind, v, text_a)]
        if only_a and only_b:
            yield kind, "; ".join(only_a), "; ".join(only_b)


def _number(token: str) -> str:
    word = NUMBER_WORDS.get(token.lower())
    if word is not None:
        return str(word)
    plain = token.replace(",", "")
    return plain[:-2] if plain.endswith(".0") else plain


def _name(text: str) -> str:
    text = re.sub(r"^the\s+|['’]s$", "", text.strip().replace(".", ""), flags=re.I)
    return " ".join(re.findall(r"\w+", text.lower()))


def _plain(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower().replace(".", ""))) + " "


def _mentioned(kind: str, value: str, plain_text: str) -> bool:
    """The value appears in the other sentence (its NER just did not tag it, or tagged a longer span)."""
    if kind in ("name", "place"):
        return fuzz.partial_ratio(value, plain_text) >= NAME_MATCH
    return f" {value} " in plain_text or any(
        f" {word} " in plain_text for word, number in NUMBER_WORDS.items() if str(number) == value)
