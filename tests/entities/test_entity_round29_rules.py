"""Entities as issue #19's twenty-ninth round found them wrong on real stories, on sentences written for these
tests: a vaccine's maker spaCy tags a person ("Lumo's vaccine", "the Lumo (LUM.N) vaccine"), a listed company's
ticker in brackets kept as a name of its own, a data firm that "surveyed" analysts typed a person, a sentence's
capitalised first word kept as a name where only a title writes it in lower case, and a court case cut into its
parties."""

from __future__ import annotations

from entity_texts import analyse, cue_of

from newsprism.entities.makers import maker_end
from newsprism.entities.mentions import make_mention
from newsprism.entities.spread import drop_common_words
from newsprism.nlp.resources import NlpResources


def test_a_possessive_before_a_vaccine_makes_its_maker() -> None:
    for text in ("The state ordered 40,000 doses of Varlex's Kopa-19 vaccine for its clinics.",
                 "Officials said the Varlex coronavirus vaccine is safe for teenagers.",
                 "Varlex's vaccine, the agency said, works against the new strain."):
        found = cue_of(text, "Varlex")
        assert found is not None and found.type == "organisation", text


def test_makers_listed_before_vaccines_are_companies() -> None:
    text = "The nation will share doses of the approved Varlex, Kadem and Tovana & Tovana vaccines to clinics abroad."
    for name in ("Varlex", "Kadem", "Tovana & Tovana"):
        found = cue_of(text, name)
        assert found is not None and found.type == "organisation", name


def test_makers_paired_or_offered_as_choices_before_vaccines_are_companies() -> None:
    for text, name in (("Nurses were denied the Varlex/Kadem vaccine last month.", "Varlex"),
                       ("Clinics gave the Varlex or Kadem vaccines, officials said.", "Kadem"),
                       ("The agency cleared Varlex-Kadem and Tovana's Kopa-19 vaccines for teenagers.", "Tovana"),
                       ("A panel backed the Varlex-Kadem coronavirus booster shots for older people.", "Varlex")):
        found = cue_of(text, name)
        assert found is not None and found.type == "organisation", text


def test_a_leaders_vaccine_policy_makes_no_company() -> None:
    for text in ("Governors sued over Orin Varlo's vaccine mandate last week.", "Brazil's vaccine is cheaper.",
                 "Governors fought the Varlo or Kade vaccine mandates."):
        found = cue_of(text, "Varlo" if "Varlo" in text else "Brazil")
        assert found is None or found.type != "organisation", text


def test_a_ticker_after_a_name_makes_a_company() -> None:
    for text, name in (("Shares of Varlex (VRX.N) rose 3%.", "Varlex"),
                       ("Tovana Inc (NYSE: TVN) said on Monday it would cut jobs.", "Tovana Inc")):
        found = cue_of(text, name)
        assert found is not None and found.type == "organisation", text


def test_a_vaccine_maker_is_one_company_and_its_ticker_no_name(resources: NlpResources) -> None:
    index = analyse(resources,
                     "The country will buy 300 million doses of the Varlex (VRX.N) vaccine, officials said on Friday.",
                     "Health officials will ship Varlex's Kopa-19 vaccine to 40 poorer nations this year.",
                     "Donated shots of the Varlex vaccine will reach clinics in June, the ministry said.")
    makers = [e for e in index.entities if e.name == "Varlex"]
    assert [e.type for e in makers] == ["organisation"]
    assert not [e for e in index.entities if "VRX" in e.name]


def test_who_surveyed_analysts_is_a_body() -> None:
    for text in ("Economists surveyed by Varlex had expected a 0.4% rise.", "Analysts polled by Varlex saw 5% growth."):
        found = cue_of(text, "Varlex")
        assert found is not None and found.type == "organisation", text


def test_a_possessive_after_surveyed_by_names_no_body() -> None:
    found = cue_of("Voters polled by Orin Varlo's firm backed the plan.", "Orin Varlo")
    assert found is None or found.type != "organisation"


def test_a_sentence_opener_a_title_writes_in_lower_case_is_no_name() -> None:
    text = "Brushfires are spreading across the valley as the heat builds."
    tagged = make_mention("a0", text, (0, len("Brushfires")), "person", 0)
    assert drop_common_words([[tagged]], [text], ["Dry brushfires force thousands to flee"]) == [[]]
    assert drop_common_words([[tagged]], [text], ["Thousands Flee As Fires Spread"]) == [[tagged]]


def test_a_titles_lower_case_word_leaves_a_name_inside_a_sentence() -> None:
    text = "A short video called Lumodemic spread online this week."
    start = text.index("Lumodemic")
    tagged = make_mention("a0", text, (start, start + len("Lumodemic")), "organisation", 0)
    assert drop_common_words([[tagged]], [text], ["Why some believe in a 'lumodemic'"]) == [[tagged]]


def test_a_court_case_names_no_party(resources: NlpResources) -> None:
    texts = ("The justices may revisit Lumo Health v. Tarrant, the 1994 ruling, this term.",
             "Lawyers argued the state law breaks the rule of Lumo Health v. Tarrant.",
             "The court will weigh whether to overturn Dorsey v. Wade and Kade Parenthood v. Casey next year.")
    index = analyse(resources, *texts)
    for entity in index.entities:
        for m in entity.mentions:
            text = texts[int(m.article[1:])]
            assert not text[m.end:].startswith(" v.") and not text[:m.start].endswith("v. "), entity.name


def test_a_disease_run_into_a_makers_name_before_a_vaccine_is_cut() -> None:
    for text, name, maker in (("Clinics resumed the Varlex COVID-19 vaccine on Friday.", "Varlex COVID-19", "Varlex"),
                              ("The Tovana & Tovana Covid-19 shots arrived.", "Tovana & Tovana Covid-19",
                               "Tovana & Tovana"),
                              ("The Varlex Health vaccine arrived.", "Varlex Health", "Varlex Health")):
        start = text.index(name)
        assert text[start:maker_end(text, start, start + len(name))] == maker, text


def test_a_firms_name_of_one_name_twice_is_no_pair(resources: NlpResources) -> None:
    index = analyse(resources,
                     "Regulators paused the Tovana & Tovana vaccine on Tuesday. Tovana said the pause was brief.",
                     "Clinics will resume the Tovana & Tovana vaccine, health officials said.",
                     "The Tovana and Tovana vaccine will return, Tovana officials said.")
    firms = [e for e in index.entities if e.name == "Tovana & Tovana"]
    assert [e.type for e in firms] == ["organisation"] and len(firms[0].mentions) == 2
