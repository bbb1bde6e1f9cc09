"""Who speaks, in the layouts news writing uses around a quotation: one sentence pattern per case, written for
these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest
from quoted_texts import quotes_of

from newsprism.quotes.people import PersonMention
from newsprism.quotes.speakers import SpeakerResolver

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
    ("a surname the tagger reads as a modal ('Will wrote')",
     "Citing the storm as a warning, Will urged voters to reject the plan.\n\n“The bridge is a folly. The council "
     "should admit it and start again,” Will wrote.", "The bridge is a folly. The council should admit it and start "
     "again", "Will"),
    ("a job title before the name after the quotation, tagged a verb",
     "The series ends this week.\n\n“We wrote the ending first,” screenwriter Ada Lindqvist wrote on her blog.",
     "We wrote the ending first", "Ada Lindqvist"),
    ("headline: a name, a colon and a quotation in curly single quotes",
     "Calloway: ‘We Will Not Sell The Port’\n\nMayor Ines Calloway spoke to the council on Monday.",
     "We Will Not Sell The Port", "Calloway"),
    ("headline: a name, a colon and a quotation in straight single quotes",
     "Brandt: 'No deal without the harbour'\n\nHugo Brandt spoke to the council on Monday.",
     "No deal without the harbour", "Hugo Brandt"),  # the fullest form the article names
    ("a quotation between dashes, attributed right after it",
     "Mr. Gupta mocked the mayor - “He would have sold the bridge,” Mr. Gupta said twice - and the crowd laughed.",
     "He would have sold the bridge", "Gupta"),
    ("the writer's words go on after the quotation, then the cue",
     "What is at stake is every ruling since 1990.\n\n''To count the rulings that might flip is "
     "staggering,'' since so many of those rulings passed by a single vote, said Lena Park, who teaches law.",
     "To count the rulings that might flip is staggering,'' since so many of those rulings passed by "
     "a single vote", "Lena Park"),
    ("two names labelling a newsletter item",
     "Turnout was low everywhere - Mark Ferrante and Jon Cole: “The count was incomplete when the polls closed.”",
     "The count was incomplete when the polls closed.", "Mark Ferrante"),
    ("a newsletter's 'More from' label",
     "What that means for the vote - More from Ferrante: “The count was incomplete when the polls closed.”",
     "The count was incomplete when the polls closed.", "Ferrante"),
    ("a dash label with a place after the name",
     "The council met on Friday.\n\n“The harbour is the heart of this town and it must stay open.”\n\n"
     "-Mina Sato, Fresno.\n\nThe vote is next week.",
     "The harbour is the heart of this town and it must stay open.", "Mina Sato"),
    ("a title's full stop inside the lead-in ('said of Mr. Gupta:')",
     "Dana Whitlock, a former aide to Mr. Gupta and now the party chair in Fresno, said of Mr. Gupta: "
     "''He is honest, but he is very stubborn.''", "He is honest, but he is very stubborn.", "Dana Whitlock"),
    ("a participle after a comma speaks for the clause's subject",
     "Band member Ada Lindqvist posted the update online on Monday, writing “So glad to be back on stage in "
     "our town.”", "So glad to be back on stage in our town.", "Ada Lindqvist"),
    ("a speaker the parse hangs on an earlier noun as an apposition",
     "Rather, sources close to the mayor say she backs the plan.\n\nIn a statement to the Courier, her senior "
     "adviser, Jake Sullivan, said: “Ines Calloway believes the harbour must stay open. She has always valued it.”",
     "Ines Calloway believes the harbour must stay open. She has always valued it.", "Jake Sullivan"),
    ("a newsletter's all-capitals headline before the excerpt",
     "TOP STORIES.\n\nBRIDGE TO REOPEN IN MAY “The bridge will reopen in May. The repairs are done.” [Post.]",
     "The bridge will reopen in May. The repairs are done.", "BRIDGE TO REOPEN IN MAY"),
    ("a name after the quotation dash (horizontal bar) and a no-break space",
     "Hugo Brandt opened the meeting.\n\n“The pier will be rebuilt before the summer, whatever it costs.” ―\u00a0"
     "Mina Sato\u00a0\n“Boats come back when the water is calm.” ― Oskar Lind\n",
     "Boats come back when the water is calm.", "Oskar Lind"),
    ("a pull quote signed on its last line inside the marks",
     "The harbour reopened on Monday, Hugo Brandt said.\n\n\"We will rebuild the pier before the summer.\n"
     "Mina Sato, harbour master.\"\n\nRepairs will cost millions.",
     "We will rebuild the pier before the summer.", "Mina Sato"),
]


@pytest.mark.parametrize(("pattern", "text", "words", "speaker"), PATTERNS, ids=[case[0] for case in PATTERNS])
def test_speaker_in_layout(resources, pattern: str, text: str, words: str, speaker: str) -> None:
    found = [q for q in quotes_of(resources, text) if q.content.text == words]
    assert found, (pattern, [q.content.text for q in quotes_of(resources, text)])
    assert found[0].speaker == speaker, pattern
    assert found[0].source is not None
    source = found[0].source.text
    assert speaker in source or source in speaker or source.lower() in ("he", "she"), source


@pytest.mark.parametrize(("text", "cue"), [
    ("“We lost the vote,” Ines Calloway answered.", "answered"),
    ("“Open the harbour!” the crowd chanted.", "chanted"),
    ("“Closed for repairs,” the sign read.", "read"),
])
def test_added_speech_verbs_are_cues(resources, text: str, cue: str) -> None:
    direct = [q for q in quotes_of(resources, text) if q.kind == "direct"]
    assert direct and direct[0].cue is not None and direct[0].cue.text == cue


@pytest.mark.parametrize(("source", "speaker"), [
    ("Hugo Brandt’s longtime friend Oskar Lind", "Oskar Lind"),
    ("Oskar Lind, a friend of Hugo Brandt", "Oskar Lind"),
    ("Hugo Brandt's", "Hugo Brandt"),
])
def test_a_possessive_name_in_the_source_is_not_the_speaker(source: str, speaker: str) -> None:
    people = [PersonMention(at, at + len(name), name) for name in ("Hugo Brandt", "Oskar Lind")
              if (at := source.find(name)) >= 0]
    assert SpeakerResolver(people).resolve(source, 0) == speaker


@pytest.mark.parametrize(("text", "words"), [
    ("Ines Calloway sang at the end.\n\n\"Thank you all so much.\nThank You And Goodnight\"\n\nThe crowd left.",
     "Thank you all so much.\nThank You And Goodnight"),
    ("Hugo Brandt read the letter.\n\n\"We are done here.\nOskar Lind said so too.\"\n\nNobody answered.",
     "We are done here.\nOskar Lind said so too."),
])
def test_a_last_line_that_names_nobody_or_speaks_is_no_signature(resources, text: str, words: str) -> None:
    direct = [q for q in quotes_of(resources, text) if q.kind == "direct"]
    assert [q.content.text for q in direct] == [words]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The ferry Marlow Star sank near the pier on Sunday. “We saw smoke first,” the harbour officer said. "
     "The crew swam to the beach, he said.", "The crew swam to the beach", "the harbour officer"),
    ("The winner of the Tarn Prize, Hugo Brandt, spoke last. “We are thrilled,” he said.",
     "We are thrilled", "Hugo Brandt"),
    ("The coast guard said the ferry had sunk near the pier. The crew would be flown home, it said on Monday.",
     "The crew would be flown home", "The coast guard"),
    ("Port Minister Hugo Brandt spoke on Monday. Ferry traffic fell by a third, port data showed. "
     "He said the new pier would open in May.", "the new pier would open in May", "Hugo Brandt"),
])
def test_he_after_a_described_speaker_or_past_a_name_that_modifies(resources, text: str, words: str,
                                                                   speaker: str) -> None:
    found = [q for q in quotes_of(resources, text) if q.content.text.startswith(words)]
    assert found and found[0].speaker == speaker, [(q.content.text, q.speaker) for q in quotes_of(resources, text)]


def test_a_described_speaker_stands_for_the_person_given_that_title() -> None:
    people = [PersonMention(9, 20, "Mina Sato", title="comedian", title_start=0)]
    assert SpeakerResolver(people).resolve("the comedian", 60) == "Mina Sato"
    assert SpeakerResolver(people).resolve("the mayor", 60) == "the mayor"


def test_a_name_cut_off_after_its_source_phrase_is_the_speaker() -> None:
    people = [PersonMention(24, 35, "Craig Zadan", title="producers", title_start=14)]
    assert SpeakerResolver(people).resolve("Academy Award producers", 0) == "Craig Zadan"
