"""Who speaks, in the layouts news writing uses around a quotation: one sentence pattern per case, written for
these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.model import Article, QuoteVariant
from newsprism.nlp.sentences import parse
from newsprism.quotes.extract import find_quotes


def quotes_of(resources, text: str) -> list[QuoteVariant]:
    article = Article(id="a", source="a.txt", format="text", text=text)
    return find_quotes(parse([article], resources, NlpConfig())[0])


PATTERNS = [  # pattern, text, the quoted words, the speaker (named in the source words, or by the pronoun there)
    ("lead-in verb that is no speech verb",
     "After the council voted, Mayor Ines Calloway shot back, “This vote will not stand.”",
     "This vote will not stand.", "Ines Calloway"),
    ("lead-in verb before a colon, past a relative clause naming someone else",
     "Councillor Dana Whitlock, who sat beside Hugo Brandt, summed it up: “We have no money left for the roads.”",
     "We have no money left for the roads.", "Dana Whitlock"),
    ("cue below a preposition ('before saying')",
     "Senator Ravi Gupta dodged questions about Mayor Ines Calloway for an hour before saying, "
     "“The bridge will be built.”", "The bridge will be built.", "Ravi Gupta"),
    ("cue joined to what the speaker said ('said it was close but added')",
     "Ravi Gupta said the vote was close but added, “We won it fairly and we will govern fairly.”",
     "We won it fairly and we will govern fairly.", "Ravi Gupta"),
    ("inverted cue with the speaker after it",
     "Commuters were angry on Monday. “We need more buses and fewer promises,” added a Fresno commuter.",
     "We need more buses and fewer promises", "a Fresno commuter"),
    ("name and speech verb after the quotation, the verb read as a noun",
     "The water kept rising overnight. “The river has never been this high,” Okonkwo notes.",
     "The river has never been this high", "Okonkwo"),
    ("speaker with an apposition holding a verb",
     "Hugo Brandt was there too. “We were ready for the storm,” Mina Sato, wearing the team's red scarf, said "
     "after the match.", "We were ready for the storm", "Mina Sato"),
    ("no comma before the closing mark",
     "\"The budget is balanced for the first time in years\" Lena Park responded.",
     "The budget is balanced for the first time in years", "Lena Park"),
    ("newsletter label behind a headline and a dash",
     "Hugo Brandt counted the ballots in Fresno.\n\nTurnout was low everywhere - Mark Ferrante: "
     "“The count was incomplete when the polls closed.”", "The count was incomplete when the polls closed.",
     "Mark Ferrante"),
    ("unattributed paragraph after reported speech goes on with its speaker",
     "“The soil is poor,” said Hugo Brandt.\n\nAda Lindqvist said her neighbours laughed at the garden plan.\n\n"
     "“But it is our plan, and we love it!”", "But it is our plan, and we love it!", "Ada Lindqvist"),
    ("participle describing the speaker ('X, the treasurer, tweeted in response:')",
     "Lena Park, the treasurer who replaced Hugo Brandt, tweeted in response: “Nothing is missing from the "
     "accounts.”", "Nothing is missing from the accounts.", "Lena Park"),
    ("cue before the quotation wins over a nearer cue after it",
     "Oskar Brandt spoke on the radio on Tuesday.\n\nOn the radio, he said, “I never promised to pay the fees.” "
     "Asked about it later, Mayor Ruth Keller replied, “Maybe so.”", "I never promised to pay the fees.",
     "Oskar Brandt"),
    ("who issued the statement speaks, not the statement",
     "Tomas Reyes met Hugo Brandt and then issued a statement on Friday saying, “We regret the delay at the "
     "harbour.”", "We regret the delay at the harbour.", "Tomas Reyes"),
    ("interjected is a speech verb",
     "Hugo Brandt, who chairs the board, interjected: “The harbour stays open.”", "The harbour stays open.",
     "Hugo Brandt"),
    ("a sentence after a closed quotation does not attribute it",
     "Ana Ruiz spoke first: “The plan is ready for the vote.” The Post reported the speech on Monday.",
     "The plan is ready for the vote.", "Ana Ruiz"),
    ("the listener of 'told' is not the speaker",
     "“We will reopen the pier in May,” the mayor told reporters on Monday.",
     "We will reopen the pier in May", "the mayor"),
]


@pytest.mark.parametrize(("pattern", "text", "words", "speaker"), PATTERNS, ids=[case[0] for case in PATTERNS])
def test_speaker_in_layout(resources, pattern: str, text: str, words: str, speaker: str) -> None:
    found = [q for q in quotes_of(resources, text) if q.content.text == words]
    assert found, (pattern, [q.content.text for q in quotes_of(resources, text)])
    assert found[0].speaker == speaker, pattern
    assert found[0].source is not None
    source = found[0].source.text
    assert speaker in source or source.lower() in ("he", "she"), source


@pytest.mark.parametrize(("text", "cue"), [
    ("“We lost the vote,” Ines Calloway answered.", "answered"),
    ("“Open the harbour!” the crowd chanted.", "chanted"),
    ("“Closed for repairs,” the sign read.", "read"),
])
def test_added_speech_verbs_are_cues(resources, text: str, cue: str) -> None:
    direct = [q for q in quotes_of(resources, text) if q.kind == "direct"]
    assert direct and direct[0].cue is not None and direct[0].cue.text == cue
