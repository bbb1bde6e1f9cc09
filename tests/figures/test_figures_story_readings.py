"""Figures `pipeline.analyze_raw` gives a whole story, shaped like the dev residue pages read
(issue #18): a roundup page beside a page about the event, a venue's count, others hurt beside victims described,
no injuries beside a victim described hurt, an early report's victim who died. Texts written for the test, no
publisher's text."""

from __future__ import annotations

from newsprism.figures.headline import headline
from newsprism.ingest.raw import RawArticle
from newsprism.model import Report
from newsprism.pipeline import analyze_raw


def test_a_page_that_counts_other_shootings_gives_one_victim_described(resources) -> None:
    text = ("Omar Pike, 31, was shot in the leg on Birch Street on Friday and is expected to recover. "
            "On Saturday, Lyle Dunmore, 44, was shot in the back on Fenn Avenue. "
            "Dunmore was listed in serious condition. "
            "Early Sunday, Rita Calloway, 27, was shot in the arm on Tamar Road. "
            "Gunfire elsewhere hurt at least 16 more residents in unrelated attacks between Friday and Sunday.")
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-06-07", text=text)]
    report: Report = analyze_raw(raws, resources=resources)
    injured = [h for f in report.figures for h in f.headlines if h.measure == "injured"]
    assert [h.value for h in injured] == [1.0]


def test_an_early_report_s_victim_who_died_is_not_also_injured(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-04-03",
                       text="Deputies said they came upon a 16-year-old youth who had suffered a gunshot wound in his "
                            "side at a cousin's home in Fenwick."),
            RawArticle(id="b", source="b.txt", format="text", published="2021-04-10",
                       text="Tavi Rennick, 16, who was shot at his cousin's house in Fenwick last week, died on "
                            "Saturday, the medical examiner said.")]
    report: Report = analyze_raw(raws, resources=resources)
    heads = {h.measure: h.value for f in report.figures for h in f.headlines}
    assert heads.get("killed") == 1.0
    assert heads.get("injured", 0.0) == 0.0


def test_a_roundup_pages_figures_are_other_shootings(resources) -> None:
    texts = {"round": ("Nine hurt in several Friday shootings across Lumoville",
                       "A man was shot dead on Corrow Road at 9 p.m. Nine people were wounded in all on Friday."),
             "own": ("Three shot outside Lumo Street cookout",
                     "Three guests were wounded after a man fired into a cookout on Lumo Street on Friday. "
                     "Doctors expect all three to pull through.")}
    raws = [RawArticle(id=name, source=f"{name}.txt", format="text", text=text, title=title,
                       published="2024-06-01") for name, (title, text) in texts.items()]
    figures = analyze_raw(raws, resources=resources).figures
    injured, killed = headline(figures, "injured"), headline(figures, "killed")
    assert injured is not None and injured.value == 3
    assert killed is None


def story_headlines(resources, texts: dict[str, str]) -> dict[str, float]:
    raws = [RawArticle(id=name, source=f"{name}.txt", format="text", text=text, published="2024-06-01")
            for name, text in texts.items()]
    figures = analyze_raw(raws, resources=resources).figures
    return {m: h.value for m in ("killed", "injured", "shot") if (h := headline(figures, m)) is not None}


def test_a_venue_counting_more_than_the_whole_is_the_events_count(resources) -> None:
    counts = story_headlines(resources, {"a": "Four people were shot inside the Lumo Tavern. Police said two patrons "
                                              "took bullets in the legs and are expected to recover."})
    assert counts.get("shot") == 4 and counts.get("injured") == 4
    paris = story_headlines(resources, {"a": "Nine people were shot on Friday night, four of them at the Lumo "
                                             "Tavern. Police said three people were shot at the Lumo Tavern."})
    assert paris.get("shot") == 9  # a venue's smaller count is a part


def test_others_hurt_beside_a_victim_described_count_him_too(resources) -> None:
    counts = story_headlines(resources, {"a": "A round went through a flat's wall and struck a 4-year-old boy. "
                                              "Later two other men showed up at Lumo General with gunshot wounds."})
    assert counts.get("injured") == 3
    dead = story_headlines(resources, {"a": "A man, 30, was shot and killed on Quill Lane. "
                                            "Two other men showed up at Lumo General with gunshot wounds."})
    assert dead.get("injured") == 2 and dead.get("killed") == 1


def test_others_beside_victims_each_described_are_among_them(resources) -> None:
    counts = story_headlines(resources, {"a": "Dana Lumo, 34, said she was hurt in the crowd. Two of the four other "
                                              "people shot talked to police. Ari Vell, 20, was shot in the "
                                              "arm. Bo Kest, 24, was shot in the leg. Cy Rann, 23, was shot in the "
                                              "stomach. Di Rann, 23, was shot in the hip."})
    assert counts.get("injured") == 4  # not 4 + the one described before, nor + all five


def test_no_injuries_give_way_to_a_victim_described_hurt(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-03-02",
                       text="Marcus Ortega, 17, died during surgery on Monday. A neighbour, Elijah Barnes, 18, "
                            "was shot as well and is now in a hospital bed. No injuries were reported.")]
    report: Report = analyze_raw(raws, resources=resources)
    injured = [h for f in report.figures for h in f.headlines if h.measure == "injured"]
    assert [h.value for h in injured] == [1.0]
