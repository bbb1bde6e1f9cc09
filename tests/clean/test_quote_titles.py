"""clean/widget_quote_titles.py (issue #16 round 18): a headline quoting a speaker on a topic is a video's or another
story's, below the page's own title."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.clean.widget_quote_titles import quote_title
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle


def test_the_headline_shape() -> None:
    assert quote_title("Mayor on Elm Street fire: We will rebuild every home")
    assert quote_title("EXCLUSIVE: Chief Roe on the night of the storm: \"We had minutes\"")
    assert not quote_title("The clinic wrote on its page: \"Our doors stay open to every family.\"")
    assert not quote_title("A note on the gate read: \"Closed until Monday.\"")
    assert not quote_title("Neighbours posting on the forum: Many said they heard two shots")


def test_a_video_title_goes_and_the_page_title_stays() -> None:
    text = ("Mayor on the river flood: We will rebuild\n\n"
            "RIVERTON, Ore. (KXYZ) -- The river rose four feet overnight and reached the first homes on Dock Street, "
            "city officials said on Tuesday.\n\n"
            "Mayor on the flood: Help is on the way\n\n"
            "Crews stacked sandbags along the bank until the water began to fall, officials said.")
    kept = clean_article(RawArticle(id="p", source="p", format="text", text=text), CleanConfig())
    assert kept.title == "Mayor on the river flood: We will rebuild"
    assert "Help is on the way" not in kept.text and "Crews stacked sandbags" in kept.text
