"""Of which part of the event or subject a figure is: a venue ('80 at the Bataclan'), the party whose seats it
counts, the aftershock a magnitude is of, a count with the attacker in it."""

from __future__ import annotations

import re

from newsprism.figures.sentence_counts import Claim

SCOPE = re.compile(r"^\s*,?\s*(?i:at|inside|outside|near)\s+(?P<scope>(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s*){1,4}|"
                   r"(?i:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?i:restaurant|bar|cafe|café|hall|venue|stadium|school|"
                   r"club|church|mosque|hospital|station|market|concert|theater|theatre|home|house|apartment|party)"
                   r"\b)")
"""'killed at the Bataclan', 'wounded at a restaurant': a figure of one venue, not of the whole event."""
QUAKE_PARTS = re.compile(r"\b(aftershocks?|foreshocks?|tremors?)\b", re.I)
WITH_ATTACKER = re.compile(r"^[^.;]{0,40}?\(?\s*including\s+(?:the\s+|a\s+)?(?:shooter|gunman|gunmen|attackers?|"
                           r"assailants?|suspects?|bombers?|perpetrators?|killers?)\b", re.I)
"""'Five people were hurt (including the gunman)': a count with the attacker in it is a measure of its own."""


GROUP_APPOSITIVE = re.compile(r"^(?:\s*[\w'’-]+){0,3}?\s*,?\s*(?:the|its|their)\s+(?:first|only|latest|last|"
                              r"(?:[\w'’-]+\s+)?known)\s+(?P<group>[A-Z][a-z'’-]+)\s+(?:casualties|deaths|dead|victims|"
                              r"fatalities)\b")
"""A count named by an appositive of one side or nation ('killing two porters, the first Varnish casualties of the
raids'): the count of that group, not of the whole event (issue #18: the h18audit's NeuS train 2134 = AllSides 6054,
two of one country's dead grouped with the other side's toll)."""


def scoped(claim: Claim, text: str) -> Claim:
    """Add the venue a figure is of ('killed at the Bataclan'), the party whose seats it counts, the aftershock a
    magnitude is of."""
    if claim.measure == "seats":
        return Claim(claim.measure, _party(text[:claim.number.start]), claim.number, claim.end)
    if claim.measure == "magnitude":
        part = QUAKE_PARTS.search(text[claim.number.start:claim.number.start + 60])
        return Claim(claim.measure, part.group(1).lower().rstrip("s") if part else None, claim.number, claim.end)
    if WITH_ATTACKER.match(text[claim.end:claim.end + 80]):
        return Claim(claim.measure, "including the attacker", claim.number, claim.end)
    group = GROUP_APPOSITIVE.match(text[claim.end:claim.end + 80])
    if group is not None and claim.subject is None:
        return Claim(claim.measure, group.group("group").lower(), claim.number, claim.end)
    scope = SCOPE.match(text[claim.end:claim.end + 80])
    if scope is None:
        return claim
    where = " ".join(scope.group("scope").split()).rstrip(",.")
    subject = f"{claim.subject} at {where}" if claim.subject else f"at {where}"
    return Claim(claim.measure, subject, claim.number, claim.end)


def _party(before: str) -> str | None:
    """The names before 'won 129 seats' in the same clause ('New Democracy', 'Syriza and Pasok')."""
    clause = re.split(r"[;:]|,\s(?!and\b)|\bwhile\b|\bwhereas\b", before)[-1]
    names = re.findall(r"(?:[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)", clause)
    names = [n for n in names if n.lower() not in ("the", "a", "it", "they", "he", "she", "in", "on")]
    if not names:
        return None
    joined = re.search(r"\band\b|\bwith\b|\btogether\b|\bcoalition\b", clause[clause.find(names[0]):])
    return " and ".join(names) if joined and len(names) > 1 else names[-1]
