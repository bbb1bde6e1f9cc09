"""The one lexicon: its lists agree with each other, and no stage writes a month or weekday list of its own."""

from __future__ import annotations

import re
from pathlib import Path

from newsprism import lexicon
from newsprism.lexicon import (
    CALENDAR,
    CALENDAR_NAMES,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_PREFIX,
    MONTHS,
    OBJECT_PRONOUNS,
    PERSON_PRONOUNS,
    POSSESSIVE_DETERMINERS,
    PRONOUNS,
    RELATIVE_DAYS,
    SUBJECT_PRONOUNS,
    TIME_ZONES,
    TITLES,
    WEEKDAY_ALTERNATION,
    WEEKDAY_NAMES,
    WEEKDAYS,
)

SRC = Path(lexicon.__file__).resolve().parent


def test_months_and_weekdays_map_every_spelling_to_their_number() -> None:
    assert [MONTHS[name] for name in MONTH_NAMES] == list(range(1, 13))
    assert [MONTHS[label.lower()] for label in MONTH_ABBREVIATIONS] == list(range(1, 13))
    assert MONTHS["sept"] == 9
    assert [WEEKDAYS[name] for name in WEEKDAY_NAMES] == list(range(7))
    assert WEEKDAYS["tues"] == 1 and WEEKDAYS["thurs"] == 3
    assert CALENDAR == CALENDAR_NAMES | RELATIVE_DAYS


def test_month_pattern_matches_every_written_month_and_no_other_word() -> None:
    for written in [*MONTH_NAMES, *MONTH_ABBREVIATIONS, "Sept.", "Nov.", "DECEMBER"]:
        assert re.fullmatch(MONTH_PREFIX, written, re.I), written
    for word in ("June", "july"):
        assert re.search(rf"\b{MONTH_PREFIX} \d", f"on {word} 3", re.I)
    assert not re.fullmatch(MONTH_PREFIX, "week", re.I)
    assert re.fullmatch(rf"(?:{WEEKDAY_ALTERNATION})", "wednesday")


def test_pronoun_classes_are_pronouns() -> None:
    for part in (SUBJECT_PRONOUNS, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, PERSON_PRONOUNS):
        assert part <= PRONOUNS, part - PRONOUNS
    assert {"he", "she", "they"} <= SUBJECT_PRONOUNS and "him" in OBJECT_PRONOUNS and "their" in POSSESSIVE_DETERMINERS


def test_titles_and_zones_are_written_one_way() -> None:
    assert len(set(TITLES)) == len(TITLES) and all(t == t.lower() for t in TITLES)
    assert len(set(TIME_ZONES)) == len(TIME_ZONES) and all(z == z.upper() for z in TIME_ZONES)


RUN_OF_NAMES = 3
"""Three calendar names in a row in a module's text is a list of them: only the lexicon may hold one."""
ALLOWED = {
    "eval/conflict_rules.py": "the conflict-pair generator finds the dates it edits with its own pattern, so that the "
                              "benchmark does not grade the value reader with the reader itself",
}


def _runs(text: str, names: tuple[str, ...]) -> list[str]:
    pattern = r"\b(?:" + "|".join(names) + r")\b"
    gap = r"""[\s"',|]+"""
    return re.findall(rf"(?i){pattern}(?:{gap}{pattern}){{{RUN_OF_NAMES - 1},}}", text)


def test_runs_of_calendar_names_are_found() -> None:
    assert _runs('DAYS = ("Monday", "Tuesday", "Wednesday")', WEEKDAY_NAMES)
    assert _runs("r'(?:jan|feb|mar)'", tuple(m[:3] for m in MONTH_NAMES))
    assert not _runs("on Monday and on Friday", WEEKDAY_NAMES)


def test_no_stage_writes_its_own_month_or_weekday_list() -> None:
    written = {}
    for path in SRC.rglob("*.py"):
        name = path.relative_to(SRC).as_posix()
        if path.name == "lexicon.py" or name in ALLOWED:
            continue
        text = path.read_text(encoding="utf-8")
        found = _runs(text, MONTH_NAMES) + _runs(text, tuple(m[:3] for m in MONTH_NAMES)) + _runs(text, WEEKDAY_NAMES)
        if found:
            written[name] = found
    assert not written


def test_person_nouns_are_one_list_in_the_lexicon() -> None:
    assert not (set(lexicon.PEOPLE) & set(lexicon.KIN) or set(lexicon.PEOPLE) & set(lexicon.ROLES)
                or set(lexicon.KIN) & set(lexicon.ROLES))
    assert lexicon.ONE_PERSON_NOUNS <= lexicon.PERSON_NOUNS and all(n == n.lower() for n in lexicon.PERSON_NOUNS)
    spelled = re.compile(r"""\bman\b[\s"',|]+woman\b[\s"',|]+(?:person|child|boy)\b""")
    written = [p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
               if p.name != "lexicon.py" and spelled.search(p.read_text(encoding="utf-8"))]
    assert not written
