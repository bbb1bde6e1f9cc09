"""A full name spaCy left untagged while it tagged the surname alone a body (untagged_names.untagged_full_names): the
surname followed in its clause by "he"/"she" is a person's, and the capitalised word before it inside a sentence is
the given name. Sentences written for these tests; spaCy's tags are made by hand in the unit tests, as its tags
of invented names vary."""

from __future__ import annotations

from entity_texts import analyse, held_record

from newsprism.entities.mentions import make_mention
from newsprism.entities.untagged_names import untagged_full_names
from newsprism.nlp.resources import NlpResources

TEXT = ("Three of Tarun Velkor's flats stood empty in May. The bank now asks Velkor for $9,000.\n\n"
        "Velkor said he has sold one house.")


def _tagged(text: str, word: str, label: str = "organisation") -> list:
    starts = [i for i in range(len(text)) if text.startswith(word, i) and not text[i - 1:i].isalpha()]
    return [make_mention("a", text, (start, start + len(word)), label, 0) for start in starts]


def test_the_untagged_full_name_joins_as_a_person() -> None:
    mentions = _tagged(TEXT, "Velkor")
    found = untagged_full_names([mentions], [TEXT])[0]
    assert [(m.text, m.label) for m in found] == [
        ("Tarun Velkor", "person"), ("Velkor", "organisation"), ("Velkor", "organisation")]


def test_a_body_no_pronoun_follows_is_left_alone() -> None:
    text = "Shares of Lumo Kade rose in May. Kade said it would hire more staff."
    mentions = _tagged(text, "Kade")[1:]
    assert untagged_full_names([mentions], [text])[0] == mentions


def test_a_landlord_spacy_tags_a_body_by_his_surname_is_a_person(resources: NlpResources) -> None:
    index = analyse(resources, "Two of Raj Pelkram’s renters have paid nothing since January. Another woman has not "
                               "paid him in a year. She owes Pelkram about $14,000.\n\nPelkram said he may have to "
                               "sell one of his buildings in Utica. Pelkram said the city has fined him twice.")
    assert held_record(index, "Raj Pelkram") == ("Raj Pelkram", "person", ["Pelkram", "Raj Pelkram"])
