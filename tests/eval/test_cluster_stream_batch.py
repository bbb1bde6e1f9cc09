"""eval clusters cleans each item with its ingest batch, as ingest does: a line repeated on a site's pages of
different stories is boilerplate, not the lead."""

from newsprism.eval.cluster_stream import LabelledText, stream_items

PROMPT = "Read the harbour plan and tell us what you think."
STORIES = [
    ("Fire at the grain mill", "Flames tore through the old grain mill on Tuesday night. Crews from three towns "
     "fought the flames for hours. Nobody was hurt, the fire chief said. The cause is under investigation."),
    ("Library reopens", "The town library reopened on Monday after a year of repairs to its roof. Readers "
     "lined up before the doors opened. The librarian thanked the volunteers who moved the books."),
    ("Bridge closed for repairs", "The river bridge will close for six weeks from Friday while workers "
     "replace its deck. Drivers should use the ferry road, the highway office said. Buses will run late."),
    ("School wins robotics prize", "Pupils of the valley school won the regional robotics contest on "
     "Saturday with a robot that sorts litter. Their teacher said they built it in two months."),
]


def _items() -> list[LabelledText]:
    return [LabelledText(f"{PROMPT}\n\n{body}", f"story{n}", title=title, published=f"2026-03-0{n + 1}T10:00:00Z",
                         url=f"https://daily.example.test/news/{n}") for n, (title, body) in enumerate(STORIES)]


def test_a_line_the_batch_repeats_is_no_lead() -> None:
    together = stream_items(_items(), 60)
    assert all(PROMPT not in item.lead for item in together)
    assert together[0].lead.startswith("Flames tore through")


def test_one_page_a_batch_keeps_it() -> None:
    alone = stream_items(_items(), 60, batch=1)
    assert any(PROMPT in item.lead for item in alone)
