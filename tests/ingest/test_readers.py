"""read_inputs: every format, directories, globs, id rules and format detection."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.config import Config, IngestConfig
from newsprism.ingest import read_inputs
from newsprism.pipeline import analyze

ARTICLE = (
    "Sea wall finished early in Tarnby\n\n"
    "Harbour crews finished the new sea wall on Friday, two weeks ahead of the planned date.\n\n"
    "The council said the wall should protect the old town from winter storms for decades.\n"
)
PAGE = (
    "<!doctype html><html><head><title>Sea wall finished</title></head><body>"
    "<article><h1>Sea wall finished</h1>"
    "<p>Harbour crews finished the new sea wall on Friday, two weeks ahead of the planned date.</p>"
    "<p>The council said the wall should protect the old town from winter storms for decades.</p>"
    "</article></body></html>"
)
BODY_A = "A night train from Orlen to Vessa ran six hours late after a signal fault near the border."
BODY_B = "Farmers in the Dale valley began the apple harvest early because of the unusually warm autumn."
BODY_C = "The city museum will stay open until midnight on Saturdays during the summer months."


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def read(*inputs: str):
    return read_inputs(list(inputs), IngestConfig())


# --- plain text and HTML -------------------------------------------------------------------------

def test_plain_text_file_is_one_text_article_named_by_stem(tmp_path):
    path = write(tmp_path / "sea-wall.txt", ARTICLE)
    result = read(path)
    assert result.problems == []
    [raw] = result.articles
    assert (raw.id, raw.source, raw.format) == ("sea-wall", path, "text")
    assert raw.text == ARTICLE
    assert raw.html is None


def test_html_file_is_one_html_article_with_the_page_as_html(tmp_path):
    path = write(tmp_path / "sea-wall.html", PAGE)
    result = read(path)
    assert result.problems == []
    [raw] = result.articles
    assert (raw.id, raw.source, raw.format) == ("sea-wall", path, "html")
    assert raw.html == PAGE
    assert raw.text is None


# --- JSON and JSON Lines -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param("trains.json", {"text": BODY_A}, [("trains", BODY_A)], id="object-without-id-uses-stem"),
        pytest.param("trains.json", {"id": "night-train", "text": BODY_A}, [("night-train", BODY_A)],
                     id="object-with-id"),
        pytest.param("trains.json", {"id": "Night Train / 7", "text": BODY_A}, [("Night-Train-7", BODY_A)],
                     id="id-is-slugged"),
        pytest.param("mixed.json",
                     [{"id": "t", "text": BODY_A}, {"text": BODY_B}, {"id": 42, "text": BODY_C}],
                     [("t", BODY_A), ("mixed-2", BODY_B), ("42", BODY_C)], id="list-of-objects"),
        pytest.param("solo.json", [{"text": BODY_A}], [("solo", BODY_A)], id="list-of-one-uses-stem"),
    ],
)
def test_json_file_gives_one_article_per_object(tmp_path, name, content, expected):
    result = read(write(tmp_path / name, json.dumps(content)))
    assert result.problems == []
    assert [(a.id, a.text) for a in result.articles] == expected
    assert {a.format for a in result.articles} == {"json"}


def test_json_html_field_is_kept_as_html(tmp_path):
    html = f"<p>{BODY_A}</p><p>{BODY_B}</p>"
    [raw] = read(write(tmp_path / "page.json", json.dumps({"html": html}))).articles
    assert (raw.html, raw.text) == (html, None)


@pytest.mark.parametrize(
    ("record", "field", "expected"),
    [
        ({"title": "Night train late"}, "title", "Night train late"),
        ({"url": "https://news.invalid/train"}, "url", "https://news.invalid/train"),
        ({"outlet": "Vessa Herald"}, "outlet", "Vessa Herald"),
        ({"published": "2025-04-02"}, "published", "2025-04-02"),
        ({"author": "Ines Marr"}, "byline", ("Ines Marr",)),
        ({"byline": ["Ines Marr", "Olav Brekke"]}, "byline", ("Ines Marr", "Olav Brekke")),
        ({"title": "   "}, "title", None),
    ],
)
def test_json_record_metadata_is_carried(tmp_path, record, field, expected):
    [raw] = read(write(tmp_path / "r.json", json.dumps({"text": BODY_A, **record}))).articles
    assert getattr(raw, field) == expected


def test_jsonl_ids_come_from_id_field_else_stem_and_line(tmp_path):
    lines = [
        json.dumps({"id": "train", "text": BODY_A}),
        json.dumps({"text": BODY_B}),
        "",
        json.dumps({"text": BODY_C}),
    ]
    result = read(write(tmp_path / "wire.jsonl", "\n".join(lines) + "\n"))
    assert result.problems == []
    expected = [("train", BODY_A), ("wire-2", BODY_B), ("wire-4", BODY_C)]
    assert [(a.id, a.text) for a in result.articles] == expected
    assert {a.source for a in result.articles} == {str(tmp_path / "wire.jsonl")}


# --- feeds ---------------------------------------------------------------------------------------

RSS_ITEM_1 = f"""<item>
<title>Night train arrives six hours late</title>
<link>https://ledger.invalid/train</link>
<pubDate>Wed, 02 Apr 2025 08:30:00 GMT</pubDate>
<dc:creator>Ines Marr</dc:creator>
<description>&lt;p&gt;{BODY_A}&lt;/p&gt;</description>
</item>"""
RSS_ITEM_2 = f"""<item>
<title>Apple harvest starts early</title>
<link>https://ledger.invalid/apples</link>
<pubDate>Thu, 03 Apr 2025 17:05:00 +0200</pubDate>
<description>&lt;p&gt;{BODY_B}&lt;/p&gt;</description>
</item>"""


def rss(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>\n'
        "<title>Lakeside Ledger</title><link>https://ledger.invalid/</link><description>News</description>\n"
        + "\n".join(items) + "\n</channel></rss>\n"
    )


ATOM_ENTRY_1 = f"""<entry>
<title>Night train arrives six hours late</title>
<link href="https://wire.invalid/train"/>
<id>urn:uuid:3b0c1a52-0001</id>
<published>2025-04-02T08:30:00Z</published>
<updated>2025-04-02T09:00:00Z</updated>
<author><name>Ines Marr</name></author>
<content type="html">&lt;p&gt;{BODY_A}&lt;/p&gt;</content>
</entry>"""
ATOM_ENTRY_2 = f"""<entry>
<title>Apple harvest starts early</title>
<link href="https://wire.invalid/apples"/>
<id>urn:uuid:3b0c1a52-0002</id>
<updated>2025-04-03T15:05:00Z</updated>
<summary type="html">&lt;p&gt;{BODY_B}&lt;/p&gt;</summary>
</entry>"""


def atom(*entries: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "<title>Valley Wire</title><id>urn:uuid:3b0c1a52-0000</id><updated>2025-04-03T15:05:00Z</updated>\n"
        + "\n".join(entries) + "\n</feed>\n"
    )


TRAIN = {"title": "Night train arrives six hours late", "published": "2025-04-02T08:30:00+00:00",
         "byline": ("Ines Marr",)}
APPLES = {"title": "Apple harvest starts early", "byline": ()}


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param("ledger.xml", rss(RSS_ITEM_1), [
            {"id": "ledger", "url": "https://ledger.invalid/train", "outlet": "Lakeside Ledger", **TRAIN},
        ], id="rss-one-item"),
        pytest.param("ledger.rss", rss(RSS_ITEM_1, RSS_ITEM_2), [
            {"id": "ledger-1", "url": "https://ledger.invalid/train", "outlet": "Lakeside Ledger", **TRAIN},
            {"id": "ledger-2", "url": "https://ledger.invalid/apples", "outlet": "Lakeside Ledger",
             "published": "2025-04-03T15:05:00+00:00", **APPLES},
        ], id="rss-two-items"),
        pytest.param("wire.atom", atom(ATOM_ENTRY_1), [
            {"id": "wire", "url": "https://wire.invalid/train", "outlet": "Valley Wire", **TRAIN},
        ], id="atom-one-entry"),
        pytest.param("wire.xml", atom(ATOM_ENTRY_1, ATOM_ENTRY_2), [
            {"id": "wire-1", "url": "https://wire.invalid/train", "outlet": "Valley Wire", **TRAIN},
            {"id": "wire-2", "url": "https://wire.invalid/apples", "outlet": "Valley Wire",
             "published": "2025-04-03T15:05:00+00:00", **APPLES},
        ], id="atom-two-entries-updated-as-date"),
    ],
)
def test_feed_entries_become_articles_with_their_metadata(tmp_path, name, content, expected):
    result = read(write(tmp_path / name, content))
    assert result.problems == []
    got = [{"id": a.id, "url": a.url, "outlet": a.outlet, "title": a.title, "published": a.published,
            "byline": a.byline} for a in result.articles]
    assert got == expected
    assert {a.format for a in result.articles} == {"feed"}


@pytest.mark.parametrize("content", [rss(RSS_ITEM_1), atom(ATOM_ENTRY_1)], ids=["rss", "atom"])
def test_feed_entry_content_is_its_html(tmp_path, content):
    [raw] = read(write(tmp_path / "f.xml", content)).articles
    assert raw.html == f"<p>{BODY_A}</p>"
    assert raw.text is None


def test_rss_author_email_form_gives_the_name_as_byline(tmp_path, resources):
    item = RSS_ITEM_1.replace("<dc:creator>Ines Marr</dc:creator>",
                              "<author>ines.marr@ledger.invalid (Ines Marr)</author>")
    report = analyze([write(tmp_path / "ledger.xml", rss(item))], Config(), resources)
    [article] = report.articles
    assert article.byline == ["Ines Marr"]


# --- directories and globs -----------------------------------------------------------------------

def make_tree(root: Path) -> None:
    write(root / "a.txt", ARTICLE)
    write(root / "b.html", PAGE)
    write(root / "c.json", json.dumps({"text": BODY_A}))
    write(root / "d.jsonl", json.dumps({"text": BODY_B}) + "\n")
    write(root / "e.xml", rss(RSS_ITEM_1))
    write(root / "sub" / "f.txt", ARTICLE)
    write(root / "README.md", "# About these files\n\nSome notes for people, not an article.\n")
    write(root / "notes.csv", "a,b\n1,2\n")
    write(root / ".draft.txt", ARTICLE)
    write(root / ".cache" / "g.txt", ARTICLE)


def test_directory_reads_article_files_and_skips_readme_and_hidden(tmp_path):
    make_tree(tmp_path / "story")
    result = read(str(tmp_path / "story"))
    assert result.problems == []
    assert sorted(a.id for a in result.articles) == ["a", "b", "c", "d", "e", "f"]
    sources = {Path(a.source).name for a in result.articles}
    assert sources.isdisjoint({"README.md", "notes.csv", ".draft.txt", "g.txt"})


@pytest.mark.parametrize(
    ("pattern", "expected_ids"),
    [
        ("story/*.txt", ["a"]),
        ("story/**/*.txt", ["a", "f"]),
        ("story/[bc].*", ["b", "c"]),
        ("story/?.json*", ["c", "d"]),
        ("story/*.md", ["README"]),
    ],
)
def test_glob_reads_every_matching_file(tmp_path, pattern, expected_ids):
    make_tree(tmp_path / "story")
    result = read(str(tmp_path / pattern))
    assert sorted(a.id for a in result.articles) == expected_ids


# --- ids -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("folders", "expected"),
    [
        (["one", "two"], ["x", "x-2"]),
        (["one", "two", "three"], ["x", "x-2", "x-3"]),
    ],
)
def test_same_stem_in_different_folders_gets_numbered_ids(tmp_path, folders, expected):
    paths = [write(tmp_path / folder / "x.txt", ARTICLE) for folder in folders]
    result = read(*paths)
    assert [(a.id, a.source) for a in result.articles] == list(zip(expected, paths, strict=True))


def test_numbered_id_does_not_collide_with_an_existing_stem(tmp_path):
    paths = [write(tmp_path / "one" / "x.txt", ARTICLE), write(tmp_path / "two" / "x.txt", ARTICLE),
             write(tmp_path / "three" / "x-2.txt", ARTICLE)]
    ids = [a.id for a in read(*paths).articles]
    assert len(set(ids)) == 3
    assert (ids[0], ids[2]) == ("x", "x-2")


# --- format detection ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param("page", PAGE, "html", id="no-suffix-doctype"),
        pytest.param("snippet", f"<p>{BODY_A}</p>\n<p>{BODY_B}</p>", "html", id="no-suffix-paragraphs"),
        pytest.param("feed", rss(RSS_ITEM_1), "feed", id="no-suffix-rss"),
        pytest.param("latest", atom(ATOM_ENTRY_1), "feed", id="no-suffix-atom"),
        pytest.param("record", json.dumps({"text": BODY_A}), "json", id="no-suffix-json-object"),
        pytest.param("records", json.dumps([{"text": BODY_A}]), "json", id="no-suffix-json-list"),
        pytest.param("story", ARTICLE, "text", id="no-suffix-text"),
        pytest.param("saved.txt", PAGE, "html", id="html-content-beats-txt-suffix"),
        pytest.param("feed.txt", rss(RSS_ITEM_1), "feed", id="feed-content-beats-txt-suffix"),
    ],
)
def test_format_is_detected_by_content(tmp_path, name, content, expected):
    result = read(write(tmp_path / name, content))
    assert result.problems == []
    assert [a.format for a in result.articles] == [expected]
