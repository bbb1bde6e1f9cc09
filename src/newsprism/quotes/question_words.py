"""Quoted words that are not the statement of the one the sentence credits: a word of a question put to someone
('Asked whether the plan was “dead,” Vell said …': the asker's word, not the answer; AllSides crawled 5946, E30's
seed-114 reading of issue #19, gave it to the one answering) and a term that
someone rejects ('Pell rejected the term “bailout,” saying …': the word he refuses is not his statement)."""

from __future__ import annotations

import re

from newsprism.quotes.attribution import Range

QUESTION_REACH = 80
"""Most characters between 'asked whether/why …' and the opening mark of the question's quoted word (5946's 'Asked
why he was “confident”' has 16; a question longer than a line is rarely written around one quoted word)."""
_ASKED = re.compile(r"(?:\b(?-i:Asked)|\b(?:when|after|once|if|being|was|were|been|is|are)\s+asked)\s+"
                    r"(?:whether|if|why|how|what)\b[^.?!;,:\"“”]*[\"“]\s*$", re.IGNORECASE)
"""A question put to someone ('Asked whether/why …', 'when asked if …', 'was asked why …') up to the quotation's
opening mark, with no comma, stop or other quotation between: the quoted word is inside the question ('Asked
whether the plan was “dead,” Vell said' keeps the comma after the question, so 'Asked whether he would run, Vell
said “…”' is Vell's). One who asks ('Ortan asked why the council was “hiding the numbers”') asks in her own words:
not matched."""
_REJECTED = re.compile(r"\b(?:reject|dispute|den(?:y|ie|ying)|disavow|object(?:s|ed|ing)?\s+to|"
                       r"push(?:es|ed|ing)?\s+back\s+(?:on|against))\w*\s+(?:the|that|this|a)\s+"
                       r"(?:term|label|word|phrase|description|characteri[sz]ation)\s*[\"“]\s*$", re.IGNORECASE)
"""'rejected/disputed/denied the term/label/word “…”': the quoted words that follow are a term refused, not said."""


def question_or_rejected_term(text: str, content: Range) -> bool:
    """The partial quotation at ``content`` is a word of a question put to the one credited (:data:`_ASKED`) or a
    term that someone rejects (:data:`_REJECTED`)."""
    before = text[max(0, content[0] - QUESTION_REACH):content[0]]
    return _ASKED.search(before) is not None or _REJECTED.search(before) is not None
