"""JSON documents holding an array of article records (ingest/formats/jsondoc.py)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ingest.formats import jsondoc
from tests.test_formats_feeds import body, run

NEWSAPI = {
    "status": "ok",
    "totalResults": 2,
    "articles": [
        {"source": {"id": None, "name": "Valley Courier"}, "author": "Rosa Ferris",
         "title": "Bridge closes for repairs", "url": "https://valleycourier.example/bridge?utm_source=x",
         "publishedAt": "2024-06-03T07:15:00Z", "content": "The old bridge shuts on Monday.\nDetours run for a month."},
        {"source": {"id": None, "name": "Hill Times"}, "author": None, "title": "Market moves indoors",
         "url": "https://hilltimes.example/market", "publishedAt": "2024-06-04T10:00:00Z",
         "content": "The Saturday market moves into the old mill."},
    ],
}


def test_newsapi_wrapper_minified_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(NEWSAPI))  # one line, as the API returns it
    fmt, cands, rejected = run(path)
    assert fmt == "json"
    bridge, market = cands
    assert (bridge.title, bridge.outlet) == ("Bridge closes for repairs", "Valley Courier")
    assert bridge.authors == ["Rosa Ferris"]
    assert bridge.published_on == dt.date(2024, 6, 3)
    assert bridge.url == "https://valleycourier.example/bridge"
    assert body(bridge) == "The old bridge shuts on Monday.\n\nDetours run for a month."
    assert market.authors == [] and market.outlet == "Hill Times"
    assert (bridge.start_line, bridge.end_line) == (1, 1)
    assert json.loads(bridge.raw_text)["title"] == "Bridge closes for repairs"  # the record as it stands
    assert not rejected


def test_pretty_array_spans_and_what_is_not_an_article(tmp_path: Path) -> None:
    records = [{"headline": "Flood barrier tested", "text": "Engineers raised the barrier at dawn."},
               "a stray string", {"id": 7}, {"title": "Council votes", "body": "The vote was 9 to 2."}]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(records, indent=2))
    fmt, cands, rejected = run(path)
    assert fmt == "json"
    flood, council = cands
    lines = path.read_text().split("\n")
    assert lines[flood.start_line - 1].strip() == "{" and lines[flood.end_line - 1].strip() == "},"
    assert '"Flood barrier tested"' in flood.raw_text and flood.end_line - flood.start_line == 3
    assert council.position == 1 and council.end_line == len(lines) - 1
    reasons = {r.reason for r in rejected}
    assert "JSON array element that is not an object" in reasons
    assert "JSON record with neither title nor text" in reasons
    # every line is either in a record or counted: the brackets are the two lines outside
    outside = [r for r in rejected if r.reason == "JSON document lines outside the article records"]
    assert sum(r.lines for r in outside) == 2


def test_broken_document_keeps_what_was_read(tmp_path: Path) -> None:
    text = json.dumps([{"title": "First", "text": "Kept."}, {"title": "Second", "text": "Also kept."}], indent=1)
    path = tmp_path / "cut.json"
    path.write_text(text[: text.rindex("}") - 3])  # cut inside the second record
    fmt, cands, rejected = run(path)
    assert fmt == "json"
    assert [c.title for c in cands] == ["First"]
    assert any(r.reason.startswith("JSON document broken after line") for r in rejected)


def test_only_article_arrays_are_claimed() -> None:
    assert not jsondoc.sniff("[1, 2, 3]")
    assert not jsondoc.sniff('{"rows": [{"a": 1}], "title": "not a list of articles"}')
    assert not jsondoc.sniff("[{broken")
    assert jsondoc.sniff('\ufeff  {"meta": {"n": 1}, "items": [{"title": "T", "text": "x"}]}')
    assert jsondoc.find_records('{"meta": [1], "items": [{"title": "T"}]}') == 23


def test_json_feed_items_inherit_the_feeds_site_and_authors(tmp_path: Path) -> None:
    """A JSON Feed (jsonfeed.org): the body is content_text or content_html, never the
    `summary` excerpt; the feed's title names the outlet when its home page's domain spells it;
    items without authors inherit the feed's; the `id` is not the URL."""
    feed = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Harbour Lights",
        "home_page_url": "https://harbourlights.example.org/",
        "author": {"name": "Petra Lund"},
        "items": [
            {"id": "42", "url": "https://harbourlights.example.org/ferry-timetable",
             "title": "The winter ferry timetable, explained",
             "content_text": "Crossings drop to four a day from December.\nThe last boat leaves at six.",
             "summary": "Crossings drop to four a day [...]", "date_published": "2025-11-30T22:30:00-05:00"},
            {"id": "43", "title": "Quay lights switched back on", "authors": [{"name": "Omar Reyes"}],
             "content_html": "<p>The quay lights are back.</p><p>Repairs took three weeks.</p>"},
        ],
    }
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed, indent=1))
    fmt, (ferry, quay), _ = run(path)
    assert fmt == "json"
    assert body(ferry) == "Crossings drop to four a day from December.\n\nThe last boat leaves at six."
    assert (ferry.outlet, ferry.authors) == ("Harbour Lights", ["Petra Lund"])
    assert ferry.published_on == dt.date(2025, 11, 30)
    assert ferry.url == "https://harbourlights.example.org/ferry-timetable"
    assert body(quay) == "The quay lights are back.\n\nRepairs took three weeks."
    assert quay.authors == ["Omar Reyes"] and quay.url is None
    # the same wrapper without the JSON Feed version is a generic document: its title is no outlet
    del feed["version"]
    path.write_text(json.dumps(feed, indent=1))
    _, (plain, _q), _ = run(path)
    assert plain.outlet is None and plain.authors == []
