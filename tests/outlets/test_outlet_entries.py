"""The outlets stage on records written here: names, how each source got its text, exclusive and omitted facts,
quoted sources, headlines and wording."""

from __future__ import annotations

from types import SimpleNamespace

from newsprism.model import (
    Article,
    Evidence,
    Fact,
    Figure,
    FigureSide,
    FigureValue,
    Quote,
    QuoteVariant,
    Reuse,
    Sentence,
)
from newsprism.outlets import OutletInput, describe_outlets, headline_marks, source_names
from newsprism.outlets.content import copies_of
from newsprism.outlets.names import domain, reader_label
from newsprism.outlets.quoted import quoted_sources, speaker_kind
from newsprism.outlets.wording import differing_words, find_wording


def article(name: str, sentences: list[str], outlet: str | None = None, **fields: str) -> Article:
    spans, start = [], 0
    for sentence in sentences:
        spans.append(Sentence(start=start, end=start + len(sentence), text=sentence))
        start += len(sentence) + 1
    return Article(id=name, source=f"/home/reader/news/{name}.txt", format="text", text=" ".join(sentences),
                   sentences=spans, outlet=outlet, **fields)


def span(a: Article, index: int) -> Evidence:
    s = a.sentences[index]
    return Evidence(article=a.id, start=s.start, end=s.end, text=s.text)


def fact(*items: Evidence, origins: int) -> Fact:
    return Fact(text=items[0].text, evidence=list(items), articles=len({e.article for e in items}), origins=origins)


WIRE = article("wire-1", ["The council approved the new bridge on Monday after a long debate.",
                          "The bridge will cost 40 million crowns and open in 2027.",
                          "Mayor Lena Holt called the vote a turning point for the town."], credit="Wire")
REPRINT = article("reprint-2", ["The council approved the new bridge on Monday after a long debate.",
                                "The bridge will cost 40 million crowns and open in 2027."], "The Valley Post")
OWN = article("own-3", ["Councillors backed the bridge on Monday by nine votes to four.",
                        "The bridge will cost 40 million crowns, officials said.",
                        "Opponents called the plan a baseless waste of public money."], "Riverside Daily",
              url="https://www.riverside.example/news/bridge")
OTHER = article("other-4", ["The council approved the bridge on Monday.",
                            "Residents near the site worry about traffic during the works."])
STORY = [WIRE, REPRINT, OWN, OTHER]
REUSE = [Reuse(a=WIRE.id, b=REPRINT.id, relation="verbatim", source=WIRE.id, coverage=1.0,
               passages=[(0, 0, 1.0), (1, 1, 1.0)]),
         Reuse(a=WIRE.id, b=OWN.id, relation="independent", source=None, coverage=0.3,
               passages=[(1, 1, 0.8)]),
         Reuse(a=REPRINT.id, b=OWN.id, relation="independent", source=None, coverage=0.3),
         Reuse(a=WIRE.id, b=OTHER.id, relation="independent", source=None, coverage=0.2),
         Reuse(a=REPRINT.id, b=OTHER.id, relation="independent", source=None, coverage=0.2),
         Reuse(a=OWN.id, b=OTHER.id, relation="independent", source=None, coverage=0.2)]
FACTS = [fact(span(WIRE, 0), span(REPRINT, 0), span(OWN, 0), span(OTHER, 0), origins=3),
         fact(span(WIRE, 1), span(REPRINT, 1), span(OWN, 1), origins=2)]


def variant(a: Article, index: int, speaker: str | None, entity: str | None = None) -> QuoteVariant:
    return QuoteVariant(kind="indirect", content=span(a, index), source=None, cue=None, speaker=speaker,
                        entity=entity)


QUOTES = [Quote(kind="indirect", text="x", speaker="Lena Holt", variants=[variant(WIRE, 2, "Lena Holt", "person:holt")],
                articles=1),
          Quote(kind="indirect", text="y", speaker="officials", variants=[variant(OWN, 1, "officials")], articles=1),
          Quote(kind="indirect", text="z", speaker="Opponents", variants=[variant(OWN, 2, "they")], articles=1)]


def outlets() -> dict[str, object]:
    view = describe_outlets(OutletInput(STORY, REUSE, FACTS, QUOTES))
    return {o.article: o for o in view.outlets}


def test_sources_are_named_by_outlet_or_unnamed_source_n_never_by_id() -> None:
    names = source_names(STORY)
    assert names == {"wire-1": "unnamed source 1", "reprint-2": "The Valley Post", "own-3": "Riverside Daily",
                     "other-4": "unnamed source 2"}


def test_the_readers_own_label_is_the_file_name_or_the_url() -> None:
    assert reader_label(WIRE) == "wire-1.txt"
    assert reader_label(OWN) == "https://www.riverside.example/news/bridge"
    assert domain(OWN.url) == "riverside.example" and domain(None) is None


def test_each_source_says_how_it_got_its_text() -> None:
    found = outlets()
    assert found["reprint-2"].origin.how == "reprint" and found["reprint-2"].origin.of == "wire-1"
    assert found["wire-1"].origin.how == "own" and found["own-3"].origin.how == "own"


def test_a_rewrite_and_text_shared_in_an_unknown_direction_are_told_apart() -> None:
    rewrite = [r.model_copy(update={"relation": "rewrite"}) if r.b == REPRINT.id and r.a == WIRE.id else r
               for r in REUSE]
    view = describe_outlets(OutletInput(STORY, rewrite, FACTS, QUOTES))
    assert view.outlets[1].origin.how == "rewrite"
    unknown = [r.model_copy(update={"source": None}) if r.b == REPRINT.id and r.a == WIRE.id else r for r in REUSE]
    view = describe_outlets(OutletInput(STORY, unknown, FACTS, QUOTES))
    assert (view.outlets[0].origin.how, view.outlets[0].origin.of) == ("shared", "reprint-2")


def test_exclusive_facts_leave_out_what_others_say_but_not_the_sources_own_copies() -> None:
    found = outlets()
    assert [e.text for e in found["wire-1"].exclusive] == [WIRE.sentences[2].text]
    assert found["reprint-2"].exclusive == []
    assert [e.text for e in found["own-3"].exclusive] == [OWN.sentences[2].text]
    assert all(e.text == OWN.text[e.start:e.end] for e in found["own-3"].exclusive)


def test_a_short_sentence_is_no_exclusive_fact() -> None:
    short = article("short-5", ["Read more here.", "The bridge opens in a town with no other crossing for miles."])
    view = describe_outlets(OutletInput([short], [], [], []))
    assert [e.text for e in view.outlets[0].exclusive] == [short.sentences[1].text]


def test_omitted_facts_are_those_most_other_origins_state() -> None:
    found = outlets()
    omitted = {o: [m.fact for m in found[o].omitted] for o in found}
    assert omitted["other-4"] == [1]  # the cost: the wire (and its reprint) and the own report, 2 of 2 other origins
    assert omitted["wire-1"] == [] and omitted["own-3"] == []


def test_copies_are_followed_through_a_chain() -> None:
    chain = [Reuse(a="a", b="b", relation="verbatim", source="a", coverage=1.0),
             Reuse(a="b", b="c", relation="rewrite", source="b", coverage=0.9)]
    assert copies_of(chain) == {"a": {"b", "c"}, "b": {"c"}}


def test_named_and_unnamed_sources_are_told_apart_and_pronouns_left_out() -> None:
    found = outlets()
    assert [(q.name, q.anonymous) for q in found["wire-1"].quoted] == [("Lena Holt", False)]
    assert [(q.name, q.anonymous) for q in found["own-3"].quoted] == [("officials", True)]
    assert quoted_sources("other-4", QUOTES) == []


def test_speaker_kinds_from_the_speakers_words() -> None:
    def kind(speaker: str, entity: str | None = None) -> str | None:
        return speaker_kind(variant(OWN, 0, speaker, entity))

    assert kind("a senior official") == "anonymous" and kind("a hospital spokeswoman") == "anonymous"
    assert kind("the port authority") == "named" and kind("The South Korean Joint Chiefs") == "named"
    assert kind("she") is None and kind("The leaders") is None
    assert kind("Holt", "person:holt") == "named"


def test_the_quote_stages_anonymous_flag_decides_where_it_is_given() -> None:
    flagged = SimpleNamespace(anonymous=True, speaker="a person close to the mayor", entity="person:x")
    assert speaker_kind(flagged) == "anonymous"  # type: ignore[arg-type]


def test_headline_words_no_other_headline_uses_are_marked() -> None:
    titles = {"a": "Council approves bridge after long debate", "b": "Council backs monster bridge plan",
              "c": "Bridge approved by council"}
    marks = headline_marks(titles)
    marked = {k: [titles[k][s:e] for s, e in v] for k, v in marks.items()}
    assert marked["a"] == ["long", "debate"]  # 'approves' is 'approved' in another form; 'after' is grammar
    assert marked["b"] == ["backs", "monster", "plan"]
    assert marked["c"] == []
    assert headline_marks({"a": "One headline alone"}) == {"a": []}


def test_evaluative_words_that_differ_make_a_wording_pair() -> None:
    plain = article("p", ["The mayor said the lawsuit was without merit."])
    loaded = article("l", ["The mayor claimed the baseless lawsuit was without merit."])
    pair = Reuse(a="p", b="l", relation="independent", source=None, coverage=0.2,
                 passages=[(0, 0, 0.9)])
    (found,) = find_wording([pair], [plain, loaded])
    assert found.a_words == [] and [w.text for w in found.b_words] == ["claimed", "baseless"]
    assert all(loaded.text[w.start:w.end] == w.text for w in found.b_words)


def test_plain_rewording_and_technical_terms_are_no_wording_pair() -> None:
    a = article("a", ["The UN sanctions regime bans the sale of fuel to the country."])
    b = article("b", ["The sanctions regime of the UN forbids selling fuel to the country."])
    pair = Reuse(a="a", b="b", relation="independent", source=None, coverage=0.2,
                 passages=[(0, 0, 0.9)])
    assert find_wording([pair], [a, b]) == []
    assert differing_words(span(a, 0), span(a, 0)) == []


def test_each_source_lists_the_figures_it_gives() -> None:
    def value(a: Article, written: str) -> FigureValue:
        start = a.text.index(written)
        words = Evidence(article=a.id, start=start, end=start + len(written), text=written)
        return FigureValue(article=a.id, value=40e6, qualifier="exact", written=written, mention=words,
                           evidence=span(a, 1))

    cost = Figure(measure="amount", about="the bridge's cost", verdict="agreed", history="40 million crowns",
                  values=[value(WIRE, "40 million crowns"), value(OWN, "40 million crowns")],
                  sides=[FigureSide(claim="40 million crowns", articles=[WIRE.id, OWN.id], origins=2,
                                    **({"value": 40e6} if "value" in FigureSide.model_fields else {}))])
    view = describe_outlets(OutletInput(STORY, REUSE, FACTS, QUOTES, [cost]))
    given = {o.article: [(f.figure, f.written) for f in o.figures] for o in view.outlets}
    assert given == {"wire-1": [(0, "40 million crowns")], "reprint-2": [], "own-3": [(0, "40 million crowns")],
                     "other-4": []}
