"""quotes/issued.py: words that go on from a statement whose issuer the sentence right before names ('In a statement
released late Sunday, X called for … ¶ “…' with the credit cut by the crawl; 'In a press release, the agency said …
Those groups include adults at “…”' with no credit) are the issuer's, not those of the last person that sentence
names in a relative clause, nor no one's (issue #19: AllSides 6016#4, E29's seed-110 reading; 5678#2, R5s's
seed-109 reading); in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

CUT = ("The navy has condemned Vestria for seizing a cargo ship near the strait.\n\n"
       "In a statement released late Sunday, Foreign Minister Ivo Marsh called for the immediate release of Tomas "
       "Brel, a reporter critical of Vestrian President Karl Odo who was held after the ship docked at Port Lune.\n\n"
       "\u201cOur government condemns the seizure of the vessel and the detention of the reporter Tomas...")
RELEASE = ("In a press release on Tuesday, the Lumo Health Agency said it has cleared a second dose for adults over "
           "70. Those groups include adults who are at \"high risk of serious illness\" from the virus.")
NO_STATEMENT = ("The navy has condemned Vestria for seizing a cargo ship near the strait.\n\n"
                "On Sunday, Foreign Minister Ivo Marsh called for the immediate release of Tomas Brel, a reporter "
                "critical of Vestrian President Karl Odo who was held after the ship docked at Port Lune.\n\n"
                "\u201cOur government condemns the seizure of the vessel and the detention of the reporter Tomas...")


def test_a_cut_statement_is_its_issuers(resources: NlpResources) -> None:
    assert [q.speaker for q in quotes_of(resources, CUT) if q.kind == "direct"] == ["Ivo Marsh"]


def test_a_press_release_goes_on_in_the_next_sentence(resources: NlpResources) -> None:
    assert [q.speaker for q in quotes_of(resources, RELEASE) if q.kind == "partial"] == ["the Lumo Health Agency"]


def test_without_a_statement_the_subject_still_leads(resources: NlpResources) -> None:
    """Without 'in a statement' no document is put out; the sentence's subject still leads into the quotation
    (:func:`~newsprism.quotes.leads.paragraph_lead`), not the president named in its relative clause."""
    assert [q.speaker for q in quotes_of(resources, NO_STATEMENT) if q.kind == "direct"] == ["Ivo Marsh"]
