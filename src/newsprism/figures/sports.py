"""Sports statistics with their holder: a win-loss record and a career's points are the player's or team's whose
name the sentence writes them against (issue #18, round 19: the measure was not read, so two outlets' numbers for
one team or player never met; ECB+ 29/ecbplus, 5/ecb, 31/ecb and 31/ecbplus read).

- **Records** (:func:`newsprism.values.stated_records`, the one reader of records): 'Lakeland (10-5)', 'Ivo
  Varga, 41-2,', 'Lakeland's record rose to 9-5', 'the Ospreys stand at 10-5', 'Marlow compiled a 150-131 record':
  the wins, the losses and the knockouts are each a measure ('record wins', 'record losses', 'knockouts') of the
  name right before the record or its verb, or of the possessor of 'record'. A record a pronoun holds ('where he
  was 150-130') has no holder and is not read. What follows the record scopes it ('in three-plus seasons', 'in
  games decided by one score', 'on the road'): a scoped record is a measure of its own, never set against the
  whole record; 'on the season' scopes nothing. A person's record in a bracket or apposition is
  :mod:`newsprism.conflicts.records`' (:func:`person_bracket`); a team's is read here.
- **Career points**: 'Ellery now has 2,301 career points', 'Ellery, who now has 2,302 points', 'Rob
  Tandy's scoring record of 2,050 points', 'passed Ken Mott (2,010)': the measure 'career points' of the
  named player.
- **A game's points**: 'Vance scored 14 points': 'game points' of the named player, scoped by what follows ('in the
  first half'), of the game whose final score the article writes first (a roundup of other games gives one player
  two games' points, and nothing in the sentence tells the games apart): :func:`game_key`.
"""

from __future__ import annotations

import re

from newsprism import lexicon
from newsprism.figures.numbers import Number, read_numbers
from newsprism.figures.sentence_counts import Claim
from newsprism.values import Record, final_score, stated_records

NAME = r"(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
"""A capitalised name of up to four words ('Lakeland', 'Rob Tandy', 'Blue Herons')."""
POSSESSIVE = r"(?:['’]s?)"
NOT_NAMES = frozenset({*lexicon.STOP, *lexicon.PRONOUNS, *lexicon.CALENDAR})
"""Capitalised words that name no holder: a sentence's first function word, a pronoun, a day or month."""
HOLDER_BEFORE = re.compile(NAME + rf"(?:{POSSESSIVE}|\s+now|\s+(?:posted|had|has|owns|own))?\s*$")
"""The holder right before a record's verb: its subject ('Lakeland improved to'), the possessor of 'record'
('Lakeland's record rose to'), the subject of 'a ... record' ('Marlow posted a'), or the name the record is
written against ('Lakeland (10-5)')."""
OPENING = re.compile(r"(?:\(\s*|,\s+)$")
SCOPE = re.compile(r"\s+(?:record\s+)?(?P<scope>(?:in|on|at|against|vs\.?|versus|away|since|under|over|all-time|"
                   r"when|without|lifetime|career)\b"
                   r"(?:\s+(?!(?:and|as|with|who|which|to|for|but|while)\b)[\w-]+){0,4})", re.I)
"""Words after a record that scope it ('in three-plus seasons as head coach' → 'in three-plus seasons', 'in games
decided by one score', 'lifetime': ECB+ 5/ecb read, a coach's career beside one team's); up to four words, to the
first function word that opens another phrase."""
WHOLE = re.compile(r"^(?:on|for|in|over)\s+(?:the|this)\s+(?:season|year)$|^overall$", re.I)
"""A scope that is the whole record ('improved to 25-7 on the season')."""
RECORD_MEASURES = ("record wins", "record losses", "knockouts")

GAME_POINTS_MOST = 100
"""A player's points above this are no game's (the most one player has scored in a game is 100): 'Ellery ended
the game with 2,129 points' counts a career (ECB+ 31/ecbplus read)."""
HAS_POINTS = re.compile(NAME + r"(?:,\s+who)?\s+(?P<now>now\s+)?(?:has|had|ended\s+the\s+game\s+with|finished\s+"
                        r"(?:the\s+game\s+)?with)\s+$")
POINTS_AFTER = re.compile(r"\s+(?P<career>career\s+)?points\b", re.I)
"""'Ellery now has 2,301 career points', 'Ellery, who now has 2,302 points': a career's when 'career' or
'now' says so or the count is beyond a game's (:data:`GAME_POINTS_MOST`)."""
RECORD_OF = re.compile(NAME + POSSESSIVE + r"\s+(?:[\w-]+\s+){0,2}?(?:record|mark)\s+of\s+$")
SCORING = re.compile(r"\b(?:scoring|points|scorer)\b", re.I)
"""'Rob Tandy's scoring record of 2,050 points': the career points of the named holder of the record,
when the sentence speaks of scoring."""
PASSED_NAME = re.compile(r"\b(?:pass(?:ed|ing)?|overtak(?:e|es|ing)|overtook|surpass(?:ed|ing)?|broke|behind|past|"
                         r"ahead\s+of)\s+" + NAME + r"\s+\($")
"""'passed Ken Mott (2,010)': the career points of the player passed, when the sentence speaks of scoring."""


def sports_claims(text: str) -> list[Claim]:
    """The records and career points ``text`` (one sentence) states, each with its holder as the subject."""
    return _record_claims(text) + _points_claims(text)


def _record_claims(text: str) -> list[Claim]:
    claims = []
    for record in stated_records(text):
        holder = _holder(text, record)
        if holder is None:
            continue
        scope = _scope(text, record)
        wins, losses = str(record.wins), str(record.losses)
        at = record.start + len(wins) + 1
        parts = [("record wins", record.wins, record.start, wins), ("record losses", record.losses, at, losses)]
        if record.knockouts is not None:
            kos = str(record.knockouts)
            parts.append(("knockouts", record.knockouts, record.start + record.written.rindex(kos), kos))
        claims += [Claim(f"{measure} {scope}" if scope else measure, holder,
                         Number(float(value), "exact", written, start, start + len(written)), record.end)
                   for measure, value, start, written in parts]
    return claims


def _holder(text: str, record: Record) -> str | None:
    """The name the record is written against or stated of; None when a pronoun or nothing holds it."""
    if record.opened == "apposition":
        return None  # a person's is conflicts/records'; a team's is a score ('slipped past Kennedale, 21-13,')
    before = text[:record.start]
    if record.said is not None:
        before = before[:record.said]
    else:
        opening = OPENING.search(before)
        before = before[:opening.start()] if opening else before
    match = HOLDER_BEFORE.search(before)
    if match is None or OPPONENT_BEFORE.search(before[:match.start()]) or (
            record.said is not None and NOT_SUBJECT_BEFORE.search(before[:match.start()])):
        return None
    return _name(match.group("name"))


NOT_SUBJECT_BEFORE = re.compile(r"(?:\b(?:or|with|both|of|for|at|in|from|by|than)|(?-i:[A-Z])[\w.&-]*,?\s+(?:and|or))"
                                r"\s+(?:the\s+)?$", re.I)
"""A name after a preposition or another name's 'and' is no subject of the record's verb ('X's record ... with
both Portland and Philadelphia stands at 284-286': ECB+ 5/ecb read, X's record); 'and' after a lower-case word
may open a clause ('... later and the Colts stand at 10-5'); a bracket binds its name ('in Seattle (7-9)')."""


OPPONENT_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeat(?:s|ed|ing)?|past|over|against|vs\.?|versus|edged|"
                             r"topped|downed|routed|lost\s+to|fell\s+to)\s+(?:the\s+)?$", re.I)
"""A name after a verb or preposition of a game is the opponent's, and the numbers after it the game's score
('won against the Ospreys (39-27)'; two gunviolence dev pages read: '... past X, 21-13,', '... against X, 39-27,')."""


def _name(words: str) -> str | None:
    """The holder's name, less a leading function word ('The Ospreys' → 'Ospreys'); None when no word names one."""
    kept = words.split()
    while kept and kept[0].lower().strip("'’") in NOT_NAMES:
        kept = kept[1:]
    return " ".join(kept) if kept and not any(w.lower() in NOT_NAMES for w in kept) else None


def _scope(text: str, record: Record) -> str | None:
    if record.opened == "bracket":
        return None
    match = SCOPE.match(text, record.end)
    scope = " ".join(match.group("scope").lower().split()) if match else ""
    return scope if scope and not WHOLE.match(scope) else None


def _points_claims(text: str) -> list[Claim]:
    claims = []
    for number in read_numbers(text):
        before, after = text[:number.start], text[number.end:]
        has, points = HAS_POINTS.search(before), POINTS_AFTER.match(after)
        measure = "career points"
        if has and points and (points.group("career") or has.group("now") or number.value > GAME_POINTS_MOST):
            holder, end = _name(has.group("name")), number.end + points.end()
        elif (named := RECORD_OF.search(before) or _passed(before, after)) and SCORING.search(text):
            holder, end = _name(named.group("name")), number.end
        elif (scored := SCORED.search(before)) and points and not points.group("career"):
            holder, end = _name(scored.group("name")), number.end + points.end()
            scope = SCOPE.match(text, end)
            measure = f"game points {scope.group('scope').lower()}" if scope else "game points"
        else:
            continue
        if holder is not None:
            claims.append(Claim(measure, holder, number, end))
    return claims


SCORED = re.compile(NAME + r"\s+(?:scored|had|added|finished\s+with|posted|totaled|tallied|contributed|chipped\s+in"
                    r"(?:\s+with)?|poured\s+in)\s+$")
"""'Vance scored 14 points', 'Vance had 12 points and four assists': a game's points of the named player (up to
:data:`GAME_POINTS_MOST`), its scope after it ('in the first half'); which game is the article's
(:func:`newsprism.values.final_score`, :func:`game_key`)."""


def game_key(measure: str, key: str, article_text: str) -> str | None:
    """The grouping key of a game's figure: the holder's, with the article's final score (a roundup's other games
    are other occasions: ECB+ 31/ecb read); None when the article writes no final score. Other figures: ``key``."""
    if not measure.startswith("game points"):
        return key
    score = final_score(article_text)
    return f"{key} @ {score[0]}-{score[1]}" if score else None


def _passed(before: str, after: str) -> re.Match[str] | None:
    return PASSED_NAME.search(before) if after.startswith(")") else None


def person_bracket(measure: str, key: str, text: str, offset: int) -> bool:
    """A record figure of a person's, written in a bracket or apposition at ``offset`` of ``text``: the conflicts
    stage reads those (:mod:`newsprism.conflicts.records`), so the figures leave them out."""
    return measure.startswith(RECORD_MEASURES) and key.startswith("person:") and any(
        r.start <= offset < r.end and r.opened != "stated" for r in stated_records(text))


def record_at(text: str, offset: int) -> Record | None:
    """The record whose words hold ``offset`` of ``text``."""
    return next((r for r in stated_records(text) if r.start <= offset < r.end), None)
